import type { Span } from '../text/lineIndex';
import type { Attribution, QuoteMark, QuoteNode } from './nodes';

/**
 * A quote as the parser makes it. Its opening and closing marks are one
 * character each, kept as offsets: their spans are made on first read of
 * `open`, `close` or `mismatchedClose` (the speaker engine, editor features,
 * a rule that reports on a mark), not with every quote; the parser, the model
 * and the rules read the offsets (`openStartOf`, `closeStartOf`, `spanEndOf`). Nearly every
 * quote closes in the paragraph it opened in and so has one part, from after
 * its opening mark to its closing mark (or to where an outer quote closed it):
 * that part and its list are made on first read of `parts` likewise. A long
 * article's tree holds ~10,000 quotes per 10 MB and collections copy each
 * kept object: five fewer per quote.
 *
 * Own fields are the literal's but for the spans, in its order (`parent`, `attribution` and
 * `splitParts` added when set); `toJSON` gives that literal,
 * marks and parts included, field for field (so a tree prints and compares as
 * it did). A span once made is the one every later read returns, and a
 * re-parse's shift moves it with the offsets (`moveMarks`).
 */
export class ParsedQuote implements QuoteNode {
  readonly type = 'quote' as const;
  index = -1;
  readonly mark: QuoteMark;
  readonly inHeading: boolean;
  unclosed: boolean;
  readonly blockIndex: number;
  // Set on few quotes, when the parser finds them (nested, attributed, split): added then, as on the literal, not a field of every quote.
  declare parent?: number;
  declare attribution?: Attribution;
  declare splitParts?: number[];
  #openStart: number;
  /** -1: no closing mark. */
  #closeStart: number;
  readonly #mismatched: boolean;
  /** Where the quote's span ends (after the closing mark, or where the quote was closed or left open). */
  #spanEnd: number;
  /** Made on first read of `span`, or given: a block quote's is its block's. */
  #span: Span | undefined;
  #open: Span | undefined = undefined;
  #close: Span | undefined = undefined;
  #parts: Span[] | undefined;
  /** While `#parts` is not made: where the one part ends (it starts after the opening mark). */
  #partEnd: number;

  /**
   * `closeStart`: -1 without a closing mark. The span runs from the opening
   * mark to `spanEnd`, made when read unless given (`span`: a block quote's,
   * its block's). `parts`: the parts when known (a quote that ran across
   * paragraphs, an unclosed one, a block quote), else one part from after the
   * opening mark to `partEnd`.
   */
  constructor(
    mark: QuoteMark,
    openStart: number,
    closeStart: number,
    spanEnd: number,
    span: Span | undefined,
    parts: Span[] | undefined,
    partEnd: number,
    inHeading: boolean,
    unclosed: boolean,
    mismatched: boolean,
    blockIndex: number,
  ) {
    this.mark = mark;
    this.inHeading = inHeading;
    this.unclosed = unclosed;
    this.blockIndex = blockIndex;
    this.#openStart = openStart;
    this.#closeStart = closeStart;
    this.#mismatched = mismatched;
    this.#spanEnd = spanEnd;
    this.#span = span;
    this.#parts = parts;
    this.#partEnd = partEnd;
  }

  get openStart(): number {
    return this.#openStart;
  }

  /** -1 without a closing mark. */
  get closeStart(): number {
    return this.#closeStart;
  }

  /** Where the span ends, without making it. */
  get spanEnd(): number {
    return this.#span !== undefined ? this.#span.end : this.#spanEnd;
  }

  /** From the opening mark to the closing mark, or to where the quote was closed by an outer one or left open. */
  get span(): Span {
    return (this.#span ??= { start: this.#openStart, end: this.#spanEnd });
  }

  get open(): Span {
    return (this.#open ??= { start: this.#openStart, end: this.#openStart + 1 });
  }

  get close(): Span | undefined {
    if (this.#closeStart < 0) return undefined;
    return (this.#close ??= { start: this.#closeStart, end: this.#closeStart + 1 });
  }

  /** The closing mark itself (the same span as `close`) when it is of another kind than the opening one. */
  get mismatchedClose(): Span | undefined {
    return this.#mismatched ? this.close : undefined;
  }

  get parts(): Span[] {
    return (this.#parts ??= [{ start: this.#openStart + 1, end: this.#partEnd }]);
  }

  set parts(parts: Span[]) {
    this.#parts = parts;
  }

  /** The end of the one part while it is not made, else -1: what `quoteText` reads. */
  get unmadePartEnd(): number {
    return this.#parts === undefined ? this.#partEnd : -1;
  }

  /**
   * A re-parse's shift: moves the marks and the span's end, and the one part
   * while it is not made; the spans already made are moved in place by
   * `moveSpan` (each once: the closing span is also `mismatchedClose`; a
   * block quote's span is its block's, moved with the block). Returns whether
   * the parts are made, to be moved as spans by the caller.
   */
  moveMarks(delta: number, moveSpan: (span: Span) => void): boolean {
    this.#openStart += delta;
    this.#spanEnd += delta;
    if (this.#span && this.mark !== '>') moveSpan(this.#span);
    if (this.#open) moveSpan(this.#open);
    if (this.#closeStart >= 0) this.#closeStart += delta;
    if (this.#close) moveSpan(this.#close);
    if (this.#parts !== undefined) return true;
    this.#partEnd += delta;
    return false;
  }

  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = { type: this.type, index: this.index, mark: this.mark, open: this.open };
    const close = this.close;
    if (close !== undefined) json['close'] = close;
    json['span'] = this.span;
    json['parts'] = this.parts;
    json['inHeading'] = this.inHeading;
    json['unclosed'] = this.unclosed;
    if (this.#mismatched) json['mismatchedClose'] = close;
    json['blockIndex'] = this.blockIndex;
    if (this.parent !== undefined) json['parent'] = this.parent;
    if (this.attribution !== undefined) json['attribution'] = this.attribution;
    if (this.splitParts !== undefined) json['splitParts'] = this.splitParts;
    return json;
  }
}

/** Where a quote's opening mark is, without making its span. */
export function openStartOf(quote: QuoteNode): number {
  return quote instanceof ParsedQuote ? quote.openStart : quote.open.start;
}

/** Where a quote's span ends, without making it. */
export function spanEndOf(quote: QuoteNode): number {
  return quote instanceof ParsedQuote ? quote.spanEnd : quote.span.end;
}

/** Where a quote's closing mark is (-1: none), without making its span. */
export function closeStartOf(quote: QuoteNode): number {
  if (quote instanceof ParsedQuote) return quote.closeStart;
  return quote.close ? quote.close.start : -1;
}

/**
 * The quoted words without marks, paragraphs joined by a blank line; a parsed
 * quote's one part without making it. A block quote's parts are its lines (the
 * `>` prefixes left out): joined by a line break, so an empty `>` line makes
 * the blank line between its paragraphs.
 */
export function quoteText(text: string, node: QuoteNode): string {
  if (node instanceof ParsedQuote) {
    const end = node.unmadePartEnd;
    if (end >= 0) return text.slice(node.openStart + 1, end);
  }
  const parts = node.parts;
  if (parts.length === 1) return text.slice(parts[0]!.start, parts[0]!.end);
  return parts.map((part) => text.slice(part.start, part.end)).join(node.mark === '>' ? '\n' : '\n\n');
}
