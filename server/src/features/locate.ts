import type { DocumentModel, Entity, FigureInfo, Mention, QuoteInfo, Span } from '../core';

export const contains = (span: Span, offset: number): boolean => span.start <= offset && offset <= span.end;

/** The mention whose ID (or words) the offset touches; IDs win over the words of an enclosing bracket. */
export function mentionAt(model: DocumentModel, offset: number): Mention | undefined {
  let best: Mention | undefined;
  for (const mention of model.mentions) {
    if (mention.span.start > offset + 1 && (!mention.textSpan || mention.textSpan.start > offset)) {
      // Mentions are sorted by ID position; a bracket's words come before its ID, so keep looking a little.
      if (mention.span.start > offset + 2000) break;
      continue;
    }
    if (contains(mention.span, offset)) return mention;
    if (mention.textSpan && contains(mention.textSpan, offset)) best = mention;
  }
  return best;
}

/** The entity whose definition header (kind, ID or name) holds the offset. */
export function definitionAt(model: DocumentModel, offset: number): Entity | undefined {
  return model.localEntities.find((entity) => contains(entity.definition.headerSpan, offset));
}

/** The innermost quote holding the offset. */
export function quoteAt(model: DocumentModel, offset: number): QuoteInfo | undefined {
  let found: QuoteInfo | undefined;
  for (const quote of model.quotes) {
    if (quote.node.span.start > offset) break;
    if (contains(quote.node.span, offset) || (quote.node.attribution && contains(quote.node.attribution.span, offset))) found = quote;
  }
  return found;
}

export function figureAt(model: DocumentModel, offset: number): FigureInfo | undefined {
  return model.figures.find((figure) => contains(figure.node.span, offset));
}

/** The entity an offset designates: a mention's or a definition's. */
export function entityAt(model: DocumentModel, offset: number): { entity?: Entity; id: string; span: Span; mention?: Mention } | undefined {
  const mention = mentionAt(model, offset);
  if (mention) return { ...(mention.entity ? { entity: mention.entity } : {}), id: mention.id, span: mention.span, mention };
  const defined = definitionAt(model, offset);
  if (defined) return { entity: model.scope.get(defined.id)?.entity ?? defined, id: defined.id, span: defined.definition.idSpan };
  return undefined;
}
