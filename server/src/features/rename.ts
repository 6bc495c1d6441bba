import { ResponseError, ErrorCodes, type Position, type Range, type TextEdit, type WorkspaceEdit } from '../protocol';
import { invalidIdMessage, isValidId, type DocumentModel } from '../core';
import type { OpenAnalysis } from '../workspace/articleWorkspace';
import type { RequestToken } from './cancellation';
import { entityAt } from './locate';
import { asWritten, mentionsIn, refersTo, targetAt, workspaceModels, type FileIdentity, type Target } from './references';

/**
 * Where the rename writes, the new ID must not already name another entity:
 * the renamed mentions would then mean that entity (or, in one file, the first
 * of two definitions would win), silently changing what other text refers to.
 */
function refuseTakenId(model: DocumentModel, newName: string, target: Target, fileId: FileIdentity): void {
  const taken = model.scope.get(newName)?.entity;
  if (!taken || refersTo(target, newName, taken, fileId)) return;
  const fileName = (path: string): string => path.split('/').pop() ?? path;
  const where = taken.path === model.path ? `in ${fileName(model.path)}` : `(defined in ${fileName(taken.path)}) for ${fileName(model.path)}`;
  throw new ResponseError(ErrorCodes.InvalidParams, `"${newName}" already names ${taken.name} ${where}: renaming @${target.id} to it would make the two one. Choose another ID.`);
}

/** An ID can be renamed where it is written: a mention's ID or a definition's ID (not an implicit alias). */
export function prepareRename(model: DocumentModel, position: Position): { range: Range; placeholder: string } | null {
  const found = entityAt(model, model.lines.offsetAt(position));
  if (!found || found.mention?.form === 'implicit' || !found.entity) return null;
  return { range: model.lines.rangeOf(found.span), placeholder: found.id };
}

export async function rename(
  model: DocumentModel,
  position: Position,
  newName: string,
  uris: readonly string[],
  analysis: (uri: string) => OpenAnalysis | undefined,
  token: RequestToken,
  fileId: FileIdentity = asWritten,
): Promise<WorkspaceEdit | null> {
  if (!prepareRename(model, position)) return null;
  if (!isValidId(newName)) throw new ResponseError(ErrorCodes.InvalidParams, invalidIdMessage(newName));
  const target = targetAt(model, model.lines.offsetAt(position), fileId)!;
  const changes: Record<string, TextEdit[]> = {};
  const add = (uri: string, range: Range): void => {
    (changes[uri] ??= []).push({ range, newText: newName });
  };
  for await (const other of workspaceModels(uris, analysis, token)) {
    const otherModel = other.analysis.model;
    const before = changes[other.uri]?.length ?? 0;
    for (const mention of mentionsIn(otherModel, target, false, fileId)) add(other.uri, otherModel.lines.rangeOf(mention.span));
    if (fileId(other.path) === target.definedIn) {
      for (const entity of otherModel.localEntities) if (entity.id === target.id) add(other.uri, otherModel.lines.rangeOf(entity.definition.idSpan));
    }
    if ((changes[other.uri]?.length ?? 0) > before) refuseTakenId(otherModel, newName, target, fileId);
  }
  return { changes };
}
