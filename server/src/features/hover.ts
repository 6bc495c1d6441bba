import { MarkupKind, type Hover, type Position } from '../protocol';
import type { DocumentModel, Entity, FigureInfo, QuoteInfo, Span } from '../core';
import { entityAt, figureAt, quoteAt } from './locate';
import type { EntityLocator } from './entityLocator';
import { escapeMarkdown as md } from './markdown';
import { positionIndex } from './positionIndex';
import { namedIds, quoteSpeakerIds, type NamedId } from './namedIds';
import { referenceSpan } from './references';

/** Entity card, quote speakers or figure details for the thing under the cursor. */
export function hover(model: DocumentModel, position: Position, locate: EntityLocator): Hover | null {
  const offset = model.lines.offsetAt(position);
  const found = entityAt(model, offset);
  if (found) {
    const span = found.mention ? referenceSpan(found.mention) : found.span;
    const value = found.entity ? entityCard(model, found.entity, locate) : `Unknown entity \`@${found.id}\``;
    return result(model, value, found.mention?.form === 'bracket' && found.mention.textSpan && offset < found.mention.span.start ? found.mention.textSpan : span);
  }
  const figure = figureAt(model, offset);
  if (figure) return result(model, figureCard(figure), figure.node.span);
  const quote = quoteAt(model, offset);
  if (quote) return result(model, quoteCard(quote), quote.node.span);
  return null;
}

function result(model: DocumentModel, value: string, span: Span): Hover {
  // Markup is never trusted: no command links, the client must not enable them.
  return { contents: { kind: MarkupKind.Markdown, value }, range: model.lines.rangeOf(span) };
}

export function entityCard(model: DocumentModel, entity: Entity, locate: EntityLocator): string {
  const lines = [`**${md(entity.name)}** — ${md(entity.kind)} \`@${entity.id}\``];
  if (entity.properties['role']) lines.push(`Role: ${md(entity.properties['role'])}`);
  if (entity.aliases.length > 0) lines.push(`Also: ${entity.aliases.map(md).join('; ')}`);
  for (const [key, value] of Object.entries(entity.properties)) {
    if (key === 'role') continue;
    if (key === 'wikidata' && /^Q\d+$/.test(value)) lines.push(`Wikidata: [${value}](https://www.wikidata.org/wiki/${value})`);
    else lines.push(`${md(key)}: ${md(value)}`);
  }
  const where = entity.path === model.path ? 'this document' : md(entity.path.split('/').slice(-2).join('/'));
  const line = locate(entity)?.range.start.line;
  lines.push(`Defined in ${where}${line === undefined ? '' : `, line ${line + 1}`}`);
  const quotes = positionIndex(model).quotesBySpeaker.get(entity.id) ?? 0;
  lines.push(`${quotes} quote${quotes === 1 ? '' : 's'} in this document`);
  return lines.join('\n\n');
}

function quoteCard(quote: QuoteInfo): string {
  if (quote.notSpeech) return 'Not speech (`@-`)';
  // In the order written, an ID that resolves nowhere included: "Unattributed" would hide the typo.
  const speakers = quoteSpeakerIds(quote);
  if (speakers.length === 0) return quote.nested ? 'Nested quote' : 'Unattributed quote';
  return `Said by ${speakers.map((s) => card(s, true)).join(', ')}`;
}

/** An entity by name (in bold for a speaker) and ID, or an ID that resolves nowhere. */
function card({ id, entity }: NamedId, bold = false): string {
  const name = bold ? `**${md(entity?.name ?? '')}**` : md(entity?.name ?? '');
  return entity ? `${name} (\`@${entity.id}\`)` : `\`@${id}\` (not defined)`;
}

/**
 * A figure's value as its `#` token writes it, without `_` and the leading
 * marks: exact, where the number it reads as may print rounded or with an
 * exponent (`1e+23`, `1e-7`).
 */
function writtenValue(raw: string): string {
  const digits = raw.replace(/^#~?[<>]?\+?/, '').replace(/%$/, '').replace(/_/g, '');
  // Leading zeros say nothing: `#007` is 7, `#-0.5` stays -0.5.
  return digits.replace(/^(-?)0+(?=\d)/, '$1');
}

function figureCard(figure: FigureInfo): string {
  const lines: string[] = [];
  const value = figure.value;
  if (value) {
    const qualifier = [value.approximate ? 'approximately' : '', value.bound === 'less' ? 'less than' : value.bound === 'more' ? 'more than' : ''].filter(Boolean).join(', ');
    lines.push(`**Figure** ${md(writtenValue(value.raw))}${value.percent ? ' %' : ''}${qualifier ? ` (${qualifier})` : ''}`);
  } else {
    lines.push('**Figure** without a readable value');
  }
  if (figure.unit) lines.push(`Unit: ${md(figure.unit)}`);
  if (figure.noSourceOnPurpose) lines.push('No source needed (`@-`)');
  else if (figure.sourceIds.length > 0) {
    // In the order written, an ID that resolves nowhere included: "No source" would hide the typo.
    lines.push(`Source: ${namedIds(figure.sourceIds, figure.sources).map((s) => card(s)).join(', ')}`);
  } else if (figure.sources.length > 0) lines.push(`Source: ${figure.sources.map((entity) => card({ id: entity.id, entity })).join(', ')} — the speaker of the quote`);
  else lines.push('No source');
  for (const [key, v] of Object.entries(figure.properties)) if (key !== 'unit') lines.push(`${md(key)}: ${md(v)}`);
  return lines.join('\n\n');
}
