// Finds the people and organisations a plain text names: capitalised name
// sequences (with titles and particles), acronyms, institutional descriptions
// ("le gouvernement malien", "the police") and the caller's known entities,
// then groups the mentions into entities (a surname alone joins the full name).
import { isEntityKind } from '../text/chars';
import { detectNames } from './capitalisedNames';
import { isSpeechVerb, NOT_NAME_WORDS, ORG_NOUNS, PERSON_TITLES, ROLE_NOUNS } from './lexicon';
import type { Detected } from './nameDetection';
import { ADJECTIVE_STOP, DESCRIPTION_ADJECTIVE } from './orgNameTail';
import type { EntityMention, FoundEntity, KnownEntity, SpeakerKind } from './types';
import { CONNECTORS, fold, isAcronym, isCap, lower, slug, tokenize } from './words';

/** Kinds of organisation a bare description refers back to; "the government", "la police" name themselves. */
const ANAPHORIC_ORG_NOUNS = new Set([
  'entreprise', 'société', 'groupe', 'compagnie', 'agence', 'organisation', 'association', 'syndicat', 'parti', 'quotidien', 'journal',
  'hebdomadaire', 'magazine', 'chaîne', 'fédération', 'université', 'institut', 'fondation', 'club', 'équipe', 'constructeur',
  'opérateur', 'ong', 'institution', 'company', 'firm', 'group', 'agency', 'organisation', 'organization', 'association', 'union',
  'party', 'newspaper', 'paper', 'magazine', 'network', 'federation', 'university', 'institute', 'foundation', 'club', 'team',
  'ngo', 'charity', 'bank', 'banque', 'airline', 'carrier', 'regulator', 'watchdog', 'broadcaster', 'channel', 'publisher',
  'retailer', 'manufacturer', 'startup', 'institution', 'laboratoire', 'lab', 'studio', 'revue', 'cabinet', 'label',
  'juridiction', 'organisme', 'collectif', 'mouvement', 'établissement', 'géant', 'assureur', 'body', 'giant', 'carmaker', 'automaker', 'insurer',
  'lender', 'operator', 'utility', 'outlet',
]);
const DESCRIPTION_NAME = /^(?:le|la|les|l['’]|the)\s*\p{Ll}/iu;
/** A body named by a common noun and its complement ("le ministère russe de la X", "la mairie de X"): a name, not a bare description. */
const COMPLEMENTED = /^(?:le|la|les|l['’]|the)\s*\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2}\s+(?:de|du|des|d['’]|of)(?:\s|(?<=['’]))/iu;
/** Whether an organisation's name is only a description (a determiner, a noun, adjectives), which later descriptions do not refer back to. */
const descriptionOnly = (name: string): boolean => DESCRIPTION_NAME.test(name) && !COMPLEMENTED.test(name);

/** The last named organisation before description `d` (within a few paragraphs), one with its noun among its roles first. */
function antecedentOrg(d: Detected, mentions: readonly EntityMention[], entities: readonly FoundEntity[]): number | undefined {
  // Else the organisation the text has named most (the story's protagonist), the most recent on a tie.
  const counts = new Map<number, number>();
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (d.start - m.end > 3000) break;
    const e = entities[m.entity]!;
    if (e.kind !== 'org' || DESCRIPTION_NAME.test(e.name)) continue;
    // Its noun among its roles, or in its name ("l'agence" for "Agence régionale de X").
    if (e.roles.has(d.roles[0]!) || fold(e.name).split(/[\s'’-]+/u).includes(fold(d.roles[0]!))) return m.entity;
    counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  }
  let best: number | undefined;
  // A generic noun ("l'entreprise", "the group") refers to whichever organisation the text is about; a specific one
  // ("le club", "le syndicat", "the newspaper") only to the one organisation named before: with several, none of that
  // kind, it is a body of its own.
  if (GENERIC_ORG_NOUNS.has(d.roles[0]!) || counts.size === 1) for (const [entity, n] of counts) if (best === undefined || n > counts.get(best)!) best = entity;
  if (best !== undefined || !JURISDICTION_NOUNS.has(d.roles[0]!)) return best;
  // "la juridiction" with no named court: the court the text described just before ("Le tribunal administratif").
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (d.start - m.end > 1000) break;
    const e = entities[m.entity]!;
    if (e.kind === 'org' && [...e.roles].some((r) => COURT_NOUNS.has(r))) return m.entity;
  }
  return undefined;
}
/** Nouns for any kind of organisation: they may refer back to one named without that word. */
const GENERIC_ORG_NOUNS = new Set(['entreprise', 'société', 'groupe', 'compagnie', 'organisation', 'organisme', 'institution', 'établissement', 'géant',
  'company', 'firm', 'group', 'organisation', 'organization', 'institution', 'body', 'giant', 'ong', 'ngo', 'operator', 'opérateur', 'constructeur',
  'manufacturer', 'carmaker', 'automaker', 'retailer', 'lender', 'insurer', 'assureur', 'airline', 'carrier', 'bank', 'banque', 'utility', 'startup']);
/** Nouns for any court, and the courts they refer back to. */
const JURISDICTION_NOUNS = new Set(['juridiction', 'court']);
const COURT_NOUNS = new Set(['tribunal', 'cour', 'court', 'parquet', 'conseil']);

/**
 * The organisation a description with adjectives refers back to ("le constructeur européen"): one described with
 * its noun or an adjective before, else the only organisation named in the lines before; none when several were.
 */
function qualifiedAntecedent(d: Detected, mentions: readonly EntityMention[], entities: readonly FoundEntity[]): number | undefined {
  const words = fold(d.text).split(/[\s'’]+/u).slice(1).filter((w) => w.length >= 3);
  const seen = new Set<number>();
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (d.start - m.end > 1000) break;
    const e = entities[m.entity]!;
    if (e.kind !== 'org' || DESCRIPTION_NAME.test(e.name)) continue;
    if ([...e.roles].some((r) => words.includes(fold(r)))) return m.entity;
    seen.add(m.entity);
  }
  return seen.size === 1 ? [...seen][0] : undefined;
}

/** Institutions a bare description names by itself, unless an organisation named with the same word came before. */
const NAMED_ORG_NOUNS = new Set([
  'ministère', 'ministry', 'department', 'tribunal', 'court', 'cour', 'conseil', 'council', 'commission', 'comité', 'committee',
  'parquet', 'préfecture', 'mairie', 'agency', 'office', 'bureau', 'army', 'armée', 'board', 'authority', 'autorité', 'senate', 'sénat',
]);

/** The last organisation before `d` (within a few paragraphs) whose name holds the description's noun. */
function namedAntecedent(d: Detected, mentions: readonly EntityMention[], entities: readonly FoundEntity[]): number | undefined {
  const noun = fold(d.roles[0]!);
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (d.start - m.end > 3000) break;
    const e = entities[m.entity]!;
    if (e.kind === 'org' && !descriptionOnly(e.name) && fold(e.name).split(/[\s'’-]+/u).includes(noun)) return m.entity;
  }
  return undefined;
}

const ORG_DESCRIPTION = /\b(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’]|[Tt]he)\s*([\p{Ll}][\p{L}-]+)((?:\s+(?:(?:de la|de l['’]|du|des|de|of the|of)\s*\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)*|[\p{Ll}][\p{L}-]+))*)/gu;

/** "le ministère russe de la Culture", "les autorités locales", "the government". */
/** English "police" / "authorities" without an article, as a subject or after "according to": the institution speaks. */
const BARE_INSTITUTION = /(?<=\b[Aa]ccording to |[,;]\s|\b(?:and|but|while|as)\s)(police|authorities|prosecutors)\b|\b(police|authorities|prosecutors)(?=\s+(?:said|say|says|told|added|stated|believe|believed|confirmed|warned|reported)\b)/gu;

function detectOrgDescriptions(text: string, blocked: (at: number) => boolean): Detected[] {
  const found: Detected[] = [];
  BARE_INSTITUTION.lastIndex = 0;
  for (let m = BARE_INSTITUTION.exec(text); m; m = BARE_INSTITUTION.exec(text)) {
    if (blocked(m.index)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'org', key: m[0], roles: [m[0]] });
  }
  ORG_DESCRIPTION.lastIndex = 0;
  for (let m = ORG_DESCRIPTION.exec(text); m; m = ORG_DESCRIPTION.exec(text)) {
    const noun = m[1]!;
    if (!ORG_NOUNS.has(noun) || blocked(m.index)) continue;
    if (['report', 'statement', 'communiqué', 'rapport', 'lettre', 'website', 'site'].includes(noun)) continue;
    // "le syndicat X", "the company X": the name that follows is the entity, the noun its role.
    if (/^ \p{Lu}/u.test(text.slice(m.index + m[0].length - (m[2] ?? '').length, m.index + m[0].length - (m[2] ?? '').length + 2))) continue;
    let tail = '';
    // A complement's name may have several capitalised words, and a lowercase word before its own complement
    // ("la direction du Parc naturel de X").
    const PART = /^\s+(?:(?:de la|de l['’]|du|des|de|of the|of)\s*\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)*(?:\s[\p{Ll}][\p{L}-]+\s(?:de la|de l['’]|du|des|de)\s*\p{Lu}[\p{L}-]+)?|[\p{Ll}][\p{L}-]+)/u;
    let rest = m[2] ?? '';
    for (let part = PART.exec(rest); part; part = PART.exec(rest)) {
      const w = part[0].trim();
      const adjectives = tail.split(/\s+/u).filter((x) => /^\p{Ll}/u.test(x)).length;
      // An adjective of nationality or kind right before the body's capitalised complement belongs to its name
      // ("le ministère russe de la X", "l'office belge des Y"), whatever its ending.
      const beforeComplement = /^\s+(?:de la|de l['’]|du|des|de|of the|of)\s*\p{Lu}/u.test(rest.slice(part[0].length)) && /^\p{Ll}[\p{Ll}-]{2,}$/u.test(w) && !NOT_NAME_WORDS.has(w) && adjectives === 0;
      if (/^\p{Ll}/u.test(w) && !/\s/u.test(w) && (ADJECTIVE_STOP.test(w) || adjectives >= 2 || isSpeechVerb(w) || ROLE_NOUNS.has(w) || (!DESCRIPTION_ADJECTIVE.test(w) && !beforeComplement))) break;
      tail += part[0];
      rest = rest.slice(part[0].length);
    }
    // Keep "de la Culture"-style complements only whole.
    tail = tail.replace(/\s+(?:de la|de l['’]|du|des|de|of the|of)\s*$/u, '');
    const start = m.index;
    let end = m.index + m[0].length - (m[2] ?? '').length + tail.length;
    // A lowercase noun complement names the body ("la préfecture de police", "la direction des routes", after its
    // adjectives too: "la direction générale de l'alimentation"): no infinitive or stop word.
    const lowerComplement = tail === '' || /^(?:\s+\p{Ll}[\p{L}-]*)+$/u.test(tail) ? /^\s+(?:de la\s+|de l['’]\s*|de\s+|du\s+|des\s+)([\p{Ll}][\p{L}-]{2,})(?=[\s,.;:!?)]|$)/u.exec(text.slice(end, end + 40)) : null;
    const complement = lowerComplement && !ADJECTIVE_STOP.test(lowerComplement[1]!) && !isSpeechVerb(lowerComplement[1]!) && !/(?:er|ir)$/u.test(lowerComplement[1]!) && !NOT_NAME_WORDS.has(lowerComplement[1]!);
    if (complement) {
      end += lowerComplement![0].length;
      // The complement's own lowercase complement ("l'inspection générale du ministère de l'agriculture").
      const further = /^\s+(?:de la\s+|de l['’]\s*|de\s+|du\s+|des\s+)([\p{Ll}][\p{L}-]{2,})(?=[\s,.;:!?)]|$)/u.exec(text.slice(end, end + 40));
      if (further && ORG_NOUNS.has(lowerComplement![1]!) && !ADJECTIVE_STOP.test(further[1]!) && !isSpeechVerb(further[1]!) && !/(?:er|ir)$/u.test(further[1]!) && !NOT_NAME_WORDS.has(further[1]!)) end += further[0].length;
    }
    const phrase = text.slice(start, end);
    found.push({ start, end, text: phrase, kind: 'org', key: fold(phrase.replace(/^(?:le|la|les|l['’]|the)\s*/iu, '')), roles: [noun], description: tail === '' && !complement, qualified: !complement && tail !== '' && /^(?:\s+\p{Ll}[\p{L}-]*)+$/u.test(tail) });
  }
  return found;
}

/** Words an acronym skips: articles, prepositions and conjunctions inside a name ("direction générale de l'alimentation"). */
const ACRONYM_SKIPS = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'of', 'the', 'and', 'et', 'for', 'pour', 'en', 'à', 'au', 'aux', 'on', 'in']);

/** Whether `letters` spells the initials of `words` in order, each word giving its first letter or a few more ("DGXA": direction générale X alimentation). */
function spells(letters: string, words: readonly string[]): boolean {
  if (words.length === 0) return letters.length === 0;
  const w = words[0]!;
  for (let k = 1; k <= Math.min(3, w.length, letters.length); k++) {
    if (w.slice(0, k) !== letters.slice(0, k)) break;
    if (spells(letters.slice(k), words.slice(1))) return true;
  }
  return false;
}

/**
 * A name whose acronym follows in brackets ("le groupe X nouveau (XN)", "la direction générale de
 * l'alimentation (DGXA)"): the acronym's letters say where the name starts, lowercase words included. The
 * shortest run of words before the bracket, in the same clause, whose initials spell it; its first word
 * capitalised or an organisation noun (then with its article).
 */
function detectAcronymNames(text: string, blocked: (at: number) => boolean): Detected[] {
  const found: Detected[] = [];
  const ACRONYM = /\(\s*(\p{Lu}{2,6})\s*\)/gu;
  for (let m = ACRONYM.exec(text); m; m = ACRONYM.exec(text)) {
    if (blocked(m.index)) continue;
    const letters = fold(m[1]!);
    const clause = text.slice(Math.max(0, m.index - 160), m.index);
    const cut = Math.max(...[...'.,;:!?«»"“”()\n'].map((c) => clause.lastIndexOf(c)));
    const base = m.index - clause.length + cut + 1;
    const tokens = tokenize(text, base, m.index);
    const content = tokens.filter((tk) => !ACRONYM_SKIPS.has(lower(tk.text)));
    for (let n = 1; n <= Math.min(8, content.length); n++) {
      const run = content.slice(-n);
      if (!spells(letters, run.map((tk) => fold(tk.text)))) continue;
      const first = run[0]!;
      const head = lower(first.text);
      if (!isCap(first.text) && !ORG_NOUNS.has(head)) break;
      if (isCap(first.text) && n === 1) break;
      if (PERSON_TITLES.has(head) || ROLE_NOUNS.has(head)) break;
      let start = first.start;
      // A lowercase organisation noun keeps its article ("la direction générale …"), as descriptions do.
      const article = /(?:^|[\s(])((?:[Ll]es|[Ll]e|[Ll]a|[Tt]he)\s+|[Ll]['’])$/u.exec(text.slice(base, start));
      if (!isCap(first.text) && article) start -= article[1]!.length;
      const end = run[run.length - 1]!.end;
      const phrase = text.slice(start, end);
      if (/\s{2,}/u.test(phrase)) break;
      found.push({ start, end, text: phrase, kind: 'org', key: fold(phrase.replace(/^(?:le|la|les|l['’]|the)\s*/iu, '')), roles: isCap(first.text) ? [] : [head] });
      break;
    }
  }
  return found;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function knownKind(kind: string): SpeakerKind {
  return kind === 'person' || kind === 'org' || kind === 'source' ? kind : 'other';
}

/** Occurrences of the known entities' names and aliases, whole words, first letter in either case. */
function detectKnown(text: string, known: readonly KnownEntity[], blocked: (at: number) => boolean): Detected[] {
  const found: Detected[] = [];
  known.forEach((entity, index) => {
    for (const span of entity.spans ?? []) {
      found.push({ start: span.start, end: span.end, text: text.slice(span.start, span.end), kind: knownKind(entity.kind), key: `#${index}`, roles: [], knownIndex: index });
    }
    for (const form of [entity.name, ...entity.aliases]) {
      if (form.length < 2) continue;
      const body = escapeRegExp(form.slice(1));
      const first = escapeRegExp(form[0]!);
      const re = new RegExp(`(?<![\\p{L}\\p{M}\\d])(?:${first.toLowerCase()}|${first.toUpperCase()})${body}(?![\\p{L}\\p{M}\\d])`, 'gu');
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (blocked(m.index)) continue;
        found.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: knownKind(entity.kind), key: `#${index}`, roles: [], knownIndex: index });
      }
    }
  });
  return found;
}

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
  for (const d of all) {
    if (taken.subarray(d.start, d.end).includes(1)) continue;
    kept.push(d);
    taken.fill(1, d.start, d.end);
  }
  kept.sort((a, b) => a.start - b.start);

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
    // "the company", "l'ONG": a bare description of a kind of organisation points back to the last one named.
    // With adjectives too ("le constructeur européen", "l'entreprise publique"), when an organisation was named before.
    // Not when a name follows in apposition ("Le syndicat majoritaire, le X, réclame"): the description introduces it.
    const introduces = /^(?:\s*,\s*|\s)(?:(?:[Ll]e|[Ll]a|[Ll]es|[Tt]he)\s+|[Ll]['’])?\p{Lu}/u.test(text.slice(d.end, d.end + 8));
    if (index === undefined && d.description && !introduces && ANAPHORIC_ORG_NOUNS.has(d.roles[0]!)) index = antecedentOrg(d, mentions, entities);
    if (index === undefined && d.qualified && !introduces && ANAPHORIC_ORG_NOUNS.has(d.roles[0]!)) index = qualifiedAntecedent(d, mentions, entities);
    // "the ministry", "le tribunal": the one named with that word before ("the Ministry of Interior"), else it names itself.
    if (index === undefined && d.description && NAMED_ORG_NOUNS.has(d.roles[0]!)) index = namedAntecedent(d, mentions, entities);
    if (index === undefined && d.kind !== 'other') index = byKey.get(`${d.kind === 'person' ? 'person' : 'org'}:${d.key}`);
    // A lone capitalised word: a known person's surname, else an organisation or a place.
    if (index === undefined && d.kind === 'other') index = byKey.get(`person:${d.key}`) ?? byKey.get(`org:${d.key}`) ?? orgFirstWord.get(d.key);
    if (index === undefined) {
      index = entities.length;
      entities.push({ id: '', kind: d.kind, name: d.text, aliases: [], roles: new Set(), known: false });
      byKey.set(`${d.kind === 'person' ? 'person' : 'org'}:${d.key}`, index);
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
      const headlineEnd = text.indexOf('\n');
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
  // A person first seen by surname alone, then in full: the surname entity has key person:surname already.
  assignIds(entities);
  return { entities, mentions };
}

/** IDs from names: a person's last name when it is unique, else the whole name. */
function assignIds(entities: FoundEntity[]): void {
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
