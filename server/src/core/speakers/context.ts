// The state one call of attributeQuotes shares between its steps: the text
// (with incidental insertions blanked, "aux yeux de" read as "selon"), its quotes, entities and mentions, the
// sentence and paragraph lookups, the quotes attributed so far and the last
// speaker; and the basic lookups of mentions around an offset.
import { partitionPoint } from '../text/partition';
import { namedThings } from './notSpeech';
import { sentenceAt } from './sentences';
import { firstFrom, paragraphCounter, quoteMask, startingIn } from './spans';
import type { EntityMention, FoundEntity, QuoteAttribution, QuoteSpan } from './types';

/** What a speech cue says of who speaks: an entity, or a pronoun, a role or an unnamed source still to resolve. */
export type Subject =
  | { readonly type: 'entity'; readonly entity: number; readonly score: number; readonly reason: string }
  | { readonly type: 'pronoun'; readonly word: string; readonly at: number }
  | { readonly type: 'role'; readonly noun: string; readonly adjectives: readonly string[]; readonly possessive?: boolean; readonly span?: readonly [number, number]; readonly gender?: 'f' | 'm' }
  | { readonly type: 'source'; readonly start: number; readonly end: number };

export const OBLIQUE_BEFORE = /(?:^|[\s'’])(?:de|du|des|d|à|au|aux|avec|par|pour|sur|contre|chez|vers|dans|devant|derrière|après|avant|pendant|lors|entre|parmi|depuis|dès|sans|sous|of|to|with|by|for|on|in|at|from|about|against|toward|towards|outside|inside|near|after|before|during|over|under|into|onto|behind|across|around|throughout|within|without|through|among|between|despite|via)(?:\s*|['’]|\s+(?:la|le|les|the)\s+|\s+l['’])$/iu;

/** Words set off by commas that change nothing about who speaks: ", lui,", ", pour sa part,", ", however,". */
const INSERTION = /,\s*(lui|elle|eux|elles|lui aussi|elle aussi|lui-même|elle-même|pour sa part|pour leur part|quant à lui|quant à elle|de son côté|de leur côté|toutefois|cependant|néanmoins|en revanche|d['’]ailleurs|en outre|par ailleurs|for (?:his|her|their|its) part|however|in turn|meanwhile|too|though|also|(?:très\s+|visiblement\s+|manifestement\s+)?ému(?:e|s|es)?|en larmes|tout sourire|amusée?|agacée?|furieux|furieuse|laconique|sobrement|simplement|en substance|in substance|(?:visibly\s+)?moved|smiling|laughing)\s*,/gu;

/**
 * "aux yeux du maire", "Aux yeux de X": the same cue as "selon le maire", "Selon X" (rewritten to it, same length).
 * The article must end its word ("du maire"; "d'" before a name): "aux yeux durs", "aux yeux desséchés" are no "selon".
 */
const IN_THE_EYES_OF = /(?<![\p{L}])([Aa])ux\s+yeux\s+(de\s+la(?=\s)|du(?=\s)|des(?=\s)|de(?=\s)|d['’](?=\p{L}))/gu;
const ARTICLE_OF: Readonly<Record<string, string>> = { du: 'le', des: 'les', 'de la': 'la' };

/** A speaker and where their words end. */
export interface Speaker {
  readonly entity: number;
  readonly at: number;
}

export interface AttributeInput {
  readonly text: string;
  /** Sorted by `open`. */
  readonly quotes: readonly QuoteSpan[];
  readonly entities: FoundEntity[];
  readonly mentions: readonly EntityMention[];
  readonly sentenceStarts: readonly number[];
  readonly lang: 'fr' | 'en';
  /** The quote mask of `text` (spans.ts), when the caller has built it already. */
  readonly mask?: Uint8Array;
  /** Makes an entity for an unnamed source ("une source proche du dossier"); undefined when none may be made. */
  readonly addSource?: (start: number, end: number) => number | undefined;
}

export interface AttributionContext {
  /** The input text, with the incidental words between commas blanked (same offsets). */
  readonly text: string;
  /** Sorted by `open` (see quotesOpeningIn). */
  readonly quotes: readonly QuoteSpan[];
  readonly entities: FoundEntity[];
  readonly sentenceStarts: readonly number[];
  readonly english: boolean;
  /** Whether offset `at` lies inside a quote (not on its marks). */
  readonly inQuote: (at: number) => boolean;
  /** The mentions outside quotes, by start. */
  readonly outsideMentions: readonly EntityMention[];
  /** A paragraph number for an offset. */
  readonly paragraphOf: (at: number) => number;
  readonly addSource: ((start: number, end: number) => number | undefined) | undefined;
  /** The quotes attributed so far, in order. */
  readonly results: QuoteAttribution[];
  /** The last quote's speaker, when it was given one with some confidence. */
  last: Speaker | undefined;
  /** How many quotes each entity was confidently given so far: an interview's subject is quoted most. */
  readonly quotedCount: Map<number, number>;
  /** The quotes that name something ("l'opération « X »"), not anyone's words (notSpeech.ts). */
  readonly namedThings: ReadonlySet<QuoteSpan>;
}

/** The context of one call, built once. */
export function createContext(input: AttributeInput): AttributionContext {
  const { quotes, entities, mentions, sentenceStarts } = input;
  const english = input.lang === 'en';
  const mask = input.mask ?? quoteMask(input.text.length, quotes);
  // Incidental words between commas ("Le ministre, lui, défend", "X, for his part, said") are blanked (same offsets),
  // so that the subject and its verb read as adjacent.
  const text = input.text.replace(INSERTION, (m, _w: string, at: number) => (mask[at] === 0 ? ' '.repeat(m.length) : m))
    .replace(IN_THE_EYES_OF, (m, a: string, of: string, at: number) => (mask[at] === 0 ? `${a === 'A' ? 'S' : 's'}elon ${ARTICLE_OF[of.replace(/\s+/u, ' ')] ?? ''}`.padEnd(m.length) : m));
  const inQuote = (at: number): boolean => mask[at] === 2;
  const outsideMentions = mentions.filter((m) => !inQuote(m.start));
  const paragraphOf = paragraphCounter(text);
  return {
    text, quotes, entities, sentenceStarts, english, inQuote, outsideMentions, paragraphOf,
    addSource: input.addSource, results: [], last: undefined, quotedCount: new Map<number, number>(), namedThings: namedThings(text, quotes),
  };
}

/**
 * Whether the sentence starting at `p0`, right before the one at `s0`, carries on into it as a sentence of its paragraph
 * does: the same paragraph, or a paragraph of that one sentence alone right before ("La commune a signé le permis.\n\nElle
 * défend un projet …"). Copy that gives each sentence its own paragraph, as web copy does, still writes one thread; a
 * paragraph of several sentences is the writer's own unit and stays a break. One sentence back only: bounded.
 */
export function carriesOn(ctx: AttributionContext, p0: number, s0: number): boolean {
  const { paragraphOf, sentenceStarts, text } = ctx;
  const before = paragraphOf(p0);
  const own = paragraphOf(s0);
  if (before === own) return true;
  if (own !== before + 1) return false;
  return p0 === 0 || paragraphOf(sentenceAt(sentenceStarts, p0 - 1, text.length)[0]) !== before;
}

/**
 * The quotes opening in [from, to), in order, by binary search: asked for each
 * quote, a scan of the list made a document of 50,000 quotes quadratic.
 */
export function quotesOpeningIn(ctx: AttributionContext, from: number, to: number): QuoteSpan[] {
  const { quotes } = ctx;
  const out: QuoteSpan[] = [];
  for (let i = partitionPoint(quotes.length, (k) => quotes[k]!.open < from); i < quotes.length && quotes[i]!.open < to; i++) out.push(quotes[i]!);
  return out;
}

/** The attribution made so far of the first quote opening in [from, to) (results come in the quotes' order). */
export function resultOpeningIn(ctx: AttributionContext, from: number, to: number): QuoteAttribution | undefined {
  const { results } = ctx;
  const found = results[partitionPoint(results.length, (k) => results[k]!.quote.open < from)];
  return found && found.quote.open < to ? found : undefined;
}

/** Mentions starting in [from, to). */
export function between(ctx: AttributionContext, from: number, to: number): EntityMention[] {
  return startingIn(ctx.outsideMentions, from, to);
}

/** The mentions (outside quotes) from offset `at` on, by binary search. */
export function mentionsFrom(ctx: AttributionContext, at: number): EntityMention[] {
  const { outsideMentions } = ctx;
  const i = firstFrom(outsideMentions, at);
  return outsideMentions.slice(i, i + 12);
}

/** The most recent entity before `at` that fits `accept`, within `window` characters. */
export function recent(ctx: AttributionContext, at: number, window: number, accept: (e: FoundEntity) => boolean): EntityMention | undefined {
  const { entities, outsideMentions } = ctx;
  // Mentions starting at or after `at` also end after it: start the backward scan before them.
  for (let i = firstFrom(outsideMentions, at) - 1; i >= 0; i--) {
    const m = outsideMentions[i]!;
    if (m.end > at) continue;
    if (at - m.end > window) return undefined;
    if (accept(entities[m.entity]!)) return m;
  }
  return undefined;
}

/** A mention right after a preposition is an object or a complement, not a subject. */
export function afterPreposition(ctx: AttributionContext, at: number): boolean {
  return OBLIQUE_BEFORE.test(ctx.text.slice(Math.max(0, at - 16), at));
}
