import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Entity } from '../../server/src/core';
import { LayeredScope, ScopeBase, ScopeBaseCache, type ScopeEntry } from '../../server/src/core/model/scope';

const entity = (id: string, path: string): Entity => ({ id, path, name: `${id} of ${path}` }) as unknown as Entity;

/** The scope as one Map filled registry first, then `uses` from the farthest, then the document from its last definition: what LayeredScope stands for. */
function plainScope(registry: readonly Entity[], uses: readonly Entity[], local: readonly Entity[]): Map<string, ScopeEntry> {
  const scope = new Map<string, ScopeEntry>();
  for (const e of registry) if (!scope.has(e.id)) scope.set(e.id, { entity: e, origin: 'registry' });
  for (const e of [...uses].reverse()) scope.set(e.id, { entity: e, origin: 'uses' });
  for (const e of [...local].reverse()) scope.set(e.id, { entity: e, origin: 'document' });
  return scope;
}

test('a layered scope answers and iterates like one Map filled layer by layer', () => {
  const ids = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 8 });
  fc.assert(
    fc.property(ids, ids, ids, (r, u, l) => {
      const registry = r.map((id, i) => entity(id, `/r${i}`));
      const uses = u.map((id, i) => entity(id, `/u${i}`));
      const local = l.map((id, i) => entity(id, `/l${i}`));
      const expected = plainScope(registry, uses, local);
      const scope = new LayeredScope(new ScopeBase(registry, uses), local);
      assert.deepEqual([...scope], [...expected]);
      assert.deepEqual([...scope.keys()], [...expected.keys()]);
      assert.deepEqual([...scope.values()], [...expected.values()]);
      assert.equal(scope.size, expected.size);
      for (const id of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) {
        assert.deepEqual(scope.get(id), expected.get(id));
        assert.equal(scope.has(id), expected.has(id));
      }
      const seen: string[] = [];
      scope.forEach((_, id) => seen.push(id));
      assert.deepEqual(seen, [...expected.keys()]);
    }),
    { numRuns: 2000 },
  );
});

test('scope bases are shared while the entity lists hold the same objects', () => {
  const cache = new ScopeBaseCache();
  const registry = [entity('a', '/r'), entity('b', '/r')];
  const uses = [entity('c', '/u')];
  const base = cache.baseFor(registry, uses);
  assert.equal(cache.baseFor([...registry], [...uses]), base, 'fresh arrays of the same entities');
  assert.notEqual(cache.baseFor([registry[0]!, entity('b', '/r')], uses), base, 'a re-read registry file makes new entities');
});
