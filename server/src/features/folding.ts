import { FoldingRangeKind, type FoldingRange } from '../protocol';
import type { DocumentModel, Span } from '../core';
import { sectionSpans } from './sections';

/** Front matter, definition blocks, sections, block quotes and long comments. */
export function foldingRanges(model: DocumentModel): FoldingRange[] {
  const { lines, tree } = model;
  const ranges: FoldingRange[] = [];
  const add = (span: Span, kind?: FoldingRangeKind): void => {
    const start = lines.positionAt(span.start).line;
    // A span ending right after a line break ends on the line before.
    const endOffset = span.end > span.start && /[\r\n]/.test(tree.text[span.end - 1] ?? '') ? span.end - 1 : span.end;
    const end = lines.positionAt(endOffset).line;
    if (end > start) ranges.push({ startLine: start, endLine: end, ...(kind ? { kind } : {}) });
  };
  if (tree.frontMatter) add(tree.frontMatter.span, FoldingRangeKind.Imports);
  // The line break before the next heading is trimmed with the blank lines.
  const sections = sectionSpans(tree.blocks.filter((b) => b.type === 'heading'), tree.text);
  let heading = 0;
  for (const block of tree.blocks) {
    if (block.type === 'definition' || block.type === 'block-quote') add(block.span);
    if (block.type === 'heading') add(sections[heading++]!);
  }
  for (const comment of tree.comments) add(comment.span, FoldingRangeKind.Comment);
  return ranges;
}
