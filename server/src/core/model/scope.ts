import type { Entity } from './entity';
import { RecentList } from './recentList';

/** An ID in a document's scope: the entity it resolves to and where that was defined. */
export interface ScopeEntry {
  readonly entity: Entity;
  readonly origin: 'document' | 'uses' | 'registry';
}

/**
 * What IDs resolve to outside the document: its `uses` files (nearest first)
 * over the project registries. The same for every keystroke in a document, and
 * a registry can hold thousands of entities: built once and shared (see
 * ScopeBaseCache), while each analysis adds only the document's own layer.
 */
export class ScopeBase {
  readonly entries = new Map<string, ScopeEntry>();

  constructor(
    readonly registryEntities: readonly Entity[],
    readonly usesEntities: readonly Entity[],
  ) {
    // The first registry definition of an ID wins; a `uses` file wins over registries, the nearest one first.
    for (const entity of registryEntities) if (!this.entries.has(entity.id)) this.entries.set(entity.id, { entity, origin: 'registry' });
    for (let i = usesEntities.length - 1; i >= 0; i--) this.entries.set(usesEntities[i]!.id, { entity: usesEntities[i]!, origin: 'uses' });
  }
}

/**
 * A document's scope: its own definitions (the first of each ID) over a shared
 * base. Iterates in the order one Map filled base-first would (as the scope
 * was before it was layered: completion, export and the alias trie see that
 * order): base IDs in their order, with the document's entity where it
 * shadows one, then IDs only the document defines.
 */
export class LayeredScope implements ReadonlyMap<string, ScopeEntry> {
  private readonly local = new Map<string, ScopeEntry>();
  /** IDs only the document defines, in the order a Map filled from the last definition back would hold them. */
  private readonly localOnly: string[] = [];

  constructor(
    private readonly base: ScopeBase,
    localEntities: readonly Entity[],
  ) {
    for (const entity of localEntities) if (!this.local.has(entity.id)) this.local.set(entity.id, { entity, origin: 'document' });
    const seen = new Set<string>();
    for (let i = localEntities.length - 1; i >= 0; i--) {
      const id = localEntities[i]!.id;
      if (seen.has(id) || base.entries.has(id)) continue;
      seen.add(id);
      this.localOnly.push(id);
    }
  }

  get size(): number {
    return this.base.entries.size + this.localOnly.length;
  }

  get(id: string): ScopeEntry | undefined {
    return this.local.get(id) ?? this.base.entries.get(id);
  }

  has(id: string): boolean {
    return this.local.has(id) || this.base.entries.has(id);
  }

  *entries(): MapIterator<[string, ScopeEntry]> {
    for (const [id, entry] of this.base.entries) yield [id, this.local.get(id) ?? entry];
    for (const id of this.localOnly) yield [id, this.local.get(id)!];
  }

  *keys(): MapIterator<string> {
    for (const [id] of this.entries()) yield id;
  }

  *values(): MapIterator<ScopeEntry> {
    for (const [, entry] of this.entries()) yield entry;
  }

  [Symbol.iterator](): MapIterator<[string, ScopeEntry]> {
    return this.entries();
  }

  forEach(callback: (value: ScopeEntry, key: string, map: ReadonlyMap<string, ScopeEntry>) => void, thisArg?: unknown): void {
    for (const [id, entry] of this.entries()) callback.call(thisArg, entry, id, this);
  }
}

/**
 * The last few scope bases, by the entity lists they were built from. The
 * project hands every analysis fresh arrays of the same (cached) entity
 * objects, so lists are compared element by element, by identity.
 */
export class ScopeBaseCache {
  private readonly bases: RecentList<ScopeBase>;

  constructor(capacity = 8) {
    this.bases = new RecentList(capacity);
  }

  baseFor(registryEntities: readonly Entity[], usesEntities: readonly Entity[]): ScopeBase {
    return (
      this.bases.find((base) => sameList(base.registryEntities, registryEntities) && sameList(base.usesEntities, usesEntities)) ??
      this.bases.add(new ScopeBase(registryEntities, usesEntities))
    );
  }
}

function sameList(a: readonly Entity[], b: readonly Entity[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
