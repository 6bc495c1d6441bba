/// <reference types="mocha" />
// Rule severities from articlemark.json and from the articlemark.rules setting.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnosticsOf, fileUri, openArticle, restoresWorkspace, waitFor } from './helpers';

suite('rule configuration', () => {
  restoresWorkspace(() => vscode.workspace.getConfiguration('articlemark').update('rules', undefined, vscode.ConfigurationTarget.Global));

  test('switching a rule off in articlemark.json removes its diagnostics, switching it back restores them', async () => {
    const { document } = await openArticle('faulty.article');
    await waitFor('placeholder diagnostics', () => (diagnosticsOf(document.uri, 'placeholder').length > 0 ? true : undefined));
    const others = diagnosticsOf(document.uri).length - diagnosticsOf(document.uri, 'placeholder').length;

    const configUri = fileUri('articlemark.json');
    const original = new TextDecoder().decode(await vscode.workspace.fs.readFile(configUri));
    const config = JSON.parse(original) as { rules?: Record<string, string> };
    config.rules = { ...config.rules, placeholder: 'off' };
    await vscode.workspace.fs.writeFile(configUri, new TextEncoder().encode(JSON.stringify(config, null, 2)));
    await waitFor('placeholder to be switched off', () => (diagnosticsOf(document.uri, 'placeholder').length === 0 ? true : undefined));
    assert.equal(diagnosticsOf(document.uri).length, others, 'other rules changed too');

    await vscode.workspace.fs.writeFile(configUri, new TextEncoder().encode(original));
    await waitFor('placeholder to come back', () => (diagnosticsOf(document.uri, 'placeholder').length > 0 ? true : undefined));
  });

  test('the articlemark.rules setting changes a severity in the editor', async () => {
    const { document } = await openArticle('faulty.article');
    const before = await waitFor('image-without-credit as a warning', () =>
      diagnosticsOf(document.uri, 'image-without-credit').find((d) => d.severity === vscode.DiagnosticSeverity.Warning),
    );
    await vscode.workspace.getConfiguration('articlemark').update('rules', { 'image-without-credit': 'error' }, vscode.ConfigurationTarget.Global);
    const after = await waitFor('image-without-credit as an error', () =>
      diagnosticsOf(document.uri, 'image-without-credit').find((d) => d.severity === vscode.DiagnosticSeverity.Error),
    );
    assert.equal(after.range.start.line, before.range.start.line);
    await vscode.workspace.getConfiguration('articlemark').update('rules', undefined, vscode.ConfigurationTarget.Global);
    await waitFor('image-without-credit back to a warning', () =>
      diagnosticsOf(document.uri, 'image-without-credit').find((d) => d.severity === vscode.DiagnosticSeverity.Warning),
    );
  });
});
