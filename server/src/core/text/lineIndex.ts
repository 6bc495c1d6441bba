/**
 * Offsets are UTF-16 code unit indices into the document string (what
 * JavaScript strings index by), so a `Position` here is exactly an LSP
 * position: line breaks are \n, \r\n or \r, characters are UTF-16 units.
 */
export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** A half-open span of offsets, [start, end). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Line starts collected by a pass that meets every line break anyway (the
 * parser's line reader), for a `LineIndex` of the same text, which then does
 * not search the text again. Only for text with \n breaks alone.
 */
export class LineStarts {
  starts: Uint32Array;
  count = 1; // starts[0] = 0

  constructor(text: string) {
    this.starts = new Uint32Array(16 + (text.length >> 6));
  }

  /** A line starts after the \n at `offset`; offsets come in increasing order. */
  breakAt(offset: number): void {
    if (this.count === this.starts.length) this.starts = grown(this.starts);
    this.starts[this.count++] = offset + 1;
  }

  /** Every \n in [from, to). */
  breaksIn(text: string, from: number, to: number): void {
    for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) this.breakAt(i);
  }
}

export class LineIndex {
  /**
   * Offsets where lines start, in a typed array: a 1 MB article has tens of
   * thousands of lines, and a number array grown by push reallocated its
   * store several times and was copied by every young-generation collection
   * while the model that holds it lived.
   */
  private readonly lineStarts: Uint32Array;
  private readonly count: number;

  /** `known`: the line starts of `text`, when the parser collected them. */
  constructor(
    private readonly text: string,
    known?: LineStarts,
  ) {
    if (known) {
      this.lineStarts = known.starts;
      this.count = known.count;
      return;
    }
    let starts: Uint32Array = new Uint32Array(16 + (text.length >> 6));
    let count = 1; // starts[0] = 0
    if (text.indexOf('\r') < 0) {
      // Only \n breaks (the common case): indexOf finds them far faster than a loop over every character.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        if (count === starts.length) starts = grown(starts);
        starts[count++] = i + 1;
      }
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 13 /* \r */) {
          if (text.charCodeAt(i + 1) === 10) i++;
        } else if (c !== 10 /* \n */) {
          continue;
        }
        if (count === starts.length) starts = grown(starts);
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = starts;
    this.count = count;
  }

  get lineCount(): number {
    return this.count;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.count - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low]! };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.count) return this.text.length;
    const start = this.lineStarts[position.line]!;
    const end = this.lineEnd(position.line);
    return Math.max(start, Math.min(start + Math.max(0, position.character), end));
  }

  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }

  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.count - 1))]!;
  }

  /** Offset of the end of the line's content, before its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.count) return this.text.length;
    let end = this.lineStarts[line + 1]!;
    if (end > 0 && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > 0 && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
}

function grown(starts: Uint32Array): Uint32Array {
  const bigger = new Uint32Array(starts.length * 2);
  bigger.set(starts);
  return bigger;
}
