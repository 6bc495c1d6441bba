/// <reference types="mocha" />
// Plain copy turned into an article in the editor: *Import Plain Copy* on a .txt, and *Attribute to …* offering a
// speaker the article does not define yet.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnosticsOf, fileUri, restoresWorkspace, screenshot, waitFor } from './helpers';

suite('plain copy', () => {
  restoresWorkspace();

  test('Import Plain Copy on a .txt opens an unsaved article named after it, speakers defined and attributed', async () => {
    const copy = fileUri('wire-copy.txt');
    // As the Explorer's context menu calls it: with the file.
    await vscode.commands.executeCommand('articlemark.importPlainCopy', copy);
    const editor = await waitFor('the imported article', () => {
      const active = vscode.window.activeTextEditor;
      return active?.document.uri.path.endsWith('/wire-copy.article') ? active : undefined;
    });
    const { document } = editor;
    assert.equal(document.languageId, 'articlemark');
    assert.ok(document.isUntitled, 'the article is not saved for the writer');
    const text = document.getText();
    assert.match(text, /^---\ntitle: "?Fermeture de la piscine/u);
    assert.match(text, /^@person ferrand: Paul Ferrand$/mu);
    assert.match(text, /»@ferrand, a déclaré/u);
    assert.doesNotMatch(text, /12 commentaires/u, 'the comment counter is web debris');
    // The article the import writes has no error.
    await waitFor('diagnostics of the imported article', () => (vscode.languages.getDiagnostics(document.uri) ? true : undefined));
    const errors = vscode.languages.getDiagnostics(document.uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
    assert.deepEqual(errors.map((d) => d.message), []);
    await screenshot('import-plain-copy');
    // Unsaved: closed without a save prompt, the focus back where the next suite expects it.
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('Importing the same copy twice, the first still unsaved, opens a second article instead of doubling the first', async () => {
    const copy = fileUri('wire-copy.txt');
    await vscode.commands.executeCommand('articlemark.importPlainCopy', copy);
    const first = await waitFor('the first import', () => {
      const active = vscode.window.activeTextEditor;
      return active?.document.uri.path.endsWith('/wire-copy.article') ? active.document : undefined;
    });
    const article = first.getText();
    await vscode.commands.executeCommand('articlemark.importPlainCopy', copy);
    const second = await waitFor('the second import in an editor of its own', () => {
      const active = vscode.window.activeTextEditor?.document;
      return active && active !== first && active.languageId === 'articlemark' ? active : undefined;
    });
    assert.equal(first.getText(), article, 'the first import is left as it was');
    assert.equal(second.getText(), article);
    for (const document of [second, first]) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  test('"Attribute to …" offers a speaker the article does not define and defines it', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: 'articlemark',
      content: 'Le maire, M. Paul Ferrand, a défendu la fermeture. « Nous n\'avons pas le choix », a-t-il dit.\n',
    });
    await vscode.window.showTextDocument(document);
    const diagnostic = await waitFor('unattributed-quote', () => diagnosticsOf(document.uri, 'unattributed-quote')[0]);
    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const attribute = actions.find((a): a is vscode.CodeAction => 'edit' in a && a.title === 'Attribute to Paul Ferrand (@ferrand, new definition)');
    assert.ok(attribute?.edit, `not offered among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(attribute.edit));
    assert.equal(
      document.getText(),
      '@person ferrand: Paul Ferrand\n  aka: M. Paul Ferrand\n\nLe maire, M. Paul Ferrand, a défendu la fermeture. « Nous n\'avons pas le choix »@ferrand, a-t-il dit.\n',
    );
    await waitFor('the finding to go away', () => (diagnosticsOf(document.uri, 'unattributed-quote').length === 0 ? true : undefined));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
