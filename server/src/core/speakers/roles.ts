// Role words, read without the text around them: a role description's noun and
// adjectives ("le ministre français"), their stems, genders and synonyms ("la
// présidente" / "le président", "le technicien" / "l'entraîneur"), plural
// groups ("les enquêteurs"), and lowercase words naming a role before a name.
import { isRoleWord, isSpeechVerb, NOT_NAME_WORDS, ORG_NOUNS, PERSON_TITLES, ROLE_NOUNS } from './lexicon';
import type { FoundEntity } from './types';
import { titleGender } from './gender';

/** A description: a definite article, then a lowercase word ("le ministre", "the lawyer"). */
export const DESCRIPTION = /^(?:le|la|les|l['’]|the)\s*\p{Ll}/iu;
/** A word that can qualify a plural group ("les enquêteurs français"), not a verb. */
export const DESCRIPTION_ADJECTIVE = /^[\p{Ll}-]{3,}(?:aises?|ais|aines?|ains?|iennes?|iens?|éennes?|éens?|iques?|istes?|ales?|aux|elles?|els?|oises?|ois|ines?|ins?|ives?|ifs?|aires?)$/u;

/** Role nouns with one form for both genders whose French determiner says which ("le ministre", "la juge"); not "porte-parole" (often "le" for a woman). */
const DETERMINED_EPICENE = new Set(['ministre', 'juge', 'secrétaire', 'commissaire', 'architecte', 'journaliste', 'responsable', 'artiste', 'photographe', 'psychologue']);
/** A people's or region's name ("Guadeloupéen", "Britannique", "Marseillaise"): capitalised, yet a description. */
export const DEMONYM = /^\p{Lu}[\p{Ll}-]{3,}(?:ais|aise|ois|oise|ien|ienne|éen|éenne|ain|aine|and|ande|ique|in|ine)$/u;

/** A role description at the start of `s` ("le ministre français"). */
export function roleAt(s: string): { noun: string; adjectives: string[]; possessive: boolean; gender?: 'f' | 'm' } | undefined {
  const m = /^(le|la|l['’]|les|the|this|that|ce|cette|cet|notre|our|son|sa|ses|his|her|its|their|leur)\s*((?:[\p{Ll}'’-]+\s*){1,6})/iu.exec(s);
  if (!m) return undefined;
  // Lowercased: the pattern is case-insensitive, and an acronym ("the CEO") is a role word too.
  const words = m[2]!.trim().toLowerCase().split(/\s+/u);
  // "le Suédois", "la Britannique": a capitalised demonym after a lowercase article describes a person.
  const original = m[2]!.trim().split(/\s+/u)[0]!;
  if (/^(?:le|la|les|l['’])$/u.test(m[1]!) && DEMONYM.test(original)) return { noun: words[0]!, adjectives: [], possessive: false };
  const at = words.slice(0, 3).findIndex((w) => isRoleWord(w) || ORG_NOUNS.has(w));
  if (at < 0) return undefined;
  const adjectives: string[] = words.slice(0, at);
  for (const w of words.slice(at + 1, at + 5)) {
    // Past a complement's article: "le chef de la diplomatie chinoise" is qualified by "diplomatie", "chinoise".
    if (/^(?:de|du|des|d['’].*|la|l['’].*)$/u.test(w)) continue;
    if (NOT_NAME_WORDS.has(w) || isSpeechVerb(w) || /^(?:a|ont|avait|qui|has|had|was|who)$/u.test(w)) break;
    adjectives.push(w.replace(/^[dl]['’]/u, ''));
  }
  // "le ministre" / "la ministre": for a noun whose form is the same for both, a determiner right before it tells which.
  const gender = at === 0 && DETERMINED_EPICENE.has(words[0]!) ? (/^(?:le|ce|cet)$/iu.test(m[1]!) ? 'm' : /^(?:la|cette)$/iu.test(m[1]!) ? 'f' : undefined) : undefined;
  return { noun: words[at]!, adjectives, possessive: /^(?:son|sa|ses|his|her|its|their|leur)$/iu.test(m[1]!), gender };
}

/** An unnamed source described otherwise: none of its description's words is the role's (by stem or synonym). */
export function otherSource(e: FoundEntity, noun: string): boolean {
  return e.kind === 'source' && ![...e.roles].some((r) => roleSynonyms(noun).has(roleStem(r)));
}

/**
 * Lowercase words naming a role, maybe with a title after them, and nothing
 * else: "lead author Dr. ", "la cheffe de file des écologistes " — not a
 * clause ("le ministre avant de rencontrer ").
 */
export function isRolePhrase(raw: string): boolean {
  // A title or role written capitalised ("le Premier ministre X") reads as its lowercase word.
  const gap = raw.replace(/\p{Lu}[\p{Ll}-]+(?=\s)/gu, (w) => (PERSON_TITLES.has(w.toLowerCase()) || ROLE_NOUNS.has(w.toLowerCase()) ? w.toLowerCase() : w));
  if (!/^(?:[\p{Ll}'’-]+\s+){1,6}(?:\p{Lu}\p{Ll}{0,3}\.?\s+)?$/u.test(gap)) return false;
  const words = gap.trim().split(/[\s'’]+/u).filter((w) => /^\p{Ll}/u.test(w));
  if (!words.some((w) => ROLE_NOUNS.has(w) || PERSON_TITLES.has(w))) return false;
  return words.every((w) => ROLE_NOUNS.has(w) || PERSON_TITLES.has(w) || /^(?:le|la|les|l|the|a|an|un|une|de|du|des|d|of|for)$/u.test(w)
    || (!/(?:er|ir|oir|ing|ed)$/u.test(w) && !/^(?:avant|après|pour|sans|avec|to|before|after|while|when|who|qui|que|and|et|in|on|at|dans|sur|à|au|aux|auprès|devant|chez|told|tell)$/u.test(w)));
}

/** One to three role words and nothing else, capitalised or not: " boss ", " chief executive ", " Director General ". */
export function isRoleWords(gap: string): boolean {
  const m = /^\s+((?:[\p{L}-]+\s+){1,3})$/u.exec(gap);
  if (!m) return false;
  const words = m[1]!.trim().toLowerCase().split(/\s+/u);
  return words.some((w) => ROLE_NOUNS.has(w) || PERSON_TITLES.has(w)) && words.every((w) => ROLE_NOUNS.has(w) || PERSON_TITLES.has(w) || /^(?:chief|executive|vice|deputy|general|assistant|head|senior|former|acting|interim|managing|team|club|prime|foreign|home|interior|finance|health|education|defence|defense|state|attorney|minority|majority)$/u.test(w));
}

/**
 * A group described by a plural role right before a verb, with at most two words between (an adjective, an
 * auxiliary, "who / qui"): "Les manifestants scandaient", "Ses auteurs appellent", "Les médecins généralistes font
 * état", "the critics who called". French needs the article; English plurals go without ("Organisers blamed").
 * `phrase` is the group as written, `length` the characters from its start to the verb.
 */
export function pluralGroupBefore(before: string, english: boolean): { phrase: string; length: number } | undefined {
  const words = [...before.matchAll(/[\p{L}'’-]+/gu)];
  for (let n = words.length - 1; n >= Math.max(0, words.length - 9); n--) {
    const noun = words[n]!;
    if (!isGroupNoun(noun[0])) continue;
    let after = words.slice(n + 1).map((w) => w[0]);
    const relative = after.length === 1 && /^(?:who|qui)$/iu.test(after[0]!);
    // A lowercase complement of the group ("Les associations de défense de l'environnement demandent").
    const complement = /^(?:\s+(?:de|des|du|d['’]|of)\s*(?:(?:la|le|les|the)\s+|l['’])?[\p{Ll}-]+){1,3}(?=(?:\s+[\p{Ll}-]+)?\s*$)/u.exec(before.slice(noun.index! + noun[0].length));
    if (complement) after = after.slice([...complement[0].matchAll(/[\p{L}'’-]+/gu)].length);
    if (!relative && after.length > 2) continue;
    if (!relative && after.some((w) => /^(?:de|du|des|d['’].*|que|qui|qu['’].*|à|au|aux|of|to|who|that|in|on|et|and|dont|for|with|par|by)$/iu.test(w))) continue;
    if (/[,.;:!?"«»“”]/u.test(before.slice(noun.index!, before.length))) continue;
    const det = words[n - 1];
    const hasDet = !!det && /^(?:les|the|ses|leurs|their|its|his|her)$/iu.test(det[0]) && /^\s+$/u.test(before.slice(det.index! + det[0].length, noun.index!));
    if (!hasDet && !english) continue;
    const start = hasDet ? det!.index! : noun.index!;
    // An adjective right after the noun belongs to the group ("Les médecins généralistes").
    const adjective = !complement && after[0] && !relative && DESCRIPTION_ADJECTIVE.test(after[0]) ? words[n + 1]! : undefined;
    const end = complement ? noun.index! + noun[0].length + complement[0].length : adjective ? adjective.index! + adjective[0].length : noun.index! + noun[0].length;
    return { phrase: before.slice(start, end), length: before.length - start };
  }
  return undefined;
}

/** "dirigeants", "ministers": the plural of a role noun. */
export function isGroupNoun(word: string): boolean {
  const w = word.toLowerCase();
  // English plurals in "-men" ("fishermen", "policemen", "spokesmen"): the role is the "-man" form.
  if (/..men$/u.test(w)) return isRoleWord(`${w.slice(0, -3)}man`);
  if (!/[sx]$/u.test(w)) return false;
  // "charities", "companies"; "syndicats", "journaux": people or organisations in the plural.
  const singular = [w.slice(0, -1), w.replace(/ies$/u, 'y'), w.replace(/aux$/u, 'al')];
  return singular.some((x) => isRoleWord(x) || (ORG_NOUNS.has(x) && !['report', 'statement', 'communiqué', 'rapport', 'lettre', 'website', 'site', 'office'].includes(x)));
}

/** A role word's stem: lowercase, no accent, masculine and singular ("présidente" → "president", "directrice" → "directeur"). */
export function roleStem(word: string): string {
  // Not the plural: "posters" around a name is not the role "the poster".
  const w = word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  return w.replace(/trice$/u, 'teur').replace(/euse$/u, 'eur').replace(/enne$/u, 'en').replace(/ere$/u, 'er').replace(/(?<=..)e$/u, '');
}

/**
 * A role noun whose gendered form says it is not this entity: "l'avocate" for one known as "l'avocat" (or as a man),
 * "le réalisateur" for "la réalisatrice". Epicene nouns ("ministre") never clash.
 */
export function genderClash(e: FoundEntity, noun: string): boolean {
  const gender = formGender(noun);
  if (!gender) return false;
  if (e.gender && e.gender !== gender) return true;
  const stem = roleStem(noun);
  const forms = [...e.roles].filter((r) => roleStem(r) === stem);
  return forms.length > 0 && forms.every((r) => formGender(r) !== undefined && formGender(r) !== gender);
}

/**
 * The grammatical gender a French role noun's ending shows ("avocate", "réalisatrice", "élue" feminine; "avocat",
 * "réalisateur", "élu" masculine); undefined for epicene forms ("ministre", "juge", "porte-parole").
 */
function formGender(word: string): 'f' | 'm' | undefined {
  const w = word.toLowerCase();
  // Words whose gender is in the lexicon first: "père", "frère" end like "bergère" but are men.
  const known = titleGender(w);
  if (known) return known;
  if (/(?:trice|euse|enne|ère|ante|ente|ate|ue|ée|ine|oise|aise|onne|elle|esse)$/u.test(w)) return 'f';
  if (/(?:teur|eur|ien|ier|ant|ent|at|u|é|in|ois|ais|on|el)$/u.test(w)) return 'm';
  return undefined;
}

/** An adjective's stem, whatever its gender and number ("chinoises" → "chinois"). */
export function adjectiveStem(word: string): string {
  return roleStem(word).replace(/(?<=...)e?s$/u, '').replace(/(?<=...)e$/u, '');
}

/** Role words news copy uses for the same person (by stem): the coach is "le technicien", the mayor "l'édile". */
const ROLE_SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['entraineur', 'technicien', 'coach', 'selectionneur', 'manager'],
  ['joueur', 'attaquant', 'milieu', 'defenseur', 'buteur', 'gardien', 'portier', 'international', 'player', 'striker', 'midfielder', 'defender', 'goalkeeper', 'forward', 'winger',
    'basketteur', 'footballeur', 'handballeur', 'rugbyman', 'tennisman', 'meneur', 'capitain', 'sportif'],
  ['maire', 'edil', 'elu', 'mayor'],
  ['elu', 'depute', 'senateur', 'parlementair', 'eurodepute', 'conseiller', 'lawmaker', 'legislator', 'mp', 'congressman', 'congresswoman', 'senator'],
  ['procureur', 'magistrat', 'prosecutor'],
  ['juge', 'magistrat', 'judge'],
  ['avocat', 'lawyer', 'attorney', 'counsel'],
  ['dirigeant', 'president', 'patron', 'pdg', 'directeur', 'chef', 'responsable', 'leader', 'ceo', 'boss', 'head', 'chairman', 'chairwoman', 'executive'],
  ['policier', 'commissair', 'enqueteur', 'gendarm', 'officier', 'officer', 'detective', 'inspector', 'investigator'],
  // Ranks: "le commandant X … L'officier a salué", "Captain X … the officer said".
  ['officier', 'commandant', 'capitain', 'lieutenant', 'colonel', 'adjudant', 'officer', 'captain', 'commander', 'major', 'sergeant'],
  ['navigateur', 'skipper', 'marin', 'sailor'],
  ['chercheur', 'scientifiqu', 'universitair', 'professeur', 'specialist', 'expert', 'researcher', 'scientist', 'academic', 'professor',
    'biologist', 'microbiologist', 'biochimist', 'doctorant'],
  // Pass 10: "la vétérinaire X … conclut la praticienne".
  ['medecin', 'praticien', 'veterinair', 'docteur', 'doctor', 'physician', 'vet', 'veterinarian'],
  ['ecrivain', 'auteur', 'romancier', 'writer', 'author', 'novelist'],
  ['chanteur', 'artist', 'musicien', 'singer', 'musician'],
  ['acteur', 'comedien', 'actor', 'actress'],
  ['realisateur', 'cineast', 'filmmaker'],
  ['diplomat', 'ambassadeur', 'emissair', 'envoye', 'ambassador', 'envoy'],
  ['militant', 'activist', 'campaigner'],
  ['pape', 'pontif', 'pope', 'pontiff'],
];
const SYNONYMS = new Map<string, Set<string>>();
for (const group of ROLE_SYNONYM_GROUPS) {
  for (const w of group) SYNONYMS.set(w, new Set([...(SYNONYMS.get(w) ?? []), ...group]));
}
/** The stems a role noun matches: its own and its synonyms'. */
export function roleSynonyms(noun: string): Set<string> {
  const stem = roleStem(noun);
  return new Set([stem, ...(SYNONYMS.get(stem) ?? [])]);
}

/** Roles that relate a person to another ("sa rivale", "son avocat", "his deputy"): with a possessive, someone else. */
export const RELATIONAL_ROLES = new Set(['rival', 'adversair', 'opposant', 'challenger', 'concurrent', 'homologu', 'successeur', 'predecesseur',
  'adjoint', 'epous', 'mari', 'compagnon', 'compagn', 'fil', 'frer', 'soeur', 'per', 'mer', 'avocat', 'collegu', 'partenair', 'ami',
  'coequipier', 'entraineur', 'porte-parol', 'opponent', 'counterpart', 'successor', 'predecessor', 'deputy', 'wife', 'husband', 'son',
  'daughter', 'brother', 'sister', 'father', 'mother', 'lawyer', 'attorney', 'colleague', 'partner', 'friend', 'teammate',
  'spokesman', 'spokeswoman', 'spokesperson', 'coach', 'manager']);

/** A sentence opening (maybe after a short lead) on someone new and unnamed, then its verb: "Un peu plus loin, un retraité prend …", "One resident, …". */
const NEW_UNNAMED_SUBJECT = /^\s*(?:[^,.;:!?«»"“”]{0,40},\s*)?((?:[Uu]n|[Uu]ne|[Aa]n?|[Aa]nother|[Uu]n\s+autre|[Uu]ne\s+autre)\s+[\p{Ll}][\p{L}'’-]*(?:\s+[\p{Ll}][\p{L}'’-]*)?)[\s,]/u;

/** Someone new and unnamed opening `sentence`, described by a role word ("un retraité", "another resident"). */
export function newUnnamedSubject(sentence: string): { at: number; phrase: string; noun: string } | undefined {
  const m = NEW_UNNAMED_SUBJECT.exec(sentence);
  if (!m) return undefined;
  const words = m[1]!.split(/\s+/u);
  const noun = words.slice(1).find((w) => isRoleWord(w.toLowerCase()));
  if (!noun) return undefined;
  // The phrase ends at its role word: "un retraité prend" is "un retraité".
  const phrase = words.slice(0, words.indexOf(noun) + 1).join(' ');
  return { at: m.index + m[0].indexOf(m[1]!), phrase, noun };
}
