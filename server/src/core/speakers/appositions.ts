// A role in apposition right before or after a name ("la présidente de la région, X," / "X, a spokeswoman for
// …,"): its role words, whether it makes the name an organisation's, and the gender it says.
import { determinerGender, possessiveGender, roleGender } from './gender';
import { isRoleWord, NOT_NAME_WORDS, ORG_NOUNS, PERSON_TITLES, ROLE_NOUNS } from './lexicon';
import { ROLE_MODIFIERS } from './nameTitles';
import { lower } from './words';

const APPOSITION_DETERMINER = `(?:(?:[Tt]he|[Ll]es?|[Ll]a|[Uu]ne?|[Aa]n?)\\s+|[Ll]['’])?`;
/** A word of an apposition: lowercase, or a capitalised complement ("de l'X", "of X"), checked in appositionRoles. */
// An age in words counts ("a 19-year-old striker").
const APPOSITION_WORD = `(?:[\\p{Ll}'’-]+|\\d{1,3}-year-old|(?:[dl]['’])?\\p{Lu}[\\p{L}-]*)`;
// "dont la présidente de X, Y", "including the head of X, Y": the role after "dont / including" is Y's too.
// The first word may be capitalised when it is a title ("Le Premier ministre, X,"), checked in appositionRoles.
// Also after a past participle whose object the apposition is ("a interrogé le ministre délégué aux X, Y,"), and after
// a dateline's dash ("9 avril. - Le président de X, Y,").
const APPOSITION_BEFORE = new RegExp(`(?:^|[.;:!?«»"“”(\\n]|[–—-](?=\\s)|,|\\s(?:par|by|avec|with|et|and|à|au|aux|pour|to|for|\\p{Ll}{2,}(?:é|ée|és|ées)(?=\\s)))\\s*(?:(?:dont|including|notamment|parmi\\s+eux|among\\s+them)\\s+)?(${APPOSITION_DETERMINER}[\\p{L}'’-]+(?:\\s+${APPOSITION_WORD}){0,7}),\\s*$`, 'u');
const APPOSITION_AFTER = new RegExp(`^,\\s*(${APPOSITION_DETERMINER}(?:[\\p{Ll}'’-]+|\\d{1,3}-year-old)(?:\\s+${APPOSITION_WORD}){0,9})\\s*(?:[,.;:()]|$)`, 'u');
const APPOSITION_DETERMINER_WORDS = /^(?:the|les?|la|une?|an?|l['’].*)$/iu;
const RELATIVE_START = /^(?:who|whose|which|that|qui|que|qu['’]|dont|où|lequel|laquelle)$/iu;
const COMPLEMENT_BEFORE = new Set(['de', 'du', 'des', 'la', 'of', 'the', 'au', 'aux', 'à']);

/**
 * The role words of an apposition right before or after a name, when one of
 * its first words is a role noun, and the gender its role noun or determiner says.
 */
export function appositionRoles(text: string, start: number, end: number): { words: string[]; org: boolean; gender?: 'f' | 'm' } | undefined {
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
    // A French possessive before a noun ("son adjointe") is no role word, though English "son" is one.
    const possessive = (w: string, n: number): boolean => n + 1 < words.length && /^(?:son|sa|ses|leur|leurs|mon|ma|mes|notre|nos)$/u.test(w);
    const roleAt = head.slice(0, complementAt < 0 ? 4 : complementAt).findIndex((w, n) => !possessive(w, n) && (isRoleWord(w) || PERSON_TITLES.has(w)));
    const at = roleAt >= 0 ? roleAt : head.findIndex((w, n) => !possessive(w, n) && (isRoleWord(w) || PERSON_TITLES.has(w) || ORG_NOUNS.has(w)));
    if (at < 0) continue;
    const noun = words[at]!;
    const org = ORG_NOUNS.has(noun) && !ROLE_NOUNS.has(noun) && !PERSON_TITLES.has(noun);
    // A noun found only in the complement ("la substitute du procureur" when the head is no known role) is not the
    // one the determiner of the head agrees with: the head's determiner tells the gender.
    const inComplement = complementAt >= 0 && at > complementAt;
    return { words: words.filter((w) => w.length >= 3 && !NOT_NAME_WORDS.has(w)), org: org && !inComplement, gender: org && !inComplement ? undefined : inComplement ? determinerGender(raw[0]) : roleGender(noun, words[at - 1]) ?? possessiveGender(words[at - 1], noun) };
  }
  return undefined;
}
