import { DocumentHighlightKind, type DocumentHighlight, type Position } from '../protocol';
import type { DocumentModel } from '../core';
import { mentionsIn, referenceSpan, targetAt } from './references';

export function highlights(model: DocumentModel, position: Position): DocumentHighlight[] {
  const target = targetAt(model, model.lines.offsetAt(position));
  if (!target) return [];
  const found: DocumentHighlight[] = mentionsIn(model, target, true).map((m) => ({ range: model.lines.rangeOf(referenceSpan(m)), kind: DocumentHighlightKind.Read }));
  for (const entity of model.localEntities) {
    if (entity.id === target.id && entity.path === target.definedIn) found.unshift({ range: model.lines.rangeOf(entity.definition.idSpan), kind: DocumentHighlightKind.Write });
  }
  return found;
}
