// IDs for the entities a text names: a person's last name, an organisation's name, unique in the text.
import { isEntityKind } from '../text/chars';
import { COMPLEMENTED } from './orgDescriptions';
import type { FoundEntity } from './types';
import { CONNECTORS, slug } from './words';

/** IDs from names: a person's last name when it is unique, else the whole name. */
export function assignIds(entities: FoundEntity[]): void {
  const used = new Set(entities.filter((e) => e.known).map((e) => e.id));
  for (const e of entities) {
    if (e.known) continue;
    const parts = e.name.split(/\s+/u);
    const lastTwo = slug(parts.slice(-2).join(' '));
    // A body named by a noun and its complement gets its ID without the article ("ministere-russe-de-la-x").
    const idName = e.kind !== 'person' && COMPLEMENTED.test(e.name) ? e.name.replace(/^(?:(?:le|la|les|the)\s+|l['’]\s*)/iu, '') : e.name;
    let base = e.kind === 'person' && parts.filter((w) => !CONNECTORS.has(w)).length > 1 ? slug(parts[parts.length - 1]!) : slug(idName);
    // A surname with its particle (le, van, al …): both words.
    if (e.kind === 'person' && /^(?:le|la|de|van|von|al|el|di|da|du)-/.test(lastTwo)) base = lastTwo;
    // A kind word is not a valid ID.
    if (isEntityKind(base)) base = `${base}-1`;
    e.id = uniqueId(base, used);
  }
}

/** `base`, or `base-2`, `base-3` … when taken; recorded in `used`. */
export function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
