// Fetches the active article's quotes from the language server, and tells listeners
// when they may have changed (edits, editor switches, new diagnostics).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { QUOTES_REQUEST, type QuoteEntry, type QuotesParams, type QuotesResult } from './quotesProtocol';

export const LANGUAGE_ID = 'articlemark';

export class QuotesSource implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [this.changed];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly client: () => LanguageClient | undefined) {
    const soon = (): void => this.fireSoon();
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(soon),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.activeArticle()) soon();
      }),
      // Diagnostics arrive after the server has analysed the new text: a good moment to ask again.
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = this.activeArticle();
        if (active && event.uris.some((uri) => uri.toString() === active.uri.toString())) soon();
      }),
    );
  }

  activeArticle(): vscode.TextDocument | undefined {
    const document = vscode.window.activeTextEditor?.document;
    return document?.languageId === LANGUAGE_ID ? document : undefined;
  }

  async quotesOf(document: vscode.TextDocument | undefined = this.activeArticle()): Promise<QuoteEntry[] | undefined> {
    const client = this.client();
    if (!document || !client || !client.isRunning()) return undefined;
    const params: QuotesParams = { textDocument: { uri: client.code2ProtocolConverter.asUri(document.uri) } };
    const answer = await client.sendRequest<QuotesResult | null>(QUOTES_REQUEST, params);
    return answer?.quotes ?? [];
  }

  fireSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.changed.fire(), 150);
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
