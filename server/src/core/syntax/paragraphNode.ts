import type { Span } from '../text/lineIndex';
import type { Block, Inline, ParagraphBlock } from './nodes';

/**
 * A paragraph as the parser makes it: its span kept as two offsets and made
 * on first read of `span` (editor features, the speaker engine, a re-parse),
 * not with every paragraph; the parser reads the offsets (`blockEnd`). A
 * long article has ~2,800 paragraphs per MB, and collections copy each kept
 * object. A span once made is the one every later read returns, and a
 * re-parse's shift moves it with the offsets (`moveBy`).
 *
 * Own fields are the literal's but for the span; `toJSON` gives the literal,
 * span included, field for field (so a tree prints and compares as it did).
 */
export class ParsedParagraph implements ParagraphBlock {
  readonly type = 'paragraph' as const;
  readonly contentStart: number;
  readonly skips: readonly Span[];
  inlines: Inline[];
  #start: number;
  #end: number;
  #span: Span | undefined = undefined;

  constructor(start: number, end: number, contentStart: number, skips: readonly Span[], inlines: Inline[]) {
    this.contentStart = contentStart;
    this.skips = skips;
    this.inlines = inlines;
    this.#start = start;
    this.#end = end;
  }

  get start(): number {
    return this.#start;
  }

  get end(): number {
    return this.#end;
  }

  get span(): Span {
    return (this.#span ??= { start: this.#start, end: this.#end });
  }

  /** A re-parse's shift: moves the offsets, and the span if it was made (by `moveSpan`, once). */
  moveBy(delta: number, moveSpan: (span: Span) => void): void {
    this.#start += delta;
    this.#end += delta;
    if (this.#span) moveSpan(this.#span);
  }

  toJSON(): Record<string, unknown> {
    return { type: this.type, span: this.span, contentStart: this.contentStart, skips: this.skips, inlines: this.inlines };
  }
}

/** Where a block ends, without making a parsed paragraph's span. */
export function blockEnd(block: Block): number {
  return block instanceof ParsedParagraph ? block.end : block.span.end;
}
