// Titles and role words of a capitalised name: those at its front or inside it ("M.", "U.S. President"), the
// role words right before it, and a capitalised role that names nobody.
import { roleGender, titleGender } from './gender';
import { isSpeechVerb, NOT_NAME_WORDS, ORG_HEADS, PERSON_TITLES, ROLE_NOUNS } from './lexicon';
import { firstFrom } from './spans';
import { CONNECTORS, isCap, lower, type Token } from './words';

export const HONORIFICS = new Set(['m', 'mme', 'mlle', 'mr', 'mrs', 'ms', 'dr', 'pr', 'sir', 'monsieur', 'madame', 'miss']);

/** Words that qualify a capitalised role (prime minister, foreign secretary, vice president, attorney general, written capitalised). */
export const ROLE_MODIFIERS = new Set(['prime', 'vice', 'deputy', 'foreign', 'home', 'defence', 'defense', 'interior', 'finance', 'health', 'education',
  'chief', 'executive', 'attorney', 'general', 'assistant', 'acting', 'former', 'first', 'state', 'junior', 'senior', 'grand', 'premier', 'première']);

/** The role a title's abbreviation stands for ("Gov. X" is the governor a later "the governor" describes). */
const TITLE_ROLES: Record<string, string> = { gov: 'governor', sen: 'senator', rep: 'representative', gen: 'general', lt: 'lieutenant',
  col: 'colonel', capt: 'captain', sgt: 'sergeant', prof: 'professor', supt: 'superintendent', det: 'detective', insp: 'inspector', cllr: 'councillor' };
const titleRole = (w: string): string[] => (TITLE_ROLES[w] ? [TITLE_ROLES[w]] : []);

/** Abbreviations written with a dot inside a name: titles ("Dr.", "Gov.", "Det.") and place words ("Mt.", "Ft."). */
const NAME_ABBREVIATIONS = new Set(['mt', 'ft', 'ste']);
export const isNameAbbreviation = (w: string): boolean => PERSON_TITLES.has(w) || w in TITLE_ROLES || NAME_ABBREVIATIONS.has(w);

/** What a name's titles and the words around it say of its holder, gathered as they are read. */
export interface NameRoles {
  roles: string[];
  gender: 'f' | 'm' | undefined;
  titled: boolean;
}

/** The titles at the front of a sequence or later in it ("M.", "U.S. President"), and `k`, where the name starts after them. */
export function titlesOf(seq: readonly Token[], keepFirst = false): NameRoles & { k: number } {
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
    // Not a first word the caller keeps: "l'Avril" names a body, though "Avril" is a month; "A. X" starts with an initial.
    if (!titled && !(k === 0 && keepFirst) && (NOT_NAME_WORDS.has(w) || CONNECTORS.has(w))) { k++; continue; }
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
export function isCapitalisedRole(words: readonly Token[]): boolean {
  const last = lower(words[words.length - 1]!.text);
  return (PERSON_TITLES.has(last) || ROLE_NOUNS.has(last)) && !ORG_HEADS.has(last) && words.length <= 3 && words.slice(0, -1).every((w) => ROLE_MODIFIERS.has(lower(w.text)) || PERSON_TITLES.has(lower(w.text)));
}

/** The tokens right before `at` that describe the name there: contiguous, no punctuation, no verb. */
/** Determiners before a noun: "le", "du", "l'" (the token before the apostrophe), "the", "a" … */
const DETERMINER_BEFORE_NOUN = /^(?:le|la|l|les|un|une|du|des|au|aux|ce|cet|cette|son|sa|notre|leur|the|a|an|this|our|their)$/u;

export function rolesBefore(text: string, tokens: readonly Token[], at: number): Token[] {
  const out: Token[] = [];
  let edge = at;
  for (let i = firstFrom(tokens, at) - 1; i >= 0 && out.length < 6; i--) {
    const t = tokens[i]!;
    const gap = text.slice(t.end, edge);
    // A blank line ends the paragraph: "Grève à l'usine" (a headline) does not make the name below an organisation's.
    if (/\n[ \t\u00a0]*\n/u.test(gap.replace(/\r\n?/gu, '\n'))) break;
    if (!/^[\s\u00a0]*$/u.test(gap) && !(t.text.length === 1 && /^['’]$/u.test(gap))) break;
    const w = lower(t.text);
    // A word ending like an infinitive or a participle is a verb, unless a determiner makes it a noun ("du pâtissier X").
    const determined = i > 0 && DETERMINER_BEFORE_NOUN.test(lower(tokens[i - 1]!.text)) && /^[\s\u00a0]*$|^['’]$/u.test(text.slice(tokens[i - 1]!.end, t.start));
    if (isSpeechVerb(w) || (/(?:er|ir|re|ed|ing)$/u.test(w) && w.length > 5 && !ROLE_NOUNS.has(w) && !PERSON_TITLES.has(w) && !determined)) break;
    if (['a', 'ont', 'avait', 'et', 'and', 'avec', 'with', 'qui', 'que', 'who', 'has', 'had', 'is', 'was', 'par', 'by', 'pour', 'for', 'à', 'to'].includes(w)) break;
    out.unshift(t);
    edge = t.start;
  }
  return out;
}

/**
 * The role words before a name ("ministre", "russe": later descriptions are matched against them), and the gender
 * its title or determiner says. Not when the name is the role's complement: "le patron de X Y", "la présidente de la
 * Z" (unless the role and its complement run on into the holder's name, handled by the caller). An organisation's
 * noun ("le ministère russe de la X") still describes its complement's name.
 */
export function addRolesBefore(before: readonly Token[], words: readonly Token[], named: NameRoles): void {
  const roleWord = [...before].reverse().find((t) => ROLE_NOUNS.has(lower(t.text)) || PERSON_TITLES.has(lower(t.text)));
  const afterOf = !!roleWord && /^(?:de|du|des|d|of|la|le|l)$/u.test(lower(before[before.length - 1]?.text ?? '')) && !(words.length >= 3 && isCap(words[1]!.text));
  if (afterOf) return;
  before.forEach((t, n) => {
    const w = lower(t.text);
    if (!isCap(t.text) && w.length >= 3 && !NOT_NAME_WORDS.has(w)) named.roles.push(w);
    if (ROLE_NOUNS.has(w) || PERSON_TITLES.has(w)) {
      named.roles.push(w);
      named.gender ??= roleGender(w, before[n - 1]?.text);
    }
  });
}
