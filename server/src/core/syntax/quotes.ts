import type { Span } from '../text/lineIndex';
import type { QuoteMark, QuoteNode } from './nodes';
import { ParsedQuote } from './quoteNode';

/** A quote mark the inline scanner met, with what its neighbours allow it to do. */
export interface MarkEvent {
  readonly offset: number;
  readonly char: string;
  readonly canOpen: boolean;
  readonly canClose: boolean;
}

const SINGLE_FAMILY = new Set(["'", '‘', '’', '‹', '›']);
const OPENERS: Record<string, QuoteMark> = { '«': '«', '„': '„', '‘': '‘', '‹': '‹' };
const CLOSERS = new Set(['»', '”', '’', '›']);

/** Which closing characters close a quote opened with `mark`. */
export function closes(mark: QuoteMark, char: string): boolean {
  switch (mark) {
    case '"':
      return char === '"';
    case '“':
      return char === '”';
    case '„':
      return char === '“' || char === '”';
    case '«':
      return char === '»';
    case "'":
    case '‘':
      return char === "'" || char === '’';
    case '‹':
      return char === '›';
    case '>':
      return false;
  }
}

/** What may continue a quote left open at the end of a paragraph: the same opening mark, or `»` for `«`. */
export function continues(mark: QuoteMark, char: string): boolean {
  return char === mark || (mark === '«' && char === '»');
}

interface Open {
  readonly mark: QuoteMark;
  /** Where the opening mark is (one character). */
  readonly openStart: number;
  /** Parts closed so far (a quote that ran on from earlier paragraphs), grown by `withPart`. */
  parts: Span[];
  partStart: number;
  readonly blockIndex: number;
  readonly inHeading: boolean;
}

export interface ScopeOptions {
  readonly blockIndex: number;
  readonly inHeading: boolean;
  /** British style: single marks are the primary quotes, double marks nest. */
  readonly singlePrimary: boolean;
}

/**
 * Pairs quote marks within one scope (a run of paragraphs, a heading, a list
 * item, a bracket's text). Quotes come out in closing order; the caller sorts.
 */
export class QuotePairer {
  private readonly stack: Open[] = [];
  private inHeading: boolean;
  private readonly singlePrimary: boolean;
  /** The block quotes opened from now on belong to: moves on when a quote continues into the next paragraph. */
  private blockIndex: number;

  constructor(
    options: ScopeOptions,
    private readonly sink: QuoteNode[],
  ) {
    this.inHeading = options.inHeading;
    this.singlePrimary = options.singlePrimary;
    this.blockIndex = options.blockIndex;
  }

  /** Starts a new scope with the same sink and style (one pairer serves a whole parse); only once the last scope is finished. */
  reset(blockIndex: number, inHeading: boolean): void {
    this.blockIndex = blockIndex;
    this.inHeading = inHeading;
  }

  /** The outermost quote still open, if any (asked at the end of every paragraph: no array built for it). */
  get firstOpenMark(): QuoteMark | undefined {
    return this.stack.length > 0 ? this.stack[0]!.mark : undefined;
  }

  process(event: MarkEvent): void {
    const { char } = event;
    // Not stack[-1] when empty: an out-of-bounds index is looked up on the prototype chain.
    const top = this.stack.length > 0 ? this.stack[this.stack.length - 1] : undefined;
    if (char === '"' || char === "'") {
      if (event.canOpen && event.canClose) {
        if (top && closes(top.mark, char)) this.closeTo(this.stack.length - 1, event);
        else this.open(char, event);
      } else if (event.canClose) {
        this.closeMatching(event);
      } else if (event.canOpen) {
        this.open(char, event);
      }
      return;
    }
    if (char === '“') {
      if (top && top.mark === '„') this.closeTo(this.stack.length - 1, event);
      else this.open('“', event);
      return;
    }
    const opener = OPENERS[char];
    if (opener) {
      this.open(opener, event);
      return;
    }
    if (CLOSERS.has(char)) this.closeMatching(event);
  }

  /** Ends the current paragraph: keeps the open quotes going into `next` paragraph (at `resumeAt`). */
  continueInto(paragraphEnd: number, resumeAt: number, blockIndex: number): void {
    for (const open of this.stack) {
      open.parts = withPart(open.parts, { start: open.partStart, end: paragraphEnd });
      open.partStart = resumeAt;
    }
    this.blockIndex = blockIndex;
  }

  /** Ends the scope: every quote still open is left unclosed at `end`. */
  finish(end: number): void {
    for (let i = 0; i < this.stack.length; i++) {
      const open = this.stack[i]!;
      open.parts = withPart(open.parts, { start: open.partStart, end: Math.max(open.partStart, end) });
      // Nested quotes are part of the outer one and not reported on their own.
      const unclosed = i === 0;
      this.sink.push(new ParsedQuote(open.mark, open.openStart, -1, end, undefined, open.parts, -1, open.inHeading, unclosed, false, open.blockIndex));
    }
    this.stack.length = 0;
  }

  private isNestedOnly(char: string): boolean {
    const single = SINGLE_FAMILY.has(char);
    if (this.inHeading && single) return false;
    return this.singlePrimary ? !single && char !== '«' && char !== '„' : single;
  }

  private open(mark: QuoteMark, event: MarkEvent): void {
    if (this.stack.length === 0 && this.isNestedOnly(event.char)) return;
    this.stack.push({
      mark,
      openStart: event.offset,
      parts: NO_PARTS,
      partStart: event.offset + 1,
      blockIndex: this.blockIndex,
      inHeading: this.inHeading,
    });
  }

  private closeMatching(event: MarkEvent): void {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      if (closes(this.stack[i]!.mark, event.char)) {
        this.closeTo(i, event);
        return;
      }
    }
    // A double closing mark of another kind than the open quote's.
    if (this.stack.length > 0 && !SINGLE_FAMILY.has(event.char)) {
      this.closeTo(this.stack.length - 1, event, true);
    }
  }

  /** Closes the quote at `index`, and silently every quote nested inside it. */
  private closeTo(index: number, event: MarkEvent, mismatched = false): void {
    while (this.stack.length > index) {
      const open = this.stack.pop()!;
      // A quote closed in the paragraph it opened in has one part, made when first read (see ParsedQuote); one that ran on has its list.
      const parts = open.parts.length === 0 ? undefined : withPart(open.parts, { start: open.partStart, end: event.offset });
      const { mark, openStart: start, inHeading, blockIndex } = open;
      if (this.stack.length !== index) {
        // Closed silently with the quote around it.
        this.sink.push(new ParsedQuote(mark, start, -1, event.offset, undefined, parts, event.offset, inHeading, false, false, blockIndex));
      } else {
        this.sink.push(new ParsedQuote(mark, start, event.offset, event.offset + 1, undefined, parts, event.offset, inHeading, false, mismatched, blockIndex));
      }
    }
  }
}

/** What an open quote starts with: replaced, never written to. */
const NO_PARTS: Span[] = [];

/**
 * `parts` with `part` added: a one-element literal for a quote's first part
 * (nearly every quote has one), since an array grown by push keeps room for
 * 16 in every quote of the tree.
 */
function withPart(parts: Span[], part: Span): Span[] {
  if (parts.length === 0) return [part];
  parts.push(part);
  return parts;
}
