// Groups a document's quotes by speaker for the tree view and the status bar, and shortens them for labels.
// Pure (no vscode import) so the grouping rules are easy to reason about.
import type { QuoteEntry, QuoteSpeaker } from './quotesProtocol';

export type GroupKind = 'unattributed' | 'speaker' | 'not-speech' | 'heading';

export interface QuoteGroup {
  kind: GroupKind;
  /** Entity id of a speaker group. */
  id: string | undefined;
  label: string;
  /** Entity kind of a speaker group (person, org, source…). */
  entityKind: string | undefined;
  /** False for a speaker group whose ID resolves nowhere. */
  defined: boolean;
  quotes: QuoteEntry[];
}

export interface QuoteCounts {
  total: number;
  unattributed: number;
}

/** Nested quotes (a quote inside a quote) belong to their outer quote: not counted on their own. */
export function countQuotes(quotes: readonly QuoteEntry[]): QuoteCounts {
  const counted = quotes.filter((quote) => !quote.nested);
  return { total: counted.length, unattributed: counted.filter((quote) => quote.unattributed).length };
}

/**
 * Unattributed first (they need the writer's attention), then speakers by first appearance, then `@-` quotes, then
 * the quotes of headings that need no speaker. Every quote the status bar counts is listed somewhere.
 */
export function groupQuotes(quotes: readonly QuoteEntry[]): QuoteGroup[] {
  const unattributed: QuoteGroup = { kind: 'unattributed', id: undefined, label: 'Unattributed', entityKind: undefined, defined: true, quotes: [] };
  const notSpeech: QuoteGroup = { kind: 'not-speech', id: undefined, label: 'Not speech (@-)', entityKind: undefined, defined: true, quotes: [] };
  const headings: QuoteGroup = { kind: 'heading', id: undefined, label: 'In headings', entityKind: undefined, defined: true, quotes: [] };
  const bySpeaker = new Map<string, QuoteGroup>();
  const add = (speaker: QuoteSpeaker, quote: QuoteEntry): void => {
    let group = bySpeaker.get(speaker.id);
    if (!group) {
      // An ID that resolves nowhere is a group of its own, named as not defined (a typo to fix, not nobody's words).
      const label = speaker.defined === false ? `@${speaker.id} (not defined)` : speaker.name || speaker.id;
      const defined = speaker.defined !== false;
      group = { kind: 'speaker', id: speaker.id, label, entityKind: defined ? speaker.kind : undefined, defined, quotes: [] };
      bySpeaker.set(speaker.id, group);
    }
    group.quotes.push(quote);
  };
  for (const quote of quotes) {
    if (quote.unattributed) unattributed.quotes.push(quote);
    else if (quote.notSpeech) notSpeech.quotes.push(quote);
    // A quote shared by two speakers is listed under each of them.
    else if (quote.speakers.length > 0) for (const speaker of quote.speakers) add(speaker, quote);
    // A quote inside a quote without its own speaker is part of the outer one.
    else if (quote.nested) continue;
    // Neither attributed nor flagged: a heading's quote the project does not check ('Intensifier' in a title)…
    else if (quote.inHeading) headings.quotes.push(quote);
    // …or the second part of a split quote whose first part lacks the speaker: it goes with that part.
    else unattributed.quotes.push(quote);
  }
  return [unattributed, ...bySpeaker.values(), notSpeech, headings].filter((group) => group.quotes.length > 0);
}

const maxLabel = 80;

/**
 * A quote on one line of the tree, at most 80 UTF-16 units with the ellipsis. The cut never
 * falls inside a surrogate pair: half an emoji would show as a replacement character.
 */
export function shortenQuote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLabel) return flat;
  let end = maxLabel - 1;
  const last = flat.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${flat.slice(0, end)}…`;
}
