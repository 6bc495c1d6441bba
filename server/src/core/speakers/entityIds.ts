// IDs for the entities a text names: a person's last name, an organisation's name, unique in the text.
import { isEntityKind } from '../text/chars';
import { COMPLEMENTED } from './orgDescriptions';
import type { FoundEntity } from './types';
import { PERSON_TITLES } from './lexicon';
import { CONNECTORS, fold, slug } from './words';

/** IDs from names: a person's last name when it is unique, else the whole name. */
export function assignIds(entities: FoundEntity[]): void {
  const used = new Set(entities.filter((e) => e.known).map((e) => e.id));
  // Surnames two people share: each gets the whole name ("ilse-x", "ottmar-x"), not "x" and "x-2".
  const surnames = new Map<string, number>();
  const surnameOf = (e: FoundEntity): string => slug(e.name.split(/\s+/u).pop()!);
  for (const e of entities) if (!e.known && e.kind === 'person') surnames.set(surnameOf(e), (surnames.get(surnameOf(e)) ?? 0) + 1);
  for (const e of entities) {
    if (e.known) continue;
    const parts = e.name.split(/\s+/u);
    const lastTwo = slug(parts.slice(-2).join(' '));
    // A body named by a noun and its complement gets its ID without the article ("ministere-russe-de-la-x").
    const idName = e.kind !== 'person' && COMPLEMENTED.test(e.name) ? e.name.replace(/^(?:(?:le|la|les|the)\s+|l['’]\s*)/iu, '') : e.name;
    let base = e.kind === 'person' && parts.filter((w) => !CONNECTORS.has(w)).length > 1 ? slug(parts[parts.length - 1]!) : slug(idName);
    // A surname with its particle (le, van, al …): both words.
    if (e.kind === 'person' && /^(?:le|la|de|van|von|al|el|di|da|du)-/.test(lastTwo)) base = lastTwo;
    if (e.kind === 'person' && (surnames.get(surnameOf(e)) ?? 0) > 1) base = slug(withoutTitles(parts).join(' '));
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

/** A person's name without the titles before it ("Dr. T. X" gives "T. X"). */
function withoutTitles(parts: readonly string[]): readonly string[] {
  let k = 0;
  while (k < parts.length - 1 && PERSON_TITLES.has(fold(parts[k]!.replace(/\.$/u, '')))) k++;
  return parts.slice(k);
}
