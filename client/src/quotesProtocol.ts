// The custom `articlemark/quotes` request: the one piece of the server's answer the
// client cannot get from standard LSP. Only types and the request name live here,
// so the client never depends on the server's code.
import type { Range } from 'vscode-languageclient';

export const QUOTES_REQUEST = 'articlemark/quotes';

export interface QuotesParams {
  textDocument: { uri: string };
}

export interface QuoteSpeaker {
  id: string;
  name: string;
  kind?: string;
}

export interface QuoteEntry {
  text: string;
  range: Range;
  speakers: QuoteSpeaker[];
  unattributed: boolean;
}
