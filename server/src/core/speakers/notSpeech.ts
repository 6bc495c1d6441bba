// Quoted words that are no one's speech: titles of works, terms talked about,
// names given ("un plan appelé « Horizon Bleu »"), sources-list lines and scare
// quotes, told by the words around the quote.
import { isSpeechVerb } from './lexicon';
import { isGroupNoun } from './roles';
import type { QuoteSpan } from './types';

/** A work, then what it is about, right before the quote: the quote is its title. */
const WORK_ON_BEFORE = /\b(?:rapport|étude|enquête|livre|ouvrage|article|dossier|documentaire|film|thèse|report|study|survey|book|paper|documentary|thesis)\b[^.;:!?«»"“”\n]{0,60}\b(?:sur|on|about|concernant)\s*$/iu;
/** A work named right before its title: "son livre « … »", "the film “…”", "leur album « … »". */
const WORK_BEFORE = /(?:^|[\s'’])(?:livre|ouvrage|roman|essai|film|documentaire|album|chanson|single|tube|série|feuilleton|émission|pièce|spectacle|exposition|opéra(?:-rock)?|comédie musicale|slogan|hashtag|mot-dièse|book|novel|memoir|film|movie|documentary|album|song|single|hit|series|show|play|musical|opera|exhibition|programme|program|slogan)\s*,?\s*$/iu;
/**
 * "named", "intitulé", "sous le nom de": what follows is a name, whatever else the sentence says; also past a place where the name is
 * used ("l'ancienne ambassade, baptisée en Iran « … »", "known in the village as “…”").
 */
const NAMING_BEFORE = /(?:intitulée?s?|baptisée?s?|surnommée?s?|dénommée?s?|sous\s+(?:le\s+(?:nom|titre)|l['’]appellation)(?:\s+de|\s+d['’])?|named|titled|entitled|nicknamed|under\s+the\s+(?:name|title)(?:\s+of)?|known(?:\s+(?:locally|in\s+[\p{L}'’-]+))?\s+as)(?:\s+(?:en|au|aux|à|dans|outre-\p{Ll}+)\s+[\p{L}'’-]+)?\s*[(]?$/iu;
const TERM_AFTER = /^[\s,]*(?:(?:in|en)\s+[^,.;:!?"«»“”\n]{0,30}\s+)?(?:refers? to|means|meant|stands for|is (?:a|the) (?:term|word|name)|désigne|signifie|veut dire|est le (?:nom|terme|mot))\b/iu;
const TERM_BEFORE = /(?:so-called|self-styled|soi-disant|prétendue?s?|(?<!(?:\bs['’]est|\bs['’]était|\bse sont|\bs['’]étaient|\ba|\bont|\bavait|\bil|\belle|\bon)\s)dite?s?|the (?:term|word|phrase|expression|label)|le (?:terme|mot|label|slogan)|l['’]expression|conformément\s+(?:à\s+la|à\s+l['’]|au|aux)|en\s+vertu\s+(?:de\s+la|de\s+l['’]|du|des)|in\s+accordance\s+with\s+the)\s*$/iu;
/**
 * A noun for things that carry a name, right before the quote: "l'opération « X »", "la liste "Y"", "la résidence
 * "Z"", "the charity “W”". Works are WORK_BEFORE's; "course", "home" and the like are left out (of course "…").
 */
const NAMED_THING_BEFORE = new RegExp(
  `(?:^|[\\s'’])(?:${[
    'association', 'amicale', 'club', 'liste', 'opération', 'campagne', 'résidence', 'maison de retraite', 'ehpad', 'foyer', 'atelier',
    'festival', 'fête', 'foire', 'salon', 'concours', 'trophée', 'challenge', 'tournoi', 'rallye', 'soirée', 'journée', 'journées',
    'semaine', 'collectif', 'comité', 'chorale', 'troupe', 'compagnie', 'groupe', 'restaurant', 'café', 'brasserie', 'hôtel', 'magasin',
    'boutique', 'enseigne', 'cinéma', 'dispositif', 'projet', 'label', 'marque', 'cuvée', 'navire', 'bateau', 'lotissement',
    'charity', 'campaign', 'operation', 'scheme', 'initiative', 'shop', 'store', 'pub', 'band', 'choir', 'fair',
    'party', 'movement', 'ticket',
  ].join('|')})\\s*$`,
  'iu',
);

/** Whether the quote names something: a short capitalised quote right after a noun for things that carry a name. */
function isNamedThing(text: string, q: QuoteSpan): boolean {
  const inner = text.slice(q.open + 1, q.end - 1).trim();
  return /^[\p{Lu}\d]/u.test(inner) && inner.split(/\s+/u).length <= 8 && NAMED_THING_BEFORE.test(text.slice(Math.max(0, q.open - 30), q.open));
}

const nameKey = (text: string, q: QuoteSpan): string => text.slice(q.open + 1, q.end - 1).trim().toLowerCase();

/**
 * The quotes that name something ("l'opération « X »", "la liste "Y""), and those elsewhere in the text that give the
 * same words (a headline quoting "Les Amis de X" after "l'association "Les Amis de X""): names, whoever speaks.
 */
export function namedThings(text: string, quotes: readonly QuoteSpan[]): ReadonlySet<QuoteSpan> {
  const names = new Set(quotes.filter((q) => isNamedThing(text, q)).map((q) => nameKey(text, q)));
  const named = names.size === 0 ? [] : quotes.filter((q) => names.has(nameKey(text, q)));
  return new Set([...named, ...repeatedTerms(text, quotes)]);
}

/** A term's key: its words lowercased, each without a plural "s" ("gilet jaune" and "gilets jaunes" are one term). */
const termKey = (text: string, q: QuoteSpan): string => nameKey(text, q).split(/\s+/u).map((w) => w.replace(/s$/u, '')).join(' ');

/**
 * The same few words quoted three times or more in one article ("« bonnets verts »" in the title, then twice in the
 * text) are the writer's term for a group or a thing, not anyone's words; each time, unless a speech verb governs it
 * ("dénonce des « … »": that time the words are the speaker's).
 */
function repeatedTerms(text: string, quotes: readonly QuoteSpan[]): QuoteSpan[] {
  const short = quotes.filter((q) => isShortPhrase(text.slice(q.open + 1, q.end - 1).trim(), 4));
  const count = new Map<string, number>();
  const keys = short.map((q) => termKey(text, q));
  for (const key of keys) count.set(key, (count.get(key) ?? 0) + 1);
  return short.filter((q, i) => count.get(keys[i]!)! >= 3 && !speechVerbBeforeArticle(text, q.open)
    && !speechVerbRightBefore(text, q.open));
}

/** At most `max` words with no sentence punctuation inside: a noun phrase, not a sentence. */
function isShortPhrase(inner: string, max: number): boolean {
  const words = inner.split(/\s+/u).filter(Boolean);
  return words.length >= 1 && words.length <= max && !/[.!?;:]/u.test(inner);
}

/** A speech verb right before the quote: "déplore « … »", "said “…”". */
function speechVerbRightBefore(text: string, at: number): boolean {
  const m = /([\p{L}]+)\s*$/u.exec(text.slice(Math.max(0, at - 30), at));
  return !!m && isSpeechVerb(m[1]!);
}

const DETERMINER = String.raw`(?:le|la|les|l['’]|un|une|des|du|au|aux|ce|cet|cette|ces|son|sa|ses|leur|leurs)`;
/** A determiner, a noun, then "des / du / de la / de l'": the quote is the noun's complement ("la crise des « … »"). */
const NOUN_COMPLEMENT_BEFORE = new RegExp(String.raw`(?:^|[\s'’(])${DETERMINER}\s*([\p{L}-]+)\s+(des|du|de\s+la|de\s+l['’]|d['’]un|d['’]une)\s*$`, 'iu');
/**
 * A determiner, a noun and maybe a lowercase adjective, then bare "de": "une marche nocturne de « X »". Kept to
 * capitalised quotes (a group's name); the adjective's place may hold a verb ("le maire dénonce de « … »"), checked below.
 */
const NOUN_ADJECTIVE_DE_BEFORE = new RegExp(String.raw`(?:^|[\s'’(])${DETERMINER}\s*([\p{L}-]+)(?:\s+(?!(?:que|qui|dont|et|ou|mais|puis|donc)\s)(\p{Ll}[\p{Ll}-]{2,}))?\s+de\s*$`, 'iu');
/** A determiner and a noun right before the quote: "des retraités « … »". */
const DETERMINER_NOUN_BEFORE = new RegExp(String.raw`(?:^|[\s'’(])${DETERMINER}\s*([\p{L}-]+)\s+$`, 'iu');
/** Sentence start, then a determiner: "Ces « … » rejettent …". */
const SENTENCE_DETERMINER_BEFORE = new RegExp(String.raw`^\s*[(«"“]?\s*(?=\p{Lu})(?:le|la|les|l['’]|ces|ce|cet|cette)\s*$`, 'iu');

/** Whether a speech verb appears among the words of text. */
function hasSpeechVerb(text: string): boolean {
  return (text.match(/\p{L}+/gu) ?? []).some((w) => isSpeechVerb(w));
}

/**
 * Words of the writer's own prose put in quotes: a group's or a thing's name, a scare quote. A few words as the
 * complement of a noun ("la révolte des « bonnets verts »", "les accusations du « Daily X »"), as the subject
 * opening a sentence ("Ces « invisibles » rejettent …"), as a group doing something ("tenu par les « … »"), as a role after "en" ("en « simple spectateur »"), or a lone
 * adjective after a noun in a sentence where nobody says anything ("des retraités « ordinaires »"). A speech cue
 * elsewhere in the sentence ("…, indique une source") does not make these words anyone's: the source speaks around them.
 * `s` and `e`: the quote's sentence.
 */
export function isWritersWords(text: string, q: QuoteSpan, s: number, e: number): boolean {
  const inner = text.slice(q.open + 1, q.end - 1).trim();
  if (!isShortPhrase(inner, 4)) return false;
  const before = text.slice(Math.max(s, q.open - 60), q.open);
  const complement = NOUN_COMPLEMENT_BEFORE.exec(before);
  // A group ("des « … »") or a name (a capital): "les responsabilités de la « chaîne de décision »" may quote a speaker.
  if (complement && !isSpeechVerb(complement[1]!) && (/^des$/iu.test(complement[2]!) || /^\p{Lu}/u.test(inner))) return true;
  const adjective = NOUN_ADJECTIVE_DE_BEFORE.exec(before);
  if (adjective && /^\p{Lu}/u.test(inner) && !isSpeechVerb(adjective[1]!) && !(adjective[2] && isSpeechVerb(adjective[2]))) return true;
  // A group as the agent ("un barrage tenu par les « … »"), where nobody in the sentence so far says anything.
  if (/(?:^|\s)par\s+(?:les|des)\s*$/iu.test(before) && !hasSpeechVerb(text.slice(s, q.open))) return true;
  if (SENTENCE_DETERMINER_BEFORE.test(text.slice(s, q.open)) && /^\s+\p{L}/u.test(text.slice(q.end, q.end + 3))) return true;
  const words = inner.split(/\s+/u);
  // "a fait une apparition, en « simple spectateur »": a role; "résume en « … »" would be the speaker's words.
  const en = /(?:^|[\s,])(?:([\p{L}]+)\s*,?\s+)?en\s*$/u.exec(before);
  if (words.length <= 3 && /^\p{Ll}/u.test(inner) && en && !(en[1] && isSpeechVerb(en[1]))) return true;
  // "juge le projet « bâclé »" judges: only with no speech verb in the whole sentence is the adjective the writer's.
  const noun = DETERMINER_NOUN_BEFORE.exec(before);
  return words.length === 1 && /^\p{Ll}/u.test(inner) && !!noun && !isSpeechVerb(noun[1]!)
    && !hasSpeechVerb(text.slice(s, q.open)) && !hasSpeechVerb(text.slice(q.end, Math.max(q.end, e)));
}

/** After a title: an apposition naming the kind of work ("…», le premier roman de X", "”, his latest album"). */
const WORK_AFTER = /^\s*,\s*(?:le|la|l['’]|son|sa|leur|un|une|the|his|her|their|its|a|an)\s*(?:(?:premier|première|dernier|dernière|nouveau|nouvel|nouvelle|deuxième|troisième|second|seconde|fameux|célèbre|first|second|third|latest|last|new|debut|famous)\s+)?(?:roman|livre|ouvrage|essai|recueil|film|documentaire|album|chanson|single|pièce|série|spectacle|opéra|novel|book|memoir|film|movie|documentary|album|song|single|play|series|show|opera)(?![\p{L}])/iu;
/** The rest of a sources-list line after its quoted title: a dash, the outlet, a comma and a date, then the line's end. */
const SOURCE_LINE_AFTER = /^[ \t\u00a0]*[-–—][ \t\u00a0]*[^\n,«»"“”]{2,60},[ \t\u00a0]*(?:\d|\p{L}+[ \t\u00a0]+\d)[^\n«»"“”]{0,30}(?:\n|$)/u;
const NOT_SPEECH_BEFORE = /(?:intitulée?s?|baptisée?s?|appelée?s?|nommée?s?|surnommée?s?|dénommée?s?|named|called|titled|entitled|known as|nicknamed|terme|term|word|mot|expression|label|catégorie|category|rating|note|classée?s?|rated|slogan|thème|theme|hashtag|opération|operation|programme|program|émission|show|film|livre|book|album|chanson|song|série|series|robot|prix|award|mention|site|website|section|rubrique)\s*(?:de\s+|d['’]|of\s+|the\s+)?[(]?$/iu;

/**
 * Words no speech cue turns into speech: a one-word quote with a digit ("A3"),
 * a one-word quote after an article ("la victoire du « oui »"), a Title Case
 * name after a preposition ("says on “The Big Countdown”").
 */
export function isTermOrTitle(text: string, q: QuoteSpan, verbCued = false): boolean {
  const inner = text.slice(q.open + 1, q.end - 1).trim().replace(/[.,!?]+$/u, '');
  const words = inner.split(/\s+/u).filter(Boolean);
  const before = text.slice(Math.max(0, q.open - 12), q.open);
  if (words.length === 1 && /\d/u.test(inner) && /^[\p{L}\d-]+$/u.test(inner)) return true;
  // A one-word quote after an article is a term ("la victoire du « oui »"), unless a speech verb governs it: the
  // speaker's own word, a partial quote ("a dénoncé une « mascarade »", "a reconnu des « difficultés »").
  if (words.length === 1 && /(?:^|\s)(?:du|le|la|les|des|un|une|au|aux|the)\s*$/iu.test(before) && !speechVerbBeforeArticle(text, q.open)) return true;
  // English "a / an": a term ("a “hacker”") unless a speech verb names who used the word ("X called it a “disgrace”").
  if (words.length === 1 && !verbCued && /(?:^|\s)(?:a|an)\s*$/iu.test(before)) return true;
  if (words.length <= 6 && NAMING_BEFORE.test(text.slice(Math.max(0, q.open - 30), q.open))) return true;
  // "a case investigators called “Operation Dry Sky”", "un plan appelé « Horizon Bleu »": a verb of calling before Title
  // Case words gives a name. Lowercase words after it are someone's judgement ("called the news “a gut punch”").
  if (words.length <= 6 && isTitleCase(words) && CALLING_BEFORE.test(text.slice(Math.max(0, q.open - 30), q.open))) return true;
  // A one-word quote qualifying the noun after it, alone or coordinated with another ("in “convenience” and
  // “administrative” charges", "des frais « techniques »" is not this: French puts the adjective after the noun).
  // Up to three lowercase words without punctuation before a plural of people name the group ("a group of “green
  // scarf” protesters"), even in a sentence with a speech verb; before other nouns they are someone's judgement ("said
  // the city could not wait for “painfully slow” talks").
  const groupAfter = words.length > 1 && isGroupNoun(/^\s+([\p{Ll}-]+)/u.exec(text.slice(q.end, q.end + 40))?.[1] ?? '');
  if ((words.length === 1 || (words.length <= 3 && groupAfter)) && words.every((w) => /^\p{Ll}[\p{Ll}'’-]*$/u.test(w)) && ATTRIBUTIVE_AFTER.test(text.slice(q.end, q.end + 60))
    && (/(?:^|\s)(?:in|of|for|on|with|the|a|an|and|or)\s*$/iu.test(before))) return true;
  // "leading a “grand public consultation” aimed at …": a few lowercase words after "a", inside a sentence that goes on,
  // name a thing in the writer's own words. Not when a speech verb comes before them ("warned of a “…”", "called it a
  // “…”"), after a copula ("is a “…”" judges), or when a speech clause closes the sentence ("…, he said").
  if (words.length >= 2 && words.length <= 4 && isLowercasePhrase(words) && INDEFINITE_AFTER_VERB.test(text.slice(Math.max(0, q.open - 30), q.open))
    && /^\s+\p{L}/u.test(text.slice(q.end, q.end + 3)) && !/(?:^|\s)(?:is|was|are|were|be|been|being|became|becomes|remains|remained|seems|seemed)\s+an?\s*$/iu.test(text.slice(Math.max(0, q.open - 20), q.open))) {
    const s = sentenceStartBefore(text, q.open);
    if (!hasSpeechVerb(text.slice(s, q.open)) && !closingSpeechClause(text.slice(q.end, sentenceEndAfter(text, q.end)))) return true;
  }
  // "the “bonnets verts,” or “green hat” movement": a term glossed by another in quotes, joined by "or"; both are words
  // talked about, unless a speech verb governs the first ("said “maybe later” or “not now”").
  if (words.length <= 4 && isGlossPair(text, q)) return true;
  // "un rapport … sur « Les revenus des ménages »", "a study on “…”": the title of the work.
  if (words.length <= 10 && WORK_ON_BEFORE.test(text.slice(Math.max(0, q.open - 90), q.open))) return true;
  // "son livre « … »", "the film “…”", "l'émission « … »": the quote is the work's title, whoever speaks in the sentence.
  // A title starts with a capital (or a digit, a hashtag): "a jugé le film « beau mais glacial »" judges, it names nothing.
  if (words.length <= 12 && WORK_BEFORE.test(text.slice(Math.max(0, q.open - 30), q.open)) && /^[\p{Lu}\d#@]/u.test(inner)) return true;
  // "citant « X », le premier roman de Y", "“X”, his latest album": an apposition naming a kind of work after the quote.
  if (words.length <= 12 && WORK_AFTER.test(text.slice(q.end, q.end + 60)) && /^[\p{Lu}\d#@]/u.test(inner)) return true;
  // A line of a sources list: the quote opens its line, then a dash, the outlet and a date ("« X » — Radio Y, 3 mai 2026").
  if (/(?:^|\n)[ \t\u00a0]*$/u.test(text.slice(Math.max(0, q.open - 20), q.open)) && SOURCE_LINE_AFTER.test(text.slice(q.end, q.end + 120))) return true;
  // Words talked about, not said: "« X » désigne …", "“X” refers to …", "so-called “X”", "la loi dite « X »".
  if (words.length <= 6 && TERM_AFTER.test(text.slice(q.end, q.end + 60))) return true;
  if (words.length <= 6 && TERM_BEFORE.test(text.slice(Math.max(0, q.open - 25), q.open))) return true;
  // "“referenda d'initiative citoyenne” (RIC)", "the “national wage council” (NWC)": words glossed by their initials
  // in brackets are a name, whoever speaks in the sentence.
  if (words.length >= 2 && words.length <= 8 && glossedByInitials(words, text.slice(q.end, q.end + 14))) return true;
  // "cut his rating on the stock to “sell” from “hold”", "relevé sa recommandation à « acheter »": a rating, whoever changed it.
  if (words.length <= 3 && RATING_BEFORE.test(text.slice(Math.max(0, q.open - 110), q.open))) return true;
  return words.length <= 6 && isTitleCase(words) && /(?:^|\s)(?:on|in|at|sur|dans|from|of|de|by|par)\s*$/iu.test(before);
}

/** Short words an acronym may leave out ("référendum d'initiative citoyenne" is "RIC", "the bureau of statistics" "BS"). */
const ACRONYM_SMALL_WORDS = /^(?:of|the|and|for|in|on|a|an|de|du|des|la|le|les|et|à|au|aux|pour|en)$/iu;

/** Whether `after` opens on an acronym in brackets made of the initials of `words` (with or without their small words). */
function glossedByInitials(words: readonly string[], after: string): boolean {
  const acronym = /^\s*\((\p{Lu}{2,8})\)/u.exec(after)?.[1]?.toLowerCase();
  if (!acronym) return false;
  const bare = words.map((w) => w.replace(/^(?:d|l)['’]/iu, '').replace(/^[^\p{L}]+/u, '')).filter(Boolean);
  const initials = (list: readonly string[]): string => list.map((w) => w[0]!.toLowerCase()).join('');
  return acronym === initials(bare) || acronym === initials(bare.filter((w) => !ACRONYM_SMALL_WORDS.test(w)));
}

/** "a" or "an" after a word (the verb or preposition governing the noun phrase), right before the quote. */
const INDEFINITE_AFTER_VERB = /\p{L}\s+an?\s*$/iu;

/** Lowercase words only (hyphens and apostrophes inside), maybe a comma closing the last: a noun phrase. */
function isLowercasePhrase(words: readonly string[]): boolean {
  return words.every((w) => /^\p{Ll}[\p{Ll}'’-]*,?$/u.test(w));
}

/** Where the sentence holding `at` starts: after the last sentence stop or line break before it. */
function sentenceStartBefore(text: string, at: number): number {
  const m = /[.!?\n][^.!?\n]*$/u.exec(text.slice(Math.max(0, at - 400), at));
  return m ? Math.max(0, at - 400) + m.index + 1 : Math.max(0, at - 400);
}

/** Where the sentence holding `at` ends: its stop or the line's end. */
function sentenceEndAfter(text: string, at: number): number {
  const m = /[.!?\n]/u.exec(text.slice(at, at + 400));
  return m ? at + m.index : Math.min(text.length, at + 400);
}

/** A clause after a comma made of a speech verb and maybe its subject: ", he said", ", said X", ", the mayor told …". */
function closingSpeechClause(after: string): boolean {
  const re = /,\s*(?:(?:he|she|they|we|i|the\s+\p{L}+(?:\s+\p{L}+)?|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+)?(\p{L}+)/giu;
  for (const m of after.matchAll(re)) if (isSpeechVerb(m[1]!)) return true;
  return false;
}

/** A short quote and another joined by "or": "“X,” or “Y”" (this quote the first or the second). */
function isGlossPair(text: string, q: QuoteSpan): boolean {
  const after = /^\s*,?\s*or\s+["“]([^"”\n]{1,40})["”]/u.exec(text.slice(q.end, q.end + 50));
  const before = /["“]([^"“”\n]{1,40})["”]\s*,?\s*or\s+$/u.exec(text.slice(Math.max(0, q.open - 50), q.open));
  const other = after?.[1] ?? before?.[1];
  if (!other || !isShortPhrase(other.trim(), 4)) return false;
  const first = after ? q.open : q.open - before![0].length;
  return !speechVerbRightBefore(text, first) && !speechVerbBeforeArticle(text, first);
}

/** A rating or recommendation, then "to / from / à" (maybe after the other rating of the change): a rating's name follows. */
const RATING_BEFORE = /\b(?:ratings?|recommendations?|outlook|recommandations?|upgraded|downgraded|relevée?|abaissée?|dégradée?)\b[^.;:!?«»"“”\n]{0,60}(?:^|\s)(?:to|from|at|à|au)\s*(?:["“«][^"”»\n]{1,20}["”»]\s*(?:from|to|à|au|de|contre)\s*)?$/iu;

/** A verb of calling right before a quote, maybe with its object pronoun: "called", "dubbed it", "appelée", "qu'il appelle". */
const CALLING_BEFORE = /(?:^|[\s'’])(?:call|calls|called|calling|dub|dubs|dubbed|appel(?:le|lent|é|ée|és|ées|ait|aient)|surnomm(?:e|ent|ait))\s*(?:(?:it|them|this|that|le|la|les|l['’])\s*)?$/iu;

/** After a one-word quote: maybe "and / or" and another one-word quote, then a plural noun (not a verb form). */
const ATTRIBUTIVE_AFTER = /^\s+(?:(?:and|or)\s+["“][\p{Ll}-]+["”]\s+)?(?!(?:was|were|is|are|has|had|says|said|adds|added)\b)[\p{Ll}]{3,}(?<!ed|ing)s\b/u;

/** A speech verb (maybe with an adverb) right before the article before `at`: "a dénoncé une ", "denounced the ". */
function speechVerbBeforeArticle(text: string, at: number): boolean {
  const m = /([\p{L}]+)\s+(?:[\p{Ll}]+(?:ment|ly)\s+)?(du|le|la|les|des|un|une|au|aux|the|a|an)\s*$/iu.exec(text.slice(Math.max(0, at - 50), at));
  // "ajouter du « … »" adds some of a thing (a partitive): "ajouter" says words only before them or "que".
  if (m && /^ajout/iu.test(m[1]!) && /^du$/iu.test(m[2]!)) return false;
  return !!m && isSpeechVerb(m[1]!);
}

/** At least two words longer than three letters, all capitalised: the name of a work. */
function isTitleCase(words: readonly string[]): boolean {
  const long = words.filter((w) => w.length > 3);
  return long.length >= 2 && long.every((w) => /^\p{Lu}/u.test(w));
}

/** A title, a term or a scare quote, where the words around say so. */
export function isNotSpeech(text: string, q: QuoteSpan, sentenceStart: number): boolean {
  const inner = text.slice(q.open + 1, q.end - 1).trim();
  const words = inner.split(/\s+/u).filter(Boolean);
  if (words.length > 6) return false;
  const before = text.slice(Math.max(sentenceStart, q.open - 40), q.open);
  if (NOT_SPEECH_BEFORE.test(before)) return true;
  // Title Case words in running text name a work.
  return isTitleCase(words) && !/^\s*$/u.test(before);
}
