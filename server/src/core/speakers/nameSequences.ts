// Capitalised name sequences: how far a run of capitalised words goes on, across particles ("von der", "de la"),
// elided ones ("D'X"), "of" and "and" inside an organisation's name, and an abbreviation's dot.
import { NOT_NAME_WORDS, ORG_HEADS, ORG_NOUNS, PERSON_TITLES, ROLE_NOUNS } from './lexicon';
import { HONORIFICS, isNameAbbreviation } from './nameTitles';
import { CONNECTORS, isCap, lower, type Token } from './words';

/** A surname with a lowercase particle joined by a hyphen ("al-…", "el-…", "bin-…"): a name word though lowercase. */
export const HYPHENATED_PARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|ed|en|er|es|et|bin|ibn|abu|ben|bou|ould)-\p{Lu}/u;
const AND_WORDS = new Set(['and', 'et', '&']);
/** Capitalised particles that start a surname ("Le X", "La X", "De X", "Du X"). */
/** Particles that may open a French surname after an honorific ("M. Le Goff", "Mme De X"). */
export const SURNAME_PARTICLES = new Set(['le', 'la', 'les', 'de', 'du', 'des']);

/**
 * Whether the gap between two tokens lets a name sequence continue (a space, or an abbreviation's dot). `after` is
 * the token after `b`, when there is one.
 */
function joins(text: string, a: Token, b: Token, after?: Token): boolean {
  const gap = text.slice(a.end, b.start);
  if (gap === ' ' || gap === '\u00a0') return true;
  if (!/^\.\s?$/.test(gap) || !isCap(a.text)) return false;
  // A dot after an initial ("L. X", "U.S.") or a title's abbreviation ("Dr. X", "St. X") goes on; after another word
  // (a short surname, an acronym: "… by Ana Wu. Two …", "d'un AVC. Le …") it ends a sentence, and so it does before a
  // word that opens sentences, not names ("… D.C. The mayor …").
  const abbreviation = /^\p{Lu}$/u.test(a.text) || (a.text.length <= 4 && isNameAbbreviation(lower(a.text)));
  if (!abbreviation) return false;
  if (b.text.length === 1 || !NOT_NAME_WORDS.has(lower(b.text))) return true;
  // Except a particle opening a surname after an honorific ("M. Le Goff", "Mme De X"): the name goes on when a
  // capitalised word follows the particle ("Ana M. La police …" is an initial, then a sentence).
  return HONORIFICS.has(lower(a.text)) && SURNAME_PARTICLES.has(lower(b.text)) && !!after && isCap(after.text) && text.slice(b.end, after.start) === ' ';
}

/** The capitalised sequence from token `i`: capitalised words, with particles between them. */
export function gatherSequence(text: string, tokens: readonly Token[], i: number): Token[] {
  let j = i;
  const seq: Token[] = [tokens[i]!];
  while (j + 1 < tokens.length && joins(text, tokens[j]!, tokens[j + 1]!, tokens[j + 2])) {
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
  // Not after a name closed by its body noun, though: "the Tidewater Party and Ilse Varga", "X Ltd and Y Ltd" are two.
  const last = lower(seq[seq.length - 1]!.text);
  const closed = ORG_HEADS.has(last) && ORG_NOUNS.has(last);
  const andJoins = AND_WORDS.has(next.text) && !closed && (orgNounBeforeSeq(text, tokens, i) || orgHeadAhead(text, tokens, j + 2) || seq.some((t) => ORG_HEADS.has(lower(t.text))));
  return (andJoins || (ofJoins && CONNECTORS.has(next.text))) && j + 2 < tokens.length && isCap(tokens[j + 2]!.text) && joins(text, next, tokens[j + 2]!) ? 2 : 0;
}

/**
 * Whether the capitalised run from token `k` (up to three words, joined as a name's are) holds an organisation word:
 * "X and Y Bank". The run ends at its sentence's end: in "… including X and Y. The Z Post …" the next sentence's words
 * make no body of "X and Y".
 */
function orgHeadAhead(text: string, tokens: readonly Token[], k: number): boolean {
  for (let n = k; n < k + 3 && n < tokens.length; n++) {
    const t = tokens[n]!;
    if (n > k && !joins(text, tokens[n - 1]!, t)) return false;
    if (isCap(t.text) && ORG_HEADS.has(lower(t.text))) return true;
  }
  return false;
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
    && joins(text, next, tokens[j + 2]!) && joins(text, tokens[j + 2]!, third);
}

/** Whether the word right before token `i` (a space apart) is an organisation noun: "la revue X", "the firm X". */
function orgNounBeforeSeq(text: string, tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !!prev && text.slice(prev.end, tokens[i]!.start) === ' ' && ORG_NOUNS.has(lower(prev.text)) && !ROLE_NOUNS.has(lower(prev.text));
}
