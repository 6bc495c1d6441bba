// People and organisations named in capitalised words: each capitalised sequence, cut at its titles, read as a
// name with its kind, role words and gender.
import { partitionPoint } from '../text/partition';
import { appositionRoles } from './appositions';
import { givenNameGender } from './givenNames';
import { ENGLISH_DEMONYMS, NOT_NAME_WORDS, ORG_HEADS, PERSON_TITLES, ROLE_NOUNS } from './lexicon';
import type { Detected } from './nameDetection';
import { acronymQualifiesNoun, orgNounBefore, qualifiesNounAfter } from './nameKindCues';
import { gatherSequence, HYPHENATED_PARTICLE } from './nameSequences';
import { addRolesBefore, HONORIFICS, isCapitalisedRole, ROLE_MODIFIERS, rolesBefore, titlesOf, type NameRoles } from './nameTitles';
import { withOrgTail } from './orgNameTail';
import { namesThing, TERM_ACRONYMS, thingWords } from './thingNames';
import type { SpeakerKind } from './types';
import { isDebris } from './webDebris';
import { CONNECTORS, fold, isAcronym, isCap, lower, tokenize, type Token } from './words';

/**
 * Words of NOT_NAME_WORDS that may end a name ("… Now", "… Plus", "… One", "… Today"): adverbs, numbers, quantifiers,
 * not cut as a sentence opener glued to a name. The rest (prepositions, conjunctions, determiners, pronouns, days,
 * months) never end one.
 */
const NAME_END_WORDS = new Set(['now', 'today', 'yesterday', 'only', 'also', 'then', 'there', 'here', 'last', 'next', 'other', 'both', 'each',
  'another', 'such', 'all', 'some', 'many', 'most', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'no', 'not',
  'yes', 'what', 'who', 'how', 'why', 'where', 'when', 'however', 'dozens', 'hundreds', 'thousands', 'millions', 'days', 'weeks', 'months',
  'years', 'hours', 'minutes', 'plus', 'moins', 'tout', 'tous', 'toute', 'toutes', 'même', 'encore', 'toujours', 'déjà', 'enfin', 'aussi',
  'alors', 'ainsi', 'désormais', 'demain', 'hier', 'deux', 'trois', 'quatre', 'cinq', 'sept', 'huit', 'neuf', 'dix', 'douze', 'vingt', 'cent',
  'mille', 'source', 'sources']);
/** A number of one or two digits after a name, not a date's, an hour's, an age's or an amount's. */
const CHANNEL_NUMBER = /^[ \u00a0](\d{1,2})(?=[\s,.;:!?)»"”']|$)(?![ \u00a0]*(?:%|h\b|heures?|hours?|ans?\b|years?|mois|months?|jours?|days?|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|january|february|march|april|may|june|july|august|september|october|november|december|[-–]\s?\d|[.,]\d))/iu;

/**
 * Names in `text` outside `blocked` ranges (the quotes): each capitalised
 * sequence, cut at titles, with its kind and the role words before it.
 */
export function detectNames(text: string, blocked: (at: number) => boolean): Detected[] {
  const tokens = tokenize(text).filter((t) => !blocked(t.start));
  const lowerSeen = new Set<string>();
  for (const t of tokens) if (!isCap(t.text)) lowerSeen.add(t.text);
  const found: Detected[] = [];
  const ambiguous: Detected[] = [];
  const onDebris = debrisLines(text);
  const lookups: TextLookups = { standsAlone: aloneTest(text), placeAlone: placeAloneTest(text) };
  let i = 0;
  while (i < tokens.length) {
    if (!isCap(tokens[i]!.text) && !HYPHENATED_PARTICLE.test(tokens[i]!.text)) { i++; continue; }
    const seq = gatherSequence(text, tokens, i);
    // "l'AFP Odile Brunet": an acronym before a person's name is another entity (an outlet, a party), unless a word makes one organisation (an organisation head or a title).
    if (seq.length >= 3 && seq.length <= 4 && isAcronym(seq[0]!.text) && !isAcronym(seq[1]!.text) && !seq.some((t) => ORG_HEADS.has(lower(t.text)) || PERSON_TITLES.has(lower(t.text)))) seq.length = 1;
    const j = i + seq.length - 1;
    i = j + 1;
    if (isRubric(text, seq)) continue;
    // A line of web furniture ("Read More", "Advertisement" alone on its line) names nobody.
    if (onDebris(seq[0]!.start)) continue;
    const name = nameOf(text, tokens, seq, j, lowerSeen, lookups);
    if (name.resume !== undefined) i = name.resume;
    if (name.detected) (name.ambiguous ? ambiguous : found).push(name.detected);
  }
  // A lone capitalised word also written in lowercase is kept when it is the surname of a person named in full.
  const surnames = new Set(found.filter((d) => d.kind === 'person' && /\s/u.test(d.text)).map((d) => d.key));
  for (const d of ambiguous) if (surnames.has(d.key)) found.push(d);
  return found.sort((a, b) => a.start - b.start);
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

/**
 * Whether an offset lies on a line of web furniture: the lines are read once (finding each name's line again cost a
 * scan to its end, per name, on an article scraped onto one line).
 */
function debrisLines(text: string): (at: number) => boolean {
  const ranges: [number, number][] = [];
  for (let start = 0; start <= text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (isDebris(text.slice(start, end))) ranges.push([start, end]);
    start = end + 1;
  }
  return (at) => {
    // Just past the last debris line starting at or before `at` (ranges are in text order).
    const after = partitionPoint(ranges.length, (i) => ranges[i]![0] <= at);
    return after > 0 && at < ranges[after - 1]![1];
  };
}

/** A sequence read as a name: the mention, whether it is a lone ambiguous word, and where reading resumes if it took more tokens. */
interface SequenceName {
  readonly detected?: Detected;
  readonly ambiguous?: boolean;
  readonly resume?: number;
}

/** A word alone after a preposition of place ("en X", "à X", "in X", not "in X Y"). */
const PLACE_ALONE = /(?:^|[\s(])(?:[àÀ]|[Ee]n|[Aa]u|[Ii]n|[Ff]rom)[ \u00a0]+([\p{L}\p{M}\d]+(?:[-'’][\p{L}\p{M}\d]+)*)(?=[\s,.;:!?)]|$)(?![ \u00a0]+\p{Lu})/gu;

/**
 * Whether the copy writes a word alone after a preposition of place: the words so written, found in one pass on first
 * need (a pattern per name read the whole text again for each two-word name).
 */
function placeAloneTest(text: string): (word: string) => boolean {
  let words: Set<string> | undefined;
  return (word) => {
    if (!words) {
      words = new Set();
      for (const m of text.matchAll(PLACE_ALONE)) words.add(m[1]!);
    }
    return words.has(word);
  };
}

/** Whether an elided article ("l'") stands right before `at`. */
function elidedBefore(text: string, at: number): boolean {
  return /(?:^|[\s(])[Ll]['’]$/u.test(text.slice(Math.max(0, at - 3), at));
}

/** The name a capitalised sequence (ending at token `j`) stands for, with its kind and roles, if it is one. */
/** What nameOf asks of the whole text, each answered from one reading of it. */
interface TextLookups {
  readonly standsAlone: (head: string) => boolean;
  readonly placeAlone: (word: string) => boolean;
}

/** The longest place name aloneTest looks for. */
const ALONE_MAX = 60;

/**
 * Whether a place's words stand alone somewhere in `text`, not run into a name: before a punctuation mark or a
 * lowercase word ("… visas to enter the X Y until …"). Each distinct head is looked for once per text, and a head
 * longer than ALONE_MAX is no place: a pattern made from a run of thousands of capitalised initials was too large
 * for the regular expression engine, which threw.
 */
function aloneTest(text: string): (head: string) => boolean {
  const seen = new Map<string, boolean>();
  return (head) => {
    if (head.length > ALONE_MAX) return false;
    let alone = seen.get(head);
    if (alone === undefined) {
      alone = new RegExp(`(?:^|[^\\p{L}])${head.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?=[.,;:!?)]|\\s+\\p{Ll})`, 'u').test(text);
      seen.set(head, alone);
    }
    return alone;
  };
}

function nameOf(text: string, tokens: readonly Token[], seq: readonly Token[], j: number, lowerSeen: ReadonlySet<string>, lookups: TextLookups): SequenceName {
  // An initial opening a name ("A. X") is no function word ("A" / "a"), nor is a word after "l'".
  const initial = seq.length >= 2 && /^\p{Lu}$/u.test(seq[0]!.text) && text[seq[0]!.end] === '.';
  const { k, ...held } = titlesOf(seq, initial || elidedBefore(text, seq[0]!.start));
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
  // A title's capitalised article after an organisation noun is part of the title ("au quotidien économique Les X",
  // "the newspaper The Y"); the key stays without it, so that "Y" alone later names the same paper.
  const titleArticle = k > 0 && k - 1 < seq.length && seq[k - 1] === prev && /^(?:Le|La|Les|The)$/u.test(prev.text) && !named.titled
    && orgNounBefore(before.slice(0, -1), lower(before[before.length - 2]?.text ?? ''));
  // A word that opens sentences (a preposition, a day) glued after a name ends it: a rubric run into the lead
  // ("Rubrique Depuis le début …") or a caption into the text. Not after a particle ("le Journal du Dimanche"), nor a
  // word some names end with (NAME_END_WORDS).
  while (words.length >= 2 && !CONNECTORS.has(lower(words[words.length - 2]!.text)) && NOT_NAME_WORDS.has(lower(words[words.length - 1]!.text)) && !CONNECTORS.has(words[words.length - 1]!.text)
    && words[words.length - 1]!.text.length >= 3 && !NAME_END_WORDS.has(lower(words[words.length - 1]!.text))) {
    words = words.slice(0, -1);
    // At a line's start, what is left is the rubric itself (a section's name): nobody's.
    if (/(?:^|\n)[ \t\u00a0]*$/u.test(text.slice(Math.max(0, words[0]!.start - 40), words[0]!.start))) return {};
  }
  if (prev && (PERSON_TITLES.has(prevWord) || ROLE_NOUNS.has(prevWord))) named.titled = true;
  // "ministre de la Culture Anne-Marie Le Goff": the first capitalised word completes the role.
  const roleBeforeConnector = before.some((t) => ROLE_NOUNS.has(lower(t.text)) || PERSON_TITLES.has(lower(t.text)));
  if (words.length >= 3 && prev && roleBeforeConnector && isCap(words[1]!.text) && (CONNECTORS.has(prevWord) || prevWord === 'l' || prevWord === 'd') && !ORG_HEADS.has(lower(words[0]!.text))) words = words.slice(1);
  // "the envoy to the X Y Z W": after a role, the body or country it is held at runs into the holder's known
  // first name and surname; the holder is the name (two capitalised words at least before the first name, so that a
  // body named after a person, "la fondation X Y" written capitalised, stays whole).
  // A first name the lists do not know will do when the words before it name the place alone elsewhere in the copy
  // ("… visas to enter the X Y until …").
  // "Le PDG de X Y Éric Z": a capitalised title taken off ("PDG") leaves its "de" first; the body starts after it.
  let lead = 0;
  while (lead < words.length - 1 && CONNECTORS.has(words[lead]!.text)) lead++;
  const roleAt = /([\p{L}-]+)\s+(?:to|of|at|in|auprès|de|du|des|d['’]|à|au|aux)(?:\s+(?:the|la|l['’]))?\s*$/u.exec(text.slice(Math.max(0, words[lead]!.start - 40), words[lead]!.start));
  const heldAt = !!roleAt && (ROLE_NOUNS.has(lower(roleAt[1]!)) || PERSON_TITLES.has(lower(roleAt[1]!)));
  // Looked for only after a role held at a place: the test reads the whole text.
  const holder = !heldAt ? -1 : words.findIndex((w, n) => n >= lead + 2 && n <= words.length - 2 && isCap(w.text)
    && (givenNameGender(w.text) !== undefined || (n === words.length - 2 && lookups.standsAlone(text.slice(words[lead]!.start, words[n - 1]!.end)))));
  if (heldAt && holder > 0
    && words.slice(lead, holder).every((w) => isCap(w.text)) && !words.slice(holder).some((w) => ORG_HEADS.has(lower(w.text)))) {
    words = words.slice(holder);
    named.titled = true;
  }
  // "Results of X were …": a common noun (written in lowercase elsewhere) capitalised only by the sentence it opens,
  // and its "of", are no part of the name.
  const opensSentence = /(?:^|[.!?:\n])\s*$/u.test(text.slice(Math.max(0, words[0]!.start - 8), words[0]!.start));
  if (words.length >= 3 && words[1]!.text === 'of' && opensSentence && !named.titled && lowerSeen.has(lower(words[0]!.text)) && !ORG_HEADS.has(lower(words[0]!.text))) words = words.slice(2);
  // A capitalised noun of nationality or trade before a first and last name, after a French article ("la" and a
  // nationality, then the name) or before a known first name (a trade, a first name, a surname), is no part of the
  // name. Not after "the", before which three capitalised words are as often a body's name.
  const determiner = /(?:^|[\s(])(?:le|la|les|l['’])\s*$/iu.test(text.slice(Math.max(0, words[0]!.start - 5), words[0]!.start));
  if (words.length === 3 && !named.titled && words.every((w) => isCap(w.text) && !CONNECTORS.has(lower(w.text)) && !ORG_HEADS.has(lower(w.text)))
    && givenNameGender(words[0]!.text) === undefined && (determiner || givenNameGender(words[1]!.text) !== undefined)) words = words.slice(1);
  // The same before a known first name and a surname with a particle or a first name that is also one (a nationality
  // after "le", then a first name and "Le X"; an English one before "Ben X"): a nationality (English, or a French noun after its article) is not the name's.
  else if (words.length >= 3 && !named.titled && isCap(words[0]!.text) && !CONNECTORS.has(lower(words[0]!.text)) && !ORG_HEADS.has(lower(words[0]!.text))
    && givenNameGender(words[0]!.text) === undefined && givenNameGender(words[1]!.text) !== undefined && isCap(words[2]!.text)
    && (determiner || ENGLISH_DEMONYMS.has(lower(words[0]!.text)))) words = words.slice(1);
  const tail = withOrgTail(text, tokens, j, words, orgNounBefore(before, prevWord) && !named.titled);
  words = tail.words;
  const resume = tail.resume;
  // "des balises GPS", "un test PCR": an acronym right after a common noun qualifies it; it names nobody.
  if (acronymQualifiesNoun(text, tokens, words, seq)) return { resume };
  // "10 h GMT", "le PIB", "un AVC": a term's acronym names no body.
  if (words.length === 1 && isAcronym(words[0]!.text) && TERM_ACRONYMS.has(lower(words[0]!.text))) return { resume };
  const { roles, gender, titled } = named;
  const folded = words.map((w) => lower(w.text));
  // A first name then a surname is a person's, whatever an apposition seems to say ("Le promoteur, X Y, dirige une
  // entreprise de Z." reads ", dirige une entreprise" as one).
  const givenFirst = words.length >= 2 && givenNameGender(words[0]!.text) !== undefined;
  const single = words.length === 1;
  // "dans X Y", "dans L'X Y": nobody is *in* a person; two capitalised words after "dans" (bare or after a title's
  // capitalised article), none of them a first name, name a paper or a programme ("… regrette X dans Y Libre").
  const inTitle = !single && !titled && /(?:^|[\s(])[Dd]ans[ \u00a0]+(?:L['’]|Le[ \u00a0]+|La[ \u00a0]+|Les[ \u00a0]+)?$/u.test(text.slice(Math.max(0, words[0]!.start - 12), words[0]!.start))
    && !words.some((w) => givenNameGender(w.text) !== undefined);
  const org = inTitle || folded.some((w) => ORG_HEADS.has(w)) || (words.length === 1 && isAcronym(words[0]!.text)) || ((orgNounBefore(before, prevWord) || (!!apposition?.org && !givenFirst)) && !titled);
  // An English adjective of nationality before a lowercase word qualifies that noun phrase ("a Danish trade ministry
  // official said", "the Swedish finance minister, X,"): the phrase, or the name in apposition, is who speaks.
  if (single && !titled && ENGLISH_DEMONYMS.has(folded[0]!) && /^[ \t\u00a0]+\p{Ll}/u.test(text.slice(words[0]!.end, words[0]!.end + 3))) return { resume };
  // Not after an elided article, though: "l'Avril", "l'Octobre" name a body (no month, day or function word takes "l'").
  if (single && !titled && !org && !elidedBefore(text, words[0]!.start) && NOT_NAME_WORDS.has(folded[0]!)) return { resume };
  // A lone capitalised word also written in lowercase is an ordinary word at a sentence start — unless it is the
  // surname of a person named in full in the text (a surname that is also a word): decided after the loop.
  if (single && !titled && !org && lowerSeen.has(lower(words[0]!.text))) {
    return { resume, ambiguous: true, detected: { start: words[0]!.start, end: words[0]!.end, text: words[0]!.text, kind: 'other', key: fold(words[0]!.text), roles, gender } };
  }
  // A lone name with a person's role in apposition ("X, a retired astronaut,") or an age ("X, 54 ans,", "X, 67,") is a person.
  const personal = single && ((!!apposition && !apposition.org && apposition.words.length > 0) || /^\s*,\s*\d{1,3}(?:\s*ans)?\s*[,.]/u.test(text.slice(words[0]!.end, words[0]!.end + 12)));
  const qualifier = !titled && qualifiesNounAfter(text, tokens, words);
  // A role's own modifier, capitalised as it opens the sentence ("former president X", "senior researcher Y" written
  // at a sentence's start), qualifies the role noun after it; it names no body.
  if (single && qualifier && ROLE_MODIFIERS.has(folded[0]!)) return { resume };
  // No person's name has "of" in it without a title ("Duke of X" is titled): "Control of X Disorders" names a thing.
  const ofThing = folded.includes('of') && !titled;
  // A place, a craft, an event or a product named like a person ("le porte-avions X Y"; see thingNames.ts) is a thing.
  // A capitalised role word glued in front does not make a person of a place's or a craft's words (a
  // sportsman's role before "X" and a word of a square or a station).
  const glued = k > 0 && isCap(seq[k - 1]!.text) && !HONORIFICS.has(lower(seq[k - 1]!.text));
  const thing = !org && !qualifier && (!titled || (glued && thingWords(words))) && !personal && namesThing(words, text.slice(Math.max(0, words[0]!.start - 60), words[0]!.start));
  // "selon P X", "told P X": two words, the first one a place the copy also writes alone after a preposition
  // ("en P", "in P") and no first name, name a body or a place, not a person: a body after a word that
  // introduces a source or an outlet ("selon", "à", "according to", "told"), a place or a thing elsewhere.
  const placeFirst = words.length === 2 && !initial && words[0]!.text.length >= 2 && !titled && !personal && !org && !qualifier && givenNameGender(words[0]!.text) === undefined && lookups.placeAlone(words[0]!.text);
  const outlet = placeFirst && /(?:^|[\s(])(?:selon|dans|à|sur|according\s+to|told|on)[ \u00a0]+$/iu.test(text.slice(Math.max(0, words[0]!.start - 14), words[0]!.start));
  const kind: SpeakerKind = org || qualifier || outlet ? 'org' : thing || placeFirst ? 'other' : titled || (!single && !ofThing) || personal ? 'person' : 'other';
  // An honorific stays with the name ("M. Le Goff" is how the article writes it).
  const honorific = seq.findIndex((t, n) => n < k && HONORIFICS.has(lower(t.text)));
  const keyStart = honorific >= 0 && honorific === k - 1 ? seq[honorific]!.start : words[0]!.start;
  const start = kind === 'org' && titleArticle ? seq[k - 1]!.start : keyStart;
  let end = words[words.length - 1]!.end;
  // A channel's or station's number after its name, after an organisation noun ("la radio X 1", "the channel Y 24").
  const number = kind === 'org' && orgNounBefore(before, prevWord) ? CHANNEL_NUMBER.exec(text.slice(end, end + 30)) : null;
  const key = kind === 'person' ? fold(words[words.length - 1]!.text) : fold(text.slice(keyStart, end)) + (number ? number[1] : '');
  if (number) end += number[0].length;
  return { resume, detected: { start, end, text: text.slice(start, end), kind, key, roles, gender } };
}
