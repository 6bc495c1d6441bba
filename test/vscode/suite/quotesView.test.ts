/// <reference types="mocha" />
// The "Quotes by speaker" view: what it lists and where a click leads.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, diagnosticsOf, fileUri, openArticle, screenshot, waitFor } from './helpers';
import { NO_ARTICLE_MESSAGE, NO_QUOTES_MESSAGE, type QuotesViewSnapshot } from '../../../client/src/quotesView';
import type { ArticleMarkApi } from '../../../client/src/extension';
import type { QuotesViewNode } from '../../../client/src/quotesView';

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

  /** The view's items for the active article, once it lists `ready`'s group: each with the context value its menus key on. */
  async function itemsOf(uri: vscode.Uri, ready: (contextValue: string | undefined, node: QuotesViewNode) => boolean): Promise<{ node: QuotesViewNode; contextValue: string | undefined }[]> {
    return waitFor(`the view's items of ${uri.path}`, async () => {
      if ((await api.quotesView()).uri !== uri.toString()) return undefined;
      const items = await api.quotesViewItems();
      return items.some((item) => ready(item.contextValue, item.node)) ? items : undefined;
    });
  }
  const codeActionTitles = async (editor: vscode.TextEditor): Promise<string[]> =>
    (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, editor.selection)).map((action) => action.title);

  test('an unattributed quote\'s "Attribute Quote…" selects it in the editor, where its quick fixes attribute it', async () => {
    const { document } = await openArticle('faulty.article');
    const groups = await itemsOf(document.uri, (contextValue) => contextValue === 'unattributed');
    const unattributed = groups.find((item) => item.contextValue === 'unattributed')!;
    const [first, ...rest] = await api.quotesViewItems(unattributed.node);
    assert.ok(first && 'quote' in first.node);
    // Its menus key on this: the light bulb is offered on unattributed quotes only.
    assert.deepEqual([first, ...rest].map((item) => item.contextValue), [first, ...rest].map(() => 'quote-unattributed'));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('articlemark.quotes.attribute', first.node);
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), document.uri.toString());
    assert.equal(editor.document.getText(editor.selection).slice(1, 12), first.node.quote.text.slice(0, 11));
    if (process.env.ARTICLEMARK_SCREENSHOT_URL) assert.ok(await screenshot('quotes-view-attribute', { delayMs: 1500 }));
    const titles = await codeActionTitles(editor);
    assert.ok(titles.some((title) => title.startsWith('Attribute to ')), titles.join(' | '));
    assert.ok(titles.some((title) => title.startsWith('Mark as not speech')), titles.join(' | '));
    await vscode.commands.executeCommand('hideCodeActionWidget').then(undefined, () => undefined);
  });

  test('a speaker\'s "Go to Speaker\'s Definition" opens the definition, in the registry when it is there', async () => {
    const { document } = await openArticle('le-drian-choigou.article');
    const groups = await itemsOf(document.uri, (contextValue, node) => contextValue === 'speaker' && node.group.id === 'le-drian');
    const leDrian = groups.find((item) => item.node.group.id === 'le-drian')!;
    await vscode.commands.executeCommand('articlemark.quotes.goToDefinition', leDrian.node);
    const editor = await waitFor('the registry open at the definition', () => {
      const active = vscode.window.activeTextEditor;
      return active?.document.uri.path.endsWith('/registry/newsroom.article') ? active : undefined;
    });
    assert.match(editor.document.lineAt(editor.selection.active.line).text, /^@person le-drian: /);
  });

  test('an undefined speaker\'s "Define or Correct the Speaker\'s ID…" selects the ID, where its quick fixes correct or define it', async () => {
    const { document } = await openArticle('faulty.article');
    const groups = await itemsOf(document.uri, (contextValue) => contextValue === 'speaker-undefined');
    const quilard = groups.find((item) => item.contextValue === 'speaker-undefined')!;
    assert.equal(quilard.node.group.id, 'quilard');
    // A defined speaker's group gets "Go to Definition" instead.
    assert.equal(groups.find((item) => item.node.group.id === 'quillard')?.contextValue, 'speaker');
    await vscode.commands.executeCommand('articlemark.quotes.defineOrCorrect', quilard.node);
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.getText(editor.selection), 'quilard');
    const titles = await codeActionTitles(editor);
    assert.ok(titles.includes('Change to @quillard'), titles.join(' | '));
    assert.ok(titles.includes('Define @quilard as a person in this document'), titles.join(' | '));
    if (process.env.ARTICLEMARK_SCREENSHOT_URL) assert.ok(await screenshot('quotes-view-define', { delayMs: 1500 }));
    await vscode.commands.executeCommand('hideCodeActionWidget').then(undefined, () => undefined);
  });

  test('"Go to Quote" selects the quote and "Copy Quote Text" copies its words', async () => {
    const { document } = await openArticle('faulty.article');
    const groups = await itemsOf(document.uri, (contextValue) => contextValue === 'speaker');
    const speaker = groups.find((item) => item.contextValue === 'speaker')!;
    const [quote] = await api.quotesViewItems(speaker.node);
    assert.ok(quote && 'quote' in quote.node);
    assert.equal(quote.contextValue, 'quote');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('articlemark.quotes.goToQuote', quote.node);
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.selection.start.line, quote.node.quote.range.start.line);
    await vscode.commands.executeCommand('articlemark.quotes.copyText', quote.node);
    assert.equal(await vscode.env.clipboard.readText(), quote.node.quote.text);
  });

  test('"Attribute All Quotes with a Clear Speaker" on the Unattributed group attributes the article\'s clear quotes', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'articlemark', content: '@person ana: Ana Pérez\n\n"Nous irons jusqu\'au bout", a déclaré Ana Pérez.\n' });
    await vscode.window.showTextDocument(document);
    const groups = await itemsOf(document.uri, (contextValue) => contextValue === 'unattributed');
    await vscode.commands.executeCommand('articlemark.quotes.attributeAll', groups.find((item) => item.contextValue === 'unattributed')!.node);
    await waitFor('the quote attributed', () => (document.getText().includes('"@ana, a déclaré') ? true : undefined));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
