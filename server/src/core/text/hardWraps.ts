/**
 * Plain copy is often hard-wrapped: e-mailed wire stories, text from a
 * terminal, files cut at 72 or 80 columns. Read line by line, such a text has
 * a "paragraph" per line, a sentence cut in the middle and quotes that never
 * close in their paragraph. This finds the line breaks a wrapping tool made
 * and joins those lines, keeping the breaks a writer made.
 *
 * A wrapping tool fills each line: it breaks a line when the next word would
 * not fit in its width, or a little before (tools that balance lines, tools
 * that count bytes rather than letters). So a break after a clearly short
 * line, or after a sentence with room left for the next word, was made by
 * the writer: a paragraph's end, a title, a list item. A text counts as
 * wrapped when its lines stop at about the same width and most breaks inside
 * its blocks are the tool's. A paragraph whose last line happens to be full
 * is joined to the next: the words stay whole, only that break is lost.
 */

import { partitionPoint } from './partition';

export interface Unwrapped {
  /** The text with each wrap (the break and the spaces around it) as one space, or the input itself. */
  readonly text: string;
  /** Whether any line was joined. */
  readonly joined: boolean;
  /** Where an offset of `text` is in the input (an offset inside a joined break maps to the break's start). */
  toInput(offset: number): number;
}

interface Line {
  /** Offset of the line's first character in the input. */
  readonly start: number;
  /** Offset just past its last character, `\r` excluded. */
  readonly end: number;
  /** Length without trailing spaces. */
  readonly length: number;
  readonly blank: boolean;
}

/** Fewer breaks inside blocks than this say too little to call a text wrapped. */
const MIN_INNER_BREAKS = 4;
/** Wider than this, lines are paragraphs, not a column. */
const MAX_WIDTH = 150;
const MIN_WIDTH = 30;
/** Share of the breaks inside blocks that must look like wraps (a text with a paragraph per line has about one in ten). */
const MIN_WRAP_SHARE = 0.5;

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const stop = newline < 0 ? text.length : newline;
    const end = stop > start && text.charCodeAt(stop - 1) === 13 /* \r */ ? stop - 1 : stop;
    const content = text.slice(start, end);
    lines.push({ start, end, length: content.trimEnd().length, blank: content.trim() === '' });
    if (newline < 0) return lines;
    start = newline + 1;
  }
}

/** A list item's first line: a bullet, a dash or a number before its words. */
const LIST_ITEM = /^\s*(?:[-–—•◦▪‣⁃*]|\d{1,3}[.)])\s/u;

/** Columns of spaces (a tab as two) before the line's first word. */
function indentOf(text: string, line: Line): number {
  const lead = /^[ \t\u00a0]*/u.exec(text.slice(line.start, line.end))![0];
  return lead.length + (lead.match(/\t/gu)?.length ?? 0);
}

function firstWordLength(text: string, line: Line): number {
  const word = /\S+/u.exec(text.slice(line.start, line.end));
  return word ? word[0].length : 0;
}

/** The width the lines were filled to: a high percentile of the lengths of lines followed by another, robust to a long URL. */
function fillWidth(lengths: number[]): number {
  const sorted = [...lengths].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.9))]!;
}

const sameOffset = (offset: number): number => offset;

/** A line that ends a sentence (or announces a quote with a colon). */
const SENTENCE_END = /[.!?…:»"”)]$/u;
/**
 * Share of the width a line may stop short of it and still be a wrap: tools
 * that balance lines (fmt) leave room, and tools that count bytes (fold)
 * stop early on lines with accented letters.
 */
const BALANCE = 0.85;

/**
 * A line that opens a block of its own whatever its length: a bullet, a
 * transcript's time code ([12:31], 00:12:31), or a speaker's label in
 * capitals (REPORTER:, Q:, ANN LEE (Councillor):). Not a label in ordinary
 * case: wrapped prose puts "Image: X." at a line's start too.
 */
const OPENS_BLOCK = /^\s*(?:[•◦▪‣⁃]\s|(?:\[\d{1,2}(?::\d\d){1,2}\]|\d{1,2}:\d\d:\d\d)\s|\p{Lu}[\p{Lu}.'’-]*(?:\s\p{Lu}[\p{Lu}.'’-]*){0,3}(?:\s\([^)]{1,40}\))?:\s)/u;

/**
 * Whether the break after `line` was the writer's: after a sentence, when the
 * next word would have fitted; anywhere, when the line is clearly short (a
 * title, a byline, a list item) or the next one opens a block (a bullet, a
 * speaker's turn in a transcript: a wrapping tool does not break there on
 * purpose, and lines of turns often have about one length).
 */
function writerBreak(text: string, line: Line, next: Line, width: number, indented: number | undefined, nextIndent: number): boolean {
  const withNextWord = line.length + 1 + firstWordLength(text, next);
  if (withNextWord <= width * BALANCE) return true;
  if (OPENS_BLOCK.test(text.slice(next.start, next.end))) return true;
  // In copy whose paragraphs open on an indent, as agencies send wire copy ("   Le ministre a …"), a line indented
  // more than the lines a paragraph goes on with opens a paragraph, and a full line followed by one that is not is a
  // wrap, even after a sentence (a wrapping tool does not indent the lines it continues). `indented`: that indent;
  // `nextIndent`: the next line's.
  if (indented !== undefined) return nextIndent > indented;
  return withNextWord <= width && SENTENCE_END.test(text.slice(line.start, line.start + line.length));
}

/** Joins the lines of `input` that a wrapping tool broke; any other text comes back as it is. */
export function unwrapHardWraps(input: string): Unwrapped {
  const unchanged: Unwrapped = { text: input, joined: false, toInput: sameOffset };
  const lines = linesOf(input);
  const inner: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) if (!lines[i]!.blank && !lines[i + 1]!.blank) inner.push(i);
  if (inner.length < MIN_INNER_BREAKS) return unchanged;
  const width = fillWidth(inner.map((i) => lines[i]!.length));
  if (width < MIN_WIDTH || width > MAX_WIDTH) return unchanged;
  // Paragraphs open on an indent: several breaks inside blocks go to a line indented more, after a line that is no list
  // item (a list wraps its items with a hanging indent).
  // Each line's indent read once; the least of them in a loop (a spread of 240,000 lines overflowed the stack).
  const indent = lines.map((l) => indentOf(input, l));
  let indentedBreaks = 0;
  for (const i of inner) {
    if (indent[i + 1]! > indent[i]! && !LIST_ITEM.test(input.slice(lines[i]!.start, lines[i]!.end)) && ++indentedBreaks === 2) break;
  }
  let indented: number | undefined;
  if (indentedBreaks >= 2) for (let i = 0; i < lines.length; i++) if (!lines[i]!.blank && (indented === undefined || indent[i]! < indented)) indented = indent[i];
  const wraps = inner.filter((i) => !writerBreak(input, lines[i]!, lines[i + 1]!, width, indented, indent[i + 1]!));
  if (wraps.length < inner.length * MIN_WRAP_SHARE) return unchanged;

  // Each wrap: from the end of the line's words to the next line's first word, replaced by one space
  // (by nothing after a hyphen: "Jean-" / "Yves" is "Jean-Yves").
  let text = '';
  let from = 0;
  const starts: number[] = [];
  const shifts: number[] = [];
  let removed = 0;
  for (const i of wraps) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    const cut = line.start + line.length;
    const resume = next.start + /^\s*/u.exec(input.slice(next.start, next.end))![0].length;
    const joint = input.charCodeAt(cut - 1) === 45 /* - */ && input.charCodeAt(cut - 2) !== 32 ? '' : ' ';
    text += input.slice(from, cut) + joint;
    removed += resume - cut - joint.length;
    starts.push(text.length);
    shifts.push(removed);
    from = resume;
  }
  text += input.slice(from);
  return {
    text,
    joined: true,
    toInput(offset: number): number {
      // Shifted by the joins at or before `offset`; an offset inside a joint maps to where its break began.
      const joins = partitionPoint(starts.length, (k) => starts[k]! <= offset);
      return joins === 0 ? offset : offset + shifts[joins - 1]!;
    },
  };
}
