/// <reference types="mocha" />
// Writing prose in an article: the editor defaults the extension sets for the articlemark language.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, openArticle, screenshot } from './helpers';

suite('writing an article', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  test('paragraphs wrap, and no word list pops up while typing prose', async () => {
    const { document } = await openArticle('le-drian-choigou.article');
    const editor = vscode.workspace.getConfiguration('editor', document);
    // A paragraph is one line in real copy: without wrapping it runs off the screen.
    assert.equal(editor.get('wordWrap'), 'on');
    // Words from other files offered on every keystroke: Enter at the end of a sentence took one.
    assert.deepEqual(editor.get('quickSuggestions'), { other: 'off', comments: 'off', strings: 'off' });
    assert.equal(editor.get('wordBasedSuggestions'), 'off');
  });

  test('French and English typography is not boxed as suspicious, a zero-width space still is', async () => {
    const allowed = vscode.workspace.getConfiguration('editor', { languageId: 'articlemark' }).get<Record<string, boolean>>('unicodeHighlight.allowedCharacters') ?? {};
    // No-break space, narrow no-break space, thin space, curly apostrophe and quotes, dashes, ellipsis.
    for (const character of ['\u00a0', '\u202f', '\u2009', '\u2019', '\u2018', '\u201c', '\u201d', '\u2013', '\u2014', '\u2026']) {
      assert.equal(allowed[character], true, `U+${character.codePointAt(0)!.toString(16).padStart(4, '0')} is highlighted`);
    }
    // It can hide inside an ID or a name and make two spellings differ.
    assert.notEqual(allowed['\u200b'], true);
    if (process.env.ARTICLEMARK_SCREENSHOT_URL) {
      const document = await vscode.workspace.openTextDocument({
        language: 'articlemark',
        content: '---\ntitle: Typographie\nlang: fr\n---\n\nLe maire a déclaré\u00a0: «\u00a0Nous reconstruirons l\u2019école avant la rentrée\u202f», avant d\u2019ajouter\u2009; il a cité \u201cle plan\u201d \u2013 puis \u2014 enfin\u2026 Un espace de largeur nulle\u200bici reste signalé, et ce paragraphe, aussi long qu\u2019un vrai, passe à la ligne au lieu de filer hors de l\u2019écran comme avant.\n',
      });
      await vscode.window.showTextDocument(document);
      assert.ok(await screenshot('typography', { delayMs: 1000 }));
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  test('Enter carries a block quote\'s > and a list item\'s marker on, and not after the attribution line', async () => {
    const cases: [string, string][] = [
      ['> « Nous frapperons', '> '],
      ['>  deux espaces', '> '],
      ['- un point', '- '],
      ['  * un point en retrait', '  * '],
      // The attribution line ends the block quote; an empty item ends the list.
      ['> — [Le ministre](@le-drian), à Moscou', ''],
      ['- ', ''],
      ['Du texte.', ''],
    ];
    for (const [line, next] of cases) {
      const document = await vscode.workspace.openTextDocument({ language: 'articlemark', content: `Texte.\n\n${line}` });
      const editor = await vscode.window.showTextDocument(document);
      const end = document.lineAt(2).range.end;
      editor.selection = new vscode.Selection(end, end);
      // What the Enter key types: the editor applies the language's onEnterRules to it.
      await vscode.commands.executeCommand('type', { text: '\n' });
      assert.equal(document.lineAt(3).text, next, JSON.stringify(line));
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});
