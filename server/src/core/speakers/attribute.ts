// Links each quote to its likely speakers: the subject of a speech verb in the
// quote's sentence (inverted or not, with words between auxiliary and verb),
// "selon / according to X", "Pour X, …", a colon; pronouns and role
// descriptions resolved to the most recent compatible speaker; a quote with
// no cue continues the last speaker. Scores are fixed weights, so the result
// is deterministic and explainable.
import { isRoleWord, isSpeechPhrase, isSpeechVerb, NOT_NAME_WORDS, ORG_NOUNS, PERSON_TITLES, ROLE_NOUNS, SOURCE_PREPOSITION } from './lexicon';
import { tokenize } from './names';
import { sentenceAt } from './sentences';
import { firstFrom, paragraphCounter, quoteMask, startingIn } from './spans';
import type { EntityMention, FoundEntity, QuoteAttribution, QuoteSpan, RankedSpeaker } from './types';

type Subject =
  | { readonly type: 'entity'; readonly entity: number; readonly score: number; readonly reason: string }
  | { readonly type: 'pronoun'; readonly word: string; readonly at: number }
  | { readonly type: 'role'; readonly noun: string; readonly adjectives: readonly string[]; readonly possessive?: boolean; readonly span?: readonly [number, number]; readonly gender?: 'f' | 'm' }
  | { readonly type: 'source'; readonly start: number; readonly end: number };

const PRONOUN_AFTER = /^-(?:t-)?(il|elle|ils|elles|on)\b/u;
const PRONOUN_BEFORE = /(?:-(?:t-)?(il|elle|ils|elles)|\b(il|elle|ils|elles|he|she|they|it|we|nous|on))\s+(?:(?:ne|n['’]|lui|leur|l['’]|se|s['’]|y|en|a|ont|avait|avaient|aurait|fait|has|have|had|was|were|is|also|then|later|further|once|d['’]ailleurs|pour sa part|pour leur part|de son côté|alors|aussi|également|encore|toutefois|déjà|[\p{L}]+ment|[\p{L}]+ly)\s+){0,3}$/iu;
// A reflexive pronoun may end the gap ("« … », s'interroge X").
// Not after a conjunction: "a dénoncé un jugement « injuste » et annoncé un pourvoi" coordinates, it does not invert.
const AFTER_QUOTE_GAP = /^(?![\s\S]*(?:^|\s)(?:et|and|ou|or|mais|but|puis|then)\s)[\s,;:.!?—–-]*(?:(?:[\p{Ll}'’-]+)\s+){0,4}(?:s['’]|m['’])?$/u;
// Anchored: a comma somewhere in a longer gap ("“…,” X, the lawyer, said") puts the subject before the verb.
/** A comma, then maybe an auxiliary and an adverb, right before a speech verb: an incise, whose subject may follow the verb. */
const INCISE_BEFORE = /,\s*(?:(?:a|ont|avait|avaient|aurait|auraient|has|had)\s+)?(?:[\p{Ll}'’-]+\s+){0,2}$/u;
const INVERSION_GAP = /^\s*,\s*(?:(?:a|ont|avait|avaient|aurait|auraient)\s+)?(?:[\p{Ll}'’-]+\s+){0,3}(?:s['’]|m['’])?$/u;
const OBLIQUE_BEFORE = /(?:^|[\s'’])(?:de|du|des|d|à|au|aux|avec|par|pour|sur|contre|chez|vers|dans|devant|derrière|après|avant|pendant|lors|entre|parmi|depuis|dès|sans|sous|of|to|with|by|for|on|in|at|from|about|against|toward|towards|outside|inside|near|after|before|during|over|under|into|onto|behind|across|around|throughout|within|without|through|among|between|despite|via)(?:\s*|['’]|\s+(?:la|le|les|the)\s+|\s+l['’])$/iu;
const LEADING_PRONOUN = /^(?:[^,.;:!?«»"“”]{0,90},\s*)?(?:-\s*)?(il|elle|he|she)\b/iu;
/** "selon un communiqué de X", "according to a report released by X": the document's author is the source. */
const SOURCE_DOCUMENT = /(?:\bselon|\bd['’]après|\baccording\s+to)\s+(?:un|une|le|la|l['’]|a|an|the|its|their|son|sa|leur)\s*(?:[\p{Ll}-]+\s+)?(?:communiqué|rapport|lettre|message|texte|document|courriel|déclaration|étude|enquête|sondage|statement|report|letter|message|post|tweet|e-?mail|study|survey|release|press\s+release)\b[^,.;:«»"“”\n]{0,40}?\b(?:de|du|des|d['’]|by|from|of|par)\s*(?:the\s+|la\s+|le\s+|les\s+|l['’])?$/iu;
/** "selon un sondage X publié dimanche", "according to a report by X": a document named by its author right after it. */
const SOURCE_DOCUMENT_NAMED = /(?:\bselon|\bd['’]après|\baccording\s+to)\s+(?:un|une|le|la|l['’]|a|an|the)\s*(?:sondage|rapport|étude|enquête|communiqué|poll|survey|study|report)\s+$/iu;
/** "selon le distributeur X", "according to the charity X": a name after the source's kind. */
const SOURCE_PREPOSITION_NOUN = /(?:\bselon|\bd['’]après|\baccording\s+to)\s+(?:le|la|les|l['’]|the)\s*(?:[\p{Ll}'’-]+\s+){1,3}$/iu;
/** "d'après le ministre du budget, Odile Brunet": the name in apposition after a described source. */
const SOURCE_PREPOSITION_ROLE = /(?:\bselon|\bd['’]après|\baccording\s+to)\s+(?:le|la|l['’]|les|the)\s*[^,.;:!?«»"“”]{2,60},\s*$/iu;
const MANY_SUBJECT = /(?:^|[\s,])((?:de nombreux|de nombreuses|plusieurs|many|several|numerous)\s+[\p{Ll}-]+[sx])(?:\s*,[^,;:.!?"«»“”\n]{2,80},)?\s+(?:(?:ont|avaient|have|had)\s+)?$/iu;
/** What a document says is its author's: an unnamed "message" is a weak speaker. */
/** A document said to be from someone: "a statement from (operator) X", "un communiqué de la X". */
const DOCUMENT_FROM = /\b(?:statement|report|letter|release|note|communiqué|rapport|lettre|courrier|texte)\s+(?:from|by|of|issued\s+by|de|du|des|d['’])\s*(?:(?:the|la|le|les)\s+|l['’])?(?:[\p{Ll}-]+\s+)?$/iu;
const DOCUMENT_NOUNS = /\b(?:message|statement|post|letter|report|note|tweet|e-?mail|communiqué|rapport|lettre|texte|document|courriel)$/iu;
/** "un rapport de l'agence X", "a statement from the ministry": the complement of a document noun is its author. */
const DOCUMENT_OF = /\b(?:rapport|communiqué|lettre|message|texte|document|courriel|déclaration|report|statement|letter|message|post|tweet|e-?mail)\s+(?:de|du|des|d['’]|by|from|of)\s*(?:the\s+|la\s+|le\s+|les\s+|l['’])?$/iu;
const DESCRIPTION = /^(?:le|la|les|l['’]|the)\s*\p{Ll}/iu;
/** "le rapport d'expertise, selon lequel ", "the study, according to which ": group 2 is the antecedent without its determiner. */
const RELATIVE_SOURCE = /((?:(?:du|de\s+la|des|le|la|les|un|une|the|a|an|this)\s+|(?:de\s+)?l['’])?([\p{Ll}][\p{L}'’-]*(?:\s+(?:d['’]|de\s+|du\s+|des\s+|of\s+)?[\p{L}'’-]+){0,3}))\s*,\s*(?:selon|d['’]après|according\s+to)\s+(?:lequel|laquelle|lesquels|lesquelles|which)\s*,?\s*$/iu;
/** A document then its author: "un rapport de X", "une étude publiée par X", "a review by X". */
const DOCUMENT_AUTHOR = /\b(?:rapport|étude|enquête|document|communiqué|lettre|note|avis|audit|bilan|review|report|study|survey|audit|statement|letter|memo|analysis)\s+(?:[\p{Ll}-]+\s+){0,2}(?:de|du|des|d['’]|by|from|of|par)\s*(?:the\s+|la\s+|le\s+|les\s+|l['’])?$/iu;
/** A work, then what it is about, right before the quote: the quote is its title. */
const WORK_ON_BEFORE = /\b(?:rapport|étude|enquête|livre|ouvrage|article|dossier|documentaire|film|thèse|report|study|survey|book|paper|documentary|thesis)\b[^.;:!?«»"“”\n]{0,60}\b(?:sur|on|about|concernant)\s*$/iu;
/** A work named right before its title: "son livre « … »", "the film “…”", "leur album « … »". */
const WORK_BEFORE = /(?:^|[\s'’])(?:livre|ouvrage|roman|essai|film|documentaire|album|chanson|single|tube|série|feuilleton|émission|pièce|spectacle|exposition|opéra(?:-rock)?|comédie musicale|slogan|hashtag|mot-dièse|book|novel|memoir|film|movie|documentary|album|song|single|hit|series|show|play|musical|opera|exhibition|programme|program|slogan)\s*,?\s*$/iu;
/** "named", "intitulé": what follows is a name, whatever else the sentence says. */
const NAMING_BEFORE = /(?:intitulée?s?|baptisée?s?|surnommée?s?|dénommée?s?|named|titled|entitled|nicknamed|known as)\s*[(]?$/iu;
const TERM_AFTER = /^[\s,]*(?:(?:in|en)\s+[^,.;:!?"«»“”\n]{0,30}\s+)?(?:refers? to|means|meant|stands for|is (?:a|the) (?:term|word|name)|désigne|signifie|veut dire|est le (?:nom|terme|mot))\b/iu;
const TERM_BEFORE = /(?:so-called|self-styled|soi-disant|prétendue?s?|(?<!(?:\bs['’]est|\bs['’]était|\bse sont|\bs['’]étaient|\ba|\bont|\bavait|\bil|\belle|\bon)\s)dite?s?|the (?:term|word|phrase|expression|label)|le (?:terme|mot|label|slogan)|l['’]expression)\s*$/iu;
/** After a title: an apposition naming the kind of work ("…», le premier roman de X", "”, his latest album"). */
const WORK_AFTER = /^\s*,\s*(?:le|la|l['’]|son|sa|leur|un|une|the|his|her|their|its|a|an)\s*(?:(?:premier|première|dernier|dernière|nouveau|nouvel|nouvelle|deuxième|troisième|second|seconde|fameux|célèbre|first|second|third|latest|last|new|debut|famous)\s+)?(?:roman|livre|ouvrage|essai|recueil|film|documentaire|album|chanson|single|pièce|série|spectacle|opéra|novel|book|memoir|film|movie|documentary|album|song|single|play|series|show|opera)(?![\p{L}])/iu;
/** The rest of a sources-list line after its quoted title: a dash, the outlet, a comma and a date, then the line's end. */
const SOURCE_LINE_AFTER = /^[ \t\u00a0]*[-–—][ \t\u00a0]*[^\n,«»"“”]{2,60},[ \t\u00a0]*(?:\d|\p{L}+[ \t\u00a0]+\d)[^\n«»"“”]{0,30}(?:\n|$)/u;
const TELL_VERB = /^(?:told|tell|tells|telling)$/iu;
/** ", apposition, " between a name and its verb, with up to three small words after it ("se", "a pour sa part"). */
const APPOSITION_GAP = /^\s*,(?:[^,;:.!?"«»“”\n]{2,120},){1,3}\s*(?:[\p{Ll}'’-]+\s+){0,3}$/u;
/** "X's manager", "X's new spokeswoman": X's role holder speaks, not X ("X's analysis concluded" keeps X). */
const POSSESSIVE_AFTER = /^['’]s\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+)/u;
const GROUP_SUBJECT = /(?:^|[\s,])((?:les|the)\s+(?:deux|trois|two|three)\s+([\p{Ll}-]+)|both\s+([\p{Ll}-]+))\s+(?:[\p{Ll}'’-]+\s+){0,2}$/iu;
// Up to a phrase about anonymity, which does not describe the source ("un diplomate sous couvert d'anonymat").
// Also before the verb's own complement: "a expliqué un responsable de X à l'AFP", "told one official to the BBC".
const INDEFINITE = /^(?:[Uu]n|[Uu]ne|[Dd]es|[Aa]|[Aa]n|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]ome|[Ss]everal|[Pp]lusieurs|[Dd]eux|[Tt]rois|[Cc]ertains|[Cc]ertaines)\s+(?:(?!\s(?:(?:interrog|contact|joint|cité|sollicit|interview|quoted|reached)[\p{L}]*\s+(?:par|by)\s|sous\s+couvert|qui\s+a\s+requis|ayant\s+requis|qui\s+souhaite|speaking\s+on|on\s+condition|who\s+asked|who\s+requested|requesting)\b|\s(?:à|au|aux)\s+(?:l['’]\p{Lu}|\p{Lu}|la\s+(?:presse|radio|télévision|chaîne))|\s(?:à\s+la|à\s+l['’]|au|aux)\s*(?:quotidien|journal|hebdomadaire|mensuel|magazine|radio|chaîne|télévision|site|agence|revue)s?\s|\sto\s+(?:the\s+)?\p{Lu}|\s(?:depuis|dès|from)\s+(?:les|la|le|l['’]|son|sa|ses|the|his|her)|\s(?:est|sont|était|étaient|semble|paraît|se\s+montre|is|are|was|were|seems)\s)[^,.;:!?"«»“”\n]){2,90}/u;
const NOT_SPEECH_BEFORE = /(?:intitulée?s?|baptisée?s?|appelée?s?|nommée?s?|surnommée?s?|dénommée?s?|named|called|titled|entitled|known as|nicknamed|terme|term|word|mot|expression|label|catégorie|category|rating|note|classée?s?|rated|slogan|thème|theme|hashtag|opération|operation|programme|program|émission|show|film|livre|book|album|chanson|song|série|series|robot|prix|award|mention|site|website|section|rubrique)\s*(?:de\s+|d['’]|of\s+|the\s+)?[(]?$/iu;

/** Time words between a speech verb and its inverted subject: "a déclaré mardi soir X", "said on Monday X". */
const TIME_AFTER_VERB = /^(?:(?:(?:on|ce|cette)\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|hier|aujourd['’]hui|yesterday|today|matin|soir|après-midi|morning|evening|afternoon|night|dernier|dernière|last|encore|aussi|également|alors|ensuite|enfin|again|also|later|then|lui-même|elle-même|[\p{Ll}]+ment|[\p{Ll}]{3,}ly)(?=[\s,])\s*,?\s*)/u;
/** A preposition opening a complement of the speech verb ("à l'AFP", "auprès de", "lors d'une", "in a statement"). */
const COMPLEMENT_PREPOSITION = /^(?:à|au|aux|auprès\s+(?:de|du|des|d['’])|devant|sur|dans|lors\s+(?:de|du|des|d['’])|en|après|pendant|via|to|on|in|at|during|after|outside)(?![\p{L}])\s*(?:(?:la|le|les|un|une|son|sa|ses|leur|leurs|ce|cette|the|a|an|his|her|its|their|this)(?![\p{L}])\s*|l['’])?/iu;
/**
 * The noun of such a complement, with one adjective ("sur les réseaux sociaux", "à la presse locale") and one
 * complement of its own ("conférence de presse", "issue de la réunion").
 */
const COMPLEMENT_NOUN = /^[\p{Ll}][\p{L}-]*(?:\s+[\p{Ll}-]{3,}(?:aux|ales?|elles?|iques?|aires?|ives?|aines?|aises?|iennes?|ées?)(?=[\s,]))?(?:\s+(?:de|du|des|d['’]|of)\s*(?:(?:la|le|les|l['’]|the)\s*)?[\p{Ll}][\p{L}-]*)?|^\p{Lu}{2,6}\b/u;

/** "« … », a-t-on appris de source policière", "… auprès de l'entourage de X": where the words come from. */
const LEARNT_FROM = /^\s*,\s*(?:a-t-on|avons-nous|ont-ils|a-t-il|a-t-elle)\s+(?:appris|su)\s+(?:(?=de\s+sources?\b)|auprès\s+(?:de|du|des|d['’])\s*(?:l['’]entourage\s+(?:de|du|des|d['’])\s*)?)/iu;
/** "« … », peut-on lire dans le communiqué du parquet", "lit-on sur le site de X": the document's author. */
const READ_IN = /^\s*,\s*(?:peut-on|pouvait-on|lit-on|pouvons-nous)\s+lire\s+(?:dans|sur)\s+(?:le|la|l['’]|un|une|son|sa|leur)\s*(?:[\p{Ll}-]+\s+){1,3}?(?:de|du|des|d['’])\s*/iu;
/** "Ce dernier a répondu", "cette dernière s'est dite", "the latter said" before a speech verb. */
const LATTER_BEFORE = /(?:^|[\s,;(])(ce\s+dernier|cette\s+dernière|ces\s+derniers|ces\s+dernières|the\s+latter)\s+(?:(?:ne|n['’]|lui|leur|l['’]|se|s['’]|y|en|a|ont|avait|avaient|aurait|has|have|had|was|were|is|also|then|later|d['’]ailleurs|alors|aussi|également|encore|toutefois|déjà|[\p{L}]+ment|[\p{L}]+ly)\s+){0,3}$/iu;
/** A document with no author named after it, as the subject of an inverted verb ("précise le texte"). */
const BARE_DOCUMENT = /^(?:le|la|l['’]|the)\s*(?:texte|document|communiqué|rapport|lettre|courrier|message|statement|report|letter|document|note|release)(?![\p{L}])(?!\s+(?:de|du|des|d['’]|by|from|of)\b)/iu;
/** A word that can qualify a plural group ("les enquêteurs français"), not a verb. */
const DESCRIPTION_ADJECTIVE = /^[\p{Ll}-]{3,}(?:aises?|ais|aines?|ains?|iennes?|iens?|éennes?|éens?|iques?|istes?|ales?|aux|elles?|els?|oises?|ois|ines?|ins?|ives?|ifs?|aires?)$/u;

/** Words set off by commas that change nothing about who speaks: ", lui,", ", pour sa part,", ", however,". */
const INSERTION = /,\s*(lui|elle|eux|elles|lui aussi|elle aussi|lui-même|elle-même|pour sa part|pour leur part|quant à lui|quant à elle|de son côté|de leur côté|toutefois|cependant|néanmoins|en revanche|d['’]ailleurs|en outre|par ailleurs|for (?:his|her|their|its) part|however|in turn|meanwhile|too|though|also|(?:très\s+|visiblement\s+|manifestement\s+)?ému(?:e|s|es)?|en larmes|tout sourire|amusée?|agacée?|furieux|furieuse|laconique|sobrement|simplement|en substance|in substance|(?:visibly\s+)?moved|smiling|laughing)\s*,/gu;

/** A people's or region's name ("Guadeloupéen", "Britannique", "Marseillaise"): capitalised, yet a description. */
/** Role nouns with one form for both genders whose French determiner says which ("le ministre", "la juge"); not "porte-parole" (often "le" for a woman). */
const DETERMINED_EPICENE = new Set(['ministre', 'juge', 'secrétaire', 'commissaire', 'architecte', 'journaliste', 'responsable', 'artiste', 'photographe', 'psychologue']);
const DEMONYM = /^\p{Lu}[\p{Ll}-]{3,}(?:ais|aise|ois|oise|ien|ienne|éen|éenne|ain|aine|and|ande|ique|in|ine)$/u;

interface Speaker {
  readonly entity: number;
  readonly at: number;
}

/**
 * A quote is attributed without asking when its best candidate scores at least
 * CONFIDENT_MIN and leads the next by CONFIDENT_LEAD. Chosen on the dev split
 * (bench/speakers.bench.ts prints the trade-off): 0.75 / 0.05 keeps dev precision
 * well above 90 % at over 80 % coverage, with a margin for unseen text.
 */
export const CONFIDENT_MIN = 0.75;
export const CONFIDENT_LEAD = 0.05;

export interface AttributeInput {
  readonly text: string;
  readonly quotes: readonly QuoteSpan[];
  readonly entities: FoundEntity[];
  readonly mentions: readonly EntityMention[];
  readonly sentenceStarts: readonly number[];
  readonly lang: 'fr' | 'en';
  /** The quote mask of `text` (spans.ts), when the caller has built it already. */
  readonly mask?: Uint8Array;
  /** Makes an entity for an unnamed source ("une source proche du dossier"); undefined when none may be made. */
  readonly addSource?: (start: number, end: number) => number | undefined;
}

export function attributeQuotes(input: AttributeInput): QuoteAttribution[] {
  const { quotes, entities, mentions, sentenceStarts } = input;
  const english = input.lang === 'en';
  const mask = input.mask ?? quoteMask(input.text.length, quotes);
  // Incidental words between commas ("Le ministre, lui, défend", "X, for his part, said") are blanked (same offsets),
  // so that the subject and its verb read as adjacent.
  const text = input.text.replace(INSERTION, (m, _w: string, at: number) => (mask[at] === 0 ? ' '.repeat(m.length) : m));
  const inQuote = (at: number): boolean => mask[at] === 2;
  const outsideMentions = mentions.filter((m) => !inQuote(m.start));
  const paragraphOf = paragraphCounter(text);
  /** Mentions starting in [from, to). */
  const between = (from: number, to: number): EntityMention[] => startingIn(outsideMentions, from, to);
  const results: QuoteAttribution[] = [];
  let last: Speaker | undefined;
  /** How many quotes each entity was confidently given so far: an interview's subject is quoted most. */
  const quotedCount = new Map<number, number>();

  /** The mentions (outside quotes) from offset `at` on, by binary search. */
  const mentionsFrom = (at: number): EntityMention[] => {
    const i = firstFrom(outsideMentions, at);
    return outsideMentions.slice(i, i + 12);
  };

  /** The most recent entity before `at` that fits `accept`, within `window` characters. */
  const recent = (at: number, window: number, accept: (e: FoundEntity) => boolean): EntityMention | undefined => {
    // Mentions starting at or after `at` also end after it: start the backward scan before them.
    for (let i = firstFrom(outsideMentions, at) - 1; i >= 0; i--) {
      const m = outsideMentions[i]!;
      if (m.end > at) continue;
      if (at - m.end > window) return undefined;
      if (accept(entities[m.entity]!)) return m;
    }
    return undefined;
  };

  /**
   * The author of a document the sentences before `at` cite ("… sur un rapport de l'Observatoire X publié en
   * septembre. Le document estime …"): the name after "rapport de / report by", within a few hundred characters.
   */
  const documentAuthorBefore = (at: number): number | undefined => {
    for (let i = firstFrom(outsideMentions, at) - 1; i >= 0; i--) {
      const m = outsideMentions[i]!;
      if (at - m.end > 600) return undefined;
      if (m.end > at || entities[m.entity]!.kind === 'other') continue;
      if (DOCUMENT_AUTHOR.test(text.slice(Math.max(0, m.start - 50), m.start))) return m.entity;
    }
    return undefined;
  };

  /** A mention right after a preposition is an object or a complement, not a subject. */
  const afterPreposition = (at: number): boolean => OBLIQUE_BEFORE.test(text.slice(Math.max(0, at - 16), at));

  /**
   * The subject of the sentence starting at `start`: its first person (or
   * organisation) named near its start, not after a preposition. A sentence
   * that starts with a pronoun, or names nobody there, hands over to the one
   * before it, up to `depth` sentences.
   */
  const chainedSubject = (start: number, fits: (e: FoundEntity) => boolean, depth: number): number | undefined => {
    let from = start;
    for (let d = 0; d < depth; d++) {
      const [ss, se] = sentenceAt(sentenceStarts, from, text.length);
      const head = text.slice(ss, Math.min(se, ss + 100));
      // A sentence that opens with a quote is about its speaker ("« … », a martelé l'avocat général, X. Le magistrat …").
      // Only the sentence right before: further back, a sentence with no subject of its own hands over too much.
      const opening = d === 0 && /^[\s–—-]*[«"“]/u.test(head) ? results.find((r) => r.quote.open >= ss && r.quote.open < ss + 4) : undefined;
      if (opening && opening.confident && opening.candidates[0]) {
        const speaker = opening.candidates[0].entity;
        return fits(entities[speaker]!) ? speaker : undefined;
      }
      const lead = LEADING_PRONOUN.exec(head);
      // Places and unclassified capitalised words ("Dès", "Bulgarie") are not subjects a pronoun continues.
      // A possessive is not the subject either: "X's attorney, Y, had asked …" is about Y (or X's attorney).
      const first = mentionsFrom(ss).find((m) => m.start < se && m.start - ss <= 70 && !afterPreposition(m.start) && entities[m.entity]!.kind !== 'other' && !/^['’]s\s/u.test(text.slice(m.end, m.end + 3)));
      // A sentence opening on a description ("Le basketteur de 32 ans avait été élu …") continues the one it describes.
      // Lowercase words only (no "i" flag: it would let \p{Ll} match capitals and swallow the name that follows).
      const described = /^(?:[^,.;:!?«»"“”]{0,40},\s*)?((?:[Ll]e|[Ll]a|[Ll]['’]|[Tt]he)\s*[\p{Ll}'’-]+(?:\s+[\p{Ll}'’-]+){0,3})/u.exec(head);
      // The description may stop before its complement's capital ("Le président du Conseil, X, …").
      const openComplement = !!described && /(?:\s(?:de|du|des|of|de\s+la|of\s+the)|\s[dl]['’])$/u.test(described[1]!);
      // A name right after a description made of role words is its holder too ("Dans les tribunes, le président
      // montclarétain X savourait"); not after a clause ("The governor said the X …").
      const titleOnly = !!described && described[1]!.split(/[\s'’]+/u).slice(1).every((w) => !isSpeechVerb(w) && !/^(?:the|le|la|les|l|a|an|un|une|has|had|was|is|ont|est|qui|who|that|que|de|du|des|d|of)$/iu.test(w));
      // A title the name does not keep may come between ("L'avocat de la défense, Me X,").
      const appositionName = !!first && !!described && (/^\s*(?:(?:de|du|des|d['’]|of)\s[^,]{1,40})?,\s*(?:\p{Lu}\p{Ll}{0,3}\.?\s+)?$/u.test(text.slice(ss + described.index + described[0].length, first.start))
        || (titleOnly && /^\s+$/u.test(text.slice(ss + described.index + described[0].length, first.start)))
        || (openComplement && /^\s*[^,.;:!?«»"“”]{1,40},\s*(?:\p{Lu}\p{Ll}{0,3}\.?\s+)?$/u.test(text.slice(ss + described.index + described[0].length, first.start))));
      if (described && !lead && !appositionName && (!first || first.start - ss > described.index + described[0].length)) {
        const role = roleAt(described[1]!);
        const holder = role && !(ORG_NOUNS.has(role.noun) && !ROLE_NOUNS.has(role.noun)) ? roleHolder(role.noun, role.adjectives, ss, role.gender) : undefined;
        if (holder !== undefined) return fits(entities[holder]!) ? holder : undefined;
      }
      if (first && (!lead || first.start - ss < lead.index + lead[0].length - lead[1]!.length)) {
        // "Hornets boss X was furious", "Acme chief executive X told …": a name qualifying a role before a person's name
        // says whose role it is; the person is the subject.
        // Also with the name in apposition: "A White House spokeswoman, Jane Roe, said".
        const holder = mentionsFrom(first.end).find((m) => m.start > first.end);
        const gap = holder ? text.slice(first.end, holder.start) : '';
        if (holder && entities[first.entity]!.kind !== 'person' && entities[holder.entity]!.kind === 'person' && (isRoleWords(gap) || isRoleWords(gap.replace(/,\s*$/u, ' ')))) return fits(entities[holder.entity]!) ? holder.entity : undefined;
        return fits(entities[first.entity]!) ? first.entity : undefined;
      }
      if (ss === 0) return undefined;
      from = ss - 1;
    }
    return undefined;
  };

  /**
   * Gender is a preference, not a filter: the gender read from a title or a
   * determiner can be wrong ("le ministre" for a woman), so when no speaker of
   * the pronoun's gender is found, the search runs again without it, lower.
   */
  const resolvePronoun = (word: string, at: number, pronounAt: number, add: (e: number, s: number, r: string) => void): void => {
    let found = false;
    resolvePronounWith(word, at, pronounAt, true, false, (e, sc, r) => { found = true; add(e, sc, r); });
    if (!found) resolvePronounWith(word, at, pronounAt, false, false, (e, sc, r) => { found = true; add(e, sc * 0.9, r); });
    // French "il / elle" also stand for an institution ("La juridiction a rejeté le pourvoi ; dans son arrêt, elle estime …"): when no person fits.
    if (!found && /^(?:il|elle)$/iu.test(word)) resolvePronounWith(word, at, pronounAt, false, true, (e, sc, r) => { found = true; add(e, sc * 0.9, r); });
    // Nobody before (a lead that names later: "La chanteuse … a-t-elle écrit. X souffre …"): the person named first in the next sentence.
    if (!found && /^(?:il|elle|he|she)$/iu.test(word)) {
      const [, se] = sentenceAt(sentenceStarts, at, text.length);
      const [, ne] = se < text.length ? sentenceAt(sentenceStarts, se, text.length) : [se, se];
      const next = mentionsFrom(se).find((m) => m.start < ne && paragraphOf(m.start) === paragraphOf(at) && entities[m.entity]!.kind === 'person' && !afterPreposition(m.start));
      if (next) add(next.entity, 0.72, `named after the pronoun ("${word}")`);
      // Nobody named at all: the pronoun continues someone the sentence before describes and never names ("Le Premier
      // ministre libanais a démissionné. Dans une allocution, il a dénoncé …"): that description is an unnamed source.
      else if (input.addSource) {
        const [s0] = sentenceAt(sentenceStarts, Math.min(at, pronounAt), text.length);
        const [p0] = s0 > 0 ? sentenceAt(sentenceStarts, s0 - 1, text.length) : [s0];
        const head = s0 > 0 && paragraphOf(p0) === paragraphOf(s0) && chainedSubject(p0, () => true, 1) === undefined
          ? /^((?:[Ll]e|[Ll]a|[Ll]['’]|[Tt]he)\s*[\p{L}][\p{L}'’-]*(?:\s+(?!(?:a|avait|est|sera|s['’]\S*|se|has|had|was|is|will|who|qui)\s)[\p{Ll}][\p{L}'’-]*){0,3}?)\s+(?:a|avait|est|sera|s['’]|se|has|had|was|is|will)\s/u.exec(text.slice(p0, s0))
          : null;
        const role = head ? roleAt(head[1]!) : undefined;
        if (head && role && !(ORG_NOUNS.has(role.noun) && !ROLE_NOUNS.has(role.noun))) {
          const id = input.addSource(p0, p0 + head[1]!.length);
          if (id !== undefined) add(id, 0.78, `the one described in the sentence before ("${word}")`);
        }
      }
    }
  };

  const resolvePronounWith = (word: string, at: number, pronounAt: number, useGender: boolean, orgs: boolean, addAny: (e: number, s: number, r: string) => void): void => {
    // The sentence right before, in the paragraph, is about someone the text describes and never named ("À la barre, le
    // prévenu, âgé de 61 ans, est apparu fatigué. « … », a-t-il déclaré"): the pronoun most likely is that one, so whoever
    // is found below stays weak.
    const [q0] = sentenceAt(sentenceStarts, Math.min(at, pronounAt), text.length);
    const [b0] = q0 > 0 ? sentenceAt(sentenceStarts, q0 - 1, text.length) : [q0];
    const unnamedBefore = q0 > 0 && paragraphOf(b0) === paragraphOf(q0) && /^(?:[^,.;:!?«»"“”]{0,40},\s*)?(?:[Ll]e|[Ll]a|[Ll]['’]|[Tt]he)\s*[\p{Ll}-]{3,}\s*(?:,|[\p{Ll}'’-]+\s)/u.test(text.slice(b0, q0))
      && chainedSubject(b0, () => true, 1) === undefined && !quotes.some((x) => x.open >= b0 && x.open < q0);
    const add = (e: number, sc: number, r: string): void => addAny(e, unnamedBefore ? Math.min(sc, 0.7) : sc, r);
    const w = word.toLowerCase();
    const person = ['il', 'elle', 'he', 'she'].includes(w);
    const gender = !useGender ? undefined : w === 'elle' || w === 'she' ? 'f' : w === 'il' || w === 'he' ? 'm' : undefined;
    const fits = (e: FoundEntity): boolean =>
      (person ? e.kind === 'person' || e.kind === 'source' || (orgs && e.kind === 'org') : e.kind !== 'person' || w === 'they' || w === 'ils' || w === 'elles') && !(gender && e.gender && e.gender !== gender);
    const mention = recent(at, 1500, fits);
    // A pronoun after a person in its own sentence most often refers to the sentence's subject.
    const [s0] = sentenceAt(sentenceStarts, Math.min(at, pronounAt), text.length);
    const subject = between(s0, pronounAt).find((m) => m.end <= pronounAt && fits(entities[m.entity]!) && !afterPreposition(m.start));
    if (subject) add(subject.entity, 0.88, `the subject of the sentence ("${word}")`);
    // Else the subject of the sentences before (a pronoun there passes it on): the centre of the text.
    const [p0] = s0 > 0 ? sentenceAt(sentenceStarts, s0 - 1, text.length) : [0];
    const previous = s0 > 0 ? chainedSubject(p0, fits, 6) : undefined;
    // The subject of the sentence right before, in the same paragraph, is the likeliest ("X n'a pas caché sa satisfaction. « … », a-t-il déclaré").
    const adjacent = previous !== undefined && chainedSubject(p0, fits, 1) === previous && paragraphOf(p0) === paragraphOf(s0);
    if (previous !== undefined) add(previous, adjacent ? 0.88 : 0.86, `the subject of the sentences before ("${word}")`);
    // French "il / elle" for the institution that is the subject of the sentence before, when its article agrees
    // ("Le gouvernement a condamné ces destructions. Dans un communiqué, il dénonce …").
    if (orgs === false && /^(?:il|elle)$/u.test(w) && s0 > 0) {
      const institution = chainedSubject(p0, (e) => e.kind === 'org', 1);
      const mention = institution === undefined ? undefined : mentionsFrom(p0).find((m) => m.entity === institution);
      const article = mention ? /^(le|la|l['’]|les)\b/iu.exec(text.slice(mention.start, mention.end)) ?? /(?:^|\s)(le|la|du|de la)\s+$/iu.exec(text.slice(Math.max(0, mention.start - 7), mention.start)) : null;
      const agrees = article && (w === 'il' ? /^(?:le|du)$/iu.test(article[1]!) : /^(?:la|de la)$/iu.test(article[1]!));
      if (institution !== undefined && agrees && paragraphOf(p0) === paragraphOf(s0)) add(institution, 0.87, `the institution that is the subject of the sentence before ("${word}")`);
    }
    if (last && fits(entities[last.entity]!) && at - last.at < 2500) {
      // Near: it spoke in the sentence before, or it is the last one named — unless the sentence right before has
      // another subject ("… Le basketteur avait été élu … Il disait alors").
      const lastNear = (s0 > 0 && last.at >= p0) || (!!mention && mention.entity === last.entity && !(adjacent && previous !== last.entity));
      add(last.entity, lastNear ? 0.9 : 0.82, `the last speaker ("${word}")`);
    }
    if (mention) add(mention.entity, last && mention.entity === last.entity && !(adjacent && previous !== last.entity) ? 0.9 : 0.8, `the last person named ("${word}")`);
  };

  /** The entity named before `at` (within a few paragraphs) that an earlier role or name describes as `noun` with `adjectives`. */
  const roleHolder = (noun: string, adjectives: readonly string[], at: number, gender?: 'f' | 'm'): number | undefined => {
    const orgRole = ORG_NOUNS.has(noun) && !ROLE_NOUNS.has(noun);
    const [sentenceStart] = sentenceAt(sentenceStarts, at, text.length);
    const nounStems = roleSynonyms(noun);
    let best: { entity: number; score: number } | undefined;
    for (let i = firstFrom(outsideMentions, at) - 1; i >= 0; i--) {
      const m = outsideMentions[i]!;
      if (m.end > at) continue;
      // The description being resolved is itself a mention ("l'organisation militant …"): look before it.
      if (m.start >= sentenceStart && DESCRIPTION.test(entities[m.entity]!.name)) continue;
      if (at - m.end > 4000) break;
      const e = entities[m.entity]!;
      // A person's role goes to a person (or an unnamed source), never to a place or a word of its complement ("ministre de l'X").
      if (orgRole ? e.kind === 'person' : e.kind !== 'person' && e.kind !== 'source') continue;
      // A gendered form is not its counterpart: "l'avocate" is not the one described as "l'avocat", "le réalisateur" not
      // "la réalisatrice" (the stem is shared, the person is not).
      if (genderClash(e, noun) || (gender && e.gender && e.gender !== gender)) continue;
      // Roles compare by stem and synonym: "la ministre" / "ministre", "le technicien" / "l'entraîneur", "chinoise" / "chinois".
      const stems = [...e.roles].map(roleStem);
      const name = e.name.toLowerCase();
      // The same role counts more than a synonym ("le président" is not "le chef de la protection civile").
      let score = stems.includes(roleStem(noun)) || name.includes(noun) ? 1 : stems.some((r) => nounStems.has(r)) ? 0.5 : 0;
      for (const a of adjectives) if (stems.some((r) => adjectiveStem(r) === adjectiveStem(a)) || name.includes(a)) score += 1;
      if (score > 0 && (!best || score > best.score)) best = { entity: m.entity, score };
    }
    return best?.entity;
  };

  const resolveRole = (noun: string, adjectives: readonly string[], at: number, add: (e: number, s: number, r: string) => void, possessive = false, span?: readonly [number, number], gender?: 'f' | 'm'): void => {
    const orgRole = ORG_NOUNS.has(noun) && !ROLE_NOUNS.has(noun);
    const [sentenceStart] = sentenceAt(sentenceStarts, at, text.length);
    // The gender the form or its determiner says ("la ministre") rules out a person known to be of the other.
    const clash = (e: FoundEntity): boolean => genderClash(e, noun) || (!!gender && !!e.gender && e.gender !== gender);
    const fitsKind = (e: FoundEntity): boolean => (orgRole ? e.kind === 'org' : (e.kind === 'person' || e.kind === 'source') && !clash(e));
    // "sa rivale", "son homologue", "his lawyer": someone other than the one the text is about (the possessor).
    if (possessive && RELATIONAL_ROLES.has(roleStem(noun))) {
      const possessor = sentenceStart === 0 ? last?.entity : chainedSubject(sentenceAt(sentenceStarts, sentenceStart - 1, text.length)[0], fitsKind, 3) ?? last?.entity;
      const other = recent(sentenceStart, 1500, (e) => e.kind === 'person' && entities.indexOf(e) !== possessor);
      if (other) { add(other.entity, 0.8, `"${noun}" of the one the text is about: the other person named`); return; }
    }
    const holder = roleHolder(noun, adjectives, at, gender);
    const best = holder === undefined ? undefined : { entity: holder };
    if (best) add(best.entity, 0.86, `described as "${noun}" earlier`);
    // A description no earlier mention carries ("the musician" after "X, the band's guitarist"): the subject of the text so far.
    const centre = best || sentenceStart === 0 ? undefined : chainedSubject(sentenceAt(sentenceStarts, sentenceStart - 1, text.length)[0], fitsKind, 3);
    // The sentence right before, in the paragraph, opens on someone it describes and never names ("Le héros du jour,
    // surnommé …, n'en menait pas large. « … », a rigolé le buteur"): the description may well be that one; stay weak.
    const [b0] = sentenceStart > 0 ? sentenceAt(sentenceStarts, sentenceStart - 1, text.length) : [sentenceStart];
    const unnamedBefore = centre !== undefined && sentenceStart > 0 && paragraphOf(b0) === paragraphOf(sentenceStart)
      && /^(?:[^,.;:!?«»"“”]{0,40},\s*)?(?:[Ll]es\s|[Ll]e\s|[Ll]a\s|[Ll]['’]|[Tt]he\s)\s*[\p{Ll}-]{3,}/u.test(text.slice(b0, sentenceStart)) && chainedSubject(b0, () => true, 1) === undefined;
    if (centre !== undefined) add(centre, unnamedBefore ? 0.7 : 0.78, `the subject of the sentences before ("${noun}")`);
    else if (best) { /* resolved above */ }
    // An unnamed source is only what its own description says: "la commissaire" is not "un ingénieur" who spoke last.
    else if (last && (orgRole ? entities[last.entity]!.kind !== 'person' : entities[last.entity]!.kind !== 'org' && !clash(entities[last.entity]!)) && !otherSource(entities[last.entity]!, noun)) add(last.entity, 0.72, `the last speaker ("${noun}")`);
    else {
      const m = recent(sentenceStart, 1500, (e) => (orgRole ? e.kind === 'org' : e.kind === 'person' && !clash(e)));
      // A description with its own complement ("la commissaire chargée de la gestion des crises") stands for someone the
      // text does not name, rather than for whoever was named last.
      const full = !!span && !orgRole && /^\S+\s*\S+\s+(?:\p{Ll}[\p{L}'’-]*\s+){1,}(?:de|du|des|d['’]|of|chargée?s?|in\s+charge)/u.test(text.slice(span[0], span[1]));
      if (full && input.addSource) {
        const id = input.addSource(span![0], span![1]);
        if (id !== undefined) { add(id, 0.8, `a "${noun}" the text does not name`); return; }
      }
      if (m) add(m.entity, 0.7, `the last ${orgRole ? 'organisation' : 'person'} named ("${noun}")`);
      else {
        // Nobody before: a lead that describes before it names ("…, a confié la navigatrice. X a bouclé …"), the first one
        // named in the next sentence of the paragraph; else the description is an unnamed source ("Dans sa décision, le juge estime").
        const [, se] = sentenceAt(sentenceStarts, at, text.length);
        const [, ne] = se < text.length ? sentenceAt(sentenceStarts, se, text.length) : [se, se];
        const next = mentionsFrom(at).find((x) => x.start < ne && paragraphOf(x.start) === paragraphOf(at) && fitsKind(entities[x.entity]!) && !afterPreposition(x.start));
        if (next) add(next.entity, 0.72, `named after the description ("${noun}")`);
        else if (span && input.addSource && !orgRole) {
          const id = input.addSource(span[0], span[1]);
          if (id !== undefined) add(id, 0.8, `a "${noun}" the text does not name`);
        }
      }
    }
  };

  /** An unnamed source described otherwise: none of its description's words is the role's (by stem or synonym). */
  const otherSource = (e: FoundEntity, noun: string): boolean => e.kind === 'source' && ![...e.roles].some((r) => roleSynonyms(noun).has(roleStem(r)));

  /** A role description at the start of `s` ("le ministre français"). */
  /** The one a document was said to be from in the sentence before `sentenceStart` or this one, up to `to`. */
  const documentFrom = (sentenceStart: number, to: number): number | undefined => {
    const [p0] = sentenceStart > 0 ? sentenceAt(sentenceStarts, sentenceStart - 1, text.length) : [sentenceStart];
    return between(p0, to).filter((m) => m.end <= to && entities[m.entity]!.kind !== 'other' && DOCUMENT_FROM.test(text.slice(Math.max(0, m.start - 60), m.start))).pop()?.entity;
  };

  const roleAt = (s: string): { noun: string; adjectives: string[]; possessive: boolean; gender?: 'f' | 'm' } | undefined => {
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
  };

  /**
   * The name right after a speech verb ending at `ve` (`skip`: the space or
   * "-t-il" after it): within a few characters (a title, a day), not after a
   * preposition ("a déclaré sur Radio X", "said outside the court"), or right
   * after such a complement ("a déclaré à Radio X Anne Y").
   */
  const nameAfterVerb = (ve: number, skip: number): EntityMention | undefined => {
    let edge = ve + skip + 13;
    for (const m of between(ve, ve + skip + 60)) {
      // "said that X would …", "a indiqué que X …": a name after a conjunction is the reported clause's subject.
      if (/^\s*,?\s*(?:adding\s+|ajoutant\s+)?(?:that|whether|if|que|qu['’]|si)(?![\p{L}])/iu.test(text.slice(ve, m.start))) return undefined;
      // "said lead author Dr. X", "a déclaré la cheffe de file X": role words before the name.
      const gap = text.slice(ve + skip, m.start);
      // "said harbour master X": lowercase words that are no clause (no preposition, conjunction or verb form) describe the name.
      const roleGap = isRolePhrase(gap) || /^(?:the\s+|le\s+|la\s+|l['’])?(?:(?![\p{Ll}]+(?:ing|ed)\s)(?!(?:that|who|to|in|on|at|from|with|for|by|and|que|qui|à|au|aux|de|du|des|dans|sur|pour|avec|par|et|en|told|tell)\s)[\p{Ll}-]+\s+){1,2}$/u.test(gap);
      if ((m.start > edge && !roleGap) || /[,.;:!?"«»“”]/u.test(text.slice(ve, m.start).replace(/(?<=\p{Lu}\p{Ll}{0,3})\./gu, ''))) return undefined;
      if (!afterPreposition(m.start)) return m;
      // An oblique complement: the subject may follow it directly.
      edge = m.end + 1;
    }
    return undefined;
  };

  /**
   * The offset after the time words and prepositional complements that may
   * follow a speech verb before its inverted subject ("mardi soir", "à l'AFP",
   * "lors d'une conférence de presse", "sur une radio", "in a statement"): one
   * determiner and one noun each (or a name found in the text), a complement of
   * that noun at most, so that the subject after them is not swallowed.
   */
  const skipComplements = (at: number): number => {
    let pos = at;
    for (let n = 0; n < 4; n++) {
      const rest = text.slice(pos, pos + 80);
      const time = TIME_AFTER_VERB.exec(rest);
      if (time) { pos += time[0].length; continue; }
      // An incise between commas right after the verb ("a déclaré, lors d'une conférence de presse à Y, le ministre X").
      const incise = /^\s*,\s*(?:lors|pendant|après|avant|devant|dans|depuis|à|au|en|sur|during|after|before|at|in|on)\b[^,.;:!?«»"“”\n]{2,80},\s*(?=(?:le|la|les|l['’]|un|une|the|a|an)\b|\p{Lu})/u.exec(text.slice(pos, pos + 120));
      if (incise) { pos += incise[0].length; continue; }
      const prep = COMPLEMENT_PREPOSITION.exec(rest);
      if (!prep) break;
      const from = pos + prep[0].length;
      const named = mentionsFrom(from).find((m) => m.start === from);
      const noun = named ? undefined : COMPLEMENT_NOUN.exec(text.slice(from, from + 60));
      if (!named && !noun) break;
      let to = named ? named.end : from + noun![0].length;
      const tail = /^\s*,?\s*/u.exec(text.slice(to, to + 4))![0];
      to += tail.length;
      // A complement is followed by the subject: never skip up to a punctuation mark or the end of the clause.
      if (/^[.;:!?«»"“”\n]|^$/u.test(text.slice(to, to + 1))) break;
      pos = to;
    }
    return pos;
  };

  /**
   * The head of a subject whose nearest name is a complement ("Police in X
   * said", "A spokesman for the ministry said"): a name opening the clause,
   * else an unnamed source described by the whole phrase.
   */
  const headOfSubject = (complement: EntityMention, s: number, vs: number): Subject | undefined => {
    if (/[,;]/u.test(text.slice(complement.end, vs))) return undefined;
    const lead = /(?:^|[,;:«»"“”(]\s*)([^,;:«»"“”(]*)$/u.exec(text.slice(Math.max(s, complement.start - 80), complement.start));
    if (!lead) return undefined;
    const clauseStart = complement.start - lead[1]!.length;
    // The head may follow a determiner, a dash or a title the name does not keep ("Le Y … de l'X", "a title, Y of the X").
    const head = between(clauseStart, complement.start).find((m) => /^[\s–—-]*(?:(?:the|le|la|les)\s+|l['’])?(?:\p{Lu}[\p{Ll}.]*\s+)?$/u.test(text.slice(clauseStart, m.start)) && entities[m.entity]!.kind !== 'other');
    if (head) return { type: 'entity', entity: head.entity, score: 0.88, reason: 'subject of the speech verb (its complement named after it)' };
    const indefinite = /^(?:an?|one|un|une)\s+\p{Ll}/iu.exec(lead[1]!);
    if (indefinite) return { type: 'source', start: clauseStart, end: complement.end };
    return undefined;
  };

  /** "« … », explique-t-on dans l'entourage du ministre / à X / au ministère": where the words come from. */
  const onSource = (from: number): Subject | undefined => {
    const entourage = /^\s+(?:dans|de)\s+(l['’]entourage\s+(?:de|du|des|d['’])\s*[^,.;:!?«»"“”\n]{2,60})/iu.exec(text.slice(from, from + 80));
    if (entourage) return { type: 'source', start: from + entourage[0].indexOf(entourage[1]!), end: from + entourage[0].length };
    const place = /^\s+(?:à|au|aux|chez|du\s+côté\s+(?:de|du|des|d['’]))\s*(?:l['’]|la\s+|le\s+)?/iu.exec(text.slice(from, from + 40));
    const named = place ? mentionsFrom(from + place[0].length).find((m) => m.start === from + place[0].length) : undefined;
    return named ? { type: 'entity', entity: named.entity, score: 0.88, reason: 'where the words come from ("-t-on à X")' } : undefined;
  };

  /** The agent of a passive speech verb: "par X", "by the ministry". */
  const agentOf = (ve: number): Subject | undefined => {
    // Right after the verb, or after its complement and the quote ("a été qualifié d'« historique » par X").
    const by = /^\s+(?:(?:[\p{Ll}]+ment|[\p{Ll}]+ly)\s+)?(?:par|by)\s+/iu.exec(text.slice(ve, ve + 40))
      ?? /^\s+(?:de|d['’]|as|comme)\s*[«"“][^«»"“”\n]{1,80}[»"”]\s*,?\s*(?:par|by)\s+/iu.exec(text.slice(ve, ve + 140));
    if (!by) return undefined;
    const from = ve + by[0].length;
    // Right after "par", or after a determiner and role words ("par l'opposante X"), or a role and its name in apposition.
    const m = mentionsFrom(from).find((x) => x.start - from <= 60 && (/^(?:[\p{Ll}'’-]+\s*){0,4}$/u.test(text.slice(from, x.start)) || /^(?:[\p{L}'’-]+\s+){1,5}?[\p{Ll}-]+\s*,\s*$/u.test(text.slice(from, x.start))));
    return m ? { type: 'entity', entity: m.entity, score: 0.9, reason: 'the agent of the passive speech verb' } : undefined;
  };

  /** "Reuters quoted X as saying": the one quoted speaks, not the outlet. */
  const quotedAs = (ve: number): Subject | undefined => {
    if (!/(?:quoted|quotes|quote)$/iu.test(text.slice(Math.max(0, ve - 6), ve))) return undefined;
    const m = mentionsFrom(ve).find((x) => /^\s+(?:the\s+)?$/u.test(text.slice(ve, x.start)));
    if (!m || !/^[^.;:!?"«»“”]{0,60}?\bas\s+(?:saying|telling|stating|writing)\b/u.test(text.slice(m.end, m.end + 80))) return undefined;
    return { type: 'entity', entity: m.entity, score: 0.93, reason: 'quoted as saying' };
  };

  /** The subject of the speech verb at [vs, ve) in sentence [s, e), or undefined. */
  const subjectOf = (vs: number, ve: number, s: number, quoteEnds: readonly number[]): Subject | undefined => {
    const after = text.slice(ve, Math.min(text.length, ve + 140));
    const pa = PRONOUN_AFTER.exec(after);
    if (pa && pa[1] === 'on') {
      const where = onSource(ve + pa[0].length);
      if (where) return where;
    }
    if (pa) return { type: 'pronoun', word: pa[1]!, at: ve };
    const before = text.slice(Math.max(s, vs - 60), vs);
    // "on" and "nous" are French subject pronouns; in English "on" is a preposition ("posted on X").
    const pbMatch = PRONOUN_BEFORE.exec(before);
    const pb = pbMatch && english && /^(?:on|nous)$/iu.test(pbMatch[2] ?? '') ? null : pbMatch;
    // Inverted after a quote: "« … », a déclaré M. X", "“…,” said the spokeswoman".
    const lastEnd = quoteEnds.filter((x) => x <= vs).pop();
    // "comme le précise X", "as X said": French inversion after "comme le".
    const asInverted = !pb && /\bcomme\s+(?:le\s+|l['’])$/iu.test(before);
    const strictlyInverted = asInverted || (lastEnd !== undefined && !pb && (AFTER_QUOTE_GAP.test(text.slice(lastEnd, vs)) || INVERSION_GAP.test(text.slice(lastEnd, vs))));
    // "a déclaré mardi soir à la presse le président …", "said in a statement X": the day and the
    // complements the verb takes before its inverted subject are skipped.
    const skip = skipComplements(ve + (/^(?:\s*-t-[\p{L}]+)?[\s]+/u.exec(after)?.[0].length ?? 0)) - ve;
    const next = nameAfterVerb(ve, skip);
    // An incise after the quote's sentence went on: "« … », y compris …, commente X", "“…” for the groups, said X".
    const incise = !strictlyInverted && lastEnd !== undefined && !pb && !!next && INCISE_BEFORE.test(before);
    const inverted = strictlyInverted || incise;
    if (inverted) {
      let rest = after.slice(skip);
      // "said the post by an unknown author", "indique un communiqué du ministère": the document's author speaks.
      const document = /^(?:the|a|an|le|la|l['’]|un|une)\s*(?:post|statement|report|letter|message|note|tweet|e-?mail|communiqué|rapport|lettre|texte|courriel)\s+(?:by|from|of|de la|de l['’]|du|des|de|d['’])\s*/iu.exec(rest);
      if (document) {
        const author = mentionsFrom(ve + skip).find((m) => m.start === ve + skip + document[0].length || (m.start > ve + skip + document[0].length && m.start - ve - skip - document[0].length <= 4 && /^(?:the|la|le|les)\s+$/iu.test(text.slice(ve + skip + document[0].length, m.start))));
        if (author) return { type: 'entity', entity: author.entity, score: 0.9, reason: 'the author of the document quoted' };
        rest = rest.slice(document[0].length);
      }
      const role = roleAt(rest);
      // "told the police": after a verb of telling comes the addressee, not the speaker.
      const addressee = TELL_VERB.test(text.slice(vs, ve));
      // The name right after the role words ("said lead author Dr. X", "a estimé la cheffe de file X") is the role's holder.
      const roleThenName = !!next && !!role && isRolePhrase(text.slice(ve + skip, next.start));
      // "a déclaré le Guadeloupéen": a people's name after a lowercase article describes the person, it names nobody.
      const demonym = !!next && entities[next.entity]!.kind === 'other' && !/\s/u.test(entities[next.entity]!.name) && DEMONYM.test(text.slice(next.start, next.end)) && /(?:^|\s)(?:le|la|les|l['’])\s*$/u.test(text.slice(Math.max(0, next.start - 4), next.start));
      if (demonym) return { type: 'role', noun: text.slice(next!.start, next!.end).toLowerCase(), adjectives: [] };
      // "s'insurge le président de la région X, Y": a place or body after the role is its complement when a person follows in apposition.
      const complementName = !!next && !!role && entities[next.entity]!.kind !== 'person' && /^\s*,\s*(?:\p{Lu}\p{Ll}{0,3}\.?\s+)?$/u.test(text.slice(next.end, (mentionsFrom(next.end).find((m) => m.start > next.end) ?? next).start))
        && entities[(mentionsFrom(next.end).find((m) => m.start > next.end) ?? next).entity]!.kind === 'person';
      if (next && !addressee && !complementName && (!role || next.start - ve <= skip + 4 || roleThenName)) return { type: 'entity', entity: next.entity, score: 0.95, reason: 'named right after the speech verb' };
      if (role && !addressee) {
        // "explique le président de la fédération, Odile Brunet": the name in apposition to the role.
        // A title the name does not keep may come between ("son avocat, Me X").
        const named = mentionsFrom(ve + skip).find((m) => m.start - ve <= 130 && /,\s*(?:\p{Lu}\p{Ll}{0,3}\.?\s+)?$/u.test(text.slice(ve, m.start)) && !/[;:!?"«»“”\n]|\.(?!\s*$)/u.test(text.slice(ve, m.start).replace(/(?<=\p{Lu}\p{Ll}{0,3})\./gu, '')) && entities[m.entity]!.kind === 'person');
        if (named) return { type: 'entity', entity: named.entity, score: 0.93, reason: `named in apposition to "${role.noun}"` };
        // Nobody holds the role: the description, up to the clause's end, is an unnamed source ("a écrit la commissaire
        // chargée des crises").
        const phrase = /^[^,.;:!?«»"“”\n]{2,80}/u.exec(rest)?.[0].trimEnd();
        return { type: 'role', noun: role.noun, adjectives: role.adjectives, possessive: role.possessive, gender: role.gender, span: phrase ? [ve + skip, ve + skip + phrase.length] : undefined };
      }
      const indefinite = INDEFINITE.exec(rest);
      const restAt = ve + skip + (document ? document[0].length : 0);
      if (indefinite) {
        // "said one resident, X, 67", "raconte une habitante, X,": the name in apposition speaks.
        const at = restAt + indefinite[0].trimEnd().length;
        const named = mentionsFrom(at).find((m) => /^\s*,\s*$/u.test(text.slice(at, m.start)) && entities[m.entity]!.kind === 'person');
        if (named) return { type: 'entity', entity: named.entity, score: 0.93, reason: 'named in apposition to the source described' };
        return { type: 'source', start: restAt, end: at };
      }
      // "ont déclaré les enquêteurs", "said the investigators": a group described by a plural role.
      const group = /^(?:les|the)\s+(?:(?:deux|trois|quatre|two|three|four)\s+)?([\p{Ll}-]+)(?:\s+[\p{Ll}-]+)?/u.exec(rest);
      if (group && isGroupNoun(group[1]!)) {
        const words = group[0].split(/\s+/u);
        const last = words[words.length - 1]!;
        const phrase = last !== group[1] && !DESCRIPTION_ADJECTIVE.test(last) ? words.slice(0, -1).join(' ') : group[0];
        return { type: 'source', start: restAt, end: restAt + phrase.length };
      }
      // "précise le texte", "indique le document", "the statement said": a document whose author the text named before.
      if (!document && BARE_DOCUMENT.test(rest)) {
        const [sentenceStart] = sentenceAt(sentenceStarts, vs, text.length);
        // "… according to a statement from operator X. “…,” the statement says": the one the document was said to be from.
        const from = documentFrom(sentenceStart, vs);
        if (from !== undefined) return { type: 'entity', entity: from, score: 0.85, reason: 'the author of the document, named before' };
        const author = sentenceStart > 0 ? chainedSubject(sentenceAt(sentenceStarts, sentenceStart - 1, text.length)[0], (e) => e.kind === 'org' || e.kind === 'person', 2) : undefined;
        if (author !== undefined) return { type: 'entity', entity: author, score: 0.8, reason: 'the author of the document, named before' };
      }
    }
    // "“…,” the statement says": a document said before to be from someone ("according to a statement from X").
    if (!pb && /(?:^|[\s,;])(?:the|le|la|l['’])\s*(?:statement|report|letter|release|communiqué|rapport|texte|document)\s+$/iu.test(before)) {
      const from = documentFrom(sentenceAt(sentenceStarts, vs, text.length)[0], vs);
      if (from !== undefined) return { type: 'entity', entity: from, score: 0.85, reason: 'the author of the document, named before' };
    }
    // "Cette dernière a répondu", "the latter said": the last person named (of that gender).
    const latter = LATTER_BEFORE.exec(before);
    if (latter && !pb) {
      const at = vs - before.length + latter.index;
      const gender = /dernière/iu.test(latter[1]!) ? 'f' : /dernier/iu.test(latter[1]!) ? 'm' : undefined;
      const m = recent(at, 1500, (e) => (e.kind === 'person' || e.kind === 'source') && !(gender && e.gender && e.gender !== gender));
      if (m) return { type: 'entity', entity: m.entity, score: 0.88, reason: `the last person named ("${latter[1]!}")` };
    }
    if (pb) return { type: 'pronoun', word: (pb[1] ?? pb[2])!, at: vs - before.length + pb.index };
    // Subject before the verb: the nearest mention, with no quote between.
    // "the club's manager": a possessive names whose role it is, not the subject.
    // "X (PS) a qualifié", "Y (D-Ohio) said": a party or an affiliation in brackets after a name is not the subject.
    // (After a person's name only: "L'agence X (AX)" is the agency's own acronym.)
    const bracketed = (m: EntityMention): boolean => /\(\s*$/u.test(text.slice(Math.max(0, m.start - 2), m.start)) && /^\s*\)/u.test(text.slice(m.end, m.end + 2))
      && between(s, m.start).some((x) => entities[x.entity]!.kind === 'person' && /^\s*\(\s*$/u.test(text.slice(x.end, m.start)));
    const prior = between(s, vs).filter((m) => m.end <= vs && vs - m.end <= 70 && !quoteEnds.some((x) => x > m.end && x <= vs) && !ROLE_NOUNS.has(POSSESSIVE_AFTER.exec(text.slice(m.end, m.end + 40))?.[1] ?? '') && !bracketed(m)).pop();
    // "le président de la région a promis", "the head of the X union said": the name is the role's complement.
    if (prior && afterPreposition(prior.start)) {
      const clause = /(?:^|[,;:«»"“”]\s*)((?:le|la|l['’]|les|the)\s*[^,;:«»"“”]*)$/iu.exec(text.slice(Math.max(s, vs - 90), prior.start));
      const role = clause ? roleAt(clause[1]!) : undefined;
      if (role && !/[,;]/u.test(text.slice(prior.end, vs))) return { type: 'role', noun: role.noun, adjectives: role.adjectives, possessive: role.possessive, gender: role.gender };
      const head = headOfSubject(prior, s, vs);
      if (head) return head;
    }
    // "A X spokesman said", "an X engineer said", "a senior X aide told": a name qualifying the role after it (maybe
    // after an adjective); the role speaks.
    if (prior) {
      const roleAfter = /^\s+([\p{Ll}-]+)\s+(?:(?:has|had|was|is)\s+)?$/u.exec(text.slice(prior.end, vs));
      const article = /(?:^|\s)(an?|one|the)\s+(?:(?!(?:and|or|of|for|to|by|with|said|told)\s)[\p{Ll}-]+\s+){0,2}$/iu.exec(text.slice(Math.max(s, prior.start - 30), prior.start));
      if (roleAfter && article && isRoleWord(roleAfter[1]!)) {
        const start = prior.start - article[0].length + article[0].indexOf(article[1]!);
        return { type: 'source', start, end: prior.end + roleAfter[0].indexOf(roleAfter[1]!) + roleAfter[1]!.length };
      }
    }
    // "Odile Brunet, bergère à l'époque, se souvient": the name before the apposition is the subject.
    if (prior) {
      // Not a complement ("La présidente de l'association, Anne X, dénonce": Anne X speaks), unless a relative clause
      // continues the apposition's head ("avec Anne X, la rivale de Y, qui a répondu").
      const relative = /(?:^|[\s,])(?:qui|who)\s+(?:[\p{Ll}'’-]+\s+){0,3}$/u.test(text.slice(prior.end, vs));
      const holder = between(s, prior.start).filter((m) => m.end <= prior.start && APPOSITION_GAP.test(text.slice(m.end, vs)) && entities[m.entity]!.kind !== 'other' && (relative || !afterPreposition(m.start))).pop();
      // "Le syndicat majoritaire, le X, réclame": a description before the name in apposition is the name's role.
      const described = holder && DESCRIPTION.test(entities[holder.entity]!.name) && !DESCRIPTION.test(entities[prior.entity]!.name) && /^\s*,\s*(?:(?:le|la|les|the)\s+|l['’])?$/iu.test(text.slice(holder.end, prior.start));
      if (holder && !described) return { type: 'entity', entity: holder.entity, score: 0.92, reason: 'subject of the speech verb (before an apposition)' };
    }
    // "les deux dirigeants ont convenu", "both leaders said": a group speaks.
    const group = GROUP_SUBJECT.exec(text.slice(Math.max(s, vs - 80), vs));
    if (group && isGroupNoun((group[2] ?? group[3])!) && (!prior || prior.end <= vs - group[0].length + group[0].indexOf(group[1]!))) {
      const start = Math.max(s, vs - 80) + group.index + group[0].indexOf(group[1]!);
      return { type: 'source', start, end: start + group[1]!.length };
    }
    // "De nombreux habitants, témoins de la scène, ont déclaré", "several witnesses said".
    const many = MANY_SUBJECT.exec(text.slice(Math.max(s, vs - 120), vs));
    if (many && (!prior || prior.end <= Math.max(s, vs - 120) + many.index)) {
      const start = Math.max(s, vs - 120) + many.index + many[0].indexOf(many[1]!);
      return { type: 'source', start, end: start + many[1]!.length };
    }
    // "Les manifestants scandaient", "les enquêteurs ont indiqué": a group described by a plural role.
    // Also with a possessive and an adjective or an auxiliary after the noun ("Ses auteurs appellent", "Les médecins généralistes font état").
    const plural = pluralGroupBefore(text.slice(Math.max(s, vs - 60), vs), english);
    if (plural && (!prior || prior.end <= vs - plural.length)) {
      const start = vs - plural.length;
      return { type: 'source', start, end: start + plural.phrase.length };
    }
    // "certains parlent de", "d'autres estiment", "some said": an indefinite group.
    const some = /(?:^|[\s,;:])(certains|certaines|d['’]autres|beaucoup|some|others|many)\s+(?:(?:ont|avaient|have|had)\s+)?$/iu.exec(text.slice(Math.max(s, vs - 30), vs));
    if (some && !prior) {
      const start = Math.max(s, vs - 30) + some.index + some[0].indexOf(some[1]!);
      return { type: 'source', start, end: start + some[1]!.length };
    }
    // "A witness, who asked not to be named, said": an unnamed source with a relative clause.
    // Also "Un de ses conseillers, sous couvert d'anonymat, reconnaît", "One of his aides, speaking privately, said".
    // The head may have a complement ("Une habitante du deuxième étage, réfugiée …, raconte"; "L'un des deux randonneurs, …,").
    const relativeSource = /(?:^|[\s,;:])((?:an?|one|un|une|l['’]un|l['’]une)\s+(?:(?:de|des|d['’]|of)\s+(?:(?:ses|leurs|ces|nos|les|his|her|its|their|the)\s+)?(?:(?:deux|trois|two|three)\s+)?)?[\p{Ll}-]+(?:(?:\s+(?:du|des|de\s+la|de\s+l['’]|de|d['’]|of\s+the|of)\s*[\p{L}-]+(?:\s+[\p{Ll}-]+)?){1,2}|\s+[\p{Ll}-]+)?)\s*,\s*((?:who|qui)\s)?[^,.;:!?"«»“”\n]{2,100},\s*(?:(?:a|has|had)\s+)?$/iu.exec(text.slice(Math.max(s, vs - 170), vs));
    const relativeHead = relativeSource ? relativeSource[1]!.split(/[\s'’]+/u).slice(0, 5) : [];
    const relativeStart = relativeSource ? Math.max(s, vs - 170) + relativeSource.index + relativeSource[0].indexOf(relativeSource[1]!) : 0;
    // A name in the head's complement ("Un agent du port de X, …,") is not the subject.
    const priorInHead = !!prior && !!relativeSource && prior.start > relativeStart && prior.end <= relativeStart + relativeSource[1]!.length;
    if (relativeSource && (!prior || priorInHead) && (relativeSource[2] || /^(?:l['’]une?\s+(?:de|des|d['’])|one\s+of)\s/iu.test(relativeSource[1]!) || relativeHead.some((w) => isRoleWord(w.replace(/s$/u, ''))))) {
      return { type: 'source', start: relativeStart, end: relativeStart + relativeSource[1]!.length };
    }
    // "The memo, dated last week, says", "Le rapport indique": a document whose author is the subject of the sentence before.
    const documentSubject = /(?:^|[\s,])(?:the|this|le|la|l['’]|ce|cette)\s*(?:memo|mémo|report|letter|statement|document|study|review|audit|survey|rapport|lettre|communiqué|note|texte|étude|enquête)(?:\s*,[^,.;:!?"«»“”]{1,60},)?\s+(?:[\p{Ll}]+\s+){0,1}$/iu.exec(text.slice(Math.max(s, vs - 100), vs));
    if (documentSubject && !prior && s > 0) {
      const cited = documentAuthorBefore(s);
      if (cited !== undefined) return { type: 'entity', entity: cited, score: 0.84, reason: 'the author of the document named before ("un rapport de X")' };
      const author = chainedSubject(sentenceAt(sentenceStarts, s - 1, text.length)[0], (e) => e.kind === 'org' || e.kind === 'person', 2);
      if (author !== undefined) return { type: 'entity', entity: author, score: 0.8, reason: 'the author of the document, named before' };
    }
    const gap = prior ? text.slice(prior.end, vs) : '';
    // "L'édile, qui a fait rénover l'école, rappelle que", "Le milieu de terrain, auteur d'un match discret, a ajouté":
    // a description (maybe with its complement), then a relative clause or an apposition between commas.
    const describedRelative = /(?:^|[\s,;:])((?:[Ll]e|[Ll]a|[Ll]['’]|[Tt]he)\s*[\p{Ll}-]{3,}(?:\s+(?:de|du|des|of)\s+(?:la\s+|the\s+)?[\p{Ll}-]+|\s+(?:d['’]|de\s+l['’])[\p{Ll}-]+|\s+[\p{Ll}-]+)?)\s*,\s*[^,;:«»"“”]{2,120},\s*(?:(?:a|has|had)\s+)?$/u.exec(text.slice(Math.max(s, vs - 170), vs));
    if (describedRelative && !prior) {
      const role = roleAt(describedRelative[1]!);
      if (role) return { type: 'role', noun: role.noun, adjectives: role.adjectives, possessive: role.possessive, gender: role.gender };
    }
    const roleBefore = /(?:^|[\s,])((?:le|la|l['’]|les|the|this|ce|cette|cet|son|sa|ses|leur|his|her|its|their)\s*(?:[\p{Ll}'’-]+\s+){1,6})$/iu.exec(text.slice(Math.max(s, vs - 70), vs));
    // "La foule scandait", "the crowd chanted": a collective is an unnamed group.
    const collective = /(?:^|[\s,;:])((?:la|le|l['’]|the)\s*(?:foule|public|assistance|salle|crowd|audience))\s+(?:[\p{Ll}]+\s+){0,1}$/iu.exec(text.slice(Math.max(s, vs - 30), vs));
    if (collective && !prior) {
      const start = Math.max(s, vs - 30) + collective.index + collective[0].indexOf(collective[1]!);
      return { type: 'source', start, end: start + collective[1]!.length };
    }
    if (roleBefore) {
      const role = roleAt(roleBefore[1]!);
      // "A spokesperson for the county council said": the indefinite head, not the complement's noun, is the subject.
      const head = /(?:^|[\s,])((?:an?|one|un|une)\s+[\p{Ll}-]+\s+(?:for|of|from|at|de|du|des|d['’]|chez)\s+)$/iu.test(text.slice(Math.max(s, vs - 110), vs - roleBefore[1]!.length));
      const roleStart = vs - roleBefore[1]!.length;
      const phrase = /^(?:(?:le|la|les|the)\s+|l['’])[\p{Ll}'’-]+(?:\s+[\p{Ll}'’-]+)?/iu.exec(roleBefore[1]!);
      if (role && !head && (!prior || prior.end <= roleStart)) return { type: 'role', noun: role.noun, adjectives: role.adjectives, possessive: role.possessive, gender: role.gender, span: phrase ? [roleStart, roleStart + phrase[0].replace(/\s+(?:a|ont|avait|has|had|est|was)$/u, '').length] : undefined };
    }
    // "… with one poster writing": an unnamed subject right before the verb wins over an earlier name.
    const closeIndefinite = (english ? /(?:^|[\s,])((?:an?|one)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)\s+$/iu : /(?:^|[\s,])((?:un|une)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)\s+$/iu).exec(text.slice(Math.max(s, vs - 40), vs));
    if (closeIndefinite && prior && /,/u.test(gap) && (ROLE_NOUNS.has(closeIndefinite[1]!.split(/\s+/u).pop()!) || /ing$/u.test(text.slice(vs, ve)) || /ant$/u.test(text.slice(vs, ve)))) {
      const start = Math.max(s, vs - 40) + closeIndefinite.index + closeIndefinite[0].indexOf(closeIndefinite[1]!);
      return { type: 'source', start, end: start + closeIndefinite[1]!.length };
    }
    // "X a condamné le crime de Y et estimé que": a coordinated verb shares the clause's subject, not the object before "et".
    // Also after the object's complement: "X thanked Y for her help and said".
    if (prior && /(?:^|[\s,])(?:et|and|but|mais|puis|then)\s+(?:(?:a|ont|avait|has|have|had)\s+)?(?:[\p{Ll}]+(?:ment|ly)\s+)?$/iu.test(gap) && !/[.;:!?]/u.test(gap)) {
      const subject = between(s, prior.start + 1).find((m) => !afterPreposition(m.start) && entities[m.entity]!.kind !== 'other');
      if (subject && subject.start < prior.start) return { type: 'entity', entity: subject.entity, score: 0.9, reason: 'subject of the coordinated speech verb' };
    }
    // A name after a preposition with no head found ("62 % des X jugent") is a weak subject.
    if (prior && !/[.!?;]/u.test(gap)) return { type: 'entity', entity: prior.entity, score: afterPreposition(prior.start) ? 0.7 : gap.length < 30 ? 0.93 : 0.88, reason: 'subject of the speech verb' };
    if (!prior && inverted && lastEnd !== undefined) {
      // "“…,” Smith said": a name between the quote and the verb.
      const named = between(lastEnd, vs).find((m) => m.end <= vs);
      if (named) return { type: 'entity', entity: named.entity, score: 0.93, reason: 'subject of the speech verb' };
    }
    const indefinite = (english ? /(?:^|[\s,])((?:an?|one)\s+[^,.;:!?"«»“”\n]{2,60}?)\s+(?:(?:has|had|who|have)\s+)?(?:(?:[\p{Ll}']+ly|also|then|later)\s+)?$/iu : /(?:^|[\s,])((?:un|une)\s+[^,.;:!?"«»“”\n]{2,60}?)\s+(?:(?:a|qui|avait|est|était|se\s+montre|s['’]est\s+montrée?|se\s+dit|se\s+veut)\s+)?(?:(?:[\p{Ll}']+ment|déjà|aussi|alors|encore|ensuite|également|toutefois|cependant|néanmoins|pourtant|d['’]ailleurs|notamment|plus|moins|très|bien)\s+)?$/iu).exec(text.slice(Math.max(s, vs - 80), vs));
    if (indefinite) {
      // Group 1 starts after the one separator character the match may begin with.
      const start = Math.max(s, vs - 80) + indefinite.index + indefinite[0].indexOf(indefinite[1]!);
      return { type: 'source', start, end: start + indefinite[1]!.length };
    }
    return undefined;
  };

  /**
   * The subject of an inverted clause right after quote `q` with a verb the
   * lexicon does not know: a verb with a pronoun after a hyphen, a lowercase
   * word then a name (French), a name then a past tense (English).
   */
  const invertedAfter = (q: QuoteSpan): Subject | undefined => {
    const inner = text.slice(Math.max(q.open, q.end - 3), q.end);
    const after = text.slice(q.end, q.end + 80);
    const hyphenated = /^\s*,\s*(?:s['’]|se\s+)?[\p{Ll}][\p{L}]+-(?:t-)?(il|elle|ils|elles|on)\b/u.exec(after);
    if (hyphenated && hyphenated[1] === 'on') return onSource(q.end + hyphenated[0].length);
    if (hyphenated) return { type: 'pronoun', word: hyphenated[1]!, at: q.end + hyphenated[0].length - hyphenated[1]!.length };
    // French puts the comma after the closing mark, English inside it.
    const comma = /^\s*,\s*/u.exec(after) ?? (/[,!?]\s*["”»]$/u.test(inner) ? /^\s+/u.exec(after) : null);
    if (!comma) return undefined;
    const verbFirst = /^(?:s['’]|se\s+)?[\p{Ll}][\p{L}'’-]+\s+/u.exec(after.slice(comma[0].length));
    if (verbFirst && !/^(?:et|mais|ou|and|but|or|which|who|qui|que|when|while|as)\s/u.test(verbFirst[0])) {
      const at = q.end + comma[0].length + verbFirst[0].length;
      const named = mentionsFrom(at).find((m) => m.start === at || (m.start - at <= 4 && /^(?:M\.|Mme|Mr\.?|Ms\.?|Dr\.?)\s*$/u.test(text.slice(at, m.start))));
      if (named && entities[named.entity]!.kind !== 'other') return { type: 'entity', entity: named.entity, score: 0.88, reason: 'named right after the verb that follows the quote' };
    }
    if (english) {
      const at = q.end + comma[0].length;
      const named = mentionsFrom(at).find((m) => m.start === at);
      if (named && /^\s+[\p{Ll}]+ed\b[\s.,]/u.test(text.slice(named.end, named.end + 20)) && entities[named.entity]!.kind !== 'other') {
        return { type: 'entity', entity: named.entity, score: 0.88, reason: 'named before the verb that follows the quote' };
      }
    }
    return undefined;
  };

  for (const q of quotes) {
    const scores = new Map<number, { score: number; reason: string }>();
    const add = (entity: number, score: number, reason: string): void => {
      const current = scores.get(entity);
      if (!current || current.score < score) scores.set(entity, { score, reason });
    };
    let [s, e] = sentenceAt(sentenceStarts, q.open, text.length);
    // A quote opening its paragraph after one that ends with a colon ("… tweeted:"), or a speech verb and a comma ("X stated,"), belongs to that sentence.
    const introduced = q.open - s < 3 && s > 0 && (/:\s*$/u.test(text.slice(Math.max(0, s - 200), s)) || endsWithSpeechVerbComma(text.slice(Math.max(0, s - 40), s)));
    if (introduced) s = sentenceAt(sentenceStarts, s - 1, text.length)[0];
    const sentenceQuotes = quotes.filter((x) => x.open >= s && x.open < e);
    const quoteEnds = sentenceQuotes.map((x) => x.end);
    let cued = false;
    let verbCued = false;
    /** A semicolon outside the sentence's quotes between a and b: the clauses are separate. */
    const semicolonBetween = (a: number, b: number): boolean => {
      for (let i = text.indexOf(';', a); i >= 0 && i < b; i = text.indexOf(';', i + 1)) {
        if (!sentenceQuotes.some((x) => i > x.open && i < x.end)) return true;
      }
      return false;
    };

    /** The gendered pronoun a speech clause of this quote used, if any ("a-t-elle lancé"). */
    let pronounWord: string | undefined;
    const apply = (subject: Subject | undefined, weight: number): void => {
      if (!subject) return;
      cued = true;
      if (subject.type === 'pronoun') pronounWord = subject.word.toLowerCase();
      if (subject.type === 'entity') add(subject.entity, subject.score * weight, subject.reason);
      else if (subject.type === 'pronoun') resolvePronoun(subject.word, q.open, subject.at, (x, sc, r) => add(x, sc * weight, r));
      else if (subject.type === 'role') resolveRole(subject.noun, subject.adjectives, q.open, (x, sc, r) => add(x, sc * weight, r), subject.possessive, subject.span, subject.gender);
      else if (input.addSource) {
        const id = input.addSource(subject.start, subject.end);
        const documentOnly = DOCUMENT_NOUNS.test(text.slice(subject.start, subject.end));
        if (id !== undefined) add(id, (documentOnly ? 0.6 : 0.9) * weight, 'an unnamed source described next to the speech verb');
      }
    };

    // Speech verbs in the sentence, outside quotes. A participle ("précisant que") takes the main clause's subject.
    // After a determiner the word is a noun ("au juge", "the report"), not a verb.
    const determiner = english ? /\b(?:the|a|an|this|that|his|her|its|their|our)\s+$/iu : /(?:\b(?:le|la|les|un|une|du|des|au|aux|ce|cette|son|sa|ses|leur|leurs|notre)\s+|\bl['’])$/iu;
    // A capitalised word inside the sentence is a name ("posted on X", where X is written like a verb), not a verb.
    const verbs = tokenize(text, s, e).filter((t) => t.end <= e && !inQuote(t.start) && (isSpeechVerb(t.text) || isSpeechPhrase(text, t.start, t.end)) && !determiner.test(text.slice(Math.max(0, t.start - 8), t.start))
      && !(/^\p{Lu}/u.test(t.text) && /[\p{L},;]\s*$/u.test(text.slice(Math.max(s, t.start - 3), t.start))));
    const sentenceEnd = Math.max(e, q.end);
    let mainSubject: Subject | undefined;
    /** The entities a speech verb's subject named strongly. */
    const verbSpeakers = new Set<number>();
    const found: { subject: Subject; distance: number }[] = [];
    /** An outlet reports the words: the speaker is to be found elsewhere in the sentence. */
    let reported = false;
    for (const [i, v] of verbs.entries()) {
      if (v.start >= sentenceEnd) continue;
      // "X said it added …", "a expliqué qu'il avait déclaré …": a speech verb whose subject is a pronoun right after
      // another speech verb belongs to the reported clause; the first verb's subject speaks.
      const previousVerb = i > 0 ? verbs[i - 1]! : undefined;
      if (previousVerb && /^\s+(?:that\s+|que\s+|qu['’])?(?:it|he|she|they|il|elle|ils|elles)\s+(?:(?:had|has|have|would|will|was|avait|a|aurait|avaient|ont)\s+)?$/iu.test(text.slice(previousVerb.end, v.start))) continue;
      if (v.start >= q.end ? semicolonBetween(q.end, v.start) : semicolonBetween(v.end, q.open)) continue;
      // "…, tout en appelant X à …": the participle's subject is the main clause's.
      // English too: "“…,” the coach said, adding that …" (the -ing form after a comma).
      const participle = (/ant$/u.test(v.text) || (english && /ing$/u.test(v.text))) && /[,]\s*(?:tout\s+)?(?:en\s+)?$/u.test(text.slice(Math.max(s, v.start - 10), v.start));
      // A French past participle right after a noun, with no auxiliary, qualifies it ("des lignes jugées « non rentables »"):
      // only an agent ("par X") speaks.
      // No auxiliary among the four words before ("a d'ailleurs déclaré", "a pour sa part expliqué" are finite).
      const fourBefore = text.slice(Math.max(s, v.start - 45), v.start).split(/[\s'’]+/u).filter(Boolean).slice(-4);
      const adjectival = !english && /(?:é|ée|és|ées)$/u.test(v.text) && /[\p{Ll}]{3,}\s+$/u.test(text.slice(Math.max(s, v.start - 20), v.start))
        && !fourBefore.some((w) => /^(?:a|ont|avait|avaient|aurait|auraient|aura|auront|ai|as|avons|avez|est|sont|était|étaient|été|être|ayant|étant|serait|seraient)$/iu.test(w))
        && !/[,;:«»"“”(]/u.test(text.slice(Math.max(s, v.start - 45), v.start).split(/\s+/u).slice(-5).join(' '));
      if (adjectival) {
        // "un ingénieur interrogé par le journal", "cité par l'agence": the one asking or citing is not the speaker.
        if (/^(?:interrog|sollicit|contact|cit|joint|questionn)/u.test(v.text)) continue;
        const agent = agentOf(v.end);
        if (agent) found.push({ subject: agent, distance: v.start >= q.end ? v.start - q.end : Math.max(0, q.open - v.end) });
        continue;
      }
      // A passive ("a été accusé par X de « … »", "was described by X as"): the agent speaks, the subject does not.
      const passive = isPassive(text.slice(Math.max(0, v.start - 40), v.start), v.text);
      let subject = passive ? agentOf(v.end) : quotedAs(v.end) ?? (participle && mainSubject ? mainSubject : subjectOf(v.start, v.end, s, quoteEnds));
      // "Le préfet « souhaite … », rapporte la radio X", "…, the Daily X reported": an outlet that reports the words is
      // not their speaker; whoever the sentence says they are from is.
      if (subject?.type === 'entity' && REPORTING_VERB.test(v.text) && isOutlet(entities[subject.entity]!)) {
        subject = { type: 'entity', entity: subject.entity, score: 0.6, reason: 'the outlet reporting the words' };
        reported = true;
      } else if (subject?.type === 'role' && REPORTING_VERB.test(v.text) && OUTLET_WORDS.has(subject.noun)) {
        // "rapporte le quotidien X": the described outlet reports; the name after it, if any, is weak.
        const outlet = nameAfterVerb(v.end, 60) ?? mentionsFrom(v.end).find((m) => m.start - v.end <= 40);
        subject = outlet ? { type: 'entity', entity: outlet.entity, score: 0.6, reason: 'the outlet reporting the words' } : undefined;
        reported = true;
      }
      if (subject && !mainSubject) mainSubject = subject;
      if (subject) found.push({ subject, distance: v.start >= q.end ? v.start - q.end : Math.max(0, q.open - v.end) });
    }
    // The verb nearest the quote counts most: "X criticised the plans, with Y stating: « … »" is Y's.
    const nearest = Math.min(...found.map((f) => f.distance));
    for (const { subject, distance } of found) {
      verbCued = true;
      const before = new Set(scores.keys());
      apply(subject, Math.min(distance < 120 ? 1 : distance < 300 ? 0.95 : 0.9, distance > nearest ? 0.94 : 1));
      for (const k of scores.keys()) if (!before.has(k) && scores.get(k)!.score >= 0.8) verbSpeakers.add(k);
    }

    // "Le préfet « souhaite que … »", "Le ministre « ne voit pas d'obstacle »": a quote that goes on from a bare subject
    // (the sentence's start, maybe after a complement) is that subject's predicate, in their words — when no speech verb
    // named anyone else, or only an outlet reported them.
    if (!verbCued || reported) {
      const head = text.slice(s, q.open);
      const lead = /^(?:[\s«»"“”–—-]*(?:[^,.;:!?«»"“”]{2,60},\s*)?)/u.exec(head)![0].length;
      const subjectText = head.slice(lead);
      const inner = text.slice(q.open + 1, q.end - 1).trimStart();
      // "Selon une source, le ministère « suit … »": the words are the source's, about the subject.
      const sourced = /^[\s«»"“”–—-]*(?:selon|d['’]après|according\s+to)\s/iu.test(head);
      if (!sourced && /^\p{Ll}/u.test(inner) && subjectText.length > 0 && subjectText.length <= 90 && /[\p{L}.]\s*$/u.test(subjectText)) {
        const named = between(s + lead, q.open).find((m) => m.start === s + lead || (m.start - s - lead <= 4 && /^(?:M\.|Mme|Mr\.?|Ms\.?|Dr\.?)\s*$/u.test(text.slice(s + lead, m.start))));
        if (named && /^\s*$/u.test(text.slice(named.end, q.open)) && entities[named.entity]!.kind !== 'other') {
          cued = true;
          verbCued = true;
          add(named.entity, 0.88, 'the subject whose predicate the quote is');
        } else if (!named) {
          const role = /^(?:le|la|l['’]|les|the)\s*[\p{Ll}'’-]+(?:\s+[\p{Ll}'’-]+){0,3}\s*$/iu.test(subjectText) ? roleAt(subjectText) : undefined;
          if (role) {
            cued = true;
            verbCued = true;
            // Someone described so before holds the role; else the description is someone the text does not name.
            const holder = roleHolder(role.noun, role.adjectives, q.open, role.gender);
            const id = holder ?? (ORG_NOUNS.has(role.noun) && !ROLE_NOUNS.has(role.noun) ? undefined : input.addSource?.(s + lead, s + lead + subjectText.trimEnd().length));
            if (id !== undefined) add(id, holder !== undefined ? 0.86 : 0.85, holder !== undefined ? `described as "${role.noun}" earlier` : 'an unnamed subject whose predicate the quote is');
            else resolveRole(role.noun, role.adjectives, q.open, (x, sc, r) => add(x, Math.min(sc, 0.86), r), role.possessive);
          }
        }
      }
    }
    // "… les conclusions du rapport d'expertise, selon lequel « … »": the relative's antecedent is the source of the
    // words; whoever cites it (the clause's subject) is not.
    const relative = RELATIVE_SOURCE.exec(text.slice(Math.max(s, q.open - 120), q.open));
    if (relative) {
      const at = Math.max(s, q.open - 120) + relative.index;
      const nounEnd = at + relative[1]!.length;
      const named = between(at, nounEnd + 1).filter((m) => m.end <= nounEnd + 1 && m.end >= nounEnd - 1).pop();
      // "les conclusions du rapport, selon lequel": a singular relative skips a plural head to its complement.
      const complement = /^[\p{L}'’-]+[sx]\s+(?:du|de\s+la|de\s+l['’]|des|d['’]|de)\s*/u.exec(relative[2]!);
      const singular = /(?:lequel|laquelle)\s*,?\s*$/u.test(relative[0]);
      const nounStart = nounEnd - relative[2]!.length + (singular && complement ? complement[0].length : 0);
      const id = named ? named.entity : input.addSource?.(nounStart, nounEnd);
      if (id !== undefined) {
        cued = true;
        verbCued = true;
        for (const k of verbSpeakers) { const x = scores.get(k); if (x && k !== id) scores.set(k, { score: Math.min(x.score, 0.7), reason: `${x.reason}, citing the source of the words` }); }
        add(id, 0.9, 'the antecedent of "selon lequel / according to which"');
      }
    }
    // "selon X", "d'après X", "according to X".
    for (const m of between(s, sentenceEnd)) {
      if (m.end <= q.open ? semicolonBetween(m.end, q.open) : semicolonBetween(q.end, m.start)) continue;
      const lead = text.slice(Math.max(s, m.start - 90), m.start);
      if (SOURCE_PREPOSITION.test(text.slice(Math.max(s, m.start - 16), m.start)) || SOURCE_PREPOSITION_ROLE.test(lead) || SOURCE_DOCUMENT.test(lead) || SOURCE_PREPOSITION_NOUN.test(lead) || SOURCE_DOCUMENT_NAMED.test(lead)) {
        cued = true;
        // "X said, according to Reuters", "Selon l'agence, X a déclaré": with a speaker of its own, the source is the outlet reporting.
        if (verbSpeakers.size > 0 && !verbSpeakers.has(m.entity)) add(m.entity, 0.6, 'the source reporting the words ("according to")');
        // "Selon le quotidien allemand X": the description is X's, the name ranks first.
        else add(m.entity, DESCRIPTION.test(entities[m.entity]!.name) ? 0.88 : 0.95, 'after "selon" / "according to"');
      }
    }
    // "Selon des proches", "d'après plusieurs témoins", "according to some residents": unnamed sources.
    const unnamed = /(?:^|[\s,(])(?:selon|d['’]après|according\s+to)\s+((?:des|de|plusieurs|certains|certaines|un|une|some|several|one|a|an|les|the)\s+[\p{Ll}-]+(?:\s+(?:proches?\s+d[eu]s?\s+|de\s+la\s+|du\s+|of\s+the\s+)?[\p{Ll}-]+){0,2})/iu.exec(text.slice(s, q.open));
    // With "les / the", only a plural role ("selon les experts"); "selon le ministre" is a description resolved below.
    const definite = unnamed ? /^(?:les|the)\s+([\p{Ll}-]+)/iu.exec(unnamed[1]!) : null;
    if (unnamed && definite) unnamed[1] = isGroupNoun(definite[1]!) ? definite[0] : '';
    if (unnamed && unnamed[1] && input.addSource && !between(s + unnamed.index, s + unnamed.index + unnamed[0].length).length) {
      const start = s + unnamed.index + unnamed[0].indexOf(unnamed[1]!);
      // "Selon un diplomate européen en poste à X, …": a complement of the source runs up to the comma.
      let end = start + unnamed[1]!.replace(/\s+(?:en|à|au|aux|de|du|des|d['’]|in|at|of|from)$/u, '').length;
      const tail = /^(?:\s+(?:en|à|au|aux|de|du|des|d['’]|in|at|of|from|chez)(?![\p{L}])[^,.;:!?«»"“”\n]{1,40}?)(?=\s*,)/u.exec(text.slice(end, end + 50));
      if (tail && end + tail[0].length <= q.open) end += tail[0].length;
      unnamed[1] = text.slice(start, end).replace(/\s+(?:en|à|au|aux|de|du|des|d['’]|in|at|of|from)$/u, '');
      const id = input.addSource(start, start + unnamed[1]!.length);
      if (id !== undefined) { cued = true; add(id, verbSpeakers.size > 0 ? 0.6 : 0.88, 'an unnamed source after "selon" / "according to"'); }
    }
    const prepositionRole = /(?:selon|d['’]après|according to)\s+((?:le|la|l['’]|les|the|son|sa|ses|his|her|its|their)\s*[^,.;:]{2,40})/iu.exec(text.slice(s, q.open) + ' ' + text.slice(q.end, sentenceEnd));
    if (prepositionRole) {
      const role = roleAt(prepositionRole[1]!);
      if (role) apply({ type: 'role', noun: role.noun, adjectives: role.adjectives, possessive: role.possessive, gender: role.gender }, 1);
    }
    // "« … », a-t-on appris de source policière / auprès de X", "« … », peut-on lire dans le communiqué du X".
    if (!verbCued) {
      const after = text.slice(q.end, q.end + 120);
      const learnt = LEARNT_FROM.exec(after) ?? READ_IN.exec(after);
      if (learnt) {
        const at = q.end + learnt[0].length;
        const named = mentionsFrom(at).find((m) => m.start - at <= 4 && /^(?:la\s+|le\s+|les\s+|l['’])?$/iu.test(text.slice(at, m.start)) && entities[m.entity]!.kind !== 'other');
        const source = /^(?:de\s+)?(sources?\s+[\p{Ll}-]+(?:\s+(?:proches?\s+d[eu]s?\s+|de\s+la\s+|du\s+)?[\p{Ll}-]+)?)/iu.exec(text.slice(at, at + 60));
        if (named) { cued = true; verbCued = true; add(named.entity, 0.9, 'the source the words were learnt from or read in'); }
        else if (source && input.addSource) {
          const id = input.addSource(at + source[0].indexOf(source[1]!), at + source[0].indexOf(source[1]!) + source[1]!.length);
          if (id !== undefined) { cued = true; verbCued = true; add(id, 0.85, 'the source the words were learnt from'); }
        }
      }
    }
    // An inversion whatever the verb: "« … », s'emporte-t-il", "« … », tempête X", "“…,” Smith quipped."
    if (!verbCued) {
      const inverted = invertedAfter(q);
      if (inverted) {
        cued = true;
        verbCued = true;
        apply(inverted, 0.95);
      }
    }
    // "Selon elle, « … »", "according to him", "Pour lui,", "à ses yeux", "in her view": a pronoun as the source.
    const sourcePronoun = PRONOUN_SOURCE.exec(text.slice(s, q.open)) ?? PRONOUN_SOURCE.exec(text.slice(q.end, sentenceEnd));
    if (sourcePronoun && !verbCued) {
      const word = (sourcePronoun[1] ?? sourcePronoun[2] ?? '').toLowerCase();
      const pronoun = PRONOUN_OF[word];
      const at = (sourcePronoun.input === text.slice(s, q.open) ? s : q.end) + sourcePronoun.index;
      cued = true;
      if (pronoun) resolvePronoun(pronoun, q.open, at, (x, sc, r) => add(x, sc * 0.95, r));
      else resolvePronounWith('il', q.open, at, false, false, (x, sc, r) => add(x, sc * 0.9, r));
    }
    // "Pour X, « … »": the opinion of X.
    const pour = /^\s*(?:pour|for)\s+$/iu;
    // Also with a title or a role before the name: "Pour le docteur X, …", "Pour la directrice du festival, X, …".
    // With a possessive too: "Pour son avocate, Me X, …".
    const pourTitled = /^\s*(?:pour|for)\s+(?:le|la|les|l['’]|the|son|sa|ses|leur|his|her|its|their)\s*([\p{Ll}-]+)[^,.;:!?«»"“”\n]{0,50}?(?:,\s*(?:\p{Lu}\p{Ll}{0,3}\.?\s+)?)?$/iu;
    const first = between(s, q.open)[0];
    const titled = first ? pourTitled.exec(text.slice(s, first.start)) : null;
    const pourNamed = !!first && (pour.test(text.slice(s, first.start)) || (!!titled && entities[first.entity]!.kind === 'person' && (isRoleWord(titled[1]!) || PERSON_TITLES.has(titled[1]!.toLowerCase()))))
      && /^[^,]{0,10},/u.test(text.slice(first.end, q.open));
    if (first && pourNamed) {
      cued = true;
      add(first.entity, 0.9, '"Pour X," before the quote');
    }
    // "Pour l'organisation …, « … »": the opinion of the described one.
    const pourRole = /^\s*(?:pour|for)\s+((?:le|la|l['’]|les|the|son|sa|ses|his|her|its|their)\s*[^,.;:«»"“”]{2,80}),/iu.exec(text.slice(s, q.open));
    if (pourRole && !verbCued && !pourNamed) {
      const role = roleAt(pourRole[1]!);
      if (role) apply({ type: 'role', noun: role.noun, adjectives: role.adjectives, possessive: role.possessive, gender: role.gender }, 1);
    }
    // "according to Y, quoting X": X is the original speaker.
    const quoting = /\b(?:quoting|citant)\s+([^,;:()«»"“”]{2,100})/iu.exec(text.slice(s, q.open));
    if (quoting) {
      const from = s + quoting.index;
      const to = from + quoting[0].length;
      const named = between(from, to).filter((m) => m.end <= to && entities[m.entity]!.kind !== 'other').pop();
      if (named) { cued = true; add(named.entity, 0.97, 'quoted by the source ("quoting X")'); }
    }
    // A pull quote signed after a dash: "“…” - Jane Doe".
    const signed = /^[ \t]*[-–—][ \t]*/u.exec(text.slice(q.end, q.end + 4));
    if (signed) {
      const m = mentionsFrom(q.end).find((x) => x.start === q.end + signed[0].length);
      if (m) { cued = true; add(m.entity, 0.95, 'signed after a dash'); }
    }
    // A colon just before the quote: the subject of the clause before it (unless a speech verb already named it).
    if (!verbCued && /:\s*$/u.test(text.slice(s, q.open))) {
      cued = true;
      // Objects and complements ("aux questions de X :") are not the clause's subject.
      // A rubric before a headline's colon (a rubric word, a colon, the headline) is no speaker.
      const rubric = (x: EntityMention): boolean => entities[x.entity]!.kind === 'other' && /^\s*$/u.test(text.slice(s, x.start)) && /^\s*:\s*$/u.test(text.slice(x.end, q.open)) && !text.slice(0, s).includes('\n');
      // "Même son de cloche chez X :", "Du côté de X, on se félicite :": the one "chez" names speaks.
      const m = between(s, q.open).filter((x) => x.end <= q.open && !rubric(x) && (!afterPreposition(x.start) || DOCUMENT_OF.test(text.slice(Math.max(0, x.start - 30), x.start)) || /(?:\bchez|\bdu\s+côté\s+(?:de|du|des|d['’]))\s*(?:(?:la|le|les)\s+|l['’])?(?:[\p{Ll}-]+\s+(?:de|du|des|d['’])\s*(?:(?:la|le|les)\s+|l['’])?)?$/iu.test(text.slice(Math.max(0, x.start - 40), x.start)))).pop();
      const clause = text.slice(m ? m.end : s, q.open);
      // "Un sénateur de la majorité est plus sévère :": an indefinite role opening the clause is an unnamed source, the
      // body in its complement is not the speaker.
      const opening = /^[\s«»"“”-]*((?:[Uu]n|[Uu]ne|[Aa]n?|[Oo]ne)\s+([\p{Ll}-]+)(?:\s+(?:de|du|des|d['’]|of|from)\s*(?:(?:la|le|les|the)\s+|l['’])?[\p{L}'’-]+(?:\s+[\p{Ll}-]+){0,2}?)?)\s+(?:est|était|se\s+montre|s['’]est\s+montrée?|a\s+été|reste|paraît|semble|is|was|seemed|sounded)\s/u.exec(text.slice(s, q.open));
      const indefiniteHead: [number, number] | undefined = opening && isRoleWord(opening[2]!) && !/[,;]/u.test(text.slice(s, q.open).slice(opening[0].length)) ? [s + opening[0].indexOf(opening[1]!), s + opening[0].indexOf(opening[1]!) + opening[1]!.length] : undefined;
      // "… où il s'était emporté : « … »": a subject pronoun after the last name speaks.
      const pronoun = /(?:^|[\s,;])(il|elle|he|she)\s+(?!(?:et|ou|and|or)\b)\S/iu.exec(clause);
      if (pronoun && !OBLIQUE_BEFORE.test(clause.slice(Math.max(0, pronoun.index - 10), pronoun.index + 1))) {
        const at = (m ? m.end : s) + pronoun.index + pronoun[0].indexOf(pronoun[1]!);
        resolvePronoun(pronoun[1]!, q.open, at, (x, sc, r) => add(x, sc * 0.95, r));
      } else if (m && !indefiniteHead && clause.length < 100) add(m.entity, /^\s*:/u.test(clause) ? 0.9 : 0.84, 'named before the colon');
      else if (indefiniteHead && input.addSource) {
        const id = input.addSource(indefiniteHead[0], indefiniteHead[1]);
        if (id !== undefined) add(id, 0.9, 'an unnamed source before the colon');
      } else if (!m) {
        // Nobody named before the colon: "Le ministre a été clair :", "His message was clear:", else the subject before.
        const head = text.slice(s, q.open).replace(/^[\s«»"“”-]+/u, '');
        // "Après la rencontre, l'attaquant s'est montré satisfait :": the role after a leading complement.
        const role = roleAt(head) ?? roleAt(head.replace(/^[^,:]{2,80},\s*/u, ''));
        const possessive = /^(?:son|sa|ses|his|her|its|their)\s/iu.exec(head);
        if (role) apply({ type: 'role', noun: role.noun, adjectives: role.adjectives, possessive: role.possessive, gender: role.gender }, 0.95);
        else if (possessive) {
          const word = PRONOUN_OF[possessive[0].trim().toLowerCase()];
          if (word) resolvePronoun(word, q.open, s, (x, sc, r) => add(x, sc * 0.9, r));
          else resolvePronounWith('il', q.open, s, false, false, (x, sc, r) => add(x, sc * 0.85, r));
        }
        if (last) add(last.entity, 0.7, 'the last speaker (colon)');
        if (s > 0) {
          const subject = chainedSubject(sentenceAt(sentenceStarts, s - 1, text.length)[0], (x) => x.kind === 'person' || x.kind === 'org' || x.kind === 'source', 2);
          if (subject !== undefined) add(subject, 0.72, 'the subject of the sentence before (colon)');
        }
      }
    }
    // No cue, and the paragraph before is the interviewer's question ("Vous briguerez un second mandat ?"): the quote
    // is the answer of the one the interview is with, the person quoted most so far.
    if (!cued && q.open - s < 3) {
      const before = text.slice(0, q.open);
      const question = /(?:^|\n)([^\n«»"“”]{3,300}\?)[ \t\u00a0]*\n+[ \t]*$/u.exec(before.slice(-400));
      if (question) {
        let best: number | undefined;
        for (const [entity, n] of quotedCount) if (entities[entity]!.kind === 'person' && (best === undefined || n > quotedCount.get(best)!)) best = entity;
        if (best !== undefined && quotedCount.get(best)! >= 2) { cued = true; add(best, 0.8, 'the answer to the question before, by the one quoted most'); }
      }
    }
    // No cue: a quote standing as its own sentence continues the last speaker.
    if (!cued && last && q.open - s < 3 && q.open - last.at < 3000) {
      // Strong only right after the speaker's words, with nobody else named in between; weaker a paragraph further.
      const gap = paragraphOf(q.open) - paragraphOf(last.at);
      // Names in the rest of the speaker's own sentence ("said X, who led the team.") do not count.
      const lastSentenceEnd = sentenceAt(sentenceStarts, Math.max(0, last.at - 1), text.length)[1];
      // Also a sentence right before, in the paragraph, that opens on a description of someone else ("L'ancienne X, …, n'en
      // démord pas. « … »"): its subject, not the last speaker, most likely goes on.
      const [b0] = s > 0 ? sentenceAt(sentenceStarts, s - 1, text.length) : [0];
      const describedOther = s > 0 && b0 >= last.at && paragraphOf(b0) === paragraphOf(q.open) && /^(?:[^,.;:!?«»"“”]{0,40},\s*)?(?:le|la|l['’]|the)\s*\p{Ll}[\p{L}-]+/iu.test(text.slice(b0, s))
        && chainedSubject(b0, (x) => x.kind !== 'other', 1) !== last.entity;
      const someoneElse = describedOther || between(Math.max(last.at, lastSentenceEnd), q.open).some((m) => m.entity !== last!.entity && entities[m.entity]!.kind !== 'other');
      add(last.entity, gap <= 1 && !someoneElse ? 0.8 : gap <= 2 ? 0.7 : 0.6, 'the last speaker (no speech verb)');
    }
    // No cue: a quote opening its sentence most often carries on the subject of the sentence before
    // ("X a défendu son projet face à Y. « … »"), not the last name there; never confident alone.
    if (!cued && q.open - s < 3 && s > 0) {
      const [p0] = sentenceAt(sentenceStarts, s - 1, text.length);
      const subject = chainedSubject(p0, (x) => x.kind === 'person' || x.kind === 'org' || x.kind === 'source', 2);
      // "X a réagi. « … »", "Il s'est expliqué. « … »": a sentence ending on its speech verb announces the words that follow.
      const samePara = paragraphOf(p0) === paragraphOf(q.open);
      const announced = endsWithSpeechVerb(text.slice(p0, s)) && samePara;
      // "X a défendu sa décision mardi. « … »": a sentence with a speech verb and no quote of its own likely announces the next
      // one (a little stronger than a plain subject, still never confident alone).
      const prevQuote = quotes.some((x) => x.open >= p0 && x.open < s);
      const spoke = !announced && samePara && !prevQuote && tokenize(text, p0, s).some((t) => isSpeechVerb(t.text) && !/^\p{Lu}/u.test(t.text));
      if (subject !== undefined) add(subject, announced ? 0.85 : spoke ? 0.74 : 0.72, announced ? 'the subject of the sentence before, which ends on its speech verb' : spoke ? 'the subject of the sentence before, whose speech verb announces the quote' : 'the subject of the sentence before (no speech verb)');
    }
    // Every other person or organisation in the sentence is a weak candidate.
    for (const m of between(s, sentenceEnd)) {
      const kind = entities[m.entity]!.kind;
      const distance = m.start >= q.end ? m.start - q.end : Math.max(0, q.open - m.end);
      add(m.entity, (kind === 'other' ? 0.3 : 0.45) - Math.min(0.2, distance / 600), 'named in the same sentence');
    }
    if (!cued && last && !scores.has(last.entity)) add(last.entity, 0.35, 'the last speaker');
    // No cue in the quote's sentence, and the next one points back at the words: "« … ». C'est en ces termes que X a
    // répondu", "“…” Those were the words of X". Its first person or organisation (not a complement) said them.
    if (!cued && sentenceEnd < text.length) {
      const [ns, ne] = sentenceAt(sentenceStarts, sentenceEnd, text.length);
      if (ns >= q.end && BACK_POINTER.test(text.slice(ns, ne)) && paragraphOf(ns) === paragraphOf(q.open)) {
        const m = between(ns, ne).find((x) => entities[x.entity]!.kind !== 'other' && (!afterPreposition(x.start) || /(?:words|comments|remarks|mots|propos|paroles)\s+(?:of|de|du|d['’])\s*(?:the\s+|la\s+|le\s+|l['’])?$/iu.test(text.slice(Math.max(0, x.start - 30), x.start))));
        // "Those are the words of X": the words' owner, said outright, is stronger than a last speaker.
        const owner = !!m && /(?:words|comments|remarks|mots|propos|paroles)\s+(?:of|de|du|d['’])\s*(?:the\s+|la\s+|le\s+|l['’])?$/iu.test(text.slice(Math.max(0, m.start - 30), m.start));
        if (m) { cued = true; add(m.entity, owner ? 0.88 : 0.8, 'named in the next sentence, which points back at the words'); }
      }
    }
    // Nobody yet: the last person or organisation named before, weakly (a speaker named paragraphs up); with nobody
    // before (a headline), the first one named after, within a few lines.
    if (scores.size === 0) {
      const m = recent(q.open, 2000, (x) => x.kind === 'person' || x.kind === 'org' || x.kind === 'source');
      if (m) add(m.entity, 0.5, 'the last person or organisation named');
      else {
        const next = mentionsFrom(q.end).find((x) => x.start - q.end <= 400 && entities[x.entity]!.kind !== 'other');
        if (next) add(next.entity, 0.5, 'the first person or organisation named after');
      }
    }

    const notSpeech = isTermOrTitle(text, q, verbCued) || (!cued && isNotSpeech(text, q, s));
    const ranked: RankedSpeaker[] = [...scores.entries()]
      .map(([entity, { score, reason }]) => ({ entity, confidence: Math.round(Math.min(1, score) * (notSpeech ? 0.5 : 1) * 100) / 100, reason }))
      .sort((a, b) => b.confidence - a.confidence || a.entity - b.entity);
    const top = ranked[0];
    const second = ranked[1];
    // Compared in hundredths: the confidences are rounded to two decimals, and 0.9 - 0.8 is not 0.1 in floating point.
    const confident = !!top && !notSpeech && Math.round(top.confidence * 100) >= Math.round(CONFIDENT_MIN * 100)
      && (!second || Math.round((top.confidence - second.confidence) * 100) >= Math.round(CONFIDENT_LEAD * 100));
    // "« … », a-t-elle lancé", confidently hers: she is a woman for the pronouns and roles that follow (a later "il" is
    // someone else), when no title or role said otherwise.
    if (confident && top && pronounWord && /^(?:il|elle|he|she)$/u.test(pronounWord) && top.reason.endsWith(`("${pronounWord}")`)) {
      const e = entities[top.entity]!;
      if (e.kind === 'person' && !e.gender) e.gender = pronounWord === 'elle' || pronounWord === 'she' ? 'f' : 'm';
    }
    results.push({ quote: q, candidates: ranked, confident, notSpeech });
    if (top && top.confidence >= 0.6 && !notSpeech) last = { entity: top.entity, at: q.end };
    if (confident && top) quotedCount.set(top.entity, (quotedCount.get(top.entity) ?? 0) + 1);
  }
  return results;
}

/**
 * A participle after a form of "être" / "be" is passive ("sont appelés", "was
 * quoted"): its subject is not the speaker. French reflexives ("s'est félicité")
 * are active.
 */
function isPassive(before: string, verb: string): boolean {
  if (!/(?:é|ée|és|ées|u|ue|us|ues|i|ie|is|ies|it|ite|ed|en|own|ld)$/iu.test(verb)) return false;
  const m = /(?:^|[\s'’])(est|sont|était|étaient|été|sera|seront|serait|seraient|is|are|was|were|been|being|be)\s+(?:(?:[\p{Ll}]+ment|[\p{Ll}]+ly|not|also|never|pas|plus|jamais|souvent|déjà|notamment|ensuite)\s+)?$/iu.exec(before);
  if (!m) return false;
  // "s'est dit", "se sont félicités", "s'était exprimé": reflexive, active.
  return !/(?:\bs['’]|\bse\s+|\bme\s+|\bm['’]|\bnous\s+|\bvous\s+)$/iu.test(before.slice(0, m.index + m[0].indexOf(m[1]!)));
}

/** Verbs an outlet reports with ("rapporte la radio X", "the Daily X reported"). */
const REPORTING_VERB = /^(?:rapport|relat|report|cit)/iu;
/** Kinds of media: an organisation described as one of them reports; it rarely speaks for itself. */
const OUTLET_WORDS = new Set(['quotidien', 'journal', 'hebdomadaire', 'magazine', 'radio', 'télévision', 'chaîne', 'site', 'revue', 'gazette', 'station',
  'newspaper', 'paper', 'daily', 'tabloid', 'broadcaster', 'outlet', 'network', 'weekly', 'agence', 'agency', 'news', 'times', 'post', 'herald', 'tribune', 'press', 'presse', 'tv', 'hebdo', 'matin', 'soir', 'dépêche', 'infos', 'courrier']);
function isOutlet(e: FoundEntity): boolean {
  return e.kind !== 'person' && ([...e.roles].some((r) => OUTLET_WORDS.has(r)) || e.name.toLowerCase().split(/[\s'’-]+/u).some((w) => OUTLET_WORDS.has(w)));
}

/** A sentence that points back at the words before it: "C'est en ces termes que", "Ainsi s'exprimait", "Those were the words of". */
const BACK_POINTER = /^\s*(?:c['’]est\s+(?:en\s+ces\s+termes|ainsi|ce\s+qu|par\s+ces\s+mots|avec\s+ces\s+mots)|ce\s+sont\s+(?:les\s+mots|les\s+propos|les\s+paroles)|ainsi\s+(?:s['’]exprim|parl|a\s+parl|a\s+réag)|voilà\s+(?:ce\s+qu|comment|les)|tels\s+(?:sont|étaient|ont\s+été)\s+les|telles\s+(?:sont|étaient|ont\s+été)\s+les|(?:those|these|such)\s+(?:were|are)\s+the\s+(?:words|comments|remarks)|ce\s+sont\s+là\s+(?:les\s+mots|les\s+propos|les\s+paroles)|that\s+(?:is|was)\s+(?:how|what)|this\s+(?:is|was)\s+(?:how|what)|so\s+said)/iu;

/**
 * Lowercase words naming a role, maybe with a title after them, and nothing
 * else: "lead author Dr. ", "la cheffe de file des écologistes " — not a
 * clause ("le ministre avant de rencontrer ").
 */
function isRolePhrase(raw: string): boolean {
  // A title or role written capitalised ("le Premier ministre X") reads as its lowercase word.
  const gap = raw.replace(/\p{Lu}[\p{Ll}-]+(?=\s)/gu, (w) => (PERSON_TITLES.has(w.toLowerCase()) || ROLE_NOUNS.has(w.toLowerCase()) ? w.toLowerCase() : w));
  if (!/^(?:[\p{Ll}'’-]+\s+){1,6}(?:\p{Lu}\p{Ll}{0,3}\.?\s+)?$/u.test(gap)) return false;
  const words = gap.trim().split(/[\s'’]+/u).filter((w) => /^\p{Ll}/u.test(w));
  if (!words.some((w) => ROLE_NOUNS.has(w) || PERSON_TITLES.has(w))) return false;
  return words.every((w) => ROLE_NOUNS.has(w) || PERSON_TITLES.has(w) || /^(?:le|la|les|l|the|a|an|un|une|de|du|des|d|of|for)$/u.test(w)
    || (!/(?:er|ir|oir|ing|ed)$/u.test(w) && !/^(?:avant|après|pour|sans|avec|to|before|after|while|when|who|qui|que|and|et|in|on|at|dans|sur|à|au|aux|auprès|devant|chez|told|tell)$/u.test(w)));
}

/** One to three role words and nothing else, capitalised or not: " boss ", " chief executive ", " Director General ". */
function isRoleWords(gap: string): boolean {
  const m = /^\s+((?:[\p{L}-]+\s+){1,3})$/u.exec(gap);
  if (!m) return false;
  const words = m[1]!.trim().toLowerCase().split(/\s+/u);
  return words.some((w) => ROLE_NOUNS.has(w) || PERSON_TITLES.has(w)) && words.every((w) => ROLE_NOUNS.has(w) || PERSON_TITLES.has(w) || /^(?:chief|executive|vice|deputy|general|assistant|head|senior|former|acting|interim|managing|team|club)$/u.test(w));
}

/** A pronoun as the source of the words: "selon elle", "d'après lui", "Pour lui,", "according to him", "à ses yeux", "in her view". */
const PRONOUN_SOURCE = /(?:^|[\s,(])(?:(?:selon|d['’]après|according\s+to)\s+(lui|elle|eux|elles|him|her|them)\b|^\s*(?:pour|for)\s+(lui|elle|eux|elles|him|her|them)\s*,|(?:à\s+ses\s+yeux|selon\s+ses\s+(?:mots|termes)|in\s+(his|her|their)\s+(?:view|opinion|words)))/iu;
const PRONOUN_OF: Record<string, string> = { lui: 'il', elle: 'elle', eux: 'ils', elles: 'elles', him: 'he', her: 'she', them: 'they', his: 'he', their: 'they', its: 'it' };

/**
 * A group described by a plural role right before a verb, with at most two words between (an adjective, an
 * auxiliary, "who / qui"): "Les manifestants scandaient", "Ses auteurs appellent", "Les médecins généralistes font
 * état", "the critics who called". French needs the article; English plurals go without ("Organisers blamed").
 * `phrase` is the group as written, `length` the characters from its start to the verb.
 */
function pluralGroupBefore(before: string, english: boolean): { phrase: string; length: number } | undefined {
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
function isGroupNoun(word: string): boolean {
  const w = word.toLowerCase();
  if (!/[sx]$/u.test(w)) return false;
  // "charities", "companies"; "syndicats", "journaux": people or organisations in the plural.
  const singular = [w.slice(0, -1), w.replace(/ies$/u, 'y'), w.replace(/aux$/u, 'al')];
  return singular.some((x) => isRoleWord(x) || (ORG_NOUNS.has(x) && !['report', 'statement', 'communiqué', 'rapport', 'lettre', 'website', 'site', 'office'].includes(x)));
}

/**
 * Words no speech cue turns into speech: a one-word quote with a digit ("A3"),
 * a one-word quote after an article ("la victoire du « oui »"), a Title Case
 * name after a preposition ("says on “The Big Countdown”").
 */
function isTermOrTitle(text: string, q: QuoteSpan, verbCued = false): boolean {
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
  if (words.length === 1 && /^\p{Ll}/u.test(inner) && ATTRIBUTIVE_AFTER.test(text.slice(q.end, q.end + 60))
    && (/(?:^|\s)(?:in|of|for|on|with|the|a|an|and|or)\s*$/iu.test(before))) return true;
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
  return words.length <= 6 && isTitleCase(words) && /(?:^|\s)(?:on|in|at|sur|dans|from|of|de|by|par)\s*$/iu.test(before);
}

/** A verb of calling right before a quote, maybe with its object pronoun: "called", "dubbed it", "appelée", "qu'il appelle". */
const CALLING_BEFORE = /(?:^|[\s'’])(?:call|calls|called|calling|dub|dubs|dubbed|appel(?:le|lent|é|ée|és|ées|ait|aient)|surnomm(?:e|ent|ait))\s*(?:(?:it|them|this|that|le|la|les|l['’])\s*)?$/iu;

/** After a one-word quote: maybe "and / or" and another one-word quote, then a plural noun (not a verb form). */
const ATTRIBUTIVE_AFTER = /^\s+(?:(?:and|or)\s+["“][\p{Ll}-]+["”]\s+)?(?!(?:was|were|is|are|has|had|says|said|adds|added)\b)[\p{Ll}]{3,}(?<!ed|ing)s\b/u;

/** A speech verb (maybe with an adverb) right before the article before `at`: "a dénoncé une ", "denounced the ". */
function speechVerbBeforeArticle(text: string, at: number): boolean {
  const m = /([\p{L}]+)\s+(?:[\p{Ll}]+(?:ment|ly)\s+)?(?:du|le|la|les|des|un|une|au|aux|the|a|an)\s*$/iu.exec(text.slice(Math.max(0, at - 50), at));
  return !!m && isSpeechVerb(m[1]!);
}

/** A sentence ending on its speech verb, maybe with a day or a short complement: "X a réagi.", "She responded on Monday." */
function endsWithSpeechVerb(sentence: string): boolean {
  const m = /([\p{L}]+)(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|soir|matin|hier|aussitôt|immédiatement|later|quickly|immediately|on\s+\p{Lu}\p{Ll}+day))*(?:\s+(?:à|au|auprès\s+de|sur|dans|en|to|on|in)\s+(?:la|le|l['’]|les|un|une|son|sa|the|a|his|her)?\s*[\p{L}-]+)?\s*[.]\s*$/u.exec(sentence);
  return !!m && isSpeechVerb(m[1]!) && !/^(?:dit|said|says|dis)$/iu.test(m[1]!);
}

/** "… Smith stated," at the end of a paragraph: the quote that opens the next one is introduced. */
function endsWithSpeechVerbComma(before: string): boolean {
  const m = /([\p{L}]+)\s*,\s*$/u.exec(before);
  return !!m && isSpeechVerb(m[1]!);
}

/** At least two words longer than three letters, all capitalised: the name of a work. */
function isTitleCase(words: readonly string[]): boolean {
  const long = words.filter((w) => w.length > 3);
  return long.length >= 2 && long.every((w) => /^\p{Lu}/u.test(w));
}

/** A title, a term or a scare quote, where the words around say so. */
function isNotSpeech(text: string, q: QuoteSpan, sentenceStart: number): boolean {
  const inner = text.slice(q.open + 1, q.end - 1).trim();
  const words = inner.split(/\s+/u).filter(Boolean);
  if (words.length > 6) return false;
  const before = text.slice(Math.max(sentenceStart, q.open - 40), q.open);
  if (NOT_SPEECH_BEFORE.test(before)) return true;
  // Title Case words in running text name a work.
  return isTitleCase(words) && !/^\s*$/u.test(before);
}

/** A role word's stem: lowercase, no accent, masculine and singular ("présidente" → "president", "directrice" → "directeur"). */
function roleStem(word: string): string {
  // Not the plural: "posters" around a name is not the role "the poster".
  const w = word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  return w.replace(/trice$/u, 'teur').replace(/euse$/u, 'eur').replace(/enne$/u, 'en').replace(/ere$/u, 'er').replace(/(?<=..)e$/u, '');
}

/**
 * A role noun whose gendered form says it is not this entity: "l'avocate" for one known as "l'avocat" (or as a man),
 * "le réalisateur" for "la réalisatrice". Epicene nouns ("ministre") never clash.
 */
function genderClash(e: FoundEntity, noun: string): boolean {
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
  if (/(?:trice|euse|enne|ère|ante|ente|ate|ue|ée|ine|oise|aise|onne|elle|esse)$/u.test(w)) return 'f';
  if (/(?:teur|eur|ien|ier|ant|ent|at|u|é|in|ois|ais|on|el)$/u.test(w)) return 'm';
  return undefined;
}

/** An adjective's stem, whatever its gender and number ("chinoises" → "chinois"). */
function adjectiveStem(word: string): string {
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
  ['chercheur', 'scientifiqu', 'universitair', 'professeur', 'specialist', 'expert', 'researcher', 'scientist', 'academic', 'professor'],
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
function roleSynonyms(noun: string): Set<string> {
  const stem = roleStem(noun);
  return new Set([stem, ...(SYNONYMS.get(stem) ?? [])]);
}

/** Roles that relate a person to another ("sa rivale", "son avocat", "his deputy"): with a possessive, someone else. */
const RELATIONAL_ROLES = new Set(['rival', 'adversair', 'opposant', 'challenger', 'concurrent', 'homologu', 'successeur', 'predecesseur',
  'adjoint', 'epous', 'mari', 'compagnon', 'compagn', 'fil', 'frer', 'soeur', 'per', 'mer', 'avocat', 'collegu', 'partenair', 'ami',
  'coequipier', 'entraineur', 'porte-parol', 'opponent', 'counterpart', 'successor', 'predecessor', 'deputy', 'wife', 'husband', 'son',
  'daughter', 'brother', 'sister', 'father', 'mother', 'lawyer', 'attorney', 'colleague', 'partner', 'friend', 'teammate',
  'spokesman', 'spokeswoman', 'spokesperson', 'coach', 'manager']);
