// Groups a document's quotes by speaker for the tree view and the status bar.
// Pure (no vscode import) so the grouping rules are easy to reason about.
import type { QuoteEntry, QuoteSpeaker } from './quotesProtocol';

export interface QuoteGroup {
  /** Entity id, or undefined for the unattributed group. */
  id: string | undefined;
  label: string;
  kind: string | undefined;
  quotes: QuoteEntry[];
}

export interface QuoteCounts {
  total: number;
  unattributed: number;
}

export function countQuotes(quotes: readonly QuoteEntry[]): QuoteCounts {
  return { total: quotes.length, unattributed: quotes.filter((quote) => quote.unattributed).length };
}

/** Unattributed first (they need the writer's attention), then speakers by first appearance. */
export function groupQuotes(quotes: readonly QuoteEntry[]): QuoteGroup[] {
  const unattributed: QuoteGroup = { id: undefined, label: 'Unattributed', kind: undefined, quotes: [] };
  const bySpeaker = new Map<string, QuoteGroup>();
  const add = (speaker: QuoteSpeaker, quote: QuoteEntry): void => {
    let group = bySpeaker.get(speaker.id);
    if (!group) {
      group = { id: speaker.id, label: speaker.name || speaker.id, kind: speaker.kind, quotes: [] };
      bySpeaker.set(speaker.id, group);
    }
    group.quotes.push(quote);
  };
  for (const quote of quotes) {
    if (quote.unattributed || quote.speakers.length === 0) unattributed.quotes.push(quote);
    // A quote shared by two speakers is listed under each of them.
    else for (const speaker of quote.speakers) add(speaker, quote);
  }
  return [...(unattributed.quotes.length > 0 ? [unattributed] : []), ...bySpeaker.values()];
}
