import type { DocumentAnalysis, Entity, LineIndex, Span } from '../core';
import { displayPath } from './inputs';
import { toCliFinding, type CliFinding } from './report';
import { TOOL_VERSION } from './version';

/** Bumped when a field changes meaning or disappears; new optional fields keep it. See docs/schemas/export.schema.json. */
export const EXPORT_SCHEMA_VERSION = 1;

/** A place in the document: 1-based line/column (UTF-16 columns, as editors count) and 0-based UTF-16 offsets. */
export interface ExportRange {
  readonly start: { readonly line: number; readonly column: number; readonly offset: number };
  readonly end: { readonly line: number; readonly column: number; readonly offset: number };
}

function rangeOf(lines: LineIndex, span: Span): ExportRange {
  const start = lines.positionAt(span.start);
  const end = lines.positionAt(span.end);
  return {
    start: { line: start.line + 1, column: start.character + 1, offset: span.start },
    end: { line: end.line + 1, column: end.character + 1, offset: span.end },
  };
}

/** Front matter values are YAML: keep what JSON can carry (dates become ISO strings). */
function jsonSafe(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value ?? null)) as unknown;
}

function entityJson(entity: Entity, origin: string, path: string, cwd: string) {
  return {
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    aliases: entity.aliases,
    properties: entity.properties,
    anonymous: entity.anonymous,
    origin,
    // Where it is defined: a range only for definitions in this document.
    definedIn: entity.path === path ? null : displayPath(entity.path, cwd),
  };
}

export interface ExportOptions {
  /** How the document is named in the output. */
  readonly displayPath: string;
  /** Paths of other files (registries) are shown relative to it. */
  readonly cwd: string;
}

/** The document model as plain JSON for other tools: stable, versioned, documented. */
export function exportModel(analysis: DocumentAnalysis, options: ExportOptions) {
  const { model } = analysis;
  const lines = model.lines;
  const text = model.tree.text;
  const localRange = new Map<Entity, ExportRange>();
  for (const entity of model.localEntities) localRange.set(entity, rangeOf(lines, entity.definition.span));
  const entities = [...model.scope.values()]
    .map(({ entity, origin }) => ({ ...entityJson(entity, origin, model.path, options.cwd), range: localRange.get(entity) ?? null }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const front = model.tree.frontMatter;
  return {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    tool: { name: 'articlemark', version: TOOL_VERSION },
    path: options.displayPath,
    lang: model.lang ?? null,
    isRegistry: model.isRegistry,
    frontMatter: front ? { ok: front.ok, data: jsonSafe(front.data), uses: front.uses.map((u) => u.path), range: rangeOf(lines, front.span) } : null,
    entities,
    mentions: model.mentions.map((mention) => ({
      form: mention.form,
      id: mention.id,
      resolved: mention.entity !== undefined,
      text: mention.textSpan ? text.slice(mention.textSpan.start, mention.textSpan.end) : null,
      range: rangeOf(lines, mention.span),
      ...(mention.ambiguous ? { ambiguous: mention.ambiguous } : {}),
    })),
    quotes: model.quotes.map((quote) => ({
      index: quote.node.index,
      text: quote.text,
      range: rangeOf(lines, quote.node.span),
      mark: quote.node.mark,
      nested: quote.nested,
      parent: quote.node.parent ?? null,
      closed: !quote.node.unclosed,
      attribution: quote.attribution ? { form: quote.attribution.form, ids: quote.attribution.ids.map((ref) => ref.id) } : null,
      speakers: quote.speakers.map((entity) => entity.id),
      notSpeech: quote.notSpeech,
    })),
    figures: model.figures.map((figure) => ({
      text: text.slice(figure.node.textSpan.start, figure.node.textSpan.end),
      range: rangeOf(lines, figure.node.span),
      value: figure.value
        ? { raw: figure.value.raw, value: figure.value.value, approximate: figure.value.approximate, bound: figure.value.bound ?? null, percent: figure.value.percent }
        : null,
      unit: figure.unit ?? null,
      sourceIds: figure.sourceIds.map((ref) => ref.id),
      sources: figure.sources.map((entity) => entity.id),
      sourceQuote: figure.sourceQuote ?? null,
      noSourceOnPurpose: figure.noSourceOnPurpose,
      properties: figure.properties,
    })),
    diagnostics: analysis.diagnostics.map((d) => toCliFinding(d, (p) => displayPath(p, options.cwd))) satisfies CliFinding[],
  };
}
