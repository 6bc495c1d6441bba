/// <reference types="mocha" />
// The extension activates on an article and shows what it knows in the status bar.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, diagnosticsOf, EXTENSION_ID, openArticle, waitFor } from './helpers';

suite('activation', () => {
  test('opening a .article file activates the extension with its language server', async () => {
    const editor = await openArticle('le-drian-choigou.article');
    assert.equal(editor.document.languageId, 'articlemark');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);
    await waitFor('activation', () => (extension.isActive ? true : undefined));
    const api = await activateExtension();
    assert.ok(api.client.isRunning(), 'the language client is not running');
  });

  test('the commands are registered', async () => {
    await activateExtension();
    const commands = await vscode.commands.getCommands(true);
    for (const command of ['articlemark.checkWorkspace', 'articlemark.showQuotes', 'articlemark.restartServer']) {
      assert.ok(commands.includes(command), `${command} is not registered`);
    }
  });

  test('the status bar counts the quotes of the active article', async () => {
    const api = await activateExtension();
    await openArticle('le-drian-choigou.article');
    const clean = await waitFor('status bar text', async () => (await api.statusBarText()) || undefined);
    assert.match(clean, /\b\d+ quotes\b/);
    assert.doesNotMatch(clean, /unattributed/);
    const faultyEditor = await openArticle('faulty.article');
    const flagged = await waitFor('unattributed-quote diagnostics', () => {
      const count = diagnosticsOf(faultyEditor.document.uri, 'unattributed-quote').length;
      return count > 0 ? count : undefined;
    });
    const faulty = await waitFor('status bar on faulty.article', async () => {
      const text = await api.statusBarText();
      return /unattributed/.test(text) ? text : undefined;
    });
    // The status bar and the Problems panel must agree on what needs a speaker.
    assert.match(faulty, new RegExp(`\\b${flagged} unattributed\\b`));
  });

  test('Check Workspace reports the faulty article and restarting the server keeps it working', async () => {
    const api = await activateExtension();
    const result = await api.checkWorkspace();
    assert.equal(result.files, 3);
    const published = vscode.languages.getDiagnostics().map(([uri, list]) => `${uri.toString()}: ${list.length}`);
    assert.ok(result.errors > 0, `faulty.article has errors, Check Workspace counted ${JSON.stringify(result)}; published: ${published.join(', ')}`);
    await vscode.commands.executeCommand('articlemark.restartServer');
    assert.ok(api.client.isRunning());
    const editor = await openArticle('le-drian-choigou.article');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(24, 40));
    assert.ok(hovers.length > 0, 'no hover after the restart');
  });
});
