import { ResponseError, ErrorCodes, type Position, type Range, type TextEdit, type WorkspaceEdit } from '../protocol';
import { invalidIdMessage, isValidId, type DocumentModel } from '../core';
import type { OpenAnalysis } from '../workspace/articleWorkspace';
import type { RequestToken } from './cancellation';
import { entityAt } from './locate';
import { asWritten, mentionsIn, targetAt, workspaceModels, type FileIdentity } from './references';

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
    for (const mention of mentionsIn(otherModel, target, false, fileId)) add(other.uri, otherModel.lines.rangeOf(mention.span));
    if (fileId(other.path) === target.definedIn) {
      for (const entity of otherModel.localEntities) if (entity.id === target.id) add(other.uri, otherModel.lines.rangeOf(entity.definition.idSpan));
    }
  }
  return { changes };
}
