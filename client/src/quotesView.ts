// The "Quotes by speaker" tree: every quote of the active article under its speaker,
// the unattributed ones first; clicking a quote reveals it in the editor, and the items'
// actions (inline icons, right-click) lead to the quick fixes and definitions behind them.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { groupQuotes, shortenQuote, type QuoteGroup } from './quotesModel';
import type { QuoteEntry } from './quotesProtocol';
import type { QuotesSource } from './quotesSource';
import { quoteLabel } from './wording';

export const QUOTES_VIEW_ID = 'articlemark.quotes';
export const REVEAL_QUOTE_COMMAND = 'articlemark.revealQuote';

/** The actions on the view's items (package.json's view/item/context menus); each takes the item. */
export const ITEM_COMMANDS = {
  goToQuote: 'articlemark.quotes.goToQuote',
  attribute: 'articlemark.quotes.attribute',
  copyText: 'articlemark.quotes.copyText',
  goToDefinition: 'articlemark.quotes.goToDefinition',
  defineOrCorrect: 'articlemark.quotes.defineOrCorrect',
  attributeAll: 'articlemark.quotes.attributeAll',
} as const;

/** What the view says instead of an empty list. */
export const NO_ARTICLE_MESSAGE = 'Open an article (.article) to review its quotes by speaker.';
export const NO_QUOTES_MESSAGE = 'No quotes in this article.';

const GROUP_ICONS: Record<QuoteGroup['kind'], string> = { unattributed: 'warning', speaker: 'person', 'not-speech': 'symbol-string', heading: 'text-size' };

function groupTooltip(group: QuoteGroup): string {
  if (!group.defined) return `@${group.id} is defined nowhere: define it, or correct the ID`;
  switch (group.kind) {
    case 'speaker':
      return `@${group.id} (${group.entityKind ?? 'entity'})`;
    case 'unattributed':
      return 'Quotes with no speaker: attribute them';
    case 'not-speech':
      return 'Quotes marked @- (titles, terms)';
    case 'heading':
      return 'Quotes in headings: they need no speaker (unless the project sets checkHeadingQuotes)';
  }
}

export type QuotesViewNode = { group: QuoteGroup; uri: vscode.Uri } | { quote: QuoteEntry; group: QuoteGroup; uri: vscode.Uri };
type Node = QuotesViewNode;

/** What the view shows, in plain data: used by the in-editor tests. */
export interface QuotesViewSnapshot {
  uri: string | undefined;
  /** The message the view shows above its (empty) list, if any. */
  message: string | undefined;
  groups: { kind: QuoteGroup['kind']; id: string | undefined; label: string; quotes: { text: string; line: number }[] }[];
}

export class QuotesTreeProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;
  /** The view this provider fills: told what to say when it has nothing to list. */
  view: vscode.TreeView<Node> | undefined;

  constructor(
    private readonly source: QuotesSource,
    private readonly client: () => LanguageClient | undefined,
  ) {
    this.subscription = source.onDidChange(() => this.changed.fire(undefined));
  }

  async snapshot(): Promise<QuotesViewSnapshot> {
    const document = this.source.activeArticle();
    const groups = groupQuotes((await this.source.quotesOf(document)) ?? []);
    return {
      uri: document?.uri.toString(),
      message: this.view?.message,
      groups: groups.map((group) => ({
        kind: group.kind,
        id: group.id,
        label: group.label,
        quotes: group.quotes.map((quote) => ({ text: quote.text, line: quote.range.start.line })),
      })),
    };
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node) return 'quote' in node ? [] : node.group.quotes.map((quote) => ({ quote, group: node.group, uri: node.uri }));
    const document = this.source.activeArticle();
    const quotes = await this.source.quotesOf(document);
    if (this.view) this.view.message = !document ? NO_ARTICLE_MESSAGE : quotes?.length === 0 ? NO_QUOTES_MESSAGE : undefined;
    if (!document || !quotes) return [];
    return groupQuotes(quotes).map((group) => ({ group, uri: document.uri }));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (!('quote' in node)) {
      const { group } = node;
      const item = new vscode.TreeItem(group.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `group:${group.kind}:${group.id ?? ''}`;
      const count = `${group.quotes.length} quote${group.quotes.length === 1 ? '' : 's'}`;
      // The source entity next to the speaker's name, so the reviewer sees which entity is quoted.
      item.description = group.id ? `@${group.id} · ${count}` : count;
      item.tooltip = groupTooltip(group);
      item.iconPath = new vscode.ThemeIcon(!group.defined || group.kind === 'unattributed' ? 'warning' : GROUP_ICONS[group.kind]);
      // What the menus key on: a speaker whose ID resolves nowhere gets *Define or Correct*, not *Go to Definition*.
      item.contextValue = group.kind === 'speaker' && !group.defined ? 'speaker-undefined' : group.kind;
      return item;
    }
    const { quote, group, uri } = node;
    const item = new vscode.TreeItem(quoteLabel(quote.mark, shortenQuote(quote.text)), vscode.TreeItemCollapsibleState.None);
    item.id = `quote:${group.kind}:${group.id ?? ''}:${quote.index}`;
    const likely = quote.candidates[0];
    item.description = `line ${quote.range.start.line + 1}` + (quote.unattributed && likely ? ` · likely ${likely.name}` : '');
    item.tooltip = new vscode.MarkdownString().appendText(quote.text);
    item.iconPath = new vscode.ThemeIcon('quote');
    item.contextValue = quote.unattributed ? 'quote-unattributed' : 'quote';
    const client = this.client();
    const range = client ? client.protocol2CodeConverter.asRange(quote.range) : undefined;
    item.command = { command: REVEAL_QUOTE_COMMAND, title: 'Reveal quote', arguments: [uri, range] };
    return item;
  }

  private asRange(range: QuoteEntry['range']): vscode.Range {
    const client = this.client();
    return client ? client.protocol2CodeConverter.asRange(range) : new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  }

  /** *Go to Quote*: what a click does, from the context menu. */
  async goToQuote(node: Node | undefined): Promise<void> {
    if (node && 'quote' in node) await revealQuote(node.uri, this.asRange(node.quote.range));
  }

  /** *Attribute…*: the quote selected in the editor, with its quick fixes open (*Attribute to …*, *Mark as not speech*). */
  async attribute(node: Node | undefined): Promise<void> {
    if (!node || !('quote' in node)) return;
    await revealQuote(node.uri, this.asRange(node.quote.range));
    await vscode.commands.executeCommand('editor.action.quickFix');
  }

  async copyText(node: Node | undefined): Promise<void> {
    if (!node || !('quote' in node)) return;
    await vscode.env.clipboard.writeText(node.quote.text);
    // Copying says nothing by itself: a word in the status bar, gone after a few seconds.
    vscode.window.setStatusBarMessage('ArticleMark: quote copied', 3000);
  }

  /** Where a speaker group's ID is first written: its first quote's attribution. */
  private speakerAt(node: Node | undefined): { uri: vscode.Uri; at: vscode.Range } | undefined {
    if (!node || 'quote' in node || node.group.kind !== 'speaker') return undefined;
    for (const quote of node.group.quotes) {
      const at = quote.speakers.find((speaker) => speaker.id === node.group.id)?.at;
      if (at) return { uri: node.uri, at: this.asRange(at) };
    }
    return undefined;
  }

  /** *Go to Definition* of a speaker: the editor's own, from the ID in an attribution (a registry's definition opens that file). */
  async goToDefinition(node: Node | undefined): Promise<void> {
    const found = this.speakerAt(node);
    if (!found) return;
    await revealQuote(found.uri, new vscode.Range(found.at.start, found.at.start));
    await vscode.commands.executeCommand('editor.action.revealDefinition');
  }

  /** *Define or Correct…* for an ID that resolves nowhere: its quick fixes (*Change to @…*, *Define @id as …*). */
  async defineOrCorrect(node: Node | undefined): Promise<void> {
    const found = this.speakerAt(node);
    if (!found) return;
    await revealQuote(found.uri, found.at);
    await vscode.commands.executeCommand('editor.action.quickFix');
  }

  /** The source action *Attribute all quotes with a clear speaker*, on the article of the Unattributed group. */
  async attributeAll(node: Node | undefined): Promise<void> {
    if (!node) return;
    await vscode.window.showTextDocument(node.uri, { preserveFocus: false });
    await vscode.commands.executeCommand('editor.action.codeAction', { kind: 'source.attributeAll', apply: 'first' });
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

export async function revealQuote(uri: vscode.Uri, range: vscode.Range | undefined): Promise<void> {
  const editor = await vscode.window.showTextDocument(uri, { preserveFocus: false });
  if (range) {
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}
