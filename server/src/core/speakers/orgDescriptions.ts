// Organisations named by a common noun ("le gouvernement malien", "the police", "le ministère russe de la X"),
// and whether an organisation's name is only such a description.
import { isSpeechVerb, NOT_NAME_WORDS, ORG_NOUNS, ROLE_NOUNS } from './lexicon';
import type { Detected } from './nameDetection';
import { ADJECTIVE_STOP, DESCRIPTION_ADJECTIVE } from './orgNameTail';
import { fold } from './words';

/**
 * A name that starts with a determiner and a lowercase word: a description, maybe with a complement. Not a title
 * opened by a capitalised article and a capital ("Le X"): with the `i` flag, `\p{Ll}` would take capitals too.
 */
export const DESCRIPTION_NAME = /^(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’]|[Tt]he)\s*\p{Ll}/u;
/** A body named by a common noun and its complement ("le ministère russe de la X", "la mairie de X"): a name, not a bare description. */
export const COMPLEMENTED = /^(?:le|la|les|l['’]|the)\s*\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2}\s+(?:de|du|des|d['’]|of)(?:\s|(?<=['’]))/iu;
/** Whether an organisation's name is only a description (a determiner, a noun, adjectives), which later descriptions do not refer back to. */
export const descriptionOnly = (name: string): boolean => DESCRIPTION_NAME.test(name) && !COMPLEMENTED.test(name);

/** "le ministère russe de la Culture", "les autorités locales", "the government". */
const ORG_DESCRIPTION = /(?:\b(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’]|[Tt]he)\s*|(?<=\b[Dd]u ))([\p{Ll}][\p{L}-]+)((?:\s+(?:(?:de la|de l['’]|du|des|de|of the|of)\s*\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)*|[\p{Ll}][\p{L}-]+))*)/gu;
/** A preposition of place right before a description. */
const PLACE_BEFORE = /(?:^|[^\p{L}])(?:dans|sur|sous|devant|derrière|in|inside|outside|at)\s+$/iu;
/** English "police" / "authorities" without an article, as a subject or after "according to": the institution speaks. */
const BARE_INSTITUTION = /(?<=\b[Aa]ccording to |[,;]\s|\b(?:and|but|while|as)\s)(police|authorities|prosecutors)\b|\b(police|authorities|prosecutors)(?=\s+(?:said|say|says|told|added|stated|believe|believed|confirmed|warned|reported)\b)/gu;
/**
 * The chambers of agriculture, commerce and trades, and the regional audit chamber, named by their common noun and
 * complement ("la chambre d'agriculture"): bodies that speak. A bare "chambre" is a room as often, so not an ORG_NOUN.
 */
const CHAMBER = /\b[Ll]a\s+chambre\s+(?:d['’]agriculture|de\s+commerce(?:\s+et\s+d['’]industrie)?|des\s+métiers(?:\s+et\s+de\s+l['’]artisanat)?|régionale\s+des\s+comptes)(?![\p{L}])/gu;

/** Organisations named by a description outside `blocked` (the quotes), with the description's noun as their role. */
export function detectOrgDescriptions(text: string, blocked: (at: number) => boolean): Detected[] {
  const found: Detected[] = [];
  BARE_INSTITUTION.lastIndex = 0;
  for (let m = BARE_INSTITUTION.exec(text); m; m = BARE_INSTITUTION.exec(text)) {
    if (blocked(m.index)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'org', key: m[0], roles: [m[0]] });
  }
  CHAMBER.lastIndex = 0;
  for (let m = CHAMBER.exec(text); m; m = CHAMBER.exec(text)) {
    if (blocked(m.index)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'org', key: fold(m[0].replace(/^la\s+/iu, '')), roles: ['chambre'] });
  }
  ORG_DESCRIPTION.lastIndex = 0;
  // Where the tails read so far end: a match before that is read again inside another phrase's tail.
  let tailEnd = -1;
  for (let m = ORG_DESCRIPTION.exec(text); m; m = ORG_DESCRIPTION.exec(text)) {
    const noun = m[1]!;
    // The match's lowercase tail may hold another body ("le communiqué publié par le ministère de la X", "le texte
    // du syndicat des Y"): when this noun names none, or only what it wrote, look again right after the noun.
    const afterNoun = m.index + m[0].length - (m[2] ?? '').length;
    const reread = m.index < tailEnd;
    tailEnd = Math.max(tailEnd, m.index + m[0].length);
    if (!ORG_NOUNS.has(noun) || blocked(m.index) || ['report', 'statement', 'communiqué', 'rapport', 'lettre', 'website', 'site'].includes(noun)) {
      ORG_DESCRIPTION.lastIndex = afterNoun;
      continue;
    }
    // Read again inside another phrase's tail, a noun after a preposition of place is where something happens, not a
    // body ("les incidents dans la cour", "the crowd outside the court").
    if (reread && PLACE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) {
      ORG_DESCRIPTION.lastIndex = afterNoun;
      continue;
    }
    // "le syndicat X", "the company X": the name that follows is the entity, the noun its role.
    if (/^ \p{Lu}/u.test(text.slice(m.index + m[0].length - (m[2] ?? '').length, m.index + m[0].length - (m[2] ?? '').length + 2))) continue;
    let tail = '';
    // A complement's name may have several capitalised words, and a lowercase word before its own complement
    // ("la direction du Parc naturel de X").
    const PART = /^\s+(?:(?:de la|de l['’]|du|des|de|of the|of)\s*\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)*(?:\s[\p{Ll}][\p{L}-]+\s(?:de la|de l['’]|du|des|de)\s*\p{Lu}[\p{L}-]+)?|[\p{Ll}][\p{L}-]+)/u;
    let rest = m[2] ?? '';
    for (let part = PART.exec(rest); part; part = PART.exec(rest)) {
      const w = part[0].trim();
      // The lowercase words of the tail but its complements' articles ("des" before a capitalised complement is no adjective).
      const adjectives = tail.split(/\s+/u).filter((x) => /^\p{Ll}/u.test(x) && !/^(?:de|du|des|la|l['’].*|of|the)$/u.test(x)).length;
      // An adjective of nationality or kind right before the body's capitalised complement belongs to its name
      // ("le ministère russe de la X", "l'office belge des Y"), whatever its ending.
      const beforeComplement = /^\s+(?:de la|de l['’]|du|des|de|of the|of)\s*\p{Lu}/u.test(rest.slice(part[0].length)) && /^\p{Ll}[\p{Ll}-]{2,}$/u.test(w) && !NOT_NAME_WORDS.has(w) && adjectives === 0;
      // A second lowercase word with a determiner after it is a verb and its object ("l'armée française transfère le contrôle").
      const verbWithObject = adjectives >= 1 && /^\s+(?:le|la|les|l['’]|un|une|des|du|son|sa|ses|leur|leurs|ce|cet|cette|ces)(?:\s|(?<=['’]))/iu.test(rest.slice(part[0].length));
      // After a plural word, an adjective agrees ("compétents", "récentes"): a bare "-ent" there is the verb of the
      // description ("les autorités locales cherchent à savoir").
      const said = text.slice(m.index, m.index + m[0].length - (m[2] ?? '').length) + tail;
      const pluralVerb = /ent$/u.test(w) && /[sx]$/u.test(said.trimEnd());
      if (/^\p{Ll}/u.test(w) && !/\s/u.test(w) && (ADJECTIVE_STOP.test(w) || adjectives >= 2 || verbWithObject || pluralVerb || isSpeechVerb(w) || ROLE_NOUNS.has(w) || (!DESCRIPTION_ADJECTIVE.test(w) && !beforeComplement))) break;
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
    // "un communiqué du ministère de la X": after "du" (de + le), only a body its complement names; a bare "du
    // gouvernement" is a complement of the noun before, as often as a source.
    if (/^\p{Ll}/u.test(text.slice(start, start + 1)) && /[Dd]u $/u.test(text.slice(Math.max(0, start - 3), start)) && !complement && !/^\s+(?:de la|de l['’]|du|des|de|d['’])\s*\p{Lu}/u.test(tail)) continue;
    // "le ministère de la X à Y", "le ministère des Z à W": a ministry named with its
    // complement, then the capital it sits in, which tells which country's it is. Only a bare place that ends the
    // clause (not "à l'AFP", not "à Y jeudi pour …").
    const seat = noun === 'ministère' && /\p{Lu}/u.test(text.slice(start, end)) ? /^ à \p{Lu}\p{Ll}[\p{L}-]*(?=\s*[.,;:)]|\s*$)/u.exec(text.slice(end, end + 40)) : null;
    if (seat) end += seat[0].length;
    // "la chaîne de télévision X", "le groupe djihadiste Y": a description right before a name may be that name's
    // (nameIndex decides, once it knows what the name is). Not before a day or a month ("the police Monday").
    const nameAfter = /^[ \u00a0]+(?:(?:Le|La|Les|The)[ \u00a0]+|L['’])?(\p{Lu}[\p{L}-]*)/u.exec(text.slice(end, end + 40));
    const describesNext = !!nameAfter && !NOT_NAME_WORDS.has(nameAfter[1]!.toLowerCase());
    const phrase = text.slice(start, end);
    found.push({ start, end, text: phrase, kind: 'org', key: fold(phrase.replace(/^(?:le|la|les|l['’]|the)\s*/iu, '')), roles: [noun], description: tail === '' && !complement, qualified: !complement && tail !== '' && /^(?:\s+\p{Ll}[\p{L}-]*)+$/u.test(tail), describesNext });
  }
  return found;
}
