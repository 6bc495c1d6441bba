import type { DocumentModel, Entity, FigureInfo, Mention, QuoteInfo, Span } from '../core';
import { firstCandidate, positionIndex } from './positionIndex';

export const contains = (span: Span, offset: number): boolean => span.start <= offset && offset <= span.end;

/** The mention whose ID (or words) the offset touches; IDs win over the words of an enclosing bracket. */
export function mentionAt(model: DocumentModel, offset: number): Mention | undefined {
  let best: Mention | undefined;
  const mentions = model.mentions;
  for (let i = firstCandidate(mentions, positionIndex(model).mentions, (m) => m.span.start, offset); i < mentions.length; i++) {
    const mention = mentions[i]!;
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
  const quotes = model.quotes;
  for (let i = firstCandidate(quotes, positionIndex(model).quotes, (q) => q.node.span.start, offset); i < quotes.length; i++) {
    const quote = quotes[i]!;
    if (quote.node.span.start > offset) break;
    if (contains(quote.node.span, offset) || (quote.node.attribution && contains(quote.node.attribution.span, offset))) found = quote;
  }
  return found;
}

export function figureAt(model: DocumentModel, offset: number): FigureInfo | undefined {
  const figures = model.figures;
  const spans = positionIndex(model).figures;
  for (let i = firstCandidate(figures, spans, (f) => f.node.span.start, offset); i < figures.length; i++) {
    const figure = figures[i]!;
    if (spans.sorted && figure.node.span.start > offset) break;
    if (contains(figure.node.span, offset)) return figure;
  }
  return undefined;
}

/** The entity an offset designates: a mention's or a definition's. */
export function entityAt(model: DocumentModel, offset: number): { entity?: Entity; id: string; span: Span; mention?: Mention } | undefined {
  const mention = mentionAt(model, offset);
  if (mention) return { ...(mention.entity ? { entity: mention.entity } : {}), id: mention.id, span: mention.span, mention };
  const defined = definitionAt(model, offset);
  if (defined) return { entity: model.scope.get(defined.id)?.entity ?? defined, id: defined.id, span: defined.definition.idSpan };
  return undefined;
}
