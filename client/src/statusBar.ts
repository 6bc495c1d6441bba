// Status bar item: the active article's quote count and how many lack a speaker.
import * as vscode from 'vscode';
import { countQuotes } from './quotesModel';
import type { QuotesSource } from './quotesSource';
import { count } from './wording';

export class QuotesStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('articlemark.quotes', vscode.StatusBarAlignment.Left, 100);
  private readonly subscription: vscode.Disposable;
  /** Last text shown; read by the in-editor tests. */
  text = '';

  constructor(private readonly source: QuotesSource) {
    this.item.name = 'ArticleMark quotes';
    this.item.command = 'articlemark.showQuotes';
    this.subscription = source.onDidChange(() => void this.refresh());
  }

  async refresh(): Promise<void> {
    let quotes;
    try {
      quotes = await this.source.quotesOf();
    } catch {
      quotes = undefined; // Server restarting or not ready: hide rather than show stale counts.
    }
    if (!quotes) {
      this.item.hide();
      this.text = '';
      return;
    }
    const { total, unattributed } = countQuotes(quotes);
    this.text = `$(quote) ${count(total, 'quote')}` + (unattributed > 0 ? `, $(warning) ${unattributed} unattributed` : '');
    this.item.text = this.text;
    this.item.tooltip = `${count(total, 'quote')} in this article, ${unattributed} without a speaker. Click to review them by speaker.`;
    this.item.backgroundColor = unattributed > 0 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
