// The plain-text speaker engine: finds quotes (with the ArticleMark parser's
// rules), people and organisations, and ranks each quote's speakers. Works on
// unmarked copy (import) and on articles (with their entities as known ones).
import { parse } from '../syntax/parse';
import { attributeQuotes } from './attribute';
import { readCapitalLines } from './capitalLines';
import { blankDatelines } from './datelines';
import { joinLinesAfterCommaQuote } from './brokenLines';
import { uniqueId } from './entityIds';
import { determinerGender, titleGender } from './gender';
import { isRoleWord, isSpeechVerb } from './lexicon';
import { findEntities } from './nameIndex';
import { dropInvisibles, withoutInvisibles } from './invisibles';
import { sentenceStarts } from './sentences';
import { quoteMask } from './spans';
import type { KnownEntity, QuoteSpan, SpeakerAnalysis } from './types';
import { slug } from './words';

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
  return parse(text)
    .quotes.filter((q) => q.parent === undefined && !q.unclosed && q.close && !q.inHeading)
    .map((q) => ({ open: q.open.start, end: q.close!.end }));
}

/**
 * An unnamed source's description as a name: without a relative pronoun left dangling at its end ("une mère de trois
 * enfants qui"), and cut back to its head when its relative clause stops short of the speech verb ("a retired teacher
 * who has volunteered at the X" + "branch for ten years said"): half a clause describes nobody better than the head does.
 */
function sourceName(text: string, start: number, end: number): string {
  const name = text.slice(start, end).trim().replace(/\s+(?:qui|que|dont|who|which|that)$/iu, '');
  const relative = /\s(?:qui|who)\s/iu.exec(name);
  const next = /^\s+([\p{L}'’-]+)/u.exec(text.slice(end, end + 40))?.[1];
  const cutShort = !!next && !isSpeechVerb(next) && !/^(?:a|ont|avait|est|has|had|have|is|was)$/iu.test(next);
  return relative && relative.index > 0 && cutShort ? name.slice(0, relative.index) : name;
}

/**
 * The gender one unnamed person's description says: its noun's ("une voisine", "un retraité"), or its determiner's
 * when the noun is a role of either gender ("une élue", "un responsable"). Not a group's, nor a word like "source"
 * whose grammatical gender says nothing of the person.
 */
function sourceGender(head: readonly string[]): 'f' | 'm' | undefined {
  const [determiner, noun, ...rest] = head;
  if (!determiner || !noun || !/^(?:un|une|le|la|cette|ce|cet)$/u.test(determiner)) return undefined;
  const word = rest.length > 0 && !isRoleWord(noun) && isRoleWord(rest[0]!) ? rest[0]! : noun;
  return titleGender(word) ?? (isRoleWord(word) ? determinerGender(determiner) : undefined);
}

/** Articles, particles and prepositions: no source's ID ends on one. */
const ID_TAIL_WORDS = /^(?:de|du|des|la|le|les|l['’]|d['’]|à|au|aux|en|dans|sur|par|chez|pour|avec|un|une|of|the|a|an|on|in|at|for|from|to|by|with)$/iu;

/** Who speaks each quote of `input`; offsets in, offsets out are the input's (see invisibles.ts for what is read). */
export function analyzeSpeakers(input: string, options: AnalyzeOptions = {}): SpeakerAnalysis {
  const reading = withoutInvisibles(input);
  if (!reading) return analyzeReading(input, options);
  const { text, toReading, startOf, endOf } = reading;
  // Quotes are found in the text as given (the parser's own rules), then everything is read without the hidden characters.
  const quotes = (options.quotes ?? findQuotes(input)).map((q) => ({ open: toReading(q.open), end: toReading(q.end) }));
  const known = options.known?.map((k) => ({
    ...k,
    name: dropInvisibles(k.name),
    aliases: k.aliases.map(dropInvisibles),
    ...(k.spans ? { spans: k.spans.map((s) => ({ start: toReading(s.start), end: toReading(s.end) })) } : {}),
  }));
  const a = analyzeReading(text, { ...options, quotes, ...(known ? { known } : {}) });
  return {
    entities: a.entities,
    mentions: a.mentions.map((m) => ({ start: startOf(m.start), end: endOf(m.end), entity: m.entity })),
    quotes: a.quotes.map((q) => ({ ...q, quote: { open: startOf(q.quote.open), end: endOf(q.quote.end) } })),
  };
}

function analyzeReading(input: string, options: AnalyzeOptions): SpeakerAnalysis {
  const quotes = [...(options.quotes ?? findQuotes(input))].sort((a, b) => a.open - b.open);
  // Read at the same offsets: Windows line ends as a space before the line feed (the rules read "\n" as a line's
  // end), a headline set in capitals as the rest of the text writes its words, a wire dateline as blank, a line
  // break after a quote that closes on a comma as the space its sentence goes on with.
  const text = joinLinesAfterCommaQuote(blankDatelines(readCapitalLines(input.replace(/\r(?=\n)/gu, ' '))));
  const mask = quoteMask(text.length, quotes);
  const blocked = (at: number): boolean => mask[at] !== 0;
  const { entities, mentions } = findEntities(text, options.known ?? [], blocked);
  const used = new Set(entities.map((e) => e.id));
  // The sources the article defines, their names folded once (addSource reads them for each description it meets).
  const definedSources = entities.flatMap((e, index) => (e.kind === 'source' && e.known ? [{ index, folded: `${e.name.toLowerCase().replace(/\s+/gu, ' ')} ` }] : []));
  const addSource = options.newSources === false
    ? undefined
    : (start: number, end: number): number => {
        const name = sourceName(text, start, end);
        const existing = entities.findIndex((e) => e.kind === 'source' && e.name === name);
        if (existing >= 0 && !entities[existing]!.known) return existing;
        // A defined source is often described more fully than the text does ("un délégué syndical du site" for "un
        // délégué syndical"): the shorter description brings that source in, mentioned there, with the roles and
        // gender the description gives (a definition gives none), as a source the engine makes has them.
        const folded = `${name.toLowerCase().replace(/\s+/gu, ' ')} `;
        const defined = existing >= 0 ? existing : definedSources.find((d) => d.folded.startsWith(folded))?.index;
        // Its roles are the words before its complement: "un conseiller de la ministre" is a "conseiller", not a "ministre".
        const headWords = name.toLowerCase().split(/\s+(?:de|du|des|d['’]|of|for|from|at|à|au|aux|en|in|chez)(?:\s+|(?<=['’]))/u)[0]!.split(/\s+/u);
        const gender = sourceGender(headWords);
        const mentionAt = (entity: number): number => {
          if (!mentions.some((m) => m.start === start && m.entity === entity)) {
            mentions.push({ start, end: start + name.length, entity });
            mentions.sort((a, b) => a.start - b.start);
          }
          return entity;
        };
        if (defined !== undefined) {
          const source = entities[defined]!;
          for (const role of headWords) source.roles.add(role);
          if (gender) source.gender ??= gender;
          return mentionAt(defined);
        }
        // Its first four words, without the particles a cut leaves at the end ("la-porte-parole-de-la").
        const words = name.split(/\s+/u).slice(0, 4);
        while (words.length > 1 && ID_TAIL_WORDS.test(words[words.length - 1]!)) words.pop();
        let base = slug(words.join(' '));
        if (base.length > 40) base = base.slice(0, 40).replace(/-+$/u, '');
        const id = uniqueId(base, used);
        entities.push({ id, kind: 'source', name, aliases: [], roles: new Set(headWords), known: false, ...(gender ? { gender } : {}) });
        return mentionAt(entities.length - 1);
      };
  const attributions = attributeQuotes({ text, quotes, entities, mentions, sentenceStarts: sentenceStarts(text, quotes), mask, lang: options.lang ?? detectLang(text), addSource });
  return { entities, mentions, quotes: attributions };
}
