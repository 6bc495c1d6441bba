import type { DocumentModel } from '../model/documentModel';
import type { Inline, QuoteNode } from '../syntax/nodes';
import { openStartOf, spanEndOf } from '../syntax/quoteNode';
import { dashLineWords, lastLineStart } from '../rules/quoteRules';
import { fold } from '../text/chars';
import { partitionPoint } from '../text/partition';
import { analyzeSpeakers, detectLang } from './engine';
import { definitionLines } from './definitionLines';
import type { FoundEntity, KnownEntity, QuoteAttribution, QuoteSpan, SpeakerAnalysis } from './types';

/** A likely speaker for a quote, best first in the lists this module returns. */
export interface SpeakerCandidate {
  readonly id: string;
  readonly name: string;
  /** 0 to 1. */
  readonly confidence: number;
  /** Why, in a few words a writer understands ("named next to "a déclaré""). */
  readonly reason: string;
  /** Set for a speaker the article does not define yet: the lines defining it under `id`, as `import` writes them. */
  readonly definition?: readonly string[];
}

const SPEAKING_KINDS = new Set(['person', 'org', 'source', 'other']);

/**
 * What the engine reads of [from, to) of a model: the prose without its markup, the entities in scope with where
 * they are marked there, the quotes there, in the offsets of that prose; `at` gives a document offset's place in it.
 */
interface EngineInputs {
  readonly text: string;
  readonly known: readonly KnownEntity[];
  readonly quotes: readonly QuoteSpan[];
  readonly at: (offset: number) => number;
}

/** An analysis and where a document offset is in the prose it read. */
interface Reading {
  readonly analysis: SpeakerAnalysis;
  readonly at: (offset: number) => number;
}

/**
 * Markup blanked (same offsets, newlines kept, a lone CR read as the line break it is) so that the cues read as in
 * plain prose: an opening `[` whose `]` is followed by `(@` or `(#`, a mention's or a figure's `](@id)` or `](#…)`
 * up to its `)`, and an ID after a closing mark.
 */
export function blankMarkup(text: string): string {
  const plain = withLineFeeds(text);
  return spaced(plain, markupSpans(plain));
}

/** A lone CR read as the line break it is (same offsets). */
function withLineFeeds(text: string): string {
  return text.replace(/\r(?!\n)/gu, '\n');
}

/**
 * Where blankMarkup blanks: sorted, apart. In one pass each, not with patterns that look for the `)` or the `]` from
 * every candidate: on a long line without one, each looked to the end of the line again (a 1 MB paragraph of 10,000
 * quotes took 2.5 s). `plain` has its lone CRs read as line feeds (withLineFeeds).
 */
function markupSpans(plain: string): { start: number; end: number }[] {
  // From the end: whether the first `]` after each offset on its line is followed by `(@` or `(#` (spaces and line
  // breaks allowed between). Read before the `](` are blanked: "a dit [M. X" read the `[` as part of the name.
  const mentionClose = /\]\s*\(\s*[@#]/y;
  const opens: { start: number; end: number }[] = [];
  let closesMention = false;
  for (let i = plain.length - 1; i >= 0; i--) {
    const c = plain.charCodeAt(i);
    if (c === 10) closesMention = false;
    else if (c === 93) {
      mentionClose.lastIndex = i;
      closesMention = mentionClose.test(plain);
    } else if (c === 91 && closesMention) opens.push({ start: i, end: i + 1 });
  }
  opens.reverse();
  // `](@` or `](#` up to the first `)` on its line; none when the line has none after it.
  const blanks: { start: number; end: number }[] = [];
  let next = 0;
  let paren = -1;
  let newline = -1;
  for (let at = plain.indexOf('](', 0); at >= 0; at = plain.indexOf('](', at + 1)) {
    const sign = plain.charCodeAt(at + 2);
    if (sign !== 64 && sign !== 35) continue;
    if (paren < at + 3) paren = indexOrEnd(plain, ')', at + 3);
    if (newline < at + 3) newline = indexOrEnd(plain, '\n', at + 3);
    if (paren < newline) {
      // The opening brackets before this span, so that the spans stay in order; a `[` inside it is blanked with it.
      while (next < opens.length && opens[next]!.start < at) blanks.push(opens[next++]!);
      blanks.push({ start: at, end: paren + 1 });
      at = paren;
      while (next < opens.length && opens[next]!.start <= paren) next++;
    }
  }
  while (next < opens.length) blanks.push(opens[next++]!);
  // An ID after a closing mark, read once the brackets are blanked (`»](@x)` is no closing mark before an `@`).
  const ids: { start: number; end: number }[] = [];
  for (const m of spaced(plain, blanks).matchAll(/(?<=["”»])@[\p{L}\d+-]+/gu)) ids.push({ start: m.index, end: m.index + m[0].length });
  return ids.length === 0 ? blanks : mergeSpans([...blanks, ...ids]);
}

/** Spans sorted by start, overlapping or touching ones joined. */
function mergeSpans(spans: { start: number; end: number }[]): { start: number; end: number }[] {
  spans.sort((a, b) => a.start - b.start);
  const out: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else if (span.end > span.start) out.push({ ...span });
  }
  return out;
}

/** The index of `needle` in `text` from `from`, or the text's length. */
function indexOrEnd(text: string, needle: string, from: number): number {
  const at = text.indexOf(needle, from);
  return at < 0 ? text.length : at;
}

/** `text` with the spans (sorted, apart) replaced by as many spaces. */
function spaced(text: string, spans: readonly { start: number; end: number }[]): string {
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let from = 0;
  for (const span of spans) {
    parts.push(text.slice(from, span.start), ' '.repeat(span.end - span.start));
    from = span.end;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/**
 * The engine's inputs for [from, to): built from that part only, so that the
 * quick fix at a quote, asked again after every keystroke, does not read and
 * walk a whole long document for a window of it.
 *
 * The engine reads the prose as `import` read the copy: the markup is taken
 * out, not blanked. Blanked, it left spaces where the copy had none
 * (`Pour M. X          , son secrétaire général :`, `X        's attorney`),
 * and the cues that want a comma or a bracket right after a name failed. The
 * front matter and the definitions are taken out too: their names read as
 * prose made *the last person named* of the first quotes, and the headline
 * was no longer the first line.
 */
function engineInputs(model: DocumentModel, from: number, to: number): EngineInputs {
  const slice = model.tree.text.slice(from, to);
  const removed = mergeSpans([...markupSpans(withLineFeeds(slice)), ...notProse(model, from, to)]);
  const kept: string[] = [];
  // removedBefore[i]: the characters taken out before removed[i] starts.
  const removedBefore = new Int32Array(removed.length + 1);
  let last = 0;
  removed.forEach((span, i) => {
    kept.push(slice.slice(last, span.start));
    removedBefore[i + 1] = removedBefore[i]! + span.end - span.start;
    last = span.end;
  });
  kept.push(slice.slice(last));
  const text = withLineFeeds(kept.join(''));
  const at = (offset: number): number => {
    const x = offset - from;
    // Just past the last span starting at or before x.
    const lo = partitionPoint(removed.length, (i) => removed[i]!.start <= x);
    if (lo === 0) return x;
    const span = removed[lo - 1]!;
    return x < span.end ? span.start - removedBefore[lo - 1]! : x - removedBefore[lo]!;
  };
  const spans = new Map<string, { start: number; end: number }[]>();
  for (const m of model.mentions) {
    if (!m.entity || m.ambiguous || (m.form !== 'bracket' && m.form !== 'bare')) continue;
    const span = m.textSpan ?? m.span;
    if (span.start < from || span.end > to) continue;
    const read = { start: at(span.start), end: at(span.end) };
    if (read.end <= read.start) continue;
    const list = spans.get(m.entity.id);
    if (list) list.push(read);
    else spans.set(m.entity.id, [read]);
  }
  const known: KnownEntity[] = [...model.scope.values()]
    .map((s) => s.entity)
    .filter((e) => SPEAKING_KINDS.has(e.kind))
    .map((e) => ({ id: e.id, kind: e.kind, name: e.name, aliases: e.aliases, spans: spans.get(e.id) }));
  const quotes = model.quotes
    .filter((q) => !q.nested && q.node.close && q.node.open.start >= from && q.node.close.end <= to)
    .map((q) => ({ open: at(q.node.open.start), end: at(q.node.close!.end) }));
  return { text, known, quotes, at };
}

/**
 * What of [from, to) is not prose, in offsets from `from`: the front matter and the definitions (each up to the
 * next line with words, so that the prose starts with its headline), comments, and the backslash of an escape.
 */
function notProse(model: DocumentModel, from: number, to: number): { start: number; end: number }[] {
  const text = model.tree.text;
  const out: { start: number; end: number }[] = [];
  const add = (start: number, end: number): void => {
    const s = Math.max(start, from);
    const e = Math.min(end, to);
    if (e > s) out.push({ start: s - from, end: e - from });
  };
  const toWords = (end: number): number => {
    let i = end;
    while (i < text.length && /\s/u.test(text.charAt(i))) i++;
    return i;
  };
  const fm = model.tree.frontMatter;
  if (fm) add(fm.span.start, toWords(fm.span.end));
  // From the first block and comment ending after `from`: both lists are in document order.
  const { blocks, comments } = model.tree;
  for (let i = partitionPoint(blocks.length, (n) => blocks[n]!.span.end <= from); i < blocks.length && blocks[i]!.span.start < to; i++) {
    const block = blocks[i]!;
    if (block.type === 'definition') add(block.span.start, toWords(block.span.end));
    else escapesIn(block.inlines, add);
  }
  for (let i = partitionPoint(comments.length, (n) => comments[n]!.span.end <= from); i < comments.length && comments[i]!.span.start < to; i++) {
    add(comments[i]!.span.start, comments[i]!.span.end);
  }
  return out;
}

/** Each escape's backslash among `inlines` and the brackets' words. */
function escapesIn(inlines: readonly Inline[], add: (start: number, end: number) => void): void {
  for (const inline of inlines) {
    if (inline.type === 'escape') add(inline.span.start, inline.span.start + 1);
    else if (inline.type === 'bracket') escapesIn(inline.children, add);
  }
}

// One of each per model: the quick fixes ask for every quote of a document in turn.
const wholeCache = new WeakMap<DocumentModel, Reading>();
const windowCache = new WeakMap<DocumentModel, Map<string, Reading>>();
const langCache = new WeakMap<DocumentModel, 'fr' | 'en'>();

/**
 * The front matter's language, else the one the article's prose reads as (a window reads the language its document
 * does). Definitions and the front matter are left out: French roles and descriptions in the definitions of an English
 * story would otherwise outvote its prose.
 */
export function readingLang(model: DocumentModel): 'fr' | 'en' {
  if (model.lang?.startsWith('en')) return 'en';
  if (model.lang?.startsWith('fr')) return 'fr';
  let lang = langCache.get(model);
  if (!lang) {
    const plain = withLineFeeds(model.tree.text);
    lang = detectLang(spaced(plain, mergeSpans([...markupSpans(plain), ...notProse(model, 0, plain.length)])));
    langCache.set(model, lang);
  }
  return lang;
}

/** The engine's reading of [from, to) of a model, with the quotes `more` gives it besides the model's. */
function readingOf(model: DocumentModel, from: number, to: number, more?: (at: (offset: number) => number) => QuoteSpan[]): Reading {
  const { text, known, quotes, at } = engineInputs(model, from, to);
  const all = more ? [...quotes, ...more(at)] : quotes;
  return { analysis: analyzeSpeakers(text, { known, quotes: all, newSources: true, lang: readingLang(model) }), at };
}

/** The whole document's analysis: what `import` would make of it, for the actions over every quote. */
function analysisOf(model: DocumentModel): Reading {
  let reading = wholeCache.get(model);
  if (!reading) wholeCache.set(model, (reading = readingOf(model, 0, model.tree.text.length)));
  return reading;
}

/**
 * How much prose around a quote the quick fix reads: the engine looks back a
 * few sentences for a subject and ~1,500 characters for a pronoun's person,
 * and carries the last speaker from quote to quote. Reading the whole of a
 * long document for one quote took ~100 ms at 50 KB and ~1 s at 1 MB, on
 * every keystroke while the cursor sat on an unattributed quote.
 */
export const WINDOW_BEFORE = 12_000;
export const WINDOW_AFTER = 3_000;

/**
 * The analysis of the paragraphs around [open, end) (from a paragraph start
 * WINDOW_BEFORE before, to a paragraph end WINDOW_AFTER after), offsets as in
 * the document; the whole document's when it is not longer than that.
 */
function analysisAround(model: DocumentModel, open: number, end: number): Reading {
  const text = model.tree.text;
  const { from, to } = windowAround(text, open, end);
  if (from === 0 && to === text.length) return analysisOf(model);
  let windows = windowCache.get(model);
  if (!windows) windowCache.set(model, (windows = new Map()));
  const key = `${from}:${to}`;
  let reading = windows.get(key);
  if (!reading) windows.set(key, (reading = readingOf(model, from, to)));
  return reading;
}

/**
 * Where the reading around [open, end) starts and ends: at the paragraph
 * starting before `open - WINDOW_BEFORE` and the one ending after `end +
 * WINDOW_AFTER`. In one long paragraph (a pasted transcript with no blank
 * line) that would be the whole of it, read again on every keystroke: there
 * the window starts and ends at a line or sentence end near a multiple of
 * WINDOW_GRID instead, so it stays bounded and nearby quotes share it.
 */
export function windowAround(text: string, open: number, end: number): { from: number; to: number } {
  const before = open - WINDOW_BEFORE;
  let from = before <= 0 ? 0 : paragraphStart(text, before);
  if (before - from > WINDOW_GRID) from = breakBefore(text, before - (before % WINDOW_GRID));
  const after = end + WINDOW_AFTER;
  let to = after >= text.length ? text.length : paragraphEnd(text, after);
  if (to - after > WINDOW_GRID) to = breakAfter(text, after + WINDOW_GRID - (after % WINDOW_GRID));
  return { from, to };
}

export const WINDOW_GRID = 4_000;

/** Just after the last line break or sentence end before `at` (at most WINDOW_GRID back), else `at`. */
function breakBefore(text: string, at: number): number {
  for (let i = at; i > at - WINDOW_GRID && i > 0; i--) {
    const c = text.charCodeAt(i - 1);
    if (c === 10 || ((c === 32 || c === 160) && /[.!?»”"]/.test(text.charAt(i - 2)))) return i;
  }
  return at;
}

/** At the first line break or sentence end after `at` (at most WINDOW_GRID on), else `at`. */
function breakAfter(text: string, at: number): number {
  const limit = Math.min(text.length, at + WINDOW_GRID);
  for (let i = at; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || ((c === 32 || c === 160) && /[.!?»”"]/.test(text.charAt(i - 1)))) return i;
  }
  return Math.min(at, text.length);
}

/** The start of the paragraph (after a blank line, LF or CRLF) that holds `at`, or 0. */
function paragraphStart(text: string, at: number): number {
  const lf = text.lastIndexOf('\n\n', at);
  const crlf = text.lastIndexOf('\n\r\n', at);
  return Math.max(lf < 0 ? 0 : lf + 2, crlf < 0 ? 0 : crlf + 3);
}

/** The end of the paragraph (before a blank line, LF or CRLF) that holds `at`, or the text's end. */
function paragraphEnd(text: string, at: number): number {
  const lf = text.indexOf('\n\n', at);
  const crlf = text.indexOf('\r\n\r\n', at);
  return Math.min(lf < 0 ? text.length : lf, crlf < 0 ? text.length : crlf);
}

// Each analysis's quotes by where they open: the review view and *Attribute all* ask for every quote of a document
// in turn, and a search of the list for each was quadratic (50,000 quotes held the server for 14 s).
const attributionsByOpen = new WeakMap<SpeakerAnalysis, Map<number, QuoteAttribution>>();

/** The engine's reading of the quote opening at `open` (in the analysis's offsets), the first one listed there. */
export function attributionAt(analysis: SpeakerAnalysis, open: number): QuoteAttribution | undefined {
  let byOpen = attributionsByOpen.get(analysis);
  if (!byOpen) {
    byOpen = new Map();
    for (const attribution of analysis.quotes) if (!byOpen.has(attribution.quote.open)) byOpen.set(attribution.quote.open, attribution);
    attributionsByOpen.set(analysis, byOpen);
  }
  return byOpen.get(open);
}

/** What offering speakers the article does not define needs: its scope (for free IDs) and the names it gives things that are no speakers. */
interface UndefinedOffer {
  readonly scope: ReadonlyMap<string, unknown>;
  /** Folded names and aliases of the places, works and events the article names: the engine may take "Paris" for a body. */
  readonly otherNames: ReadonlySet<string>;
}

/**
 * The engine's candidates for the quote opening at `open` (in the analysis's offsets), best first: the known entities,
 * and, with `offer`, the people and bodies the text names that are not defined (not under a name the article gives a
 * place, a work or an event), each with a free ID (not one of the scope's, whatever its kind) and its definition.
 */
function candidatesIn(analysis: SpeakerAnalysis, open: number, offer?: UndefinedOffer): QuoteReading | undefined {
  const attribution = attributionAt(analysis, open);
  if (!attribution) return undefined;
  const offered = (entity: FoundEntity): boolean => entity.known || (offer !== undefined && ![entity.name, ...entity.aliases].some((n) => offer.otherNames.has(fold(n))));
  // Candidates are distinct entities, and the known ones have the scope's distinct IDs: no duplicates to drop.
  const candidates = attribution.candidates.flatMap((c): SpeakerCandidate[] => {
    const entity = analysis.entities[c.entity]!;
    if (!offered(entity)) return [];
    if (entity.known) return [{ id: entity.id, name: entity.name, confidence: c.confidence, reason: c.reason }];
    const id = freeId(analysis, entity.id, offer!.scope);
    const definition = definitionLines(entity, id);
    // The name as its definition gives it (without the honorific of "M. Prénom X").
    const name = /^@\S+ \S+: (.*)$/u.exec(definition[0]!)?.[1] ?? entity.name;
    return [{ id, name, confidence: c.confidence, reason: c.reason, definition }];
  });
  const best = attribution.candidates[0];
  // Confident about the engine's best candidate only when it is offered.
  return { candidates, confident: attribution.confident && !!best && offered(analysis.entities[best.entity]!), notSpeech: attribution.notSpeech };
}

// Each model's names of places, works and events (UndefinedOffer.otherNames), made on first need.
const otherNamesByModel = new WeakMap<DocumentModel, Set<string>>();

/**
 * What offering undefined speakers in `model` needs. The other kinds' names are their entities' names and aliases in
 * scope (an implicit mention is one of those; the words of a bracket mention are the writer's own): a walk of the
 * scope, not of the document's mentions (12,800 in the 1 MB bench story, read again after each keystroke).
 */
function undefinedOffer(model: DocumentModel): UndefinedOffer {
  return {
    scope: model.scope,
    get otherNames(): ReadonlySet<string> {
      let names = otherNamesByModel.get(model);
      if (!names) {
        names = new Set();
        for (const { entity } of model.scope.values()) if (!SPEAKING_KINDS.has(entity.kind)) for (const n of [entity.name, ...entity.aliases]) names.add(fold(n));
        otherNamesByModel.set(model, names);
      }
      return names;
    },
  };
}

// Each analysis's entity IDs, for the IDs given to entities not in scope.
const idsByAnalysis = new WeakMap<SpeakerAnalysis, Set<string>>();

/**
 * The ID an entity the article does not define gets: its own (the engine's, unique in the analysis) unless the scope
 * has it for another entity (a place, a work), then with `-2`, `-3` … as long as the scope or another entity of the
 * analysis has that. The same entity gets the same ID from every quote (*Attribute all* defines it once).
 */
function freeId(analysis: SpeakerAnalysis, base: string, scope: ReadonlyMap<string, unknown>): string {
  if (!scope.has(base)) return base;
  let ids = idsByAnalysis.get(analysis);
  if (!ids) idsByAnalysis.set(analysis, (ids = new Set(analysis.entities.map((e) => e.id))));
  let id = base;
  for (let n = 2; scope.has(id) || ids.has(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * Ranks the entities in scope likely to have said quote `quoteIndex`, with
 * the plain-text speaker engine: the subject of a speech verb in the quote's
 * sentence, "selon / according to", a colon, pronouns and role descriptions
 * resolved to the last compatible speaker. `reading` 'document' reads the
 * whole document, as `import` and the actions over every quote do; 'around'
 * reads only the paragraphs around the quote (WINDOW_BEFORE, WINDOW_AFTER),
 * for the quick fix at the cursor, asked again after every keystroke.
 */
export function speakerCandidates(model: DocumentModel, quoteIndex: number, reading: 'document' | 'around' = 'document', options: CandidateOptions = {}): SpeakerCandidate[] {
  return quoteReading(model, quoteIndex, reading, options.undefinedSpeakers ? undefinedOffer(model) : undefined)?.candidates ?? [];
}

/** What the engine makes of one quote of an article. */
export interface QuoteReading {
  /** Best first. */
  readonly candidates: SpeakerCandidate[];
  /** `import` would attribute it to the first candidate. */
  readonly confident: boolean;
  /** The text presents the words as a title, a term or a scare quote. */
  readonly notSpeech: boolean;
}

/**
 * The engine's whole reading of quote `quoteIndex` of an article, speakers it does not define included (for
 * `articlemark suggest` on an article and the quotes view): what the quick fix ranks, reading the whole document.
 */
export function suggestionFor(model: DocumentModel, quoteIndex: number): QuoteReading | undefined {
  return quoteReading(model, quoteIndex, 'document', undefinedOffer(model));
}

function quoteReading(model: DocumentModel, quoteIndex: number, reading: 'document' | 'around', offer: UndefinedOffer | undefined): QuoteReading | undefined {
  const quote = model.quotes[quoteIndex];
  if (quote?.node.mark === '>' && !quote.nested) return blockQuoteReading(model, quote.node, reading, offer);
  if (!quote || !quote.node.close) return undefined;
  const { analysis, at } = reading === 'around' ? analysisAround(model, quote.node.open.start, quote.node.close.end) : analysisOf(model);
  return candidatesIn(analysis, at(quote.node.open.start), offer);
}

export interface CandidateOptions {
  /**
   * Also the people and bodies the text names that the article does not define, each with a free ID and the
   * definition to add (`definition`): a writer who has not marked a speaker up yet can still attribute to them.
   */
  readonly undefinedSpeakers?: boolean;
}

/**
 * The speaker to attribute quote `quoteIndex` to without asking, when there is
 * one: the engine, reading the whole document, is confident (the same test
 * `articlemark import` uses) and its best candidate is an entity in scope, or,
 * with `undefinedSpeakers`, one the article does not define yet (then with the
 * definition to add, as `speakerCandidates` gives it).
 */
export function clearSpeaker(model: DocumentModel, quoteIndex: number, options: CandidateOptions = {}): SpeakerCandidate | undefined {
  const quote = model.quotes[quoteIndex];
  if (!quote || !quote.node.close) return undefined;
  const { analysis, at } = analysisOf(model);
  const found = candidatesIn(analysis, at(quote.node.open.start), options.undefinedSpeakers ? undefinedOffer(model) : undefined);
  return found?.confident ? found.candidates[0] : undefined;
}

/**
 * An unattributed block quote's speakers. The engine knows only quotes with marks: here it reads every block quote as
 * one more quote too, in an analysis of its own that answers only for block quotes (reading them in the others would
 * change the speakers it gives quotes with marks). A last line `— Name, title` is read as the prose after the
 * quote, as it is meant.
 */
function blockQuoteReading(model: DocumentModel, node: QuoteNode, reading: 'document' | 'around', offer: UndefinedOffer | undefined): QuoteReading | undefined {
  const text = model.tree.text;
  const open = openStartOf(node);
  const { from, to } = reading === 'around' ? windowAround(text, open, spanEndOf(node)) : { from: 0, to: text.length };
  let windows = windowCache.get(model);
  if (!windows) windowCache.set(model, (windows = new Map()));
  const key = `${from}:${to}:>`;
  let found = windows.get(key);
  if (!found) {
    const blockQuotes = (at: (offset: number) => number): QuoteSpan[] => {
      const quotes: QuoteSpan[] = [];
      for (const quote of model.quotes) {
        if (quote.node.mark !== '>' || quote.nested) continue;
        const span = { start: openStartOf(quote.node), end: spanEndOf(quote.node) };
        if (span.start < from || span.end > to) continue;
        let end = dashLineWords(text, span) !== undefined ? lastLineStart(text, span) : span.end;
        while (end > span.start && /\s/u.test(text.charAt(end - 1))) end--;
        quotes.push({ open: at(span.start), end: at(end) });
      }
      return quotes;
    };
    windows.set(key, (found = readingOf(model, from, to, blockQuotes)));
  }
  return candidatesIn(found.analysis, found.at(open), offer);
}
