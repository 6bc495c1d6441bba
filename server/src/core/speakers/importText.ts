// Converts plain copy (a wire story, a pasted web page, a hard-wrapped
// text) into ArticleMark: front matter, entity definitions, marked mentions, blank-line paragraphs,
// quotes attributed where the speaker engine is confident, web debris dropped.
// Removing the markup gives back the prose (escapes keep literal characters).
import { parse } from '../syntax/parse';
import { unwrapHardWraps } from '../text/hardWraps';
import { isHandleChar, isLetterOrDigit } from '../text/chars';
import type { Span } from '../text/lineIndex';
import { analyzeSpeakers, detectLang } from './engine';
import { blankDatelines } from './datelines';
import { definitionLines } from './definitionLines';
import { quoteMask } from './spans';
import { isDebris } from './webDebris';
import type { QuoteSpan, SpeakerAnalysis } from './types';

export interface ImportResult {
  readonly article: string;
  readonly lang: 'fr' | 'en';
  /** Lines left out as web debris, as written. */
  readonly dropped: readonly string[];
  /** The prose paragraphs kept, in order: what the article's text says once its markup is removed. */
  readonly paragraphs: readonly string[];
  readonly analysis: SpeakerAnalysis;
}

/** The lines of the copy import writes, each a paragraph: the non-blank ones, trimmed as `String.prototype.trim` does (`\s` is the same set of spaces). */
function proseLines(body: string): Span[] {
  const lines: Span[] = [];
  for (const m of body.matchAll(/[^\n]+/gu)) {
    const lead = /^\s*/u.exec(m[0])![0].length;
    const content = m[0].trim();
    if (content !== '') lines.push({ start: m.index + lead, end: m.index + lead + content.length });
  }
  return lines;
}

/** A line start the block parser reads as markup (a heading, a block quote, a list item): the offset to escape. */
const LINE_START_MARKUP = /^(?:[#>]|[-*+](?=\s)|\d{1,9}[.)](?=\s))/u;

/**
 * The offsets of the copy that import writes with a backslash before them, so
 * that ArticleMark reads them as plain characters: `\ [ ] * \``, the `!` of
 * `<!--`, an `@` the parser would read as a mention (not the `@` of an e-mail
 * address, after a letter or digit), and what opens a heading, block quote or
 * list item at the start of a line once the line is trimmed (URLs are let
 * alone later, by `settleMarkup`, where the parser finds them).
 */
function markupEscapes(body: string, lines: readonly Span[]): Set<number> {
  const escaped = new Set<number>();
  for (const { start, end } of lines) {
    const lineStart = LINE_START_MARKUP.exec(body.slice(start, Math.min(end, start + 12)));
    if (lineStart) escaped.add(start + lineStart[0].length - 1);
    for (let i = start; i < end; i++) {
      const c = body[i]!;
      if (c === '\\' || c === '[' || c === ']' || c === '*' || c === '`') escaped.add(i);
      else if (c === '!' && body[i - 1] === '<' && body.startsWith('--', i + 1)) escaped.add(i);
      // After a quote mark (escaped or not, for the parser) an `@` also takes `+`: `"@+x` would be read as an attribution.
      else if (c === '@' && (i === start || !isLetterOrDigit(body.charCodeAt(i - 1))) && i + 1 < end && (isHandleChar(body.charCodeAt(i + 1)) || body[i + 1] === '+')) escaped.add(i);
    }
  }
  return escaped;
}

/** Text to write before a character of the copy: what closes markup ending there, then what opens markup starting there. */
interface Insertions {
  readonly close: Map<number, string>;
  readonly open: Map<number, string>;
}

const NO_INSERTIONS: Insertions = { close: new Map(), open: new Map() };

/**
 * The prose import writes: each line a paragraph (blank lines between), with
 * its escapes and insertions; `toBody` gives, for each character written
 * from the copy, its offset there (-1 for what import added).
 */
function writeProse(body: string, lines: readonly Span[], escaped: ReadonlySet<number>, insert: Insertions, withMap = false): { text: string; toBody: number[] } {
  let text = '';
  const toBody: number[] = [];
  const add = (s: string, from: number): void => {
    text += s;
    if (withMap) for (let k = 0; k < s.length; k++) toBody.push(from < 0 ? -1 : from + k);
  };
  lines.forEach(({ start, end }, n) => {
    if (n > 0) add('\n\n', -1);
    for (let i = start; i <= end; i++) {
      const close = insert.close.get(i);
      if (close) add(close, -1);
      if (i === end) break;
      const open = insert.open.get(i);
      if (open) add(open, -1);
      if (escaped.has(i)) add('\\', -1);
      add(body[i]!, i);
    }
  });
  return { text, toBody };
}

/** What the parser reads in the prose import writes: its quotes, and its URLs as ranges of the copy. */
interface SettledProse {
  readonly quotes: QuoteSpan[];
  readonly urls: readonly Span[];
}

/**
 * Settles the escapes against the parser, reading the prose import writes
 * (each line a paragraph, markup characters escaped): a URL runs to the next
 * space for the parser, backslashes included, so nothing in it is escaped
 * (nothing in it is markup); a mark of any kind (" « “ „ …) that would open
 * a quote left open is escaped, and so is a straight one closed by a mark of
 * another kind. Either can change how the rest pairs, hence the loop (each
 * turn lets one more URL alone or escapes one more mark; in practice one or
 * two turns). Gives the quotes of the article as written.
 */
function settleMarkup(body: string, lines: readonly Span[], escaped: Set<number>): SettledProse {
  const urls = new Map<number, number>();
  for (;;) {
    const { text, toBody } = writeProse(body, lines, escaped, NO_INSERTIONS, true);
    // A blank line first: the copy is all body, as under the front matter import writes.
    const tree = parse(`\n${text}`);
    const at = (offset: number): number => toBody[offset - 1]!;
    let changed = false;
    for (const block of tree.blocks) {
      for (const node of block.type === 'definition' ? [] : block.inlines) {
        // An autolink's address starts after its `<`.
        const start = node.type !== 'url' ? -1 : at(node.span.start) + (text[node.span.start - 1] === '<' ? 1 : 0);
        if (start < 0 || urls.has(start)) continue;
        const end = start + /^[^\s<>]*/u.exec(body.slice(start))![0].length;
        for (let i = start; i < end; i++) escaped.delete(i);
        urls.set(start, end);
        changed = true;
      }
    }
    // Every mark left open (straight, « “ „ …), nested ones too: escaping only the outermost would take a parse per mark.
    // A quote closed by a mark of another kind stays a quote, for the writer to fix (`mismatched-quote`), unless it
    // opened with a straight mark, which may just as well be one that opens nothing.
    const literal = tree.quotes.filter((q) => (!q.close || (q.mismatchedClose && q.mark === '"')) && !escaped.has(at(q.open.start)));
    for (const q of literal) escaped.add(at(q.open.start));
    if (!changed && literal.length === 0) {
      return {
        // Not a quote closed by a mark of another kind: an error the writer fixes, and an `@id` after a straight mark can make it open.
        quotes: tree.quotes.filter((q) => q.parent === undefined && !q.unclosed && q.close && !q.mismatchedClose).map((q) => ({ open: at(q.open.start), end: at(q.close!.end - 1) + 1 })),
        urls: [...urls].map(([start, end]) => ({ start, end })),
      };
    }
  }
}

function yamlString(s: string): string {
  return JSON.stringify(s);
}

export interface PreparedCopy {
  /** The text the engine reads: debris lines blanked, hard-wrapped lines joined. */
  readonly prepared: string;
  /** Where an offset of `prepared` is in the input (`suggest` reports ranges in the file). */
  readonly toInput: (offset: number) => number;
  readonly lang: 'fr' | 'en';
  readonly dropped: string[];
  /** The lines of `prepared` import writes as paragraphs. */
  readonly lines: readonly Span[];
  /** Offsets of `prepared` import writes with a backslash before them. */
  readonly escaped: ReadonlySet<number>;
  /** The URLs of the prose, as ranges of `prepared`: no mention is marked there. */
  readonly urls: readonly Span[];
  readonly analysis: SpeakerAnalysis;
}

/**
 * The speaker analysis import uses. Debris lines are blanked, not removed,
 * and a hard-wrapped text has its lines joined (text/hardWraps.ts), so that
 * `suggest` and import read the same text and agree on confidence. The
 * quotes are those of the article import writes, each line a paragraph: the
 * parser would read lines without blank lines between them as one paragraph,
 * pairing a mark left open on one line with a mark lines further on.
 */
export function analyzeForImport(input: string): PreparedCopy {
  const dropped: string[] = [];
  // A lone \r ends a line for editors and the parser (old Mac files): read as \n, which keeps every offset.
  const blanked = input.replace(/\r(?!\n)/gu, '\n').replace(/[^\r\n]+/gu, (line) => {
    if (!isDebris(line)) return line;
    dropped.push(line);
    return ' '.repeat(line.length);
  });
  const { text: prepared, toInput } = unwrapHardWraps(blanked);
  const lang = detectLang(prepared);
  const lines = proseLines(prepared);
  const escaped = markupEscapes(prepared, lines);
  const { quotes, urls } = settleMarkup(prepared, lines, escaped);
  return { prepared, toInput, lang, dropped, lines, escaped, urls, analysis: analyzeSpeakers(prepared, { lang, quotes }) };
}

/**
 * Whether `@id` cannot go at `at`, right after a closing mark: the text there
 * would be read as more of the ID (`"…"@dupont-a`; only `.`, `-` and `+` are
 * sentence punctuation), or it is a straight `"`, which a letter before it
 * would stop from opening a quote.
 */
function gluedToId(body: string, at: number): boolean {
  if (body[at] === '"') return true;
  let j = at;
  while (j < body.length && (isHandleChar(body.charCodeAt(j)) || body[j] === '+')) j++;
  return /[^.+-]/u.test(body.slice(at, j));
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/** Longer than this, a first line is a lead paragraph, not a headline: wire copy often comes without one. */
const HEADLINE_MAX = 150;

/**
 * The title for copy whose first line is `line`: the line itself when it is headline-sized; else the lead's first
 * clause (up to its first comma, colon, semicolon, dash or full stop), which in news copy says who did what; else
 * its first words and an ellipsis. The body keeps the whole line either way.
 */
export function headlineOf(line: string): string {
  if (line.length <= HEADLINE_MAX) return line;
  // A full stop after a lone capital is an initial's or an abbreviation's ("U.S. Army", "M. Dupont"), no clause end.
  const clause = /[,;:]\s|(?<!(?:^|[\s.])\p{Lu})\.\s|\s[–—]\s/gu;
  for (let m = clause.exec(line); m && m.index <= HEADLINE_MAX; m = clause.exec(line)) {
    if (m.index >= 30) return line.slice(0, m.index);
  }
  const space = line.lastIndexOf(' ', HEADLINE_MAX - 1);
  // Not between the two halves of a character written as a surrogate pair (an emoji).
  const cut = space > 30 ? space : isHighSurrogate(line.charCodeAt(HEADLINE_MAX - 2)) ? HEADLINE_MAX - 2 : HEADLINE_MAX - 1;
  return `${line.slice(0, cut).replace(/[\s,;:]+$/u, '')}…`;
}

export function importPlainText(input: string): ImportResult {
  const { prepared: body, lang, dropped, lines, escaped, urls, analysis } = analyzeForImport(input);
  const paragraphs = lines.map((l) => body.slice(l.start, l.end));
  // The headline: the first line with words (not a rule of dashes or stars), without a Markdown heading's marks.
  // Without a wire dateline opening the line ("GRENOBLE (AFP) - "): the title says what happened, not where it was filed.
  const first = (paragraphs.find((p) => /[\p{L}\p{N}]/u.test(p)) ?? '').replace(/^#{1,6}\s+/u, '');
  const undated = blankDatelines(first).trim();
  const title = headlineOf(/[\p{L}\p{N}]/u.test(undated) ? undated : first);

  // What to insert where: mention brackets around names, "@id" after confidently attributed quotes.
  const insert: Insertions = { close: new Map(), open: new Map() };
  const speakers = new Set<number>();
  for (const q of analysis.quotes) {
    if (!q.confident || !q.candidates[0]) continue;
    const { open, end } = q.quote;
    const id = analysis.entities[q.candidates[0].entity]!.id;
    speakers.add(q.candidates[0].entity);
    if (!gluedToId(body, end)) insert.close.set(end, `@${id}`);
    else if (!body.slice(open, end).includes('\n')) {
      // The bracket form ends the ID with its parenthesis.
      insert.open.set(open, '[');
      insert.close.set(end, `](@${id})`);
    }
  }
  const defined = new Set<number>();
  analysis.entities.forEach((e, i) => {
    if (e.kind === 'person' || e.kind === 'org' || speakers.has(i)) defined.add(i);
  });
  // A mention is marked within one paragraph, outside quotes and URLs, once, and not glued to an @ (an e-mail address
  // or a handle) or to a straight ", which can open or close a quote depending on what touches it: brackets would change that.
  const inQuote = quoteMask(body.length, analysis.quotes.map((q) => q.quote));
  const inUrl = (m: { start: number; end: number }): boolean => urls.some((u) => m.start < u.end && u.start < m.end);
  let markedTo = 0;
  for (const m of analysis.mentions) {
    const e = analysis.entities[m.entity]!;
    if (!defined.has(m.entity) || (e.kind === 'source' && !speakers.has(m.entity))) continue;
    if (m.start < markedTo || body.slice(m.start, m.end).includes('\n') || inQuote[m.start] !== 0 || inQuote[m.end - 1] !== 0) continue;
    if (/[@"]/u.test(body[m.start - 1] ?? '') || /[@"]/u.test(body[m.end] ?? '') || insert.open.has(m.start) || insert.close.has(m.end) || inUrl(m)) continue;
    insert.open.set(m.start, '[');
    insert.close.set(m.end, `](@${e.id})`);
    markedTo = m.end;
  }

  const definitions = [...defined].sort((a, b) => a - b).flatMap((i) => definitionLines(analysis.entities[i]!, analysis.entities[i]!.id));
  const front = ['---', `title: ${yamlString(title)}`, `lang: ${lang}`, '---'];
  const prose = writeProse(body, lines, escaped, insert).text;
  const article = [...front, ...definitions, '', prose, ''].join('\n');
  return { article, lang, dropped, paragraphs, analysis };
}
