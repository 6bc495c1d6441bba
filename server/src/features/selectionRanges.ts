import type { Position, SelectionRange } from '../protocol';
import { walk, type DocumentModel, type Span } from '../core';
import { contains } from './locate';
import { firstCandidate, positionIndex } from './positionIndex';
import { sectionSpans } from './sections';

/** From the ID or word under the cursor out to its bracket, quote, block, section and the whole document. */
export function selectionRanges(model: DocumentModel, positions: readonly Position[]): SelectionRange[] {
  const sections = sectionSpans(model.tree.blocks.filter((b) => b.type === 'heading'), model.tree.text);
  return positions.map((position) => selectionAt(model, sections, model.lines.offsetAt(position)));
}

function selectionAt(model: DocumentModel, sections: readonly Span[], offset: number): SelectionRange {
  const { tree } = model;
  const spans: Span[] = [{ start: 0, end: tree.text.length }];
  // Each section holding the offset, the nested ones inside the ones around them.
  for (const section of sections) if (contains(section, offset)) spans.push(section);
  for (const block of tree.blocks) {
    if (!contains(block.span, offset)) continue;
    spans.push(block.span);
    if (block.type === 'definition') {
      for (const s of [block.headerSpan, block.idSpan, block.nameSpan, block.kindSpan]) spans.push(s);
      for (const p of block.properties) spans.push(p.span, p.keySpan, p.valueSpan);
    } else {
      walk(block.inlines, (node) => {
        spans.push(node.span);
        if (node.type === 'bracket') spans.push(node.textSpan, node.parenSpan);
      });
    }
  }
  // Only the quotes and mentions that can hold the offset: on a 1 MB article the full lists are thousands long.
  const quotes = model.quotes;
  for (let i = firstCandidate(quotes, positionIndex(model).quotes, (q) => q.node.span.start, offset); i < quotes.length; i++) {
    const quote = quotes[i]!.node;
    if (quote.span.start > offset) break;
    spans.push(quote.span, ...quote.parts);
    if (quote.attribution) spans.push(quote.attribution.span, { start: quote.span.start, end: quote.attribution.span.end });
  }
  const mentions = model.mentions;
  for (let i = firstCandidate(mentions, positionIndex(model).mentions, (m) => m.span.start, offset); i < mentions.length; i++) {
    const mention = mentions[i]!;
    if (mention.span.start > offset) break;
    spans.push(mention.span);
  }
  const word = wordAt(tree.text, offset);
  if (word) spans.push(word);
  // Innermost first; each must contain the next one.
  const chain = spans.filter((s) => contains(s, offset)).sort((a, b) => a.end - a.start - (b.end - b.start) || b.start - a.start);
  let result: SelectionRange | undefined;
  const kept: Span[] = [];
  for (const span of chain) {
    const last = kept.at(-1);
    if (last && (last.start === span.start && last.end === span.end)) continue;
    if (last && !(span.start <= last.start && last.end <= span.end)) continue;
    kept.push(span);
  }
  for (const span of kept.reverse()) result = { range: model.lines.rangeOf(span), ...(result ? { parent: result } : {}) };
  return result!;
}

/** Word characters by code point: an accent typed as a combining mark and an astral letter (𠮷) stay in their word. */
const WORD_CHAR = /^[\p{L}\p{M}\p{N}_-]/u;

function wordAt(text: string, offset: number): Span | undefined {
  let start = offset;
  let end = offset;
  while (start > 0) {
    const size = isLowSurrogate(text, start - 1) && start >= 2 ? 2 : 1;
    if (!WORD_CHAR.test(text.slice(start - size, start))) break;
    start -= size;
  }
  while (end < text.length) {
    const size = (text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
    if (!WORD_CHAR.test(text.slice(end, end + size))) break;
    end += size;
  }
  return end > start ? { start, end } : undefined;
}

function isLowSurrogate(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 0xdc00 && c <= 0xdfff;
}
