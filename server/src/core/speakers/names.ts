// Finds the people and organisations a plain text names: capitalised name
// sequences (with titles and particles), acronyms, institutional descriptions
// ("le gouvernement malien", "the police") and the caller's known entities,
// then groups the mentions into entities (a surname alone joins the full name).
import { isRoleWord, isSpeechVerb, NOT_NAME_WORDS, ORG_HEADS, ORG_NOUNS, PERSON_TITLES, ROLE_NOUNS } from './lexicon';
import { isEntityKind } from '../text/chars';
import { firstFrom } from './spans';
import type { EntityMention, FoundEntity, KnownEntity, SpeakerKind } from './types';
import { CONNECTORS, fold, isAcronym, isCap, lower, slug, tokenize, type Token } from './words';

const HONORIFICS = new Set(['m', 'mme', 'mlle', 'mr', 'mrs', 'ms', 'dr', 'pr', 'sir', 'monsieur', 'madame', 'miss']);
const FEMALE_TITLES = new Set([
  'mme', 'mlle', 'mrs', 'ms', 'miss', 'madame', 'lady', 'dame', 'présidente', 'directrice', 'spokeswoman', 'reine', 'queen', 'princess',
  'princesse', 'ambassadrice', 'chancelière', 'sénatrice', 'députée', 'fondatrice', 'navigatrice', 'sœur', 'soeur', 'avocate', 'chercheuse',
  'dirigeante', 'patronne', 'actrice', 'chanteuse', 'joueuse', 'candidate', 'élue', 'experte', 'autrice', 'habitante', 'épouse', 'mère',
  'fille', 'infirmière', 'militante', 'réalisatrice', 'chairwoman', 'actress', 'businesswoman', 'congresswoman', 'wife', 'mother',
  'daughter', 'sister', 'widow', 'veuve', 'grand-mère', 'grandmother', 'girl', 'woman', 'femme', 'policière', 'directora', 'conseillère',
  'cheffe', 'préfète', 'procureure', 'enquêtrice', 'inspectrice', 'adjointe', 'vice-présidente', 'enseignante', 'étudiante', 'chirurgienne',
  'agricultrice', 'éleveuse', 'ouvrière', 'salariée', 'employée', 'commerçante', 'gérante', 'opposante', 'rivale', 'déléguée',
  'représentante', 'manifestante', 'survivante', 'rescapée', 'historienne', 'consultante', 'musicienne', 'comédienne', 'romancière',
  'créatrice', 'coureuse', 'nageuse', 'championne', 'négociatrice', 'médiatrice', 'envoyée', 'eurodéputée', 'retraitée', 'voisine',
  'spectatrice', 'réfugiée', 'migrante', 'détenue', 'plaignante', 'policewoman', 'councilwoman', 'headmistress', 'nun', 'lycéenne',
  'institutrice', 'entrepreneuse', 'gardienne', 'attaquante', 'correspondante', 'chancelière', 'princesse', 'trésorière', 'substitute',
]);
const MALE_TITLES = new Set([
  'm', 'mr', 'monsieur', 'sir', 'lord', 'spokesman', 'roi', 'king', 'prince', 'père', 'father', 'directeur', 'sénateur', 'ambassadeur',
  'fondateur', 'navigateur', 'chercheur', 'acteur', 'chanteur', 'joueur', 'réalisateur', 'chairman', 'businessman', 'congressman',
  'husband', 'brother', 'frère', 'mari', 'époux', 'fils', 'widower', 'veuf', 'grand-père', 'grandfather', 'boy', 'man', 'homme', 'conseiller',
  'policeman', 'councilman', 'headmaster', 'monk', 'son', 'préfet', 'procureur', 'enquêteur', 'inspecteur', 'étudiant', 'enseignant',
  'policier', 'chancelier', 'trésorier', 'substitut', 'prêtre', 'curé', 'évêque', 'archevêque', 'rabbin', 'imam', 'abbé', 'sheikh', 'cheikh', 'emir', 'émir', 'sultan',
]);
/** French determiners that say the gender of an epicene role noun ("la ministre", "le porte-parole"). */
const FEMININE_DETERMINERS = new Set(['la', 'une', 'cette']);
const MASCULINE_DETERMINERS = new Set(['le', 'un', 'ce', 'cet']);

/** The gender a title or role word says ("Mme", "spokesman"), if any. */
function titleGender(word: string): 'f' | 'm' | undefined {
  return FEMALE_TITLES.has(word) ? 'f' : MALE_TITLES.has(word) ? 'm' : undefined;
}

/** A surname with a lowercase particle joined by a hyphen ("al-…", "el-…", "bin-…"): a name word though lowercase. */
const HYPHENATED_PARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|ed|en|er|es|et|bin|ibn|abu|ben|bou|ould)-\p{Lu}/u;

/** The tokens right before `at` that describe the name there: contiguous, no punctuation, no verb. */
function rolesBefore(text: string, tokens: readonly Token[], at: number): Token[] {
  const out: Token[] = [];
  let edge = at;
  for (let i = firstFrom(tokens, at) - 1; i >= 0 && out.length < 6; i--) {
    const t = tokens[i]!;
    if (!/^[\s\u00a0]*$/u.test(text.slice(t.end, edge)) && !(t.text.length === 1 && /^['’]$/u.test(text.slice(t.end, edge)))) break;
    const w = lower(t.text);
    if (isSpeechVerb(w) || (/(?:er|ir|re|ed|ing)$/u.test(w) && w.length > 5 && !ROLE_NOUNS.has(w) && !PERSON_TITLES.has(w))) break;
    if (['a', 'ont', 'avait', 'et', 'and', 'avec', 'with', 'qui', 'que', 'who', 'has', 'had', 'is', 'was', 'par', 'by', 'pour', 'for', 'à', 'to'].includes(w)) break;
    out.unshift(t);
    edge = t.start;
  }
  return out;
}

interface Detected {
  start: number;
  end: number;
  text: string;
  kind: SpeakerKind;
  /** Grouping key: a person's last name, an organisation's folded words. */
  key: string;
  roles: string[];
  gender?: 'f' | 'm';
  knownIndex?: number;
  /** A bare description ("the company", "l'ONG"): determiner and noun only. */
  description?: boolean;
  /** A description with lowercase adjectives only ("le constructeur européen", "l'entreprise publique"). */
  qualified?: boolean;
}

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

/** Whether the gap between two tokens lets a name sequence continue (a space, or an abbreviation's dot). */
function joins(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  if (gap === ' ' || gap === '\u00a0') return true;
  // Abbreviations such as a title's dot, but not an acronym ending a sentence ("… victime d'un AVC. Le …").
  return /^\.\s?$/.test(gap) && a.text.length <= 3 && isCap(a.text) && !(a.text.length >= 2 && isAcronym(a.text));
}

/**
 * Names in `text` outside `blocked` ranges (the quotes): each capitalised
 * sequence, cut at titles, with its kind and the role words before it.
 */
function detectNames(text: string, blocked: (at: number) => boolean): Detected[] {
  const tokens = tokenize(text).filter((t) => !blocked(t.start));
  const lowerSeen = new Set<string>();
  for (const t of tokens) if (!isCap(t.text)) lowerSeen.add(t.text);
  const found: Detected[] = [];
  const ambiguous: Detected[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCap(tokens[i]!.text) && !HYPHENATED_PARTICLE.test(tokens[i]!.text)) { i++; continue; }
    const seq = gatherSequence(text, tokens, i);
    // "l'AFP Odile Brunet": an acronym before a person's name is another entity (an outlet, a party), unless a word makes one organisation (an organisation head or a title).
    if (seq.length >= 3 && seq.length <= 4 && isAcronym(seq[0]!.text) && !isAcronym(seq[1]!.text) && !seq.some((t) => ORG_HEADS.has(lower(t.text)) || PERSON_TITLES.has(lower(t.text)))) seq.length = 1;
    const j = i + seq.length - 1;
    i = j + 1;
    if (isRubric(text, seq)) continue;
    const name = nameOf(text, tokens, seq, j, lowerSeen);
    if (name.resume !== undefined) i = name.resume;
    if (name.detected) (name.ambiguous ? ambiguous : found).push(name.detected);
  }
  // A lone capitalised word also written in lowercase is kept when it is the surname of a person named in full.
  const surnames = new Set(found.filter((d) => d.kind === 'person' && /\s/u.test(d.text)).map((d) => d.key));
  for (const d of ambiguous) if (surnames.has(d.key)) found.push(d);
  return found.sort((a, b) => a.start - b.start);
}

/** The capitalised sequence from token `i`: capitalised words, with particles between them. */
function gatherSequence(text: string, tokens: readonly Token[], i: number): Token[] {
  let j = i;
  const seq: Token[] = [tokens[i]!];
  while (j + 1 < tokens.length && joins(text, tokens[j]!, tokens[j + 1]!)) {
    const taken = continuation(text, tokens, i, j, seq);
    if (taken === 0) break;
    seq.push(...tokens.slice(j + 1, j + 1 + taken));
    j += taken;
  }
  return seq;
}

/** How many tokens after token `j` go on the sequence `seq` that starts at token `i` (0: it ends at `j`). */
function continuation(text: string, tokens: readonly Token[], i: number, j: number, seq: readonly Token[]): number {
  const next = tokens[j + 1]!;
  if (elidedParticleAt(text, tokens, j, seq)) return 2;
  if (isCap(next.text) || HYPHENATED_PARTICLE.test(next.text)) return 1;
  if (titleGoesOnAt(text, tokens, i, j)) return 3;
  if (twoParticlesAt(text, tokens, j, seq)) return 3;
  // "of" joins an organisation or a title to its complement, not a person's name to her employer.
  const ofJoins = next.text !== 'of' || seq.length === 1 || seq.some((t) => ORG_HEADS.has(lower(t.text)) || PERSON_TITLES.has(lower(t.text)));
  // "and" / "et" join an organisation's words ("Food and Drug Administration", "la revue X and Y"), never two people.
  const andJoins = AND_WORDS.has(next.text) && (orgNounBeforeSeq(text, tokens, i) || tokens.slice(j + 2, j + 5).some((t) => isCap(t.text) && ORG_HEADS.has(lower(t.text))) || seq.some((t) => ORG_HEADS.has(lower(t.text))));
  return (andJoins || (ofJoins && CONNECTORS.has(next.text))) && j + 2 < tokens.length && isCap(tokens[j + 2]!.text) && joins(text, next, tokens[j + 2]!) ? 2 : 0;
}

/** An elided particle inside a surname: "D'X", "d'X" after a first name ("Massimo D'Orazio"). */
function elidedParticleAt(text: string, tokens: readonly Token[], j: number, seq: readonly Token[]): boolean {
  const next = tokens[j + 1]!;
  const elidedNext = tokens[j + 2];
  return (next.text === 'D' || next.text === 'd') && /^['’]$/u.test(text.slice(next.end, next.end + 1)) && !!elidedNext && elidedNext.start === next.end + 1 && isCap(elidedNext.text)
    && seq.length >= 1 && !seq.some((t) => ORG_HEADS.has(lower(t.text)));
}

/**
 * A title opened by a capitalised article in running text goes on with "de l'X" ("le quotidien Le Courrier de
 * l'Y", "La Voix de l'Z"): the name of a newspaper or a work, not a person with a place.
 */
function titleGoesOnAt(text: string, tokens: readonly Token[], i: number, j: number): boolean {
  const article = (at: number): boolean => !!tokens[at] && /^(?:Le|La|Les)$/u.test(tokens[at]!.text) && !!tokens[at - 1] && /^\p{Ll}/u.test(tokens[at - 1]!.text);
  const next = tokens[j + 1]!;
  const elided = tokens[j + 2];
  const named = tokens[j + 3];
  return (article(i) || article(i - 1)) && next.text === 'de' && !!elided && /^[lL]$/u.test(elided.text) && /^['’]$/u.test(text.slice(elided.end, elided.end + 1)) && !!named && named.start === elided.end + 1 && isCap(named.text) && joins(text, tokens[j]!, next);
}

/** Two particles: "von der X", "van den X", "de la X", "de los X". */
function twoParticlesAt(text: string, tokens: readonly Token[], j: number, seq: readonly Token[]): boolean {
  const next = tokens[j + 1]!;
  const third = tokens[j + 3];
  return seq.length >= 1 && CONNECTORS.has(next.text) && j + 3 < tokens.length && CONNECTORS.has(tokens[j + 2]!.text) && !!third && isCap(third.text)
    && joins(text, next, tokens[j + 2]!) && joins(text, tokens[j + 2]!, third) && !ORG_HEADS.has(lower(seq[seq.length - 1]!.text));
}

/**
 * A rubric before the headline's colon ("Rubrique : titre", first line only) names a section, not an entity.
 * A first and last name before a colon and a quote is the speaker of a headline quote ("X Y : « … »"): kept.
 */
function isRubric(text: string, seq: readonly Token[]): boolean {
  const end = seq[seq.length - 1]!.end;
  const personLike = /^\s*:\s*[«"“]/u.test(text.slice(end, end + 5)) && seq.length >= 2 && seq.length <= 3 && seq.every((t) => isCap(t.text) && !CONNECTORS.has(t.text) && !NOT_NAME_WORDS.has(lower(t.text)) && !ORG_HEADS.has(lower(t.text)) && !ROLE_NOUNS.has(lower(t.text)) && !PERSON_TITLES.has(lower(t.text)));
  return !personLike && !text.slice(0, seq[0]!.start).includes('\n') && /^\s*$/u.test(text.slice(0, seq[0]!.start)) && /^\s*:/u.test(text.slice(end, end + 3));
}

/** What a name's titles and the words around it say of its holder, gathered as they are read. */
interface NameRoles {
  roles: string[];
  gender: 'f' | 'm' | undefined;
  titled: boolean;
}

/** A sequence read as a name: the mention, whether it is a lone ambiguous word, and where reading resumes if it took more tokens. */
interface SequenceName {
  readonly detected?: Detected;
  readonly ambiguous?: boolean;
  readonly resume?: number;
}

/** The name a capitalised sequence (ending at token `j`) stands for, with its kind and roles, if it is one. */
function nameOf(text: string, tokens: readonly Token[], seq: readonly Token[], j: number, lowerSeen: ReadonlySet<string>): SequenceName {
  const { k, ...held } = titlesOf(seq);
  const named: NameRoles = held;
  let words = seq.slice(k);
  while (words.length > 0 && CONNECTORS.has(words[words.length - 1]!.text)) words = words.slice(0, -1);
  if (words.length === 0 || isCapitalisedRole(words)) return {};
  // Words just before the name, up to a break ("le ministre français de la Culture Anne-Marie …").
  const before = rolesBefore(text, tokens, words[0]!.start);
  addRolesBefore(before, words, named);
  // A role in apposition, before or after the name: "la présidente de la région, Anne X," / "Anne X, a spokeswoman for …,".
  const apposition = appositionRoles(text, words[0]!.start, words[words.length - 1]!.end);
  if (apposition) {
    named.roles.push(...apposition.words);
    named.gender ??= apposition.gender;
  }
  const prev = before[before.length - 1];
  const prevWord = prev ? lower(prev.text) : '';
  if (prev && (PERSON_TITLES.has(prevWord) || ROLE_NOUNS.has(prevWord))) named.titled = true;
  // "ministre de la Culture Anne-Marie Le Goff": the first capitalised word completes the role.
  const roleBeforeConnector = before.some((t) => ROLE_NOUNS.has(lower(t.text)) || PERSON_TITLES.has(lower(t.text)));
  if (words.length >= 3 && prev && roleBeforeConnector && isCap(words[1]!.text) && (CONNECTORS.has(prevWord) || prevWord === 'l' || prevWord === 'd') && !ORG_HEADS.has(lower(words[0]!.text))) words = words.slice(1);
  const tail = withOrgTail(text, tokens, j, words);
  words = tail.words;
  const resume = tail.resume;
  // "des balises GPS", "un test PCR": an acronym right after a common noun qualifies it; it names nobody.
  if (acronymQualifiesNoun(text, tokens, words, seq)) return { resume };
  const { roles, gender, titled } = named;
  const folded = words.map((w) => lower(w.text));
  const org = folded.some((w) => ORG_HEADS.has(w)) || (words.length === 1 && isAcronym(words[0]!.text)) || ((orgNounBefore(before, prevWord) || !!apposition?.org) && !titled);
  const single = words.length === 1;
  if (single && !titled && !org && NOT_NAME_WORDS.has(folded[0]!)) return { resume };
  // A lone capitalised word also written in lowercase is an ordinary word at a sentence start — unless it is the
  // surname of a person named in full in the text (a surname that is also a word): decided after the loop.
  if (single && !titled && !org && lowerSeen.has(lower(words[0]!.text))) {
    return { resume, ambiguous: true, detected: { start: words[0]!.start, end: words[0]!.end, text: words[0]!.text, kind: 'other', key: fold(words[0]!.text), roles, gender } };
  }
  // A lone name with a person's role in apposition ("X, a retired astronaut,") or an age ("X, 54 ans,", "X, 67,") is a person.
  const personal = single && ((!!apposition && !apposition.org && apposition.words.length > 0) || /^\s*,\s*\d{1,3}(?:\s*ans)?\s*[,.]/u.test(text.slice(words[0]!.end, words[0]!.end + 12)));
  const qualifier = !titled && qualifiesNounAfter(text, tokens, words);
  const kind: SpeakerKind = org || qualifier ? 'org' : titled || !single || personal ? 'person' : 'other';
  // An honorific stays with the name ("M. Le Goff" is how the article writes it).
  const honorific = seq.findIndex((t, n) => n < k && HONORIFICS.has(lower(t.text)));
  const start = honorific >= 0 && honorific === k - 1 ? seq[honorific]!.start : words[0]!.start;
  const end = words[words.length - 1]!.end;
  const key = kind === 'person' ? fold(words[words.length - 1]!.text) : fold(text.slice(start, end));
  return { resume, detected: { start, end, text: text.slice(start, end), kind, key, roles, gender } };
}

/** The titles at the front of a sequence or later in it ("M.", "U.S. President"), and `k`, where the name starts after them. */
function titlesOf(seq: readonly Token[]): NameRoles & { k: number } {
  const roles: string[] = [];
  let gender: 'f' | 'm' | undefined;
  let titled = false;
  // Drop function words and titles at the front; remember the titles.
  let k = 0;
  while (k < seq.length) {
    const w = lower(seq[k]!.text);
    if (PERSON_TITLES.has(w) || ROLE_NOUNS.has(w)) {
      titled = true;
      roles.push(w, ...titleRole(w));
      gender = titleGender(w) ?? gender;
      k++;
      continue;
    }
    // After a title, particles belong to the name ("M. Le Goff").
    if (!titled && (NOT_NAME_WORDS.has(w) || CONNECTORS.has(w))) { k++; continue; }
    break;
  }
  // "CEO of X Inc": after a title, "of" starts the title's complement, not a person's name.
  if (titled && k < seq.length && seq[k]!.text === 'of') {
    k++;
    titled = false;
    roles.length = 0;
    gender = undefined;
  }
  // A title later in the sequence ("U.S. President Jane Doe") starts the name after it.
  // So does a capitalised role noun before a first and last name ("Assembly Majority Whip Jane Doe"): the words before
  // it qualify the role.
  for (let t = seq.length - 2; t >= k; t--) {
    const w = lower(seq[t]!.text);
    if ((PERSON_TITLES.has(w) || (ROLE_NOUNS.has(w) && t <= seq.length - 3 && !CONNECTORS.has(seq[t + 1]!.text))) && !ORG_HEADS.has(w)) {
      titled = true;
      roles.push(w, ...titleRole(w));
      gender = titleGender(w) ?? gender;
      k = t + 1;
      break;
    }
  }
  return { roles, gender, titled, k };
}

/** A capitalised role (the prime minister, le premier ministre, written capitalised) is not a name. */
function isCapitalisedRole(words: readonly Token[]): boolean {
  const last = lower(words[words.length - 1]!.text);
  return (PERSON_TITLES.has(last) || ROLE_NOUNS.has(last)) && !ORG_HEADS.has(last) && words.length <= 3 && words.slice(0, -1).every((w) => ROLE_MODIFIERS.has(lower(w.text)) || PERSON_TITLES.has(lower(w.text)));
}

/**
 * The role words before a name ("ministre", "russe": later descriptions are matched against them), and the gender
 * its title or determiner says. Not when the name is the role's complement: "le patron de X Y", "la présidente de la
 * Z" (unless the role and its complement run on into the holder's name, handled by the caller). An organisation's
 * noun ("le ministère russe de la X") still describes its complement's name.
 */
function addRolesBefore(before: readonly Token[], words: readonly Token[], named: NameRoles): void {
  const roleWord = [...before].reverse().find((t) => ROLE_NOUNS.has(lower(t.text)) || PERSON_TITLES.has(lower(t.text)));
  const afterOf = !!roleWord && /^(?:de|du|des|d|of|la|le|l)$/u.test(lower(before[before.length - 1]?.text ?? '')) && !(words.length >= 3 && isCap(words[1]!.text));
  if (afterOf) return;
  before.forEach((t, n) => {
    const w = lower(t.text);
    if (!isCap(t.text) && w.length >= 3 && !NOT_NAME_WORDS.has(w)) named.roles.push(w);
    if (ROLE_NOUNS.has(w) || PERSON_TITLES.has(w)) {
      named.roles.push(w);
      named.gender ??= titleGender(w) ?? determinerGender(before[n - 1]?.text);
    }
  });
}

/**
 * A French organisation name goes on with up to two adjectives (an organisation word, then "arabe", "européenne",
 * "socialiste"), then a complement ("… des potiers ruraux de Xville", "la X des comptes"). `resume` is the token after
 * the complement, when one was taken.
 */
function withOrgTail(text: string, tokens: readonly Token[], j: number, name: readonly Token[]): { words: Token[]; resume: number | undefined } {
  let words = [...name];
  const lastWord = words[words.length - 1]!;
  const nextToken = lastWord === tokens[j] ? tokens[j + 1] : undefined;
  const adjective = !!nextToken && ORG_HEADS.has(lower(lastWord.text)) && /^\p{Ll}/u.test(nextToken.text) && text.slice(lastWord.end, nextToken.start) === ' ' && FR_ADJECTIVE.test(nextToken.text) && !isSpeechVerb(nextToken.text) && !NOT_NAME_WORDS.has(nextToken.text) && !ADJECTIVE_STOP.test(nextToken.text);
  if (adjective) words = [...words, nextToken!];
  // A second adjective (an organisation word, then two adjectives).
  const second = adjective ? tokens[j + 2] : undefined;
  const secondAdjective = !!second && /^\p{Ll}/u.test(second.text) && text.slice(nextToken!.end, second.start) === ' ' && DESCRIPTION_ADJECTIVE.test(second.text) && !/(?:ée?s?|ant|ent)$/u.test(second.text) && !isSpeechVerb(second.text) && !NOT_NAME_WORDS.has(second.text) && !ADJECTIVE_STOP.test(second.text);
  if (secondAdjective) words = [...words, second!];
  const tailIndex = secondAdjective ? j + 2 : adjective ? j + 1 : j;
  const tail = tokens[tailIndex];
  if (!nextToken || !tail || !ORG_HEADS.has(lower(tokens[j]!.text)) || words[words.length - 1] !== tail) return { words, resume: undefined };
  const endAt = orgComplementEnd(text, tail);
  if (endAt === undefined) return { words, resume: undefined };
  let n = tailIndex + 1;
  for (; n < tokens.length && tokens[n]!.end <= endAt; n++) words = [...words, tokens[n]!];
  return { words, resume: n };
}

/**
 * Where the complement of an organisation word (and its adjectives) ending with `tail` ends: a lowercase complement
 * and a capitalised place ("… des potiers ruraux de Xville", "des libertés civiles"), else a lowercase complement
 * ("la X des comptes"), maybe coordinated ("d'enquêtes et d'analyses").
 */
function orgComplementEnd(text: string, tail: Token): number | undefined {
  const complement = ORG_COMPLEMENT.exec(text.slice(tail.end, tail.end + 90));
  if (complement && !complement[1]!.split(/\s+/u).some((w) => isSpeechVerb(w) || ADJECTIVE_STOP.test(w))) return tail.end + complement[0].length;
  const lowerComplement = ORG_LOWER_COMPLEMENT.exec(text.slice(tail.end, tail.end + 60));
  const taken = lowerComplement ? complementWords(lowerComplement[2]!) : [];
  if (!lowerComplement || taken.length === 0) return undefined;
  const endAt = tail.end + lowerComplement[1]!.length + taken.join(' ').length;
  const coordinated = /^ et (?:de |des |du |d['’])[\p{Ll}][\p{L}-]+/u.exec(text.slice(endAt, endAt + 40));
  return coordinated ? endAt + coordinated[0].length : endAt;
}

/**
 * "the company X", "X, the utility company,": an organisation noun next to the name, maybe past an adjective ("le
 * quotidien régional X") or a determiner the name dropped too ("le quotidien régional Le X").
 */
function orgNounBefore(before: readonly Token[], prevWord: string): boolean {
  const content = before.filter((t) => !/^(?:le|la|les|l|the)$/iu.test(t.text));
  const lastContent = content.length ? lower(content[content.length - 1]!.text) : '';
  const prevPrev = content.length >= 2 && FR_ADJECTIVE.test(lastContent) ? lower(content[content.length - 2]!.text) : lastContent;
  // "La députée d'opposition X", "le chef du parti X": an organisation noun that completes a role before it describes
  // the role, and the name is its holder's.
  const roleOfOrg = content.slice(-4, -1).some((t) => ROLE_NOUNS.has(lower(t.text)) || PERSON_TITLES.has(lower(t.text)))
    && /^(?:de|du|des|d|of)$/u.test(lower(before[before.length - 2]?.text ?? ''));
  // The word before may be the noun itself even when it looks like an adjective ("au quotidien X": "quotidien").
  const orgNoun = (w: string): boolean => ORG_NOUNS.has(w) && !ROLE_NOUNS.has(w) && !PERSON_TITLES.has(w);
  return !roleOfOrg && (orgNoun(prevWord) || orgNoun(prevPrev) || orgNoun(lastContent));
}

/** "des balises GPS", "un test PCR": a lone acronym right after a common noun (no function word, no verb form). */
function acronymQualifiesNoun(text: string, tokens: readonly Token[], words: readonly Token[], seq: readonly Token[]): boolean {
  const before0 = tokens[firstFrom(tokens, words[0]!.start) - 1];
  return words.length === 1 && isAcronym(words[0]!.text) && seq.length === 1 && !!before0 && text.slice(before0.end, words[0]!.start) === ' ' && /^\p{Ll}[\p{Ll}-]{2,}$/u.test(before0.text)
    && !FUNCTION_BEFORE_ACRONYM.test(before0.text) && !isSpeechVerb(before0.text) && !/(?:é|ée|és|ées|ed|ait|aient|ent|er|ir|ing)$/u.test(before0.text);
}

/**
 * "the Green Party leader, X,", "the X Mill plant": a name right before a lowercase role or organisation noun
 * qualifies that noun (a party, a club, a firm); it is nobody's name. Only after a determiner or before a name: "X
 * élève 80 vaches" is a person and a verb.
 */
function qualifiesNounAfter(text: string, tokens: readonly Token[], words: readonly Token[]): boolean {
  const after = tokens[firstFrom(tokens, words[words.length - 1]!.end)];
  const determined = /(?:^|\s)(?:the|a|an|its|his|her|their)\s+$/iu.test(text.slice(Math.max(0, words[0]!.start - 8), words[0]!.start));
  const named = !!after && /^\s+\p{Lu}/u.test(text.slice(after.end, after.end + 3));
  return !!after && (determined || named) && text.slice(words[words.length - 1]!.end, after.start) === ' ' && /^\p{Ll}/u.test(after.text)
    && (ROLE_NOUNS.has(after.text) || (ORG_NOUNS.has(after.text) && !PERSON_TITLES.has(after.text)));
}

const AND_WORDS = new Set(['and', 'et', '&']);
/** Words after which an acronym is a name (a determiner, a preposition, a conjunction), not a noun's qualifier. */
const FUNCTION_BEFORE_ACRONYM = /^(?:les|des|du|de|aux|par|selon|pour|avec|chez|sans|sur|dans|entre|contre|vers|et|ou|mais|the|of|to|by|for|from|with|at|on|in|and|or|but|via|than|que|qui|dont|où|whose|plus|moins|comme|like|including|notamment|dont)$/u;
/** Words that qualify a capitalised role (prime minister, foreign secretary, vice president, attorney general, written capitalised). */
const ROLE_MODIFIERS = new Set(['prime', 'vice', 'deputy', 'foreign', 'home', 'defence', 'defense', 'interior', 'finance', 'health', 'education',
  'chief', 'executive', 'attorney', 'general', 'assistant', 'acting', 'former', 'first', 'state', 'junior', 'senior', 'grand', 'premier', 'première']);

/** The role a title's abbreviation stands for ("Gov. X" is the governor a later "the governor" describes). */
const TITLE_ROLES: Record<string, string> = { gov: 'governor', sen: 'senator', rep: 'representative', gen: 'general', lt: 'lieutenant',
  col: 'colonel', capt: 'captain', sgt: 'sergeant', prof: 'professor', supt: 'superintendent', det: 'detective', insp: 'inspector', cllr: 'councillor' };
const titleRole = (w: string): string[] => (TITLE_ROLES[w] ? [TITLE_ROLES[w]] : []);

/** Whether the word right before token `i` (a space apart) is an organisation noun: "la revue X", "the firm X". */
function orgNounBeforeSeq(text: string, tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !!prev && text.slice(prev.end, tokens[i]!.start) === ' ' && ORG_NOUNS.has(lower(prev.text)) && !ROLE_NOUNS.has(lower(prev.text));
}

function determinerGender(word: string | undefined): 'f' | 'm' | undefined {
  const w = word ? lower(word) : '';
  return FEMININE_DETERMINERS.has(w) ? 'f' : MASCULINE_DETERMINERS.has(w) ? 'm' : undefined;
}

const APPOSITION_DETERMINER = `(?:(?:[Tt]he|[Ll]es?|[Ll]a|[Uu]ne?|[Aa]n?)\\s+|[Ll]['’])?`;
/** A word of an apposition: lowercase, or a capitalised complement ("de l'X", "of X"), checked in appositionRoles. */
// An age in words counts ("a 19-year-old striker").
const APPOSITION_WORD = `(?:[\\p{Ll}'’-]+|\\d{1,3}-year-old|(?:[dl]['’])?\\p{Lu}[\\p{L}-]*)`;
// "dont la présidente de X, Y", "including the head of X, Y": the role after "dont / including" is Y's too.
// The first word may be capitalised when it is a title ("Le Premier ministre, X,"), checked in appositionRoles.
// Also after a past participle whose object the apposition is ("a interrogé le ministre délégué aux X, Y,").
const APPOSITION_BEFORE = new RegExp(`(?:^|[.;:!?«»"“”(\\n]|,|\\s(?:par|by|avec|with|et|and|à|au|aux|pour|to|for|\\p{Ll}{2,}(?:é|ée|és|ées)(?=\\s)))\\s*(?:(?:dont|including|notamment|parmi\\s+eux|among\\s+them)\\s+)?(${APPOSITION_DETERMINER}[\\p{L}'’-]+(?:\\s+${APPOSITION_WORD}){0,7}),\\s*$`, 'u');
const APPOSITION_AFTER = new RegExp(`^,\\s*(${APPOSITION_DETERMINER}(?:[\\p{Ll}'’-]+|\\d{1,3}-year-old)(?:\\s+${APPOSITION_WORD}){0,9})\\s*(?:[,.;:()]|$)`, 'u');
const APPOSITION_DETERMINER_WORDS = /^(?:the|les?|la|une?|an?|l['’].*)$/iu;
const RELATIVE_START = /^(?:who|whose|which|that|qui|que|qu['’]|dont|où|lequel|laquelle)$/iu;
const COMPLEMENT_BEFORE = new Set(['de', 'du', 'des', 'la', 'of', 'the', 'au', 'aux', 'à']);

/**
 * The role words of an apposition right before or after a name, when one of
 * its first words is a role noun, and the gender its role noun or determiner says.
 */
function appositionRoles(text: string, start: number, end: number): { words: string[]; org: boolean; gender?: 'f' | 'm' } | undefined {
  // Before the name, the leftmost match may start at a clause's comma ("…, ils ont gagné grâce à leur gardien, X"): the
  // shorter matches inside it are tried too.
  const window = text.slice(Math.max(0, start - 90), start);
  const befores: RegExpExecArray[] = [];
  for (let from = 0, n = 0; n < 9 && from < window.length; n++) {
    const m = APPOSITION_BEFORE.exec(window.slice(from));
    if (!m) break;
    befores.push(m);
    // On past the group's first word.
    from += m.index + m[0].indexOf(m[1]!) + (/^\S+/u.exec(m[1]!)?.[0].length ?? 1);
  }
  for (const m of [...befores, APPOSITION_AFTER.exec(text.slice(end, end + 90))]) {
    if (!m) continue;
    const raw = m[1]!.trim().split(/\s+/u);
    // ", who heads the commission," is a relative clause, not a role in apposition.
    if (RELATIVE_START.test(raw[0]!)) continue;
    // ", sur une radio publique," / ", in a statement," is a complement of the verb, not a role in apposition.
    if (/^(?:sur|dans|à|au|aux|en|lors|devant|depuis|pendant|après|avant|par|pour|avec|chez|on|in|at|to|after|before|outside|during|from|with|by|via)$/iu.test(raw[0]!)) continue;
    // A capitalised word is a complement ("ministre de l'X"), never another name ("le directeur X Y"), unless it is a
    // title word written capitalised ("Le Premier ministre").
    const titleWord = (w: string): boolean => PERSON_TITLES.has(lower(w)) || ROLE_NOUNS.has(lower(w)) || ROLE_MODIFIERS.has(lower(w));
    // A complement's name may have several words ("le patron de X Y, Z,").
    // Also after "from / for a" ("a striker on loan from a Premier League academy").
    const complementWord = (n: number): boolean => COMPLEMENT_BEFORE.has(lower(raw[n - 1]!)) || (/^\p{Lu}/u.test(raw[n - 1]!) && n > 1 && complementWord(n - 1))
      || (n > 1 && /^(?:a|an)$/u.test(raw[n - 1]!) && /^(?:from|for|at|with|in)$/u.test(raw[n - 2]!));
    if (raw.some((w, n) => /^\p{Lu}/u.test(w) && n > 0 && !complementWord(n) && !titleWord(w))) continue;
    const firstWord = APPOSITION_DETERMINER_WORDS.test(raw[0]!) ? raw[1] : raw[0];
    if (firstWord && /^\p{Lu}/u.test(firstWord) && !titleWord(firstWord)) continue;
    const words = raw.map((w) => lower(w).replace(/^[ld]['’]/u, ''));
    // The head is a role when one comes before any complement ("the club manager", "le gardien du club"), else the organisation noun.
    const head = words.slice(0, 4);
    const complementAt = head.findIndex((w, n) => n > 0 && /^(?:de|du|des|d|of|for|at|à|au|aux)$/u.test(w));
    const roleAt = head.slice(0, complementAt < 0 ? 4 : complementAt).findIndex((w) => isRoleWord(w) || PERSON_TITLES.has(w));
    const at = roleAt >= 0 ? roleAt : head.findIndex((w) => isRoleWord(w) || PERSON_TITLES.has(w) || ORG_NOUNS.has(w));
    if (at < 0) continue;
    const noun = words[at]!;
    const org = ORG_NOUNS.has(noun) && !ROLE_NOUNS.has(noun) && !PERSON_TITLES.has(noun);
    // A noun found only in the complement ("la substitute du procureur" when the head is no known role) is not the
    // one the determiner of the head agrees with: the head's determiner tells the gender.
    const inComplement = complementAt >= 0 && at > complementAt;
    return { words: words.filter((w) => w.length >= 3 && !NOT_NAME_WORDS.has(w)), org: org && !inComplement, gender: org && !inComplement ? undefined : inComplement ? determinerGender(raw[0]) : titleGender(noun) ?? determinerGender(words[at - 1]) };
  }
  return undefined;
}

/** Endings of adjectives (fr) of nationality and kind ("arabe", "européenne", "socialiste", "national"). */
const FR_ADJECTIVE = /^[\p{Ll}-]{3,}(?:aise|ais|aine|ain|ienne|ien|éenne|éen|ique|iste|ale|al|aux|elle|el|oise|ois|ine|in|ane|an|e)$/u;
const ORG_COMPLEMENT = /^ (?:des|du|de la|de l['’]|de|d['’])\s*((?:[\p{Ll}-]+ ){1,3})(?:du|de la|de l['’]|des|de|d['’])\s*\p{Lu}[\p{L}-]+/u;
/** " des finances publiques": a French complement of lowercase words after an organisation word. */
const ORG_LOWER_COMPLEMENT = /^( (?:des|du|de la|de l['’]|de|d['’])\s*)((?:[\p{Ll}][\p{L}-]*(?: |(?=[.,;:!?)\n])|$)){1,3})/u;

/** The complement's words up to the first one that is not a noun or adjective of it (a verb, a determiner). */
function complementWords(words: string): string[] {
  const out: string[] = [];
  const list = words.trim().split(' ');
  for (const [n, w] of list.entries()) {
    if (w.length < 3 || ADJECTIVE_STOP.test(w) || isSpeechVerb(w) || NOT_NAME_WORDS.has(w) || CONNECTORS.has(w)) break;
    // A past participle opening a clause ("un rapport de l'Observatoire de l'eau publié en septembre") is no part of the name.
    if (n > 0 && /(?:é|ée|és|ées)$/u.test(w) && (n + 1 >= list.length || /^(?:en|à|au|aux|par|dans|depuis|le|la|les|l|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|mardi|cette|ce)$/u.test(list[n + 1]!))) break;
    out.push(w);
  }
  return out;
}
const ORG_DESCRIPTION = /\b(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’]|[Tt]he)\s*([\p{Ll}][\p{L}-]+)((?:\s+(?:(?:de la|de l['’]|du|des|de|of the|of)\s*\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)*|[\p{Ll}][\p{L}-]+))*)/gu;
/** A word that can qualify a described organisation ("malien", "locales", "militant", "française"), not a verb or a determiner. */
const DESCRIPTION_ADJECTIVE = /^[\p{Ll}-]{3,}(?:oles?|ols?|aises?|ais|aines?|ains?|iennes?|iens?|éennes?|éens?|iques?|istes?|ales?|aux|elles?|els?|oises?|ois|ines?|ins?|anes?|ans?|antes?|ants?|ant|entes?|ents?|ées?|és?|ives?|ifs?|eux|euses?|aires?|ères?|ers?|nes?|ish|ian|ese|al|ary|ive)$/u;
const ADJECTIVE_STOP = /^(?:a|ont|avait|est|sont|qui|que|ne|n|se|s|y|cette|ces|cet|ce|son|sa|ses|leur|leurs|un|une|met|fait|dit|de|du|des|et|en|à|au|le|la|les|has|have|had|is|was|were|said|says|and|of|in|to|for|on|with|that|which|who|will|would|its|their|pour|par|sur|dans)$/u;

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
