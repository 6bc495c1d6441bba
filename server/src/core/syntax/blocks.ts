import { invalidIdMessage, isValidId, isEntityKind, ENTITY_KINDS, type EntityKind } from '../text/chars';
import type { LineStarts, Span } from '../text/lineIndex';
import { NO_INLINES } from './inline';
import { ParsedParagraph } from './paragraphNode';
import { ParsedDefinition, ParsedProperty } from './definitionNode';
import type { Block, BlockQuoteBlock, CommentNode, DefinitionBlock, SyntaxFix, SyntaxProblem, TextBlock } from './nodes';

const DEFINITION_START_RE = /^@([a-z]+)[ \t]/;
const DEFINITION_RE = /^@([a-z]+)[ \t]+([^\s:]+)[ \t]*:[ \t]*(.*?)[ \t]*$/;
const LIST_RE = /^([ \t]*)([-*]|\d{1,9}[.)])[ \t]+(?=\S)/;
const PROPERTY_RE = /^([\p{L}\p{N}_-]+)[ \t]*:[ \t]*(.*?)[ \t]*$/du;
const ATTRIBUTION_LINE_RE = /^(?:—|–|--)[ \t\u00a0]*(?=[@[])/;

/** A logical line, made only for the lines a rule needs as text (definitions, list markers): most lines never need it. */
class Line {
  private sliced: string | undefined;
  constructor(
    private readonly source: string,
    readonly start: number,
    /** End of content, before the line break. May cover several physical lines when a comment spans them. */
    readonly end: number,
    /** The comments on the line: its text has spaces in their place (never shown, never read, offsets kept). */
    private readonly comments: readonly Span[] = NO_SKIPS,
  ) {}

  get text(): string {
    if (this.sliced === undefined) {
      let text = this.source.slice(this.start, this.end);
      for (const comment of this.comments) {
        const from = Math.max(comment.start, this.start) - this.start;
        const to = Math.min(comment.end, this.end) - this.start;
        text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
      }
      this.sliced = text;
    }
    return this.sliced;
  }

  /**
   * `text` from `from` to `to` (offsets in it) as the reader reads it: each
   * comment, with the spaces and tabs around it, is one space between the
   * words on either side (none at either end). A writer's own run of spaces
   * with no comment in it stays as written.
   */
  read(from: number, to: number): string {
    const text = this.text;
    if (this.comments.length === 0) return text.slice(from, to);
    let read = '';
    let at = from;
    for (const comment of this.comments) {
      let start = Math.max(comment.start - this.start, from);
      let end = Math.min(comment.end - this.start, to);
      if (end <= at) continue;
      if (start >= to) break;
      // The blanked text has spaces in every comment's place, so comments side by side make one run.
      while (start > at && isSpaceOrTab(text.charCodeAt(start - 1))) start--;
      while (end < to && isSpaceOrTab(text.charCodeAt(end))) end++;
      read += text.slice(at, start) + (start === from || end === to ? '' : ' ');
      at = end;
    }
    return read + text.slice(at, to);
  }
}

function isSpaceOrTab(c: number): boolean {
  return c === 32 || c === 9;
}

/**
 * Splits the body into logical lines: a comment that spans line breaks keeps
 * its lines together. The current line is `start`–`end` after `read()`
 * returned true (no object per line).
 */
class LineReader {
  private commentIndex = 0;
  private readonly onlyLineFeeds: boolean;
  /** Where the next line starts. */
  private next: number;
  start = 0;
  end = 0;
  /** `lines`: collects every line start on the way, for a text the caller knows has no \r. */
  constructor(
    private readonly text: string,
    from: number,
    private readonly limit: number,
    private readonly comments: readonly CommentNode[],
    private readonly lines: LineStarts | undefined,
  ) {
    this.next = from;
    const cr = lines ? -1 : text.indexOf('\r', from);
    this.onlyLineFeeds = cr < 0 || cr >= limit;
    // Comments before the start were passed already.
    while (this.commentIndex < comments.length && comments[this.commentIndex]!.span.end <= from) this.commentIndex++;
  }

  read(): boolean {
    const text = this.text;
    const comments = this.comments;
    const start = this.next;
    if (start >= this.limit) return false;
    let end = start;
    for (;;) {
      if (this.onlyLineFeeds) {
        // indexOf finds the next break far faster than a loop over every character.
        const lf = text.indexOf('\n', end);
        end = lf < 0 ? text.length : lf;
      } else {
        let c = text.charCodeAt(end);
        while (end < text.length && c !== 10 && c !== 13) c = text.charCodeAt(++end);
      }
      while (this.commentIndex < comments.length && comments[this.commentIndex]!.span.end <= end) this.commentIndex++;
      const comment = comments[this.commentIndex];
      if (comment && comment.span.start < end && comment.span.end > end) {
        this.lines?.breaksIn(text, end, comment.span.end);
        end = comment.span.end;
        continue;
      }
      break;
    }
    if (this.lines && end < text.length) this.lines.breakAt(end);
    let next = end;
    if (text.charCodeAt(next) === 13) next++;
    if (text.charCodeAt(next) === 10 && (next === end || text.charCodeAt(end) === 13)) next++;
    if (next === end) next = end + 1;
    this.next = next;
    this.start = start;
    this.end = end;
    return true;
  }

  /** The current line as an object, for the rules that need its text. */
  get line(): Line {
    // The comments read so far that end after the line's start are on it (read() passed every one ending by its end).
    let first = this.commentIndex;
    while (first > 0 && this.comments[first - 1]!.span.end > this.start) first--;
    const on = first === this.commentIndex ? NO_SKIPS : this.comments.slice(first, this.commentIndex).map((comment) => comment.span);
    return new Line(this.text, this.start, this.end, on);
  }
}

/** Spaces, tabs and no-break spaces only (or nothing). */
function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 0x202f) return false;
  }
  return true;
}

/** `#`…`######` then spaces or the end of the line: the length of that prefix and the level, or undefined. */
function headingAt(text: string, start: number, end: number): { level: number; prefix: number } | undefined {
  let i = start;
  while (i < end && text.charCodeAt(i) === 35) i++;
  const level = i - start;
  if (level < 1 || level > 6) return undefined;
  if (i < end && text.charCodeAt(i) !== 32 && text.charCodeAt(i) !== 9) return undefined;
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return { level, prefix: i - start };
}

/** Blocks of the lines in [start, end); `end` is the end of the text or the start of a line. */
export function parseBlocks(text: string, start: number, end: number, comments: readonly CommentNode[], problems: SyntaxProblem[], lines?: LineStarts): Block[] {
  return new BlockParser(text, problems).parse(new LineReader(text, start, end, comments, lines));
}

/**
 * The open block as state of a class, not variables captured by a closure:
 * a fresh `closeCurrent` closure per parse made V8 throw away the optimised
 * loop ("wrong call target") on every call.
 */
class BlockParser {
  private readonly blocks: Block[] = [];
  /** The open text block, kept in fields rather than an object per block. */
  private currentType: 'paragraph' | 'list-item' | 'block-quote' | undefined;
  private currentStart = 0;
  private currentEnd = 0;
  private contentStart = 0;
  private skips: Span[] = NO_SKIPS;
  /** Lines so far: a block quote of one line has no skipped prefix to start its last line after. */
  private lineCount = 0;
  private marker: Span | undefined;
  private indent = 0;
  private definition: DefinitionBuilder | undefined;

  constructor(
    private readonly text: string,
    private readonly problems: SyntaxProblem[],
  ) {}

  private closeCurrent(): void {
    if (this.currentType !== undefined) this.blocks.push(this.finishText(this.currentType));
    this.currentType = undefined;
    const finished = this.definition?.finish();
    if (finished) this.blocks.push(finished);
    this.definition = undefined;
  }

  private open(type: 'paragraph' | 'list-item' | 'block-quote', start: number, end: number, contentStart: number): void {
    this.currentType = type;
    this.currentStart = start;
    this.currentEnd = end;
    this.contentStart = contentStart;
    // Only a block quote has skipped prefixes: the other blocks share one empty list.
    this.skips = type === 'block-quote' ? [] : NO_SKIPS;
    this.lineCount = 1;
  }

  parse(reader: LineReader): Block[] {
    const { text, problems, blocks } = this;
    // Each rule looks at the first character before it slices or runs a regex: most lines are prose.
    while (reader.read()) {
      const start = reader.start;
      const end = reader.end;
      if (isBlank(text, start, end)) {
        this.closeCurrent();
        continue;
      }
      const first = text.charCodeAt(start);
      if (this.definition && (first === 32 || first === 9)) {
        this.definition.addPropertyLine(reader.line, problems);
        continue;
      }
      const heading = first === 35 ? headingAt(text, start, end) : undefined;
      if (heading) {
        this.closeCurrent();
        blocks.push({
          type: 'heading',
          level: heading.level,
          span: { start, end },
          contentStart: start + heading.prefix,
          skips: NO_SKIPS,
          inlines: NO_INLINES,
        });
        continue;
      }
      const defStart = first === 64 ? DEFINITION_START_RE.exec(text.slice(start, end)) : null;
      if (defStart && isEntityKind(defStart[1]!)) {
        this.closeCurrent();
        this.definition = DefinitionBuilder.start(reader.line, problems);
        continue;
      }
      if (first === 62) {
        if (this.currentType !== 'block-quote') {
          this.closeCurrent();
          this.open('block-quote', start, end, quoteContentStart(text, start));
        } else {
          this.skips.push({ start, end: quoteContentStart(text, start) });
          this.currentEnd = end;
          this.lineCount++;
        }
        continue;
      }
      const list = first === 32 || first === 9 || first === 45 || first === 42 || (first >= 48 && first <= 57) ? LIST_RE.exec(text.slice(start, end)) : null;
      if (list && (this.currentType !== 'paragraph' || /^(?:[-*]|1[.)])$/.test(list[2]!))) {
        this.closeCurrent();
        this.open('list-item', start, end, start + list[0].length);
        this.marker = { start: start + list[1]!.length, end: start + list[1]!.length + list[2]!.length };
        this.indent = list[1]!.length;
        continue;
      }
      if (this.currentType === 'paragraph' || this.currentType === 'list-item') {
        this.currentEnd = end;
        this.lineCount++;
        continue;
      }
      this.closeCurrent();
      this.open('paragraph', start, end, start);
    }
    this.closeCurrent();
    return blocks;
  }

  private finishText(type: 'paragraph' | 'list-item' | 'block-quote'): TextBlock {
    const { contentStart, skips } = this;
    // Paragraphs keep their span as offsets until it is read (see ParsedParagraph).
    if (type === 'paragraph') return new ParsedParagraph(this.currentStart, this.currentEnd, contentStart, skips, NO_INLINES);
    const span = { start: this.currentStart, end: this.currentEnd };
    switch (type) {
      case 'list-item':
        return { type: 'list-item', span, contentStart, skips, inlines: NO_INLINES, marker: this.marker!, indent: this.indent };
      case 'block-quote': {
        const lastContent = this.lineCount === 1 ? contentStart : skips[skips.length - 1]!.end;
        const isAttribution = ATTRIBUTION_LINE_RE.test(this.text.slice(lastContent, this.currentEnd));
        const quote: BlockQuoteBlock = {
          type: 'block-quote',
          span,
          contentStart,
          skips,
          inlines: NO_INLINES,
          ...(isAttribution ? { attributionLine: { start: lastContent, end: this.currentEnd } } : {}),
        };
        return quote;
      }
    }
  }
}

/**
 * Kind words and the usual property keys as one string each: what the regex
 * gives is a new string per definition, kept with the tree and its entity
 * (thousands of definitions in a long text that repeats them).
 */
const KINDS = new Map<string, EntityKind>(ENTITY_KINDS.map((kind) => [kind, kind]));
const USUAL_KEYS = new Map(['aka', 'role', 'reason', 'anonymous', 'wikidata', 'date', 'title', 'url', 'description', 'country', 'party'].map((key) => [key, key]));

/** `@person berthier Luc Berthier`: a kind, an ID and a name, the colon forgotten (and none elsewhere on the line, which would make the name unclear). */
const HEADER_WITHOUT_COLON_RE = /^(@([a-z]+)[ \t]+([^\s:]+))[ \t]+[^\s:][^:]*$/;
/** `  role ministre`: a usual key and a value, the colon forgotten. */
const PROPERTY_WITHOUT_COLON_RE = /^([ \t]+([\p{L}]+))[ \t]+[^\s:][^:]*$/u;

/** The fix that adds the colon a definition line forgot, after its ID (a header) or its key (a property) when that is one (an entity kind and a valid ID; a usual key). */
function missingColon(line: Line, shape: RegExp): SyntaxFix | undefined {
  const found = shape.exec(line.text);
  if (!found) return undefined;
  const [, head, word, id] = found;
  const fits = id === undefined ? USUAL_KEYS.has(word!.toLowerCase()) : KINDS.has(word!) && isValidId(id);
  if (!fits) return undefined;
  const at = line.start + head!.length;
  return { title: `Add the colon after "${id ?? word}"`, span: { start: at, end: at }, newText: ':' };
}

/** The properties of definitions that have none: one empty list, shared and never written to. */
const NO_PROPERTIES: ParsedProperty[] = [];

/** The skips of every block but a block quote: one empty list, shared and never written to. */
const NO_SKIPS: Span[] = [];

function quoteContentStart(text: string, lineStart: number): number {
  let i = lineStart + 1;
  if (text[i] === ' ' || text[i] === '\t') i++;
  return i;
}

class DefinitionBuilder {
  private readonly properties: ParsedProperty[] = [];
  private baseIndent = -1;
  private end: number;
  /** The keys given so far, for `duplicate-property`. */
  private readonly seen = new Set<string>();

  private constructor(
    private readonly header: Line,
    private readonly parts: { kind: EntityKind; id: string; name: string; idStart: number; nameStart: number; nameEnd: number } | undefined,
  ) {
    this.end = header.end;
  }

  static start(line: Line, problems: SyntaxProblem[]): DefinitionBuilder {
    const match = DEFINITION_RE.exec(line.text);
    const kind = match?.[1] !== undefined ? KINDS.get(match[1]) : undefined;
    const id = match?.[2];
    const name = match?.[3];
    if (!match || !kind || !id || !name) {
      const colon = missingColon(line, HEADER_WITHOUT_COLON_RE);
      problems.push({
        code: 'bad-definition',
        span: { start: line.start, end: line.end },
        // `@person vide:` has the shape but no name: say what is missing rather than the shape again.
        message: kind && id && name === ''
          ? `The definition of "${id}" has no name: write it after the colon, e.g. \`@person le-drian: Jean-Yves Le Drian\`.`
          : 'An entity definition is written `@KIND id: Name`, e.g. `@person le-drian: Jean-Yves Le Drian`.',
        ...(colon ? { fixes: [colon] } : {}),
      });
      return new DefinitionBuilder(line, undefined);
    }
    const idStart = line.start + line.text.indexOf(id, kind.length + 1);
    if (!isValidId(id)) {
      // Only a suggestion that is itself an ID: `person` and `123` have none.
      const suggestion = suggestId(id);
      const span = { start: idStart, end: idStart + id.length };
      problems.push(
        isValidId(suggestion)
          ? { code: 'bad-definition', span, message: invalidIdMessage(id, suggestion), data: { suggestion }, fixes: [{ title: `Use the ID "${suggestion}"`, span: { ...span }, newText: suggestion }] }
          : { code: 'bad-definition', span, message: invalidIdMessage(id) },
      );
      return new DefinitionBuilder(line, undefined);
    }
    // Spans as offsets, made when read (see ParsedDefinition); the span is the name as written, comments included.
    const nameAt = line.text.lastIndexOf(name);
    return new DefinitionBuilder(line, { kind, id, name: line.read(nameAt, nameAt + name.length), idStart, nameStart: line.start + nameAt, nameEnd: line.start + nameAt + name.length });
  }

  addPropertyLine(line: Line, problems: SyntaxProblem[]): void {
    this.end = line.end;
    const indent = /^[ \t]*/.exec(line.text)![0].length;
    // A line that is only a comment (spaces in its place) is part of the definition and says nothing.
    if (line.text.trim() === '') return;
    const last = this.properties[this.properties.length - 1];
    if (this.baseIndent >= 0 && indent > this.baseIndent && last) {
      // A deeper indent continues the previous value.
      const from = line.text.length - line.text.trimStart().length;
      const extra = line.read(from, line.text.trimEnd().length);
      this.properties[this.properties.length - 1] = new ParsedProperty(last.key, `${last.value} ${extra}`.trim(), last.start, line.end, last.keyEnd, last.valueStart, line.end);
      return;
    }
    if (this.baseIndent < 0) this.baseIndent = indent;
    const match = PROPERTY_RE.exec(line.text.slice(indent));
    if (!match) {
      const colon = missingColon(line, PROPERTY_WITHOUT_COLON_RE);
      problems.push({
        code: 'bad-definition',
        span: { start: line.start + indent, end: line.end },
        message: 'A property line under a definition is written `key: value`, indented.',
        ...(colon ? { fixes: [colon] } : {}),
      });
      return;
    }
    const written = match[1]!.toLowerCase();
    const key = USUAL_KEYS.get(written) ?? written;
    const keyStart = line.start + indent;
    const keyEnd = keyStart + match[1]!.length;
    const [valueFrom, valueTo] = match.indices![2]!;
    const valueStart = keyStart + valueFrom;
    const valueEnd = keyStart + valueTo;
    const value = line.read(indent + valueFrom, indent + valueTo);
    if (this.seen.has(key) && key !== 'aka' && this.parts) {
      problems.push({
        code: 'duplicate-property',
        span: { start: keyStart, end: keyEnd },
        message: `\`${key}\` is given twice for "${this.parts.id}"; the last value is kept.`,
      });
    }
    this.seen.add(key);
    this.properties.push(new ParsedProperty(key, value, keyStart, line.end, keyEnd, valueStart, valueEnd));
  }

  /** A bad definition gives no block: it is neither an entity nor prose the reader sees. */
  finish(): DefinitionBlock | undefined {
    if (!this.parts) return undefined;
    const { kind, id, name, idStart, nameStart, nameEnd } = this.parts;
    // The properties in a list of their exact size (a list grown by push keeps room for 16 more).
    const properties = this.properties.length === 0 ? NO_PROPERTIES : this.properties.slice();
    return new ParsedDefinition(kind, id, name, this.header.start, this.end, this.header.end, idStart, nameStart, nameEnd, properties);
  }
}

function suggestId(id: string): string {
  return id
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{Ll}\p{Lo}\p{M}\d]+/gu, '-')
    .replace(/^[-\d]+|-+$/g, '')
    .replace(/-{2,}/g, '-');
}
