/// <reference types="mocha" />
// The "Attribute to …" quick fix, applied as a writer would apply it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnosticsOf, openArticle, restoresWorkspace, waitFor } from './helpers';

suite('quick fix', () => {
  restoresWorkspace();

  test('"Attribute to …" on an unattributed quote inserts the attribution and clears the diagnostic', async () => {
    const editor = await openArticle('faulty.article');
    const { document } = editor;
    // Line 29: "C'est un coup dur pour toute la vallée", a reconnu la maire, Mme Quillard.
    const line = 28;
    const diagnostic = await waitFor('unattributed-quote on line 29', () =>
      diagnosticsOf(document.uri, 'unattributed-quote').find((d) => d.range.start.line === line),
    );
    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const attribute = actions.filter((action): action is vscode.CodeAction => 'edit' in action && /^Attribute to /.test(action.title));
    assert.ok(attribute.length > 0, `no "Attribute to" action among: ${actions.map((a) => a.title).join(' | ')}`);
    const best = attribute.find((action) => action.isPreferred) ?? attribute[0];
    // "la maire, Mme Quillard" are aliases of @quillard: the best guess must be her.
    assert.match(best.title, /\(@quillard\)$/);
    assert.ok(best.edit && (await vscode.workspace.applyEdit(best.edit)));
    assert.match(document.lineAt(line).text, /^"C'est un coup dur pour toute la vallée"@quillard, a reconnu/);
    await waitFor('the unattributed-quote diagnostic to go away', () =>
      diagnosticsOf(document.uri, 'unattributed-quote').some((d) => d.range.start.line === line) ? undefined : true,
    );
    // The other unattributed quote (line 50) is still reported.
    assert.ok(diagnosticsOf(document.uri, 'unattributed-quote').some((d) => d.range.start.line === 49));
  });
});
