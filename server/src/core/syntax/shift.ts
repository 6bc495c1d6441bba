import type { Mutable } from '../mutable';
import type { Span } from '../text/lineIndex';
import type { AttributeList, Block, CommentNode, IdRef, Inline, QuoteNode, SyntaxProblem } from './nodes';
import { ownAttributionSpans } from './parse';
import { ParsedQuote } from './quoteNode';
import { ParsedParagraph } from './paragraphNode';
import { ParsedDefinition } from './definitionNode';

/**
 * Moves the nodes a re-parse keeps from after an edit by the edit's change in
 * length, in place. Each span object is moved exactly once: the parser shares
 * spans between nodes only in the few ways `ownAttributionSpans` describes,
 * and those shared spans are moved through their owner (a test checks that
 * no other sharing creeps in). Parsed quotes, paragraphs and definitions keep
 * most spans as offsets and make the span objects when first read: their
 * `moveBy`/`moveMarks` move the offsets and, once each, the spans made so far.
 */
export class OffsetShifter {
  constructor(private readonly delta: number) {}

  private span(span: Span | undefined): void {
    if (span === undefined) return;
    const target = span as Mutable<Span>;
    target.start += this.delta;
    target.end += this.delta;
  }

  private spans(spans: readonly Span[]): void {
    for (const span of spans) this.span(span);
  }

  private ids(ids: readonly IdRef[]): void {
    for (const ref of ids) this.span(ref.span);
  }

  block(block: Block): void {
    // Parsed paragraphs and definitions keep their spans as offsets until read; spans made of them move with them.
    if (block instanceof ParsedParagraph) block.moveBy(this.delta, (span) => this.span(span));
    else if (block instanceof ParsedDefinition) {
      block.moveBy(this.delta, (span) => this.span(span));
      return;
    } else this.span(block.span);
    if (block.type === 'definition') {
      this.span(block.kindSpan);
      this.span(block.idSpan);
      this.span(block.nameSpan);
      this.span(block.headerSpan);
      for (const property of block.properties) {
        this.span(property.span);
        this.span(property.keySpan);
        this.span(property.valueSpan);
      }
      return;
    }
    (block as Mutable<typeof block>).contentStart += this.delta;
    this.spans(block.skips);
    if (block.type === 'list-item') this.span(block.marker);
    if (block.type === 'block-quote') this.span(block.attributionLine);
    this.inlines(block.inlines);
  }

  private inlines(inlines: readonly Inline[]): void {
    for (const node of inlines) {
      switch (node.type) {
        case 'comment':
          // The same object as in the tree's comment list, moved from there.
          break;
        case 'emphasis':
          this.span(node.span);
          this.span(node.openMark);
          this.span(node.closeMark);
          break;
        case 'bare-mention':
          this.span(node.span);
          this.ids(node.ids);
          break;
        case 'bracket':
          this.span(node.span);
          this.span(node.textSpan);
          this.span(node.parenSpan);
          this.span(node.destinationSpan);
          this.span(node.titleSpan);
          if (node.attributes) this.attributes(node.attributes, node.parenSpan);
          this.inlines(node.children);
          break;
        default:
          this.span(node.span);
          break;
      }
    }
  }

  private attributes(list: AttributeList, parenSpan: Span): void {
    if (list.span !== parenSpan) this.span(list.span);
    this.ids(list.ids);
    this.span(list.idSpan);
    this.span(list.notSpeechSpan);
    this.span(list.valueSpan);
    for (const pair of list.pairs) {
      this.span(pair.span);
      this.span(pair.valueSpan);
    }
  }

  /** After its block: a block quote's span and an attribution's spans were moved with the block. */
  quote(quote: QuoteNode): void {
    if (quote instanceof ParsedQuote) {
      // Its marks (and its one part, while not made) are offsets; the spans made of them move with them.
      if (quote.moveMarks(this.delta, (span) => this.span(span))) this.spans(quote.parts);
    } else {
      this.span(quote.open);
      this.span(quote.close);
      this.spans(quote.parts);
      if (quote.mismatchedClose !== quote.close) this.span(quote.mismatchedClose);
    }
    // A block quote's span is its block's, moved with the block; a parsed quote moved its own in moveMarks.
    if (quote.mark !== '>' && !(quote instanceof ParsedQuote)) this.span(quote.span);
    if (quote.attribution && ownAttributionSpans.has(quote.attribution.span)) this.span(quote.attribution.span);
  }

  problem(problem: SyntaxProblem): void {
    this.span(problem.span);
    for (const fix of problem.fixes ?? []) this.span(fix.span);
  }

  comment(comment: CommentNode): void {
    this.span(comment.span);
  }
}
