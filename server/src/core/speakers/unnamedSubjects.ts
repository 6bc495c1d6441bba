// Subjects before a speech verb that name nobody: a group ("les deux dirigeants", "several witnesses", "la foule"),
// an unnamed source ("A witness, who asked not to be named, said", "un habitant a raconté") or a role still to resolve
// ("le président a déclaré").
import { type Subject } from './context';
import { isRoleWord, ROLE_NOUNS } from './lexicon';
import { isGroupNoun, pluralGroupBefore, roleAt } from './roles';
import { roleSubject, sourceAt, textBefore, type BeforeVerb } from './subjectSite';

const GROUP_SUBJECT = /(?:^|[\s,])((?:les|the)\s+(?:deux|trois|two|three)\s+([\p{Ll}-]+)|both\s+([\p{Ll}-]+))\s+(?:[\p{Ll}'’-]+\s+){0,2}$/iu;
const MANY_SUBJECT = /(?:^|[\s,])((?:de nombreux|de nombreuses|plusieurs|many|several|numerous)\s+[\p{Ll}-]+[sx])(?:\s*,[^,;:.!?"«»“”\n]{2,80},)?\s+(?:(?:ont|avaient|have|had)\s+)?$/iu;
const SOME_SUBJECT = /(?:^|[\s,;:])(certains|certaines|d['’]autres|beaucoup|some|others|many)\s+(?:(?:ont|avaient|have|had)\s+)?$/iu;
// The head may have a complement ("Une habitante du deuxième étage, réfugiée …, raconte"; "L'un des deux randonneurs, …,").
const RELATIVE_SOURCE = /(?:^|[\s,;:])((?:an?|one|un|une|l['’]un|l['’]une)\s+(?:(?:de|des|d['’]|of)\s+(?:(?:ses|leurs|ces|nos|les|his|her|its|their|the)\s+)?(?:(?:deux|trois|two|three)\s+)?)?[\p{Ll}-]+(?:(?:\s+(?:du|des|de\s+la|de\s+l['’]|de|d['’]|of\s+the|of)\s*[\p{L}-]+(?:\s+[\p{Ll}-]+)?){1,2}|\s+[\p{Ll}-]+)?)\s*,\s*((?:who|which|qui)\s)?[^,.;:!?"«»“”\n]{2,100},\s*(?:(?:a|has|had)\s+)?$/iu;
const ONE_OF = /^(?:l['’]une?\s+(?:de|des|d['’])|one\s+of)\s/iu;
/** "La ministre, qui a promis « … »", "The governor, who warned": the verb in a relative whose antecedent is a description. */
const DESCRIBED_WHO = /(?:^|[\s,;:])((?:[Ll]e|[Ll]a|[Ll]['’]|[Tt]he)\s*[\p{Ll}-]{3,}(?:\s+[\p{Ll}-]+){0,2})\s*,\s*(?:qui|who)\s+(?:(?:a|avait|has|had)\s+)?(?:[\p{Ll}]+(?:ment|ly)\s+)?$/u;
const DESCRIBED_RELATIVE = /(?:^|[\s,;:])((?:[Ll]e|[Ll]a|[Ll]['’]|[Tt]he)\s*[\p{Ll}-]{3,}(?:\s+[\p{Ll}-]+){0,2}(?:\s+(?:de|du|des|of)\s+(?:la\s+|the\s+)?[\p{Ll}-]+|\s+(?:d['’]|de\s+l['’])[\p{Ll}-]+)?)\s*,\s*[^,;:«»"“”]{2,120},\s*(?:(?:a|avait|has|had)\s+)?(?:[\p{Ll}]+(?:ment|ly)\s+)?$/u;
const COLLECTIVE = /(?:^|[\s,;:])((?:la|le|l['’]|the)\s*(?:foule|public|assistance|salle|crowd|audience))\s+(?:[\p{Ll}]+\s+){0,1}$/iu;
// The determiner is a word of its own: "leading the union" holds no "le" (only "l'" runs into its noun).
const ROLE_BEFORE = /(?:^|[\s,])((?:le|la|l['’]|les|the|this|ce|cette|cet|son|sa|ses|leur|his|her|its|their)(?:\s+|(?<=['’]))(?:[\p{Ll}'’-]+\s+){1,6})$/iu;
const INDEFINITE_HEAD = /(?:^|[\s,])((?:an?|one|un|une)\s+[\p{Ll}-]+\s+(?:for|of|from|at|de|du|des|d['’]|chez)\s+)$/iu;
// French: the noun, then an adjective or its complement ("la présidente du département", "le gardien de but"): a
// complement's preposition alone is no end ("La présidente du" was the name made).
const ROLE_PHRASE = /^(?:(?:le|la|les|the)\s+|l['’])[\p{Ll}'’-]+(?:\s+(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*[\p{Ll}'’-]+|(?!(?:de|du|des|d['’])(?:\s|$))[\p{Ll}'’-]+))?/iu;
const CLOSE_INDEFINITE_EN = /(?:^|[\s,])((?:an?|one)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)\s+$/iu;
const CLOSE_INDEFINITE_FR = /(?:^|[\s,])((?:un|une)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)\s+$/iu;
const INDEFINITE_EN = /(?:^|[\s,])((?:an?|one)\s+[^,.;:!?"«»“”\n]{2,60}?)\s+(?:(?:has|had|who|have)\s+)?(?:(?:[\p{Ll}']+ly|also|then|later)\s+)?$/iu;
// "l'un des spectateurs", "l'une de ses voisines": one of a group, unnamed, as "un spectateur" is.
const INDEFINITE_FR = /(?:^|[\s,])((?:un|une|l['’]une?\s+(?:des|de\s+(?:ses|leurs|nos|vos)))\s+[^,.;:!?"«»“”\n]{2,60}?)\s+(?:(?:a|qui|avait|est|était|se\s+montre|s['’]est\s+montrée?|se\s+dit|se\s+veut)\s+)?(?:(?:[\p{Ll}']+ment|déjà|aussi|alors|encore|ensuite|également|toutefois|cependant|néanmoins|pourtant|d['’]ailleurs|notamment|plus|moins|très|bien)\s+)?$/iu;

/**
 * "… croisé des contre-manifestants, qui les ont sifflés en clamant", "parmi environ 200 riverains venus dénoncer": a
 * group counted or indefinite ("des", "plusieurs", a number, "une centaine de"), then a relative "qui" or "venus" with
 * the speech verb in it. The group is the verb's subject, not the sentence's.
 */
const GROUP_RELATIVE = /(?:^|[\s,;:])((?:(?:environ|quelque|près\s+de|plus\s+de)\s+)?(?:des|de|d['’]|plusieurs|quelques|d['’]autres|\d[\d\s\u00a0\u202f.]*|une\s+(?:dizaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine|poignée|foule)\s+d(?:e\s+|['’]))\s*[\p{Ll}-]+[sx])\s*(?:,\s*qui\s+(?:[\p{Ll}'’-]+\s+){0,5}(?:en\s+)?|\s+venu(?:e)?s\s+(?:[\p{Ll}]+ment\s+)?)$/u;

/** Whether the nearest name before the verb, if any, ends by `at`: else it stands in the phrase read, or after it. */
const noNameAfter = (b: BeforeVerb, at: number): boolean => !b.prior || b.prior.end <= at;

/** "les deux dirigeants ont convenu", "both leaders said": a group speaks. */
export function groupBefore(b: BeforeVerb): Subject | undefined {
  const { from, text } = textBefore(b, 80);
  const group = GROUP_SUBJECT.exec(text);
  if (!group || !isGroupNoun((group[2] ?? group[3])!) || !noNameAfter(b, b.vs - group[0].length + group[0].indexOf(group[1]!))) return undefined;
  return sourceAt(from, group);
}

/** "De nombreux habitants, témoins de la scène, ont déclaré", "several witnesses said". */
export function manyBefore(b: BeforeVerb): Subject | undefined {
  const { from, text } = textBefore(b, 120);
  const many = MANY_SUBJECT.exec(text);
  return many && noNameAfter(b, from + many.index) ? sourceAt(from, many) : undefined;
}

/**
 * "Les manifestants scandaient", "les enquêteurs ont indiqué": a group described by a plural role. Also with a
 * possessive and an adjective or an auxiliary after the noun ("Ses auteurs appellent", "Les médecins généralistes font état").
 */
export function pluralBefore(b: BeforeVerb): Subject | undefined {
  const before = textBefore(b, 60).text;
  const plural = pluralGroupBefore(before, b.ctx.english);
  if (!plural || !noNameAfter(b, b.vs - plural.length)) return undefined;
  // "L'une de ses voisines raconte", "one of his aides said": one of the group speaks (indefiniteBefore), not all of it.
  if (/(?:^|[\s,])(?:l['’]une?\s+de|one\s+of)\s+$/iu.test(before.slice(0, before.length - plural.length))) return undefined;
  const start = b.vs - plural.length;
  return { type: 'source', start: b.ctx.english ? adjectivesBefore(b, start) : start, end: start + plural.phrase.length };
}

// Adjectives before an English group's noun, back to its determiner or to the clause's start: "the federal judges",
// "angry farmers" opening a sentence, "the angry residents". Capitalised (a people's name, or the sentence's first word) or with an
// adjective's ending; a noun or a verb ("The court heard judges") stops them.
const ADJECTIVES_BEFORE = /(?:^\s*|[,;:]\s+|(?:^|\s)((?:[Tt]he|[Tt]hese|[Tt]hose|[Tt]heir|[Ss]ome|[Mm]any|[Ss]everal)\s+))((?:[\p{L}-]+\s+){1,2})$/u;
const ADJECTIVE_FORM = /^(?:\p{Lu}[\p{Ll}-]+|[\p{Ll}-]+(?:al|an|ese|ish|ch|ic|ive|ous|ful|ent|ant|ary|ory|ile|ern|gry))$/u;

/** Where an English plural group starting at `start` starts with its adjectives (see ADJECTIVES_BEFORE). */
function adjectivesBefore(b: BeforeVerb, start: number): number {
  const before = b.ctx.text.slice(b.s, start);
  const m = ADJECTIVES_BEFORE.exec(before);
  if (!m || !m[2]!.trim().split(/\s+/u).every((w) => ADJECTIVE_FORM.test(w) && !/^(?:and|or|but|then|also|than|when|while|after|before)$/iu.test(w))) return start;
  return b.s + m.index + m[0].length - m[2]!.length - (m[1]?.length ?? 0);
}

/** "certains parlent de", "d'autres estiment", "some said": an indefinite group. */
export function someBefore(b: BeforeVerb): Subject | undefined {
  const { from, text } = textBefore(b, 30);
  const some = SOME_SUBJECT.exec(text);
  return some && !b.prior ? sourceAt(from, some) : undefined;
}

/**
 * "A witness, who asked not to be named, said": an unnamed source with a relative clause. Also "Un de ses
 * conseillers, sous couvert d'anonymat, reconnaît", "One of his aides, speaking privately, said".
 */
export function relativeSourceBefore(b: BeforeVerb): Subject | undefined {
  const { from, text } = textBefore(b, 170);
  const relative = RELATIVE_SOURCE.exec(text);
  if (!relative) return undefined;
  const start = from + relative.index + relative[0].indexOf(relative[1]!);
  const end = start + relative[1]!.length;
  // A name in the head's complement ("Un agent du port de X, …,") is not the subject.
  const priorInHead = !!b.prior && b.prior.start > start && b.prior.end <= end;
  const head = relative[1]!.split(/[\s'’]+/u).slice(0, 5);
  if (b.prior && !priorInHead) return undefined;
  if (!(relative[2] || ONE_OF.test(relative[1]!) || head.some((w) => isRoleWord(w.replace(/s$/u, ''))))) return undefined;
  return { type: 'source', start, end };
}

/** A description, maybe with a complement, right before "qui" and its verb: "au préfet, qui a évoqué", "les parents d'élèves, qui réclament". */
const ANTECEDENT_WHO = /(?:^|[\s,;:])(le|la|l['’]|les|du|au|aux|des)\s*([\p{Ll}-]{3,}(?:\s+[\p{Ll}-]{3,}){0,2}(?:\s+(?:de|du|des)\s+[\p{Ll}-]+|\s+(?:d['’]|de\s+l['’])[\p{Ll}-]+)?)\s*,?\s*qui\s+(?:(?:a|ont|avait|avaient)\s+)?(?:[\p{Ll}]+ment\s+)?$/u;

/**
 * French: the antecedent of "qui" right before the speech verb speaks ("Les commerçants ont écrit au maire, qui a
 * promis « … »": the mayor). The relative's subject is its antecedent, whatever name the main clause holds before
 * it; a contracted article ("du", "au", "aux", "des") says a description as well as "le" or "les" does.
 */
export function antecedentOfWho(b: BeforeVerb): Subject | undefined {
  if (b.ctx.english) return undefined;
  const { from, text } = textBefore(b, 120);
  const m = ANTECEDENT_WHO.exec(text);
  if (!m) return undefined;
  const start = from + m.index + m[0].indexOf(m[2]!, m[1]!.length);
  const end = start + m[2]!.length;
  // The span holds the article, unless it is contracted with a preposition ("au maire": "maire").
  const spanStart = /^(?:le|la|l['’]|les|des)$/iu.test(m[1]!) ? from + m.index + m[0].indexOf(m[1]!) : start;
  // A name after the description's head, outside it, is the nearer antecedent ("le maire de X, qui"): left to the other readings.
  if (b.prior && b.prior.end > start && !(b.prior.start > start && b.prior.end <= end)) return undefined;
  const plural = /^(?:les|aux|des)$/iu.test(m[1]!);
  const role = roleAt(`${plural ? 'les' : /^(?:la)$/iu.test(m[1]!) ? 'la' : 'le'} ${m[2]!}`);
  if (role && !plural) return roleSubject(role, [spanStart, end]);
  // A plural: a group of them, unnamed ("les habitants, qui dénoncent"), if its head is a role or a group noun.
  const head = m[2]!.split(/\s+/u)[0]!;
  return plural && (isRoleWord(head.replace(/[sx]$/u, '')) || isGroupNoun(head) || !!role) ? { type: 'source', start: spanStart, end } : undefined;
}

/**
 * "L'édile, qui a fait rénover l'école, rappelle que", "Le milieu de terrain, auteur d'un match discret, a ajouté":
 * a description (maybe with its complement), then a relative clause or an apposition between commas.
 */
export function describedRelativeBefore(b: BeforeVerb): Subject | undefined {
  const { from, text } = textBefore(b, 170);
  const described = DESCRIBED_RELATIVE.exec(text) ?? DESCRIBED_WHO.exec(text);
  if (!described || b.prior) return undefined;
  const role = roleAt(described[1]!);
  if (!role) return undefined;
  const start = from + described.index + described[0].indexOf(described[1]!);
  return roleSubject(role, [start, start + described[1]!.length]);
}

/** "La foule scandait", "the crowd chanted": a collective is an unnamed group. */
export function collectiveBefore(b: BeforeVerb): Subject | undefined {
  const { from, text } = textBefore(b, 30);
  const collective = COLLECTIVE.exec(text);
  return collective && !b.prior ? sourceAt(from, collective) : undefined;
}

/** "le président a déclaré", "his lawyer said": a role right before the verb, with no name after its start. */
export function roleBeforeVerb(b: BeforeVerb): Subject | undefined {
  const roleBefore = ROLE_BEFORE.exec(textBefore(b, 70).text);
  if (!roleBefore) return undefined;
  const role = roleAt(roleBefore[1]!);
  const roleStart = b.vs - roleBefore[1]!.length;
  // "A spokesperson for the county council said": the indefinite head, not the complement's noun, is the subject.
  const head = INDEFINITE_HEAD.test(b.ctx.text.slice(Math.max(b.s, b.vs - 110), roleStart));
  const phrase = ROLE_PHRASE.exec(roleBefore[1]!);
  if (!role || head || !noNameAfter(b, roleStart)) return undefined;
  // English puts the head noun last ("the foreign affairs ministry said"): the phrase runs to the verb, less an
  // auxiliary or an adverb ("the yellow vest movement is now calling"); French puts it first ("le ministre de la
  // santé"), and two words name it.
  const english = b.ctx.english && /^the\s/iu.test(roleBefore[1]!) ? roleBefore[1]!.replace(/(?:\s+(?:has|had|have|was|is|are|were|will|would|also|then|later|again|now|still|already|[\p{Ll}]+ly))*\s*$/u, '') : undefined;
  const length = english && english.split(/\s+/u).length <= 4 ? english.length : phrase?.[0].replace(/\s+(?:a|ont|avait|has|had|est|was)$/u, '').length;
  return roleSubject(role, length !== undefined ? [roleStart, roleStart + length] : undefined);
}

/** "… with one poster writing": an unnamed subject right before the verb wins over an earlier name. */
export function closeIndefiniteBefore(b: BeforeVerb): Subject | undefined {
  const { from, text } = textBefore(b, 40);
  const close = (b.ctx.english ? CLOSE_INDEFINITE_EN : CLOSE_INDEFINITE_FR).exec(text);
  if (!close || !b.prior || !/,/u.test(b.gap)) return undefined;
  const verb = b.ctx.text.slice(b.vs, b.ve);
  return ROLE_NOUNS.has(close[1]!.split(/\s+/u).pop()!) || /ing$/u.test(verb) || /ant$/u.test(verb) ? sourceAt(from, close) : undefined;
}

/**
 * What no unnamed subject holds: a "that" / "que" clause ("a statement that staff faced cuts") or a last word
 * that joins the verb to an earlier one ("… and called it"): the indefinite is the object of an earlier verb.
 */
const CLAUSE_IN_PHRASE = /\s(?:that|que|qu['’])\s|\s(?:and|but|or|et|mais|ou)$/iu;

/** "un habitant a raconté", "one resident said": an unnamed source described right before the verb. */
export function indefiniteBefore(b: BeforeVerb): Subject | undefined {
  const { from, text } = textBefore(b, 80);
  // Group 1 starts after the one separator character the match may begin with.
  const indefinite = (b.ctx.english ? INDEFINITE_EN : INDEFINITE_FR).exec(text);
  return indefinite && !CLAUSE_IN_PHRASE.test(indefinite[1]!) ? sourceAt(from, indefinite) : undefined;
}

/** "des riverains, qui les ont hués en scandant", "200 riverains venus dénoncer": the group the relative is about. */
export function groupRelativeBefore(b: BeforeVerb): Subject | undefined {
  if (b.ctx.english) return undefined;
  const { from, text } = textBefore(b, 120);
  const group = GROUP_RELATIVE.exec(text);
  if (!group || !noNameAfter(b, from + group.index)) return undefined;
  // The relative's verb agrees with a plural ("qui les ont sifflés en clamant", "qui scandaient"): "l'office des
  // forêts, qui a estimé" is about the office, not the forests.
  const relative = group[0].slice(group[0].indexOf(group[1]!) + group[1]!.length);
  const plural = /\svenue?s\s/u.test(relative) || /(?:ent|ont)$/u.test(b.ctx.text.slice(b.vs, b.ve)) || /\s\p{Ll}*(?:ent|ont)\s/u.test(relative);
  if (!plural) return undefined;
  // "le chemin de riverains": the partitive "de" is no part of the group's description.
  const start = from + group.index + group[0].indexOf(group[1]!);
  const partitive = /^d(?:e\s+|['’])/u.exec(group[1]!)?.[0].length ?? 0;
  return { type: 'source', start: start + partitive, end: start + group[1]!.length };
}
