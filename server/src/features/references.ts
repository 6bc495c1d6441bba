import type { CancellationToken, Location, Position } from '../protocol';
import type { DocumentModel, Entity, Mention, Span } from '../core';
import type { OpenAnalysis } from '../workspace/articleWorkspace';
import { throwIfCancelled, yieldToEventLoop } from './cancellation';
import type { EntityLocator } from './entityLocator';
import { entityAt } from './locate';

export interface Target {
  readonly id: string;
  /** The defining file, so that a same-named ID in an unrelated project is not counted. */
  readonly definedIn?: string;
}

export function targetAt(model: DocumentModel, offset: number): Target | undefined {
  const found = entityAt(model, offset);
  if (!found) return undefined;
  return { id: found.id, ...(found.entity ? { definedIn: found.entity.path } : {}) };
}

export const refersTo = (target: Target, id: string, entity: Entity | undefined): boolean =>
  id === target.id && (target.definedIn === undefined ? entity === undefined : entity?.path === target.definedIn);

/** Mentions of the target in one document (implicit ones included when asked). */
export function mentionsIn(model: DocumentModel, target: Target, implicit: boolean): Mention[] {
  return (implicit ? model.mentions : model.explicitMentions).filter((m) => refersTo(target, m.id, m.entity));
}

export function referenceSpan(mention: Mention): Span {
  return mention.form === 'implicit' && mention.textSpan ? mention.textSpan : mention.span;
}

/** Every file that might mention the target (one URI per file: see ArticleWorkspace), read through the project's cached analyses; checks for cancellation between files. */
export async function* workspaceModels(uris: readonly string[], analysis: (uri: string) => OpenAnalysis | undefined, token: CancellationToken): AsyncIterable<OpenAnalysis> {
  let sinceYield = 0;
  for (const uri of uris) {
    if (++sinceYield >= 20) {
      sinceYield = 0;
      await yieldToEventLoop();
    }
    throwIfCancelled(token);
    const found = analysis(uri);
    if (found) yield found;
  }
}

export async function references(
  model: DocumentModel,
  position: Position,
  includeDeclaration: boolean,
  uris: readonly string[],
  analysis: (uri: string) => OpenAnalysis | undefined,
  locate: EntityLocator,
  token: CancellationToken,
): Promise<Location[]> {
  const target = targetAt(model, model.lines.offsetAt(position));
  if (!target) return [];
  const locations: Location[] = [];
  for await (const other of workspaceModels(uris, analysis, token)) {
    const otherModel = other.analysis.model;
    for (const mention of mentionsIn(otherModel, target, true)) locations.push({ uri: other.uri, range: otherModel.lines.rangeOf(referenceSpan(mention)) });
  }
  if (includeDeclaration) {
    const entity = model.scope.get(target.id)?.entity;
    const declared = entity && entity.path === target.definedIn ? locate(entity) : undefined;
    if (declared) locations.unshift(declared);
  }
  return locations;
}
