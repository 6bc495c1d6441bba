import { SemanticTokensBuilder, type Range, type SemanticTokens, type SemanticTokensDelta, type SemanticTokensEdit, type SemanticTokensLegend } from '../protocol';
import { ENTITY_KINDS, exemptHeadingQuote, type DocumentModel, type EntityKind, type Span } from '../core';

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
 * value or mark. With `range`, only the tokens inside it (what an editor asks
 * for the visible part of a large file).
 */
export function semanticTokens(model: DocumentModel, checkHeadingQuotes: boolean, range?: Range): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  pushTokens(model, checkHeadingQuotes, builder, range);
  return builder.build();
}

/**
 * Each open document's last answer, so that the next request can be answered
 * with the change from it (`full/delta`): after a keystroke in a 1 MB article
 * that is a few numbers instead of ~100 KB of them. Result IDs are a counter
 * of our own (the library builder's are clock milliseconds, which two quick
 * answers can share).
 */
export class SemanticTokensHistory {
  private readonly last = new Map<string, { readonly resultId: string; readonly data: readonly number[] }>();
  private answers = 0;

  full(uri: string, model: DocumentModel, checkHeadingQuotes: boolean): SemanticTokens {
    return this.remember(uri, semanticTokens(model, checkHeadingQuotes).data);
  }

  /** The edit from the answer `previousResultId` names, or the whole list when that answer is not the last one. */
  delta(uri: string, model: DocumentModel, checkHeadingQuotes: boolean, previousResultId: string): SemanticTokens | SemanticTokensDelta {
    const before = this.last.get(uri);
    const answer = this.remember(uri, semanticTokens(model, checkHeadingQuotes).data);
    if (!before || before.resultId !== previousResultId) return answer;
    return { resultId: answer.resultId, edits: tokenEdits(before.data, answer.data) };
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }

  /** How many documents' answers are kept. */
  get size(): number {
    return this.last.size;
  }

  private remember(uri: string, data: number[]): SemanticTokens {
    const resultId = String(++this.answers);
    this.last.set(uri, { resultId, data });
    return { resultId, data };
  }
}

/** One edit from `before` to `after`: what lies between their common start and common end (none when equal). */
export function tokenEdits(before: readonly number[], after: readonly number[]): SemanticTokensEdit[] {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before[start] === after[start]) start++;
  if (start === before.length && start === after.length) return [];
  let end = 0;
  while (end < shorter - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return [{ start, deleteCount: before.length - start - end, data: after.slice(start, after.length - end) }];
}

function pushTokens(model: DocumentModel, checkHeadingQuotes: boolean, builder: SemanticTokensBuilder, range: Range | undefined): void {
  const from = range ? model.lines.offsetAt(range.start) : 0;
  const to = range ? model.lines.offsetAt(range.end) : Infinity;
  const tokens: Token[] = [];
  const add = (span: Span, type: TokenType, modifiers: readonly Modifier[]): void => {
    if (span.start >= from && span.end <= to) tokens.push({ span, type, modifiers });
  };
  const kind = (k: EntityKind | undefined): Modifier[] => (k ? [k] : ['unresolved']);
  // Implicit mentions get no token: the explicit list spares matching every name in the text on each request.
  for (const mention of model.explicitMentions) add(mention.span, mention.form === 'attribution' ? 'parameter' : 'variable', kind(mention.entity?.kind));
  for (const entity of model.localEntities) {
    add(entity.definition.kindSpan, 'keyword', []);
    add(entity.definition.idSpan, 'variable', ['declaration', entity.kind]);
  }
  for (const figure of model.figures) {
    const value = figure.node.attributes?.valueSpan;
    if (value) add(value, 'number', []);
  }
  for (const quote of model.quotes) {
    // A heading's '…' words are not reported as unattributed, so they are not coloured as such either.
    if (quote.nested || quote.attribution || quote.notSpeech || quote.node.mark === '>' || exemptHeadingQuote(quote.node, checkHeadingQuotes)) continue;
    add(quote.node.open, 'string', ['unattributed']);
    if (quote.node.close) add(quote.node.close, 'string', ['unattributed']);
  }
  tokens.sort((a, b) => a.span.start - b.span.start);
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
}
