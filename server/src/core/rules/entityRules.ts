import type { Entity } from '../model/entity';
import { dirname, relativePath } from '../project/paths';
import { isEntityKind } from '../text/chars';
import type { Span } from '../text/lineIndex';
import type { RuleContext } from './context';
import type { Finding } from './finding';
import { NearIdIndex } from './nearIds';

export function entityFindings(context: RuleContext, out: Finding[]): void {
  const { model } = context;
  // One search per distinct unknown ID: a long article repeats its typos (the scope's IDs are listed and indexed only when needed).
  let index: NearIdIndex | undefined;
  const near = new Map<string, string[]>();
  // Indexed loops here and below: a rule runs once per analysis, often before it is optimised, and an unoptimised for…of allocates a result object per step.
  const explicit = model.explicitMentions;
  for (let m = 0; m < explicit.length; m++) {
    const mention = explicit[m]!;
    if (mention.entity) continue;
    const indent = indentedDefinition(model.tree.text, mention.span.start, mention.id);
    if (indent) {
      out.push({
        code: 'unknown-entity',
        span: mention.span,
        message: `\`@${mention.id} id: Name\` defines an entity only at the start of a line: remove the spaces before it.`,
        data: { id: mention.id, candidates: [] },
        fixes: [{ title: 'Remove the indentation', edits: [{ span: indent, newText: '' }], preferred: true }],
      });
      continue;
    }
    let candidates = near.get(mention.id);
    if (!candidates) {
      index ??= nearIdIndex(context, [...model.scope.keys()]);
      near.set(mention.id, (candidates = index.near(mention.id)));
    }
    out.push({
      code: 'unknown-entity',
      span: mention.span,
      message: candidates[0] === mention.id.normalize('NFC') && candidates[0] !== mention.id
        ? `No entity "${mention.id}" is defined for this article: its accent is written as a separate character (decomposed Unicode); "${candidates[0]}", with the composed letter, is.`
        : `No entity "${mention.id}" is defined for this article${candidates.length > 0 ? `: did you mean ${candidates.map((c) => `"${c}"`).join(' or ')}?` : '.'}`,
      data: { id: mention.id, candidates },
      fixes: candidates.slice(0, 3).map((candidate, i) => ({ title: `Change to @${candidate}`, edits: [{ span: mention.span, newText: candidate }], preferred: i === 0 && candidates.length === 1 })),
    });
  }

  // Looked up only for the document's own definitions: most articles define none, and registries are large.
  const registryById = new Map<string, Entity>();
  const usesById = new Map<string, Entity>();
  if (model.localEntities.length > 0) {
    for (const e of context.registryEntities) if (e.path !== model.path && !registryById.has(e.id)) registryById.set(e.id, e);
    for (const e of context.usesEntities) if (!usesById.has(e.id)) usesById.set(e.id, e);
  }
  const first = new Map<string, Entity>();
  for (let e = 0; e < model.localEntities.length; e++) {
    const entity = model.localEntities[e]!;
    const earlier = first.get(entity.id);
    if (earlier) {
      out.push({
        code: 'duplicate-entity',
        span: entity.definition.idSpan,
        message: `"${entity.id}" is already defined in this ${model.isRegistry ? 'registry' : 'article'}; IDs are unique.`,
        data: { id: entity.id },
        related: [{ path: model.path, span: earlier.definition.idSpan, message: 'First definition.' }],
      });
      continue;
    }
    first.set(entity.id, entity);
    const other = registryById.get(entity.id);
    if (other && context.registryMember) {
      out.push({
        code: 'duplicate-entity',
        span: entity.definition.idSpan,
        message: `"${entity.id}" is also defined in another registry of this project; registries share one scope.`,
        data: { id: entity.id, path: other.path },
        related: [{ path: other.path, span: other.definition.idSpan, message: 'Other definition.' }],
      });
    } else {
      // The scope keeps only the winning (local) definition: the shadowed one is looked up where it came from.
      const shadowed = other ?? usesById.get(entity.id);
      if (shadowed) {
        out.push({
          code: 'shadowed-entity',
          span: entity.definition.idSpan,
          // Relative to the article, as `uses` paths are: the message (and SARIF fingerprints made from it) must not depend on where the project lives.
          message: `"${entity.id}" is also defined in ${relativePath(dirname(model.path), shadowed.path)}; this article's definition wins here.`,
          data: { id: entity.id, path: shadowed.path },
          related: [{ path: shadowed.path, span: shadowed.definition.idSpan, message: 'Registry definition.' }],
        });
      }
    }
    if (entity.anonymous && !entity.properties['reason']) {
      out.push({
        code: 'anonymous-source-without-reason',
        span: entity.definition.idSpan,
        message: `"${entity.name}" is an anonymous source: say why anonymity was granted with a \`reason:\` line.`,
        data: { id: entity.id, insertAt: entity.definition.span.end },
      });
    }
  }

  if (!model.isRegistry) {
    // Names in the running text count too (words that name several entities count for each); the text is searched only for what is left.
    const unmarked = new Set(first.keys());
    for (let m = 0; m < explicit.length; m++) unmarked.delete(explicit[m]!.id);
    const named = model.namedInText(unmarked);
    for (const entity of first.values()) {
      if (!unmarked.has(entity.id) || named.has(entity.id)) continue;
      out.push({
        code: 'unused-entity',
        span: entity.definition.idSpan,
        message: `"${entity.id}" (${entity.name}) is defined but never mentioned or quoted.`,
        data: { id: entity.id },
        unnecessary: true,
      });
    }
  }
}

/**
 * `  @person id: Name`: a definition written with spaces or tabs before it,
 * which makes it prose with a bare mention of the kind word. The indentation,
 * when the mention whose ID starts at `idStart` is such a line's kind word.
 */
function indentedDefinition(text: string, idStart: number, id: string): Span | undefined {
  if (!isEntityKind(id)) return undefined;
  // The mention's span is its ID; the line starts before its `@`.
  const at = text.charCodeAt(idStart - 1) === 64 ? idStart - 1 : idStart;
  let start = at;
  while (start > 0 && (text.charCodeAt(start - 1) === 32 || text.charCodeAt(start - 1) === 9)) start--;
  if (start === at || (start > 0 && text.charCodeAt(start - 1) !== 10 && text.charCodeAt(start - 1) !== 13)) return undefined;
  return /^[ \t]+[^\s:]+[ \t]*:/.test(text.slice(at + 1 + id.length, at + 200)) ? { start, end: at } : undefined;
}

/** The project's index of these IDs, kept while they stay the same, or one for this analysis alone. */
function nearIdIndex(context: RuleContext, ids: readonly string[]): NearIdIndex {
  return context.nearIds ? context.nearIds.indexFor(ids) : new NearIdIndex(ids);
}
