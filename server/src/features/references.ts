import type { Location, Position } from '../protocol';
import type { DocumentModel, Entity, Mention, Span } from '../core';
import type { OpenAnalysis } from '../workspace/articleWorkspace';
import { throwIfCancelled, yieldToEventLoop, type RequestToken } from './cancellation';
import type { EntityLocator } from './entityLocator';
import { entityAt } from './locate';

/**
 * What a file is, whatever path reached it (the server resolves symlinks: a
 * registry linked into one project is the file another project reaches by its
 * real path). Within one document, paths are compared as they are.
 */
export type FileIdentity = (path: string) => string;

/** Paths compared as written (one document, or a caller that resolves no symlinks). */
export const asWritten: FileIdentity = (path) => path;

export interface Target {
  readonly id: string;
  /** The defining file's identity, so that a same-named ID in an unrelated project is not counted. */
  readonly definedIn?: string;
}

export function targetAt(model: DocumentModel, offset: number, fileId: FileIdentity = asWritten): Target | undefined {
  const found = entityAt(model, offset);
  if (!found) return undefined;
  return { id: found.id, ...(found.entity ? { definedIn: fileId(found.entity.path) } : {}) };
}

/** Whether `entity` (a mention's, by `id`) is the target's: same ID, defined in the same file (or both undefined). */
export const refersTo = (target: Target, id: string, entity: Entity | undefined, fileId: FileIdentity = asWritten): boolean =>
  id === target.id && (target.definedIn === undefined ? entity === undefined : entity !== undefined && fileId(entity.path) === target.definedIn);

/** Mentions of the target in one document (implicit ones included when asked). */
export function mentionsIn(model: DocumentModel, target: Target, implicit: boolean, fileId: FileIdentity = asWritten): Mention[] {
  return (implicit ? model.mentions : model.explicitMentions).filter((m) => refersTo(target, m.id, m.entity, fileId));
}

export function referenceSpan(mention: Mention): Span {
  return mention.form === 'implicit' && mention.textSpan ? mention.textSpan : mention.span;
}

/** Every file that might mention the target (one URI per file: see ArticleWorkspace), read through the project's cached analyses; checks for cancellation between files. */
export async function* workspaceModels(uris: readonly string[], analysis: (uri: string) => OpenAnalysis | undefined, token: RequestToken): AsyncIterable<OpenAnalysis> {
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
  token: RequestToken,
  fileId: FileIdentity = asWritten,
): Promise<Location[]> {
  const target = targetAt(model, model.lines.offsetAt(position), fileId);
  if (!target) return [];
  const locations: Location[] = [];
  for await (const other of workspaceModels(uris, analysis, token)) {
    const otherModel = other.analysis.model;
    for (const mention of mentionsIn(otherModel, target, true, fileId)) locations.push({ uri: other.uri, range: otherModel.lines.rangeOf(referenceSpan(mention)) });
  }
  if (includeDeclaration) {
    const entity = model.scope.get(target.id)?.entity;
    const declared = entity && fileId(entity.path) === target.definedIn ? locate(entity) : undefined;
    if (declared) locations.unshift(declared);
  }
  return locations;
}
