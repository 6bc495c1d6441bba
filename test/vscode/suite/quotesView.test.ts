/// <reference types="mocha" />
// The "Quotes by speaker" view: what it lists and where a click leads.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, diagnosticsOf, fileUri, openArticle, screenshot, waitFor } from './helpers';
import { NO_ARTICLE_MESSAGE, NO_QUOTES_MESSAGE, type QuotesViewSnapshot } from '../../../client/src/quotesView';
import type { ArticleMarkApi } from '../../../client/src/extension';

/**
 * The view of `uri` once it lists something (and, with `ready`, once it shows
 * that too: a suite before this one may have just put back a registry on
 * disk, which the server learns through the file watcher a moment later).
 */
async function viewOf(api: ArticleMarkApi, uri: vscode.Uri, ready: (snapshot: QuotesViewSnapshot) => boolean = () => true): Promise<QuotesViewSnapshot> {
  return waitFor(`the quotes view of ${uri.path}`, async () => {
    const snapshot = await api.quotesView();
    return snapshot.uri === uri.toString() && snapshot.groups.length > 0 && ready(snapshot) ? snapshot : undefined;
  });
}

const occurrences = (text: string, needle: string): number => text.split(needle).length - 1;

suite('quotes view', () => {
  let api: ArticleMarkApi;
  suiteSetup(async () => {
    api = await activateExtension();
  });

  test('lists the speakers of the clean article, nothing unattributed', async () => {
    const { document } = await openArticle('le-drian-choigou.article');
    const view = await viewOf(api, document.uri, (snapshot) => snapshot.groups.some((group) => group.id === 'le-drian'));
    assert.ok(!view.groups.some((group) => group.kind === 'unattributed'), 'the clean article has unattributed quotes');
    const labels = view.groups.map((group) => group.label);
    assert.ok(labels.includes('Jean-Yves Le Drian'), labels.join(', '));
    assert.ok(labels.includes('ministère russe de la Défense'), labels.join(', '));
    const text = document.getText();
    const leDrian = view.groups.find((group) => group.id === 'le-drian');
    // Quotes attributed with "…"@le-drian, ["…"](@le-drian) or ["…"](@le-drian date=…).
    assert.equal(leDrian?.quotes.length, occurrences(text, '"@le-drian') + occurrences(text, '"](@le-drian'));
  });

  test('puts the unattributed quotes of the faulty article first', async () => {
    const { document } = await openArticle('faulty.article');
    const flagged = await waitFor('unattributed-quote diagnostics', () => {
      const lines = diagnosticsOf(document.uri, 'unattributed-quote').map((d) => d.range.start.line);
      return lines.length > 0 ? lines.sort((a, b) => a - b) : undefined;
    });
    const view = await viewOf(api, document.uri);
    const [first] = view.groups;
    assert.equal(first?.kind, 'unattributed');
    assert.deepEqual(first.quotes.map((quote) => quote.line), flagged);
    assert.ok(view.groups.some((group) => group.id === 'syndicaliste'));
  });

  test('clicking a quote reveals it in the editor', async () => {
    const { document } = await openArticle('le-drian-choigou.article');
    const start = document.positionAt(document.getText().indexOf('"Ce n\'est pas s\'allier'));
    const range = new vscode.Range(start, start.translate(0, 10));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('articlemark.revealQuote', document.uri, range);
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), document.uri.toString());
    assert.ok(editor?.selection.isEqual(new vscode.Selection(range.start, range.end)));
  });

  test('lists the quotes of a heading in a group of their own: every quote the status bar counts is listed', async () => {
    const { document } = await openArticle('le-drian-choigou.article');
    const view = await viewOf(api, document.uri, (snapshot) => snapshot.groups.some((group) => group.kind === 'heading'));
    // '## - \'Intensifier\' et \'coordonner\' -': before, neither attributed nor unattributed, they were listed nowhere.
    assert.deepEqual(view.groups.find((group) => group.kind === 'heading')?.quotes.map((quote) => quote.text), ['Intensifier', 'coordonner']);
    const listed = new Set(view.groups.flatMap((group) => group.quotes.map((quote) => `${quote.line}:${quote.text}`)));
    const status = await api.statusBarText();
    assert.match(status, new RegExp(`\\b${listed.size} quotes\\b`));
  });

  test('says why it is empty: no article open, or an article without quotes', async () => {
    await vscode.commands.executeCommand('articlemark.showQuotes');
    await waitFor('the quotes view to be visible', () => (api.quotesViewVisible() ? true : undefined), 5000);
    await vscode.window.showTextDocument(fileUri('README.md'));
    await waitFor('the message for no article', async () => ((await api.quotesView()).message === NO_ARTICLE_MESSAGE ? true : undefined));
    const empty = await vscode.workspace.openTextDocument({ language: 'articlemark', content: 'Pas de citation ici.\n' });
    await vscode.window.showTextDocument(empty);
    await waitFor('the message for no quotes', async () => ((await api.quotesView()).message === NO_QUOTES_MESSAGE ? true : undefined));
    if (process.env.ARTICLEMARK_SCREENSHOT_URL) assert.ok(await screenshot('quotes-view-empty', { delayMs: 800 }));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    const { document } = await openArticle('faulty.article');
    await viewOf(api, document.uri);
    await waitFor('no message over a list', async () => ((await api.quotesView()).message === undefined ? true : undefined));
  });

  test('Show Quotes by Speaker focuses the view', async () => {
    await openArticle('faulty.article');
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.commands.executeCommand('articlemark.showQuotes');
    const focused = await waitFor('the quotes view to be visible', () => (api.quotesViewVisible() ? true : undefined), 5000);
    assert.ok(focused);
    if (process.env.ARTICLEMARK_SCREENSHOT_URL) assert.ok(await screenshot('quotes-view', { delayMs: 1500 }));
  });
});
