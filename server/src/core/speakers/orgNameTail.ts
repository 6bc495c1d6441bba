// How a French organisation name goes on past its organisation word: adjectives ("arabe", "européenne") and a
// complement ("des finances publiques"). The adjective shapes also serve organisation descriptions.
import { isSpeechVerb, NOT_NAME_WORDS, ORG_HEADS } from './lexicon';
import { CONNECTORS, lower, type Token } from './words';

/** Endings of adjectives (fr) of nationality and kind ("arabe", "européenne", "socialiste", "national"). */
export const FR_ADJECTIVE = /^[\p{Ll}-]{3,}(?:aise|ais|aine|ain|ienne|ien|éenne|éen|ique|iste|ale|al|aux|elle|el|oise|ois|ine|in|ane|an|e)$/u;
/** A word that can qualify a described organisation ("malien", "locales", "militant", "française"), not a verb or a determiner. */
export const DESCRIPTION_ADJECTIVE = /^[\p{Ll}-]{3,}(?:oles?|ols?|aises?|ais|aines?|ains?|iennes?|iens?|éennes?|éens?|iques?|istes?|ales?|aux|elles?|els?|oises?|ois|ines?|ins?|anes?|ans?|antes?|ants?|ant|entes?|ents?|ées?|és?|ives?|ifs?|eux|euses?|aires?|ères?|ieures?|ieurs?|ers?|nes?|ish|ian|ese|al|ary|ive)$/u;
/** Words that end an organisation's name rather than qualify it: verb forms, determiners, pronouns, prepositions. */
export const ADJECTIVE_STOP = /^(?:a|ont|avait|est|sont|qui|que|ne|n|se|s|y|cette|ces|cet|ce|son|sa|ses|leur|leurs|un|une|met|fait|dit|de|du|des|et|en|à|au|le|la|les|has|have|had|is|was|were|said|says|and|of|in|to|for|on|with|that|which|who|will|would|its|their|pour|par|sur|dans|durant|pendant|suivant|concernant|depuis|avant|après|contre|vers|chez|lors)$/u;
/** Adjectives of kind or nationality by endings no French verb form has ("islamique", "socialiste", "national"). */
const KIND_ADJECTIVE = /^[\p{Ll}-]{3,}(?:ique|iste|aise|ais|ienne|ien|éenne|éen|ale|al|aux)$/u;
const ORG_COMPLEMENT = /^ (?:des|du|de la|de l['’]|de|d['’])\s*((?:[\p{Ll}-]+ ){1,3})(?:du|de la|de l['’]|des|de|d['’])\s*\p{Lu}[\p{L}-]+/u;
/** " des finances publiques": a French complement of lowercase words after an organisation word. */
const ORG_LOWER_COMPLEMENT = /^( (?:des|du|de la|de l['’]|de|d['’])\s*)((?:[\p{Ll}][\p{L}-]*(?: |(?=[.,;:!?)\n])|$)){1,3})/u;

/**
 * A French organisation name goes on with up to two adjectives (an organisation word, then "arabe", "européenne",
 * "socialiste"), then a complement ("… des potiers ruraux de Xville", "la X des comptes"). `resume` is the token after
 * the complement, when one was taken.
 */
export function withOrgTail(text: string, tokens: readonly Token[], j: number, name: readonly Token[], afterOrgNoun = false): { words: Token[]; resume: number | undefined } {
  let words = [...name];
  const lastWord = words[words.length - 1]!;
  const nextToken = lastWord === tokens[j] ? tokens[j + 1] : undefined;
  // A one-word name after an organisation noun takes an adjective of kind too ("le groupe armé X islamique"); only
  // endings no verb has ("emploie", "annonce" end like adjectives in -e).
  const kindAdjective = afterOrgNoun && words.length === 1 && !!nextToken && KIND_ADJECTIVE.test(nextToken.text);
  // French order only: the organisation word is the name, then its adjective. One that closes an English name ("X
  // Y", Y the organisation word) is not followed by its adjective: "the X Y general assembly", "the X Y outside W".
  const frenchOrder = words.length === 1;
  // A plural organisation word takes its adjective in the plural ("les X unies", "les Y armées").
  const agrees = !!nextToken && (FR_ADJECTIVE.test(nextToken.text) || (/s$/u.test(lastWord.text) && /s$/u.test(nextToken.text) && FR_ADJECTIVE.test(nextToken.text.slice(0, -1))));
  const adjective = !!nextToken && ((ORG_HEADS.has(lower(lastWord.text)) && frenchOrder) || kindAdjective) && /^\p{Ll}/u.test(nextToken.text) && text.slice(lastWord.end, nextToken.start) === ' ' && agrees && !isSpeechVerb(nextToken.text) && !NOT_NAME_WORDS.has(nextToken.text) && !ADJECTIVE_STOP.test(nextToken.text);
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
