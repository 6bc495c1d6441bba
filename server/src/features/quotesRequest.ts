import { RequestType, type Range, type TextDocumentIdentifier } from '../protocol';
import { clearSpeaker, needsAttribution, speakerCandidates, type DocumentModel } from '../core';

export interface QuotesParams {
  readonly textDocument: TextDocumentIdentifier;
}

export interface QuoteSummary {
  readonly index: number;
  readonly range: Range;
  readonly text: string;
  readonly speakers: readonly { readonly id: string; readonly name: string; readonly kind: string }[];
  /** Needs a speaker: not attributed, not marked `@-`, not nested in another quote. */
  readonly unattributed: boolean;
  readonly notSpeech: boolean;
  readonly nested: boolean;
  /** For unattributed quotes: likely speakers, best first. */
  readonly candidates: readonly { readonly id: string; readonly name: string; readonly confidence: number; readonly reason: string }[];
  /** For unattributed quotes: the speaker *Attribute all* would write (the engine is confident), if any. */
  readonly clearSpeaker?: string;
}

export interface QuotesResult {
  readonly quotes: readonly QuoteSummary[];
}

/** `articlemark/quotes`: the document's quotes with their speakers, for the review view. */
export const QuotesRequest = new RequestType<QuotesParams, QuotesResult, void>('articlemark/quotes');

export function quotesOf(model: DocumentModel, checkHeadingQuotes: boolean): QuotesResult {
  return {
    quotes: model.quotes.map((quote, index) => {
      const unattributed = needsAttribution(model, index, checkHeadingQuotes);
      const clear = unattributed ? clearSpeaker(model, index) : undefined;
      return {
        index,
        range: model.lines.rangeOf(quote.node.span),
        // The quoted words: French typography's spaces inside « » (no-break or not) are no part of them.
        text: quote.text.trim(),
        speakers: quote.speakers.map((s) => ({ id: s.id, name: s.name, kind: s.kind })),
        unattributed,
        notSpeech: quote.notSpeech,
        nested: quote.nested,
        candidates: unattributed ? speakerCandidates(model, index).map((c) => ({ id: c.id, name: c.name, confidence: c.confidence, reason: c.reason })) : [],
        ...(clear ? { clearSpeaker: clear.id } : {}),
      };
    }),
  };
}
