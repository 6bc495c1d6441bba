import { AliasMatcher } from './aliasMatcher';
import type { Entity } from './entity';
import { RecentList } from './recentList';

interface Slot {
  readonly entities: readonly Entity[];
  readonly matcher: AliasMatcher;
}

/**
 * Alias matchers by the entities in scope, so that an analysis reuses the trie
 * of ~1,600 names an earlier one built instead of rebuilding it (~20 ms) on
 * every keystroke. Registry and `uses` entities are the same objects from one
 * analysis to the next (the project caches their files); a document's own
 * definitions are new objects after every parse, so they are compared by ID,
 * name and aliases: only an edit that changes what the trie holds rebuilds it.
 * A few slots, most recent first, cover documents with different scopes (and
 * the smaller tries of a document's unused entities, see `ImplicitNames.namedIn`).
 */
export class AliasMatcherCache {
  private readonly slots: RecentList<Slot>;

  constructor(capacity = 8) {
    this.slots = new RecentList(capacity);
  }

  /** A matcher for these entities (in scope order), built or reused. */
  matcherFor(entities: readonly Entity[]): AliasMatcher {
    const slot = this.slots.find((s) => sameNames(s.entities, entities)) ?? this.slots.add({ entities, matcher: buildMatcher(entities) });
    return slot.matcher;
  }
}

export function buildMatcher(entities: readonly Entity[]): AliasMatcher {
  const matcher = new AliasMatcher();
  for (const entity of entities) {
    matcher.add(entity.name, entity.id);
    for (const alias of entity.aliases) matcher.add(alias, entity.id);
  }
  return matcher;
}

/** Whether two entity lists put the same names and aliases on the same IDs, in the same order. */
function sameNames(a: readonly Entity[], b: readonly Entity[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (x.id !== y.id || x.name !== y.name || x.aliases.length !== y.aliases.length) return false;
    for (let k = 0; k < x.aliases.length; k++) if (x.aliases[k] !== y.aliases[k]) return false;
  }
  return true;
}
