/// <reference types="mocha" />
// Diagnostics as the writer sees them in the Problems panel.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { codeOf, diagnosticsOf, fileUri, openArticle, restoresWorkspace, screenshot, sleep, waitFor } from './helpers';

interface Expected {
  code: string;
  line: number;
  severity: 'error' | 'warning' | 'information' | 'hint';
}

const severities: Record<Expected['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

const key = (code: string, line: number, severity: vscode.DiagnosticSeverity): string => `${line}:${code}:${vscode.DiagnosticSeverity[severity]}`;

/** Waits until the document has diagnostics and their number has stopped changing. */
async function settledDiagnostics(uri: vscode.Uri): Promise<vscode.Diagnostic[]> {
  let last = -1;
  let stable = 0;
  return waitFor(`diagnostics of ${uri.path}`, async () => {
    const now = diagnosticsOf(uri);
    stable = now.length > 0 && now.length === last ? stable + 1 : 0;
    last = now.length;
    if (stable >= 3) return now;
    await sleep(100);
    return undefined;
  });
}

suite('diagnostics', () => {
  restoresWorkspace();

  test('the faulty article gets exactly the findings faulty.expected.json lists', async () => {
    const expected = JSON.parse(readFileSync(fileUri('faulty.expected.json').fsPath, 'utf8')) as Expected[];
    const editor = await openArticle('faulty.article');
    const actual = await settledDiagnostics(editor.document.uri);
    assert.deepEqual(
      actual.map((d) => key(codeOf(d), d.range.start.line + 1, d.severity)).sort(),
      expected.map((e) => key(e.code, e.line, severities[e.severity])).sort(),
    );
    for (const diagnostic of actual) assert.equal(diagnostic.source, 'articlemark', `source of ${codeOf(diagnostic)}`);
  });

  test('diagnostic ranges cover the faulty text', async () => {
    const editor = await openArticle('faulty.article');
    const document = editor.document;
    await settledDiagnostics(document.uri);
    const textOf = (code: string, line: number): string => {
      const found = diagnosticsOf(document.uri, code).find((d) => d.range.start.line === line - 1);
      assert.ok(found, `no ${code} on line ${line}`);
      return document.getText(found.range);
    };
    assert.match(textOf('unknown-entity', 31), /quilard/);
    assert.match(textOf('missing-registry', 8), /does-not-exist\.article/);
    assert.match(textOf('unattributed-quote', 29), /^"C'est un coup dur/);
    assert.match(textOf('placeholder', 52), /^TK$/);
    const unused = diagnosticsOf(document.uri, 'unused-entity')[0];
    assert.ok(unused?.tags?.includes(vscode.DiagnosticTag.Unnecessary), 'unused-entity is not tagged Unnecessary');
  });

  test('the clean article has nothing at warning or above', async () => {
    const editor = await openArticle('le-drian-choigou.article');
    // A request answered on this document proves the server has analysed it; then let publishing settle.
    await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', editor.document.uri);
    await sleep(1000);
    const serious = diagnosticsOf(editor.document.uri).filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning);
    assert.deepEqual(serious.map((d) => `${d.range.start.line + 1}:${codeOf(d)}`), []);
  });

  test('screenshot: the Problems panel with an unattributed quote and its quick fixes', async function () {
    if (!process.env.ARTICLEMARK_SCREENSHOT_URL) this.skip();
    const editor = await openArticle('faulty.article');
    await settledDiagnostics(editor.document.uri);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    const quote = diagnosticsOf(editor.document.uri, 'unattributed-quote').find((d) => d.range.start.line === 28);
    assert.ok(quote);
    await vscode.window.showTextDocument(editor.document);
    editor.selection = new vscode.Selection(quote.range.start, quote.range.start);
    editor.revealRange(quote.range, vscode.TextEditorRevealType.InCenter);
    await vscode.commands.executeCommand('editor.action.quickFix');
    assert.ok(await screenshot('problems-quick-fix', { delayMs: 1500 }));
    await vscode.commands.executeCommand('hideCodeActionWidget');
  });
});
