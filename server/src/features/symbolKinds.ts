import { SymbolKind } from '../protocol';
import type { EntityKind } from '../core';

export const ENTITY_SYMBOL: Record<EntityKind, SymbolKind> = {
  person: SymbolKind.Object,
  org: SymbolKind.Class,
  place: SymbolKind.Namespace,
  source: SymbolKind.Interface,
  work: SymbolKind.File,
  event: SymbolKind.Event,
  other: SymbolKind.Variable,
};
