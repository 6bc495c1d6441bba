// The custom `articlemark/quotes` request (server/src/features/quotesRequest.ts): the
// one answer the client cannot get from standard LSP. The shape is restated here, not
// imported, so the client bundle never depends on the server's code.
import type { Range } from 'vscode-languageclient';

export const QUOTES_REQUEST = 'articlemark/quotes';

export interface QuotesParams {
  textDocument: { uri: string };
}

export interface QuoteSpeaker {
  id: string;
  name: string;
  kind: string;
  /** False for an attribution ID that resolves nowhere (no name, no kind). */
  defined: boolean;
  /** Where the ID is written in the quote's attribution. */
  at?: Range;
}

export interface QuoteCandidate {
  id: string;
  name: string;
  confidence: number;
  reason: string;
  /** False for a speaker the article does not define yet (the quick fix defines it). */
  defined: boolean;
}

export interface QuoteEntry {
  index: number;
  range: Range;
  text: string;
  /** The opening mark as written (`"`, `«`, `“`, `'`, `‘`, `„`, `‹`, or `>` for a block quote). */
  mark: string;
  speakers: QuoteSpeaker[];
  /** Needs a speaker: not attributed, not `@-`, not nested in another quote. */
  unattributed: boolean;
  notSpeech: boolean;
  nested: boolean;
  /** In a heading: unless the project checks headings' quotes, it needs no speaker. */
  inHeading: boolean;
  /** For unattributed quotes: likely speakers, best first. */
  candidates: QuoteCandidate[];
  /** For unattributed quotes: the speaker *Attribute all* would write (the engine is confident), if any. */
  clearSpeaker?: string;
}

export interface QuotesResult {
  quotes: QuoteEntry[];
}
