import type { Location, Position } from '../protocol';
import type { DocumentModel } from '../core';
import type { EntityLocator } from './entityLocator';
import { entityAt } from './locate';

export function definition(model: DocumentModel, position: Position, locate: EntityLocator): Location | null {
  const found = entityAt(model, model.lines.offsetAt(position));
  return found?.entity ? (locate(found.entity) ?? null) : null;
}
