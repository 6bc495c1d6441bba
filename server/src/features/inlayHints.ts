import type { InlayHint, Range } from '../protocol';
import type { DocumentModel } from '../core';

/** The speaker's name after each attribution ID, so `@le-drian` reads as who it is. */
export function inlayHints(model: DocumentModel, range: Range): InlayHint[] {
  const start = model.lines.offsetAt(range.start);
  const end = model.lines.offsetAt(range.end);
  const hints: InlayHint[] = [];
  // Explicit mentions only: asking for all of them would match every name in the text on each request.
  for (const mention of model.explicitMentions) {
    if (mention.form !== 'attribution' || !mention.entity) continue;
    if (mention.span.end < start || mention.span.start > end) continue;
    hints.push({ position: model.lines.positionAt(mention.span.end), label: mention.entity.name, paddingLeft: true, tooltip: `${mention.entity.kind} @${mention.entity.id}` });
  }
  return hints;
}
