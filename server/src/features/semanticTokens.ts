import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver';
import { ENTITY_KINDS, type DocumentModel, type EntityKind, type Span } from '../core';

/** Standard token types so every theme colours them; the entity kind travels as a modifier. */
const TYPES = ['variable', 'parameter', 'number', 'string', 'keyword'] as const;
const MODIFIERS = ['declaration', 'unattributed', 'unresolved', ...ENTITY_KINDS] as const;
type TokenType = (typeof TYPES)[number];
type Modifier = (typeof MODIFIERS)[number];

export const SEMANTIC_LEGEND: SemanticTokensLegend = { tokenTypes: [...TYPES], tokenModifiers: [...MODIFIERS] };

interface Token {
  readonly span: Span;
  readonly type: TokenType;
  readonly modifiers: readonly Modifier[];
}

/**
 * Entity IDs (by kind), speakers (attribution IDs), figures' values and the
 * marks of unattributed quotes. Tokens never overlap: each is a single ID,
 * value or mark.
 */
export function semanticTokens(model: DocumentModel): SemanticTokens {
  const tokens: Token[] = [];
  const kind = (k: EntityKind | undefined): Modifier[] => (k ? [k] : ['unresolved']);
  // Implicit mentions get no token: the explicit list spares matching every name in the text on each request.
  for (const mention of model.explicitMentions) {
    tokens.push({ span: mention.span, type: mention.form === 'attribution' ? 'parameter' : 'variable', modifiers: kind(mention.entity?.kind) });
  }
  for (const entity of model.localEntities) {
    tokens.push({ span: entity.definition.kindSpan, type: 'keyword', modifiers: [] });
    tokens.push({ span: entity.definition.idSpan, type: 'variable', modifiers: ['declaration', entity.kind] });
  }
  for (const figure of model.figures) {
    const value = figure.node.attributes?.valueSpan;
    if (value) tokens.push({ span: value, type: 'number', modifiers: [] });
  }
  for (const quote of model.quotes) {
    if (quote.nested || quote.attribution || quote.notSpeech || quote.node.mark === '>') continue;
    tokens.push({ span: quote.node.open, type: 'string', modifiers: ['unattributed'] });
    if (quote.node.close) tokens.push({ span: quote.node.close, type: 'string', modifiers: ['unattributed'] });
  }
  tokens.sort((a, b) => a.span.start - b.span.start);
  const builder = new SemanticTokensBuilder();
  let lastEnd = -1;
  for (const token of tokens) {
    if (token.span.start < lastEnd || token.span.end <= token.span.start) continue;
    const start = model.lines.positionAt(token.span.start);
    const end = model.lines.positionAt(token.span.end);
    if (end.line !== start.line) continue;
    lastEnd = token.span.end;
    const bits = token.modifiers.reduce((acc, m) => acc | (1 << MODIFIERS.indexOf(m)), 0);
    builder.push(start.line, start.character, end.character - start.character, TYPES.indexOf(token.type), bits);
  }
  return builder.build();
}
