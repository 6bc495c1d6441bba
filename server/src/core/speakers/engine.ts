// The plain-text speaker engine: finds quotes (with the ArticleMark parser's
// rules), people and organisations, and ranks each quote's speakers. Works on
// unmarked copy (import) and on articles (with their entities as known ones).
import { parse } from '../syntax/parse';
import { attributeQuotes } from './attribute';
import { findEntities, slug, uniqueId } from './names';
import { sentenceStarts } from './sentences';
import { quoteMask } from './spans';
import type { KnownEntity, QuoteSpan, SpeakerAnalysis } from './types';

export interface AnalyzeOptions {
  /** Entities already defined: matched by name and aliases, keeping their IDs. */
  readonly known?: readonly KnownEntity[];
  /** Quotes to attribute; by default the closed, top-level quotes the parser finds. */
  readonly quotes?: readonly QuoteSpan[];
  /** Whether unnamed sources ("une source proche du dossier") may become new entities. */
  readonly newSources?: boolean;
  /** The text's language; detected when absent. */
  readonly lang?: 'fr' | 'en';
}

const FR_WORDS = new Set(['le', 'la', 'les', 'des', 'est', 'une', 'dans', 'pour', 'qui', 'avec', 'sur', 'du', 'au', 'et', 'de', 'que', 'il', 'elle', 'pas', 'nous', 'sont']);
const EN_WORDS = new Set(['the', 'and', 'of', 'is', 'was', 'with', 'for', 'that', 'from', 'this', 'by', 'his', 'her', 'said', 'are', 'were', 'he', 'she', 'we', 'to', 'in', 'it']);
const WORDS = /[\p{L}\p{M}\d_]+/gu;

/** French or English, by counting the commonest function words (one pass over the words). */
export function detectLang(text: string): 'fr' | 'en' {
  let fr = 0;
  let en = 0;
  for (const [w] of text.toLowerCase().matchAll(WORDS)) {
    if (FR_WORDS.has(w)) fr++;
    else if (EN_WORDS.has(w)) en++;
  }
  return fr >= en ? 'fr' : 'en';
}

/** The closed, top-level quotes of `text`, as the ArticleMark parser pairs them. */
export function findQuotes(text: string): QuoteSpan[] {
  return quoteParts(text).quotes;
}

/**
 * The closed quotes of `text`, none crossing a paragraph break, and the
 * leading paragraphs of multi-paragraph quotes. The parser joins a quote left
 * open at a paragraph's end with the next paragraph that opens with a mark
 * (newsroom convention); the engine attributes the part that closes, from its
 * own opening mark, and reads the earlier parts only as context (they carry
 * the speech clause: "…, with X stating: “…¶“…”").
 */
export function quoteParts(text: string): { quotes: QuoteSpan[]; leads: QuoteSpan[] } {
  const quotes: QuoteSpan[] = [];
  const leads: QuoteSpan[] = [];
  for (const q of parse(text).quotes) {
    if (q.parent !== undefined || q.unclosed || !q.close || q.inHeading) continue;
    const last = q.parts[q.parts.length - 1];
    let open = q.open.start;
    if (q.parts.length > 1 && last) {
      // The last part's own opening mark: the nearest quote mark before its words.
      let at = last.start - 1;
      while (at > q.open.start && /\s/u.test(text[at]!)) at--;
      if (at > q.open.start && /["“«„]/u.test(text[at]!)) {
        open = at;
        let from = q.open.start;
        for (const part of q.parts.slice(0, -1)) {
          leads.push({ open: from, end: part.end });
          from = text.slice(part.end, last.start).search(/["“«„]/u) + part.end;
        }
      }
    }
    quotes.push({ open, end: q.close.end });
  }
  return { quotes, leads };
}

export function analyzeSpeakers(text: string, options: AnalyzeOptions = {}): SpeakerAnalysis {
  const parts = options.quotes ? { quotes: options.quotes, leads: [] } : quoteParts(text);
  const reported = new Set(parts.quotes);
  // The leading parts of multi-paragraph quotes are attributed too (they hold the speech clause), but not reported.
  const quotes = [...parts.quotes, ...parts.leads].sort((a, b) => a.open - b.open);
  const mask = quoteMask(text.length, quotes);
  const blocked = (at: number): boolean => mask[at] !== 0;
  const { entities, mentions } = findEntities(text, options.known ?? [], blocked);
  const used = new Set(entities.map((e) => e.id));
  const addSource = options.newSources === false
    ? undefined
    : (start: number, end: number): number => {
        const name = text.slice(start, end).trim();
        const existing = entities.findIndex((e) => e.kind === 'source' && e.name === name);
        if (existing >= 0) return existing;
        let base = slug(name.split(/\s+/u).slice(0, 4).join(' '));
        if (base.length > 40) base = base.slice(0, 40).replace(/-+$/u, '');
        const id = uniqueId(base, used);
        entities.push({ id, kind: 'source', name, aliases: [], roles: new Set(name.toLowerCase().split(/\s+/u)), known: false });
        mentions.push({ start, end: start + name.length, entity: entities.length - 1 });
        mentions.sort((a, b) => a.start - b.start);
        return entities.length - 1;
      };
  const attributions = attributeQuotes({ text, quotes, entities, mentions, sentenceStarts: sentenceStarts(text, quotes), mask, lang: options.lang ?? detectLang(text), addSource });
  return { entities, mentions, quotes: parts.leads.length > 0 ? attributions.filter((a) => reported.has(a.quote)) : attributions };
}
