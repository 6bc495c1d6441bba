// Finds the people and organisations a plain text names: capitalised name sequences (capitalisedNames),
// institutional descriptions (orgDescriptions), names before their acronym (acronymNames) and the caller's known
// entities (knownEntities), then groups the mentions into entities (a surname alone joins the full name, a
// description the organisation it refers back to) and gives them IDs.
import { detectAcronymNames } from './acronymNames';
import { detectNames } from './capitalisedNames';
import { descriptionAntecedent } from './descriptionAntecedents';
import { assignIds } from './entityIds';
import { givenNameGender } from './givenNames';
import { detectKnown, knownKind } from './knownEntities';
import { NOT_NAME_WORDS, PERSON_TITLES } from './lexicon';
import { HONORIFICS } from './nameTitles';
import type { Detected } from './nameDetection';
import { DESCRIPTION_NAME, descriptionOnly, detectOrgDescriptions } from './orgDescriptions';
import type { EntityMention, FoundEntity, KnownEntity } from './types';
import { CONNECTORS, fold, isAcronym } from './words';

export interface NameIndex {
  readonly entities: FoundEntity[];
  readonly mentions: EntityMention[];
}

/**
 * Every person and organisation mention in `text` (outside `blocked`), grouped
 * into entities, known entities first (they keep their IDs).
 */
export function findEntities(text: string, known: readonly KnownEntity[], blocked: (at: number) => boolean): NameIndex {
  const knownHits = detectKnown(text, known, blocked);
  const detected = [...detectNames(text, blocked), ...detectOrgDescriptions(text, blocked), ...detectAcronymNames(text, blocked)];
  // Longest first, then earliest: overlapping detections keep the known one, else the longest.
  const all = [...knownHits, ...detected].sort((a, b) => (a.knownIndex === undefined ? 1 : 0) - (b.knownIndex === undefined ? 1 : 0) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Detected[] = [];
  // Characters already covered by a kept detection: one mark per character instead of a scan of all kept spans.
  const taken = new Uint8Array(text.length + 1);
  // Which kept detection covers each character (its index + 1), for what a known entity's mention learns below.
  const owner = knownHits.length > 0 ? new Int32Array(text.length + 1) : undefined;
  for (const d of all) {
    if (taken.subarray(d.start, d.end).includes(1)) {
      // A name the text detects where a known entity is mentioned ("le gardien X", "le quotidien Y") says what
      // the detection learnt of its holder: its roles and gender go to the known mention, which has none of its own.
      const over = owner ? kept[(owner.subarray(d.start, d.end).find((k) => k > 0) ?? 0) - 1] : undefined;
      if (over?.knownIndex !== undefined && d.knownIndex === undefined) {
        for (const r of d.roles) if (!over.roles.includes(r)) over.roles.push(r);
        over.gender ??= d.gender;
      }
      continue;
    }
    kept.push(d);
    taken.fill(1, d.start, d.end);
    owner?.fill(kept.length, d.start, d.end);
  }
  kept.sort((a, b) => a.start - b.start);
  // "la chaîne de télévision X", "le groupe djihadiste Y": a description right before a body's name is that name's
  // role, and one mention with it (a verb before the description has the name as its subject), no body of its own.
  // Before a person's name, it stays what it was.
  for (let n = kept.length - 2; n >= 0; n--) {
    const d = kept[n]!;
    const name = kept[n + 1]!;
    if (!d.describesNext || name.kind === 'person' || name.knownIndex !== undefined || !/^[ \u00a0]+$/u.test(text.slice(d.end, name.start))) continue;
    name.start = d.start;
    name.kind = 'org';
    for (const r of d.roles) if (!name.roles.includes(r)) name.roles.push(r);
    kept.splice(n, 1);
  }
  // A headline's rubric ("Vie associative : …", "Football : …") names no body, unless the text names it again; a
  // person there ("Anne X : « … »") keeps being one.
  const rubric = kept[0] && kept[0].kind !== 'person' && /^\s*$/u.test(text.slice(0, kept[0].start)) && /^[ \t\u00a0]*:\s/u.test(text.slice(kept[0].end, kept[0].end + 4))
    && !kept.slice(1).some((d) => d.key === kept[0]!.key);
  if (rubric) kept.shift();

  const entities: FoundEntity[] = known.map((k) => ({ id: k.id, kind: knownKind(k.kind), name: k.name, aliases: [...k.aliases], roles: new Set<string>(), known: true }));
  const byKey = new Map<string, number>();
  known.forEach((k, index) => {
    const words = k.name.split(/\s+/u);
    if (knownKind(k.kind) === 'person') byKey.set(`person:${fold(words[words.length - 1]!)}`, index);
    byKey.set(`${knownKind(k.kind) === 'person' ? 'person' : 'org'}:${fold(k.name)}`, index);
  });
  // Full names first, so that "M. Le Goff" before "Anne-Marie Le Goff" still joins one entity.
  const mentions: EntityMention[] = [];
  const orgFirstWord = new Map<string, number>();
  // A surname alone before the full name ("“…,” Quennell said. Ada Quennell has led …") is the same person.
  const fullNameKeys = new Set(kept.filter((d) => d.kind === 'person' && /\s/u.test(d.text)).map((d) => d.key));
  let previous: { d: Detected; index: number } | undefined;
  // The entities each surname names (a person's key is the surname).
  const surnameHolders = new Map<string, number[]>();
  const headlineEnd = text.indexOf('\n');
  const newEntity = (d: Detected): number => {
    entities.push({ id: '', kind: d.kind, name: d.text, aliases: [], roles: new Set(), known: false });
    byKey.set(`${d.kind === 'person' ? 'person' : 'org'}:${d.key}`, entities.length - 1);
    return entities.length - 1;
  };
  for (const d of kept) {
    if (d.kind === 'other' && d.knownIndex === undefined && fullNameKeys.has(d.key)) d.kind = 'person';
    let index: number | undefined = d.knownIndex;
    // "the national X of Y (NXY)": an acronym in brackets right after a name is that name's short form.
    if (index === undefined && previous && isAcronym(d.text) && /^\s*\(\s*$/u.test(text.slice(previous.d.end, d.start)) && /^\s*\)/u.test(text.slice(d.end, d.end + 3))
      && entities[previous.index]!.kind !== 'person' && !entities[previous.index]!.known) {
      index = previous.index;
      entities[index]!.kind = 'org';
      byKey.set(`org:${d.key}`, index);
    }
    if (index === undefined) index = descriptionAntecedent(text, d, mentions, entities);
    // Two people with one surname and other first names ("Ilse X", then "Ottmar X") are two entities; the surname alone
    // then goes to the last one named in full.
    // Not in the headline, whose capitals may be ordinary words ("Late X goal sends …").
    const headlineOnly = (form: string): boolean => headlineEnd > 0 && text.indexOf(form, headlineEnd) < 0;
    if (index === undefined && d.kind === 'person' && givenNames(d.text).length > 0 && d.start > headlineEnd) {
      const holders = surnameHolders.get(d.key) ?? [];
      const same = holders.find((h) => !entities[h]!.known && [entities[h]!.name, ...entities[h]!.aliases].every((form) => headlineOnly(form) || sameGivenNames(givenNames(form), givenNames(d.text))));
      if (same !== undefined) index = same;
      else if (holders.length > 0) index = newEntity(d);
      if (index !== undefined) byKey.set(`person:${d.key}`, index);
    }
    if (index === undefined && d.kind !== 'other') index = byKey.get(`${d.kind === 'person' ? 'person' : 'org'}:${d.key}`);
    // A lone capitalised word: a known person's surname, else an organisation or a place.
    if (index === undefined && d.kind === 'other') index = byKey.get(`person:${d.key}`) ?? byKey.get(`org:${d.key}`) ?? orgFirstWord.get(d.key);
    if (index === undefined) index = newEntity(d);
    if (entities[index]!.kind === 'person' || d.kind === 'person') {
      const holders = surnameHolders.get(d.key) ?? [];
      if (!holders.includes(index)) surnameHolders.set(d.key, [...holders, index]);
    }
    const entity = entities[index]!;
    for (const r of d.roles) entity.roles.add(r);
    if ((d.description || d.qualified) && !entity.known && entity.name !== d.text && d.knownIndex === undefined && entity.kind === 'org' && !descriptionOnly(entity.name)) {
      // The description became a mention of the named organisation: keep the name, not the description, as its name.
      mentions.push({ start: d.start, end: d.end, entity: index });
      continue;
    }
    if (d.gender && !entity.gender) entity.gender = d.gender;
    if (entity.kind === 'org' && !DESCRIPTION_NAME.test(d.text) && /\s/u.test(d.text)) {
      // "X" alone later names "X Labs".
      const first = fold(d.text.split(/\s+/u)[0]!);
      if (!CONNECTORS.has(first) && !NOT_NAME_WORDS.has(first)) orgFirstWord.set(first, index);
    }
    if (!entity.known) {
      // The longest form is the name; the others are aliases.
      // Of two forms as long, a person's in the body over the headline's ("Late X" in a title, "Y X" in the text once
      // its title word was dropped).
      const inHeadline = (form: string): boolean => headlineEnd > 0 && text.indexOf(form) >= 0 && text.indexOf(form) < headlineEnd;
      if (d.kind === entity.kind && (d.text.length > entity.name.length || (d.text.length === entity.name.length && d.text !== entity.name && inHeadline(entity.name) && d.start > headlineEnd && /\p{Ll}/u.test(d.text) && d.kind === 'person'))) {
        entity.aliases.push(entity.name);
        entity.name = d.text;
      } else if (d.text !== entity.name && !entity.aliases.includes(d.text)) entity.aliases.push(d.text);
      if (entity.kind === 'other' && d.kind !== 'other') entity.kind = d.kind;
    }
    mentions.push({ start: d.start, end: d.end, entity: index });
    previous = { d, index };
  }
  // A person no title, role or determiner gave a gender to takes the one their first name says.
  for (const entity of entities) {
    if (entity.kind !== 'person' || entity.gender) continue;
    const first = [entity.name, ...entity.aliases].map((form) => givenNames(form)[0]).find((given) => given !== undefined);
    const gender = first === undefined ? undefined : givenNameGender(first);
    if (gender) entity.gender = gender;
  }
  // A person first seen by surname alone, then in full: the surname entity has key person:surname already.
  assignIds(entities);
  return { entities, mentions };
}

/** The first names of a person's name as written: the words before the surname, without titles and particles. */
function givenNames(name: string): string[] {
  const words = name.split(/\s+/u).slice(0, -1).map((w) => fold(w.replace(/\.$/u, '')));
  return words.filter((w) => w !== '' && !CONNECTORS.has(w) && !HONORIFICS.has(w) && !PERSON_TITLES.has(w));
}

/**
 * Whether two sets of first names can be one person's: one empty, or a name in both, or its initials ("A-L" and
 * "Anne-Lise"), or the name misspelt by one letter ("Kerstyn" and "Kerstin").
 */
function sameGivenNames(a: readonly string[], b: readonly string[]): boolean {
  const initials = (w: string): boolean => /^\p{L}{1,2}$|^\p{L}-\p{L}$/u.test(w);
  return a.length === 0 || b.length === 0 || a.some((x) => b.some((y) => x.startsWith(y) || y.startsWith(x) || ((initials(x) || initials(y)) && x[0] === y[0]) || (x.length >= 4 && oneEditApart(x, y))));
}

/** Whether one letter changed, added or removed turns `a` into `b`. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const tail = (x: string, y: string): boolean => x.slice(i + 1) === y.slice(i + (x.length === y.length ? 1 : 0));
  return a.length >= b.length ? tail(a, b) : tail(b, a);
}
