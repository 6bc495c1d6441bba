// Words next to a capitalised name that say what it names: an organisation noun before it ("le quotidien X"), a
// common noun a lone acronym qualifies ("un test PCR"), a noun the name itself qualifies ("the X Mill plant").
import { isSpeechVerb, ORG_NOUNS, PERSON_TITLES, ROLE_NOUNS } from './lexicon';
import { FR_ADJECTIVE } from './orgNameTail';
import { firstFrom } from './spans';
import { isAcronym, lower, type Token } from './words';

/** Words after which an acronym is a name (a determiner, a preposition, a conjunction), not a noun's qualifier. */
const FUNCTION_BEFORE_ACRONYM = /^(?:les|des|du|de|aux|par|selon|pour|avec|chez|sans|sur|dans|entre|contre|vers|et|ou|mais|the|of|to|by|for|from|with|at|on|in|and|or|but|via|than|que|qui|dont|où|whose|plus|moins|comme|like|including|notamment|dont)$/u;

/**
 * "the company X", "X, the utility company,": an organisation noun next to the name, maybe past an adjective ("le
 * quotidien régional X") or a determiner the name dropped too ("le quotidien régional Le X").
 */
export function orgNounBefore(before: readonly Token[], prevWord: string): boolean {
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
export function acronymQualifiesNoun(text: string, tokens: readonly Token[], words: readonly Token[], seq: readonly Token[]): boolean {
  const before0 = tokens[firstFrom(tokens, words[0]!.start) - 1];
  return words.length === 1 && isAcronym(words[0]!.text) && seq.length === 1 && !!before0 && text.slice(before0.end, words[0]!.start) === ' ' && /^\p{Ll}[\p{Ll}-]{2,}$/u.test(before0.text)
    && !FUNCTION_BEFORE_ACRONYM.test(before0.text) && !isSpeechVerb(before0.text) && !/(?:é|ée|és|ées|ed|ait|aient|ent|er|ir|ing)$/u.test(before0.text);
}

/**
 * "the Green Party leader, X,", "the X Mill plant": a name right before a lowercase role or organisation noun
 * qualifies that noun (a party, a club, a firm); it is nobody's name. Only after a determiner or before a name: "X
 * élève 80 vaches" is a person and a verb.
 */
export function qualifiesNounAfter(text: string, tokens: readonly Token[], words: readonly Token[]): boolean {
  const after = tokens[firstFrom(tokens, words[words.length - 1]!.end)];
  const determined = /(?:^|\s)(?:the|a|an|its|his|her|their)\s+$/iu.test(text.slice(Math.max(0, words[0]!.start - 8), words[0]!.start));
  const named = !!after && /^\s+\p{Lu}/u.test(text.slice(after.end, after.end + 3));
  return !!after && (determined || named) && text.slice(words[words.length - 1]!.end, after.start) === ' ' && /^\p{Ll}/u.test(after.text)
    && (ROLE_NOUNS.has(after.text) || (ORG_NOUNS.has(after.text) && !PERSON_TITLES.has(after.text)));
}
