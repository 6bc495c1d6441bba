import { RequestType, type Range, type TextDocumentIdentifier } from '../protocol';
import { needsAttribution, suggestionFor, type DocumentModel, type QuoteInfo } from '../core';
import { quoteSpeakerIds, withoutComments } from './namedIds';

export interface QuotesParams {
  readonly textDocument: TextDocumentIdentifier;
}

export interface QuoteSummary {
  readonly index: number;
  readonly range: Range;
  readonly text: string;
  /** The opening mark as written (`"`, `«`, `“`, `'`, `‘`, `„`, `‹`, or `>` for a block quote), for the view to quote the words as the copy does. */
  readonly mark: string;
  /**
   * Each attribution ID in the order written; one that resolves nowhere has no name or kind, and `defined: false`.
   * `at`: where the ID is written (the view's *Go to Definition* and *Define or Correct* start there); absent for a
   * speaker the model found without a written ID.
   */
  readonly speakers: readonly { readonly id: string; readonly name: string; readonly kind: string; readonly defined: boolean; readonly at?: Range }[];
  /** Needs a speaker: not attributed, not marked `@-`, not nested in another quote. */
  readonly unattributed: boolean;
  readonly notSpeech: boolean;
  readonly nested: boolean;
  /** In a heading: unless the project checks headings' quotes (`checkHeadingQuotes`), it needs no speaker. */
  readonly inHeading: boolean;
  /** For unattributed quotes: likely speakers, best first. */
  readonly candidates: readonly { readonly id: string; readonly name: string; readonly confidence: number; readonly reason: string; readonly defined: boolean }[];
  /** For unattributed quotes: the speaker *Attribute all* would write (the engine is confident), if any. */
  readonly clearSpeaker?: string;
}

export interface QuotesResult {
  readonly quotes: readonly QuoteSummary[];
}

/** `articlemark/quotes`: the document's quotes with their speakers, for the review view. */
export const QuotesRequest = new RequestType<QuotesParams, QuotesResult, void>('articlemark/quotes');

/** The quote's attribution IDs in the order written, an ID that resolves nowhere included: the view would drop its quote. */
function speakersOf(model: DocumentModel, quote: QuoteInfo): QuoteSummary['speakers'] {
  const written = new Map<string, Range>();
  for (const ref of quote.attribution?.ids ?? []) if (!written.has(ref.id)) written.set(ref.id, model.lines.rangeOf(ref.span));
  return quoteSpeakerIds(quote).map(({ id, entity }) => {
    const at = written.get(id);
    return { id, name: entity?.name ?? '', kind: entity?.kind ?? '', defined: entity !== undefined, ...(at ? { at } : {}) };
  });
}

export function quotesOf(model: DocumentModel, checkHeadingQuotes: boolean): QuotesResult {
  return {
    quotes: model.quotes.map((quote, index) => {
      const unattributed = needsAttribution(model, index, checkHeadingQuotes);
      // One reading, as the quick fix and *Attribute all* rank: speakers the article does not define yet included. The
      // clear speaker is the first candidate when the engine is confident, for a quote with marks (*Attribute all*
      // writes no block quote's attribution line).
      const reading = unattributed ? suggestionFor(model, index) : undefined;
      const clear = reading?.confident && quote.node.close ? reading.candidates[0] : undefined;
      return {
        index,
        range: model.lines.rangeOf(quote.node.span),
        // The quoted words as the reader reads them: French typography's spaces inside « » (no-break or not) are no
        // part of them, nor are comments (every `<!--` opens one; an unclosed one runs to the end).
        text: withoutComments(quote.text).trim(),
        mark: quote.node.mark,
        speakers: speakersOf(model, quote),
        unattributed,
        notSpeech: quote.notSpeech,
        nested: quote.nested,
        inHeading: quote.node.inHeading,
        candidates: (reading?.candidates ?? []).map((c) => ({ id: c.id, name: c.name, confidence: c.confidence, reason: c.reason, defined: !c.definition })),
        ...(clear ? { clearSpeaker: clear.id } : {}),
      };
    }),
  };
}
