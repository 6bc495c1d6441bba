import type { Span } from '../text/lineIndex';
import type { Attribution, QuoteMark, QuoteNode } from './nodes';

/**
 * A quote as the parser makes it. Nearly every quote closes in the paragraph
 * it opened in and so has one part, from after its opening mark to its
 * closing mark (or to where an outer quote closed it): that part and its list
 * are made on first read of `parts` (the speaker engine, selection ranges, a
 * re-parse's shift), not with every quote. A long article's tree holds ~10,000
 * quotes per 10 MB, and collections copy each kept object: three fewer per
 * quote. The model takes a quote's text through `quoteText`, which does not
 * make them.
 *
 * The fields are the literal's, in its order; `toJSON` gives that literal,
 * `parts` included, field for field (so a tree prints and compares as it did).
 */
export class ParsedQuote implements QuoteNode {
  readonly type = 'quote' as const;
  index = -1;
  readonly mark: QuoteMark;
  readonly open: Span;
  close: Span | undefined;
  span: Span;
  readonly inHeading: boolean;
  unclosed: boolean;
  mismatchedClose: Span | undefined;
  readonly blockIndex: number;
  parent: number | undefined = undefined;
  attribution: Attribution | undefined = undefined;
  splitParts: number[] | undefined = undefined;
  #parts: Span[] | undefined;
  /** While `#parts` is not made: where the one part ends (it starts at `open.end`). */
  #partEnd: number;

  /** `parts`: the parts when known (a quote that ran across paragraphs, an unclosed one), else one part from `open.end` to `partEnd`. */
  constructor(
    mark: QuoteMark,
    open: Span,
    close: Span | undefined,
    span: Span,
    parts: Span[] | undefined,
    partEnd: number,
    inHeading: boolean,
    unclosed: boolean,
    mismatchedClose: Span | undefined,
    blockIndex: number,
  ) {
    this.mark = mark;
    this.open = open;
    this.close = close;
    this.span = span;
    this.inHeading = inHeading;
    this.unclosed = unclosed;
    this.mismatchedClose = mismatchedClose;
    this.blockIndex = blockIndex;
    this.#parts = parts;
    this.#partEnd = partEnd;
  }

  get parts(): Span[] {
    return (this.#parts ??= [{ start: this.open.end, end: this.#partEnd }]);
  }

  set parts(parts: Span[]) {
    this.#parts = parts;
  }

  /** The end of the one part while it is not made, else -1: what `quoteText` and a re-parse's shift read. */
  get unmadePartEnd(): number {
    return this.#parts === undefined ? this.#partEnd : -1;
  }

  /** Moves the one part while it is not made (its start moves with `open`); false when made, to be moved as a span. */
  moveUnmadePart(delta: number): boolean {
    if (this.#parts !== undefined) return false;
    this.#partEnd += delta;
    return true;
  }

  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = { type: this.type, index: this.index, mark: this.mark, open: this.open };
    if (this.close !== undefined) json['close'] = this.close;
    json['span'] = this.span;
    json['parts'] = this.parts;
    json['inHeading'] = this.inHeading;
    json['unclosed'] = this.unclosed;
    if (this.mismatchedClose !== undefined) json['mismatchedClose'] = this.mismatchedClose;
    json['blockIndex'] = this.blockIndex;
    if (this.parent !== undefined) json['parent'] = this.parent;
    if (this.attribution !== undefined) json['attribution'] = this.attribution;
    if (this.splitParts !== undefined) json['splitParts'] = this.splitParts;
    return json;
  }
}

/** The quoted words without marks, parts joined by a blank line; a parsed quote's one part without making it. */
export function quoteText(text: string, node: QuoteNode): string {
  if (node instanceof ParsedQuote) {
    const end = node.unmadePartEnd;
    if (end >= 0) return text.slice(node.open.end, end);
  }
  const parts = node.parts;
  return parts.length === 1 ? text.slice(parts[0]!.start, parts[0]!.end) : parts.map((part) => text.slice(part.start, part.end)).join('\n\n');
}
