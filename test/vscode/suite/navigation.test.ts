/// <reference types="mocha" />
// Hover, definition, references, completion and rename through the real editor API.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fileUri, hoverText, openArticle, positionOf, restoresWorkspace, screenshot, waitFor } from './helpers';

const article = 'le-drian-choigou.article';
const registry = 'registry/newsroom.article';

async function hoverAt(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  // The first request may race the server's first analysis: ask until it answers.
  return waitFor(`a hover at ${position.line + 1}:${position.character + 1}`, async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    const text = hoverText(hovers);
    return text ? text : undefined;
  });
}

suite('navigation', () => {
  restoresWorkspace();

  test('hover on a mention, an attribution and unmarked alias text shows the entity card', async () => {
    const { document } = await openArticle(article);
    const registryText = (await vscode.workspace.openTextDocument(fileUri(registry))).getText();
    assert.match(registryText, /role: ministre français de la Défense \(2012-2017\)/);

    const onMention = await hoverAt(document, positionOf(document, '(@le-drian)', 3));
    assert.match(onMention, /Jean-Yves Le Drian/);
    assert.match(onMention, /ministre français de la Défense \(2012-2017\)/);
    assert.match(onMention, /newsroom\.article/);

    const onAttribution = await hoverAt(document, positionOf(document, '"@le-drian', 4));
    assert.match(onAttribution, /Jean-Yves Le Drian/);

    // "le ministre français" is an alias of @le-drian written without any markup (line 53).
    const onAlias = await hoverAt(document, positionOf(document, 'avait relevé le ministre français', 'avait relevé '.length + 3));
    assert.match(onAlias, /Jean-Yves Le Drian/);

    const onOther = await hoverAt(document, positionOf(document, '(@choigou)', 3));
    assert.match(onOther, /Sergueï Choïgou/);
    assert.doesNotMatch(onOther, /Jean-Yves Le Drian/);
  });

  test('screenshot: the hover card on an entity', async function () {
    if (!process.env.ARTICLEMARK_SCREENSHOT_URL) this.skip();
    const editor = await openArticle(article);
    const at = positionOf(editor.document, '[Jean-Yves Le Drian]', 5);
    editor.selection = new vscode.Selection(at, at);
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
    await hoverAt(editor.document, at);
    await vscode.commands.executeCommand('editor.action.showHover');
    assert.ok(await screenshot('hover-card', { delayMs: 1200 }));
  });

  test('definition of a mention lands on the registry definition, across files', async () => {
    const { document } = await openArticle(article);
    const registryDocument = await vscode.workspace.openTextDocument(fileUri(registry));
    const definitionLine = positionOf(registryDocument, '@person le-drian:').line;
    const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      document.uri,
      positionOf(document, '(@le-drian)', 3),
    );
    assert.equal(locations.length, 1);
    const [location] = locations;
    const uri = 'targetUri' in location ? location.targetUri : location.uri;
    const range = 'targetUri' in location ? (location.targetSelectionRange ?? location.targetRange) : location.range;
    assert.equal(uri.toString(), registryDocument.uri.toString());
    assert.equal(range.start.line, definitionLine);
    assert.match(registryDocument.getText(range), /le-drian/);
  });

  test('references of a registry entity include its mentions and attributions in the article', async () => {
    const { document } = await openArticle(article);
    const registryDocument = await vscode.workspace.openTextDocument(fileUri(registry));
    const references = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      registryDocument.uri,
      positionOf(registryDocument, '@person le-drian:', '@person '.length + 2),
    );
    const inArticle = references.filter((ref) => ref.uri.toString() === document.uri.toString()).map((ref) => ref.range.start.line);
    const mentionLine = positionOf(document, '[Jean-Yves Le Drian](@le-drian)').line;
    const attributionLine = positionOf(document, '"@le-drian').line;
    assert.ok(inArticle.includes(mentionLine), `no reference on line ${mentionLine + 1}: ${inArticle.join(', ')}`);
    assert.ok(inArticle.includes(attributionLine), `no reference on line ${attributionLine + 1}: ${inArticle.join(', ')}`);
    const explicit = document.getText().split('@le-drian').length - 1;
    assert.ok(inArticle.length >= explicit, `${inArticle.length} references in the article for ${explicit} written @le-drian`);
  });

  test('completion after @ offers the entities of the article and its registry', async () => {
    const editor = await openArticle(article);
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    await editor.edit((edit) => edit.insert(end, '\nSelon @'));
    const after = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, after, '@');
    const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    for (const id of ['le-drian', 'choigou', 'services-russes', 'sources-militaires']) {
      assert.ok(labels.includes(id), `completion lacks ${id}: ${labels.slice(0, 20).join(', ')}`);
    }
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('semantic tokens colour entity IDs, for the whole file and for a range, and follow an edit', async () => {
    const editor = await openArticle(article);
    const { document } = editor;
    const legend = await waitFor('the semantic tokens legend', async () =>
      vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>('vscode.provideDocumentSemanticTokensLegend', document.uri),
    );
    const variable = legend.tokenTypes.indexOf('variable');
    assert.ok(variable >= 0, `legend: ${legend.tokenTypes.join(', ')}`);
    /** Absolute positions of the tokens of one type, as "line:character". */
    const tokensOf = (tokens: vscode.SemanticTokens, type: number): string[] => {
      const found: string[] = [];
      let line = 0;
      let character = 0;
      for (let i = 0; i < tokens.data.length; i += 5) {
        character = tokens.data[i] === 0 ? character + tokens.data[i + 1]! : tokens.data[i + 1]!;
        line += tokens.data[i]!;
        if (tokens.data[i + 3] === type) found.push(`${line}:${character}`);
      }
      return found;
    };
    const id = positionOf(document, '(@le-drian)', 2);
    const full = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', document.uri);
    assert.ok(tokensOf(full, variable).includes(`${id.line}:${id.character}`), 'no token on the ID of (@le-drian)');
    const range = new vscode.Range(id.line, 0, id.line + 1, 0);
    const part = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentRangeSemanticTokens', document.uri, range);
    assert.ok(tokensOf(part, variable).includes(`${id.line}:${id.character}`), 'the range answer lacks the ID');
    // Typing before the ID moves its token with it.
    assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(id.line, 0), 'Ici, ')));
    await waitFor('the token moved by the edit', async () => {
      const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', document.uri);
      return tokensOf(tokens, variable).includes(`${id.line}:${id.character + 5}`) ? true : undefined;
    });
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('rename of an entity edits the registry definition and the article mentions', async () => {
    const { document } = await openArticle(article);
    const registryDocument = await vscode.workspace.openTextDocument(fileUri(registry));
    const before = document.getText().split('@le-drian').length - 1;
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider',
      document.uri,
      positionOf(document, '(@le-drian)', 3),
      'jy-le-drian',
    );
    assert.ok(edit, 'no rename edit');
    const touched = edit.entries().map(([uri]) => uri.toString());
    assert.ok(touched.includes(document.uri.toString()), 'the rename does not touch the article');
    assert.ok(touched.includes(registryDocument.uri.toString()), 'the rename does not touch the registry');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.equal(document.getText().split('@jy-le-drian').length - 1, before);
    assert.equal(document.getText().split('@le-drian').length - 1, 0);
    assert.match(registryDocument.getText(), /@person jy-le-drian: Jean-Yves Le Drian/);
    // The renamed entity still resolves: no unknown-entity appears.
    const hover = await hoverAt(document, positionOf(document, '(@jy-le-drian)', 3));
    assert.match(hover, /Jean-Yves Le Drian/);
  });
});
