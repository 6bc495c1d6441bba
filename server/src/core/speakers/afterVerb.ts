// What follows a speech verb or a quote and names the speaker: an inverted
// subject past the time words and complements the verb takes ("a déclaré mardi
// à l'AFP X"), the agent of a passive ("par X"), "quoted X as saying",
// "-t-on dans l'entourage de X", and inversions with a verb the lexicon does
// not know ("« … », tempête X").
import { afterPreposition, between, mentionsFrom, type AttributionContext, type Subject } from './context';
import { PRONOUN_OF } from './coreference';
import { isRoleWord } from './lexicon';
import { isGroupNoun, isRolePhrase, roleAt } from './roles';
import { roleSubject } from './subjectSite';
import type { EntityMention, QuoteSpan } from './types';

/** Time words between a speech verb and its inverted subject: "a déclaré mardi soir X", "said on Monday X", "précisait plus tôt dans la journée X". */
const TIME_AFTER_VERB = /^(?:(?:plus\s+tôt|plus\s+tard|earlier|later)\s+(?:dans\s+la\s+(?:journée|matinée|soirée|semaine)|in\s+the\s+(?:day|week|morning|evening))(?=[\s,])\s*,?\s*|(?:(?:on|ce|cette)\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|hier|aujourd['’]hui|yesterday|today|plus\s+tôt|plus\s+tard|tôt|tard|earlier|matin|soir|après-midi|morning|evening|afternoon|night|dernier|dernière|last|encore|aussi|également|alors|ensuite|enfin|again|also|later|then|lui-même|elle-même|[\p{Ll}]+ment|[\p{Ll}]{3,}ly)(?=[\s,])\s*,?\s*)/u;
/**
 * A phrase that sets the speaker against the one before, between the inverted verb and its subject ("a dénoncé
 * pour sa part la présidente du groupe", "a estimé de son côté le maire", "a répondu à son tour X"): it names nobody.
 * Only before a determiner or a capital, so that the subject follows.
 */
const ASIDE_AFTER_VERB = /^(?:pour\s+(?:sa|leur)\s+part|de\s+(?:son|leur)\s+côté|à\s+(?:son|leur)\s+tour|quant\s+à\s+(?:lui|elle|eux|elles)|lui\s+aussi|elle\s+aussi|for\s+(?:his|her|its|their)\s+part|in\s+turn)\s*,?\s+(?=(?:le|la|les|un|une|the|a|an)\s|l['’]|\p{Lu})/u;
/** A preposition opening a complement of the speech verb ("à l'AFP", "auprès de", "lors d'une", "in a statement"). */
const COMPLEMENT_PREPOSITION = /^(?:à|au|aux|auprès\s+(?:de|du|des|d['’])|devant|sur|dans|lors\s+(?:de|du|des|d['’])|en|après|pendant|via|to|on|in|at|during|after|outside)(?![\p{L}])\s*(?:(?:la|le|les|un|une|son|sa|ses|leur|leurs|ce|cette|the|a|an|his|her|its|their|this)(?![\p{L}])\s*|l['’])?/iu;
/**
 * The noun of such a complement, with one adjective ("sur les réseaux sociaux", "à la presse locale") and one
 * complement of its own ("conférence de presse", "issue de la réunion").
 */
const COMPLEMENT_NOUN = /^[\p{Ll}][\p{L}-]*(?:\s+[\p{Ll}-]{3,}(?:aux|ales?|elles?|iques?|aires?|ives?|aines?|aises?|iennes?|ées?)(?=[\s,]))?(?:\s+(?:de|du|des|d['’]|of)\s*(?:(?:la|le|les|l['’]|the)\s*)?[\p{Ll}][\p{L}-]*)?|^\p{Lu}{2,6}\b/u;

/**
 * "a tweeté le journal local Le X", "a indiqué la radio régionale La Y": a short lowercase description, then a name
 * opened by its capitalised article (a newspaper's, a station's title). The name, not the description, speaks.
 */
export const describedThenTitled = (gap: string): boolean => /^(?:le|la|les|l['’])\s*(?:[\p{Ll}-]+\s+){1,2}(?:Le|La|Les|L['’])\s*$/u.test(gap);

/** The same when the description was found as a body of its own ("le journal local", then "La X"): the name speaks. */
function titledAfter(ctx: AttributionContext, m: EntityMention): EntityMention | undefined {
  const { text } = ctx;
  if (!/^\p{Ll}/u.test(text.slice(m.start, m.start + 1))) return undefined;
  const next = mentionsFrom(ctx, m.end).find((x) => x.start > m.end);
  return next && /^\s+(?:Le|La|Les)\s+$|^\s+L['’]$/u.test(text.slice(m.end, next.start)) ? next : undefined;
}

/**
 * The name right after a speech verb ending at `ve` (`skip`: the space or
 * "-t-il" after it): within a few characters (a title, a day), not after a
 * preposition ("a déclaré sur Radio X", "said outside the court"), or right
 * after such a complement ("a déclaré à Radio X Anne Y").
 */
export function nameAfterVerb(ctx: AttributionContext, ve: number, skip: number): EntityMention | undefined {
  const { text } = ctx;
  let edge = ve + skip + 13;
  for (const m of between(ctx, ve, ve + skip + 60)) {
    // "said that X would …", "a indiqué que X …": a name after a conjunction is the reported clause's subject.
    if (/^\s*,?\s*(?:adding\s+|ajoutant\s+)?(?:that|whether|if|que|qu['’]|si)(?![\p{L}])/iu.test(text.slice(ve, m.start))) return undefined;
    // "said lead author Dr. X", "a déclaré la cheffe de file X": role words before the name.
    const gap = text.slice(ve + skip, m.start);
    // "said harbour master X": lowercase words that are no clause (no preposition, conjunction or verb form) describe the name.
    const roleGap = isRolePhrase(gap) || /^(?:the\s+|le\s+|la\s+|l['’])?(?:(?![\p{Ll}]+(?:ing|ed)\s)(?!(?:that|who|to|in|on|at|from|with|for|by|and|que|qui|à|au|aux|de|du|des|dans|sur|pour|avec|par|et|en|told|tell)\s)[\p{Ll}-]+\s+){1,2}$/u.test(gap);
    if ((m.start > edge && !roleGap && !describedThenTitled(gap)) || /[,.;:!?"«»“”]/u.test(text.slice(ve, m.start).replace(/(?<=\p{Lu}\p{Ll}{0,3})\./gu, ''))) return undefined;
    if (!afterPreposition(ctx, m.start)) return titledAfter(ctx, m) ?? m;
    // An oblique complement: the subject may follow it directly.
    edge = m.end + 1;
  }
  return undefined;
}

/**
 * The offset after the time words and prepositional complements that may
 * follow a speech verb before its inverted subject ("mardi soir", "à l'AFP",
 * "lors d'une conférence de presse", "sur une radio", "in a statement"): one
 * determiner and one noun each (or a name found in the text), a complement of
 * that noun at most, so that the subject after them is not swallowed.
 */
export function skipComplements(ctx: AttributionContext, at: number): number {
  const { text } = ctx;
  let pos = at;
  for (let n = 0; n < 4; n++) {
    const rest = text.slice(pos, pos + 80);
    const time = TIME_AFTER_VERB.exec(rest) ?? ASIDE_AFTER_VERB.exec(rest);
    if (time) { pos += time[0].length; continue; }
    // An incise between commas right after the verb ("a déclaré, lors d'une conférence de presse à Y, le ministre X").
    const incise = /^\s*,\s*(?:lors|pendant|après|avant|devant|dans|depuis|à|au|en|sur|during|after|before|at|in|on)\b[^,.;:!?«»"“”\n]{2,80},\s*(?=(?:le|la|les|l['’]|un|une|the|a|an)\b|\p{Lu})/u.exec(text.slice(pos, pos + 120));
    if (incise) { pos += incise[0].length; continue; }
    const prep = COMPLEMENT_PREPOSITION.exec(rest);
    if (!prep) break;
    const from = pos + prep[0].length;
    const named = mentionsFrom(ctx, from).find((m) => m.start === from);
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
}

/** "« … », explique-t-on dans l'entourage du ministre / à X / au ministère": where the words come from. */
export function onSource(ctx: AttributionContext, from: number): Subject | undefined {
  const { text } = ctx;
  const entourage = /^\s+(?:dans|de)\s+(l['’]entourage\s+(?:de|du|des|d['’])\s*[^,.;:!?«»"“”\n]{2,60})/iu.exec(text.slice(from, from + 80));
  if (entourage) return { type: 'source', start: from + entourage[0].indexOf(entourage[1]!), end: from + entourage[0].length };
  const place = /^\s+(?:à|au|aux|chez|du\s+côté\s+(?:de|du|des|d['’]))\s*(?:l['’]|la\s+|le\s+)?/iu.exec(text.slice(from, from + 40));
  const named = place ? mentionsFrom(ctx, from + place[0].length).find((m) => m.start === from + place[0].length) : undefined;
  return named ? { type: 'entity', entity: named.entity, score: 0.88, reason: 'where the words come from ("-t-on à X")' } : undefined;
}

/** The agent of a passive speech verb: "par X", "by the ministry". */
export function agentOf(ctx: AttributionContext, ve: number): Subject | undefined {
  const { text } = ctx;
  // Right after the verb, or after its complement and the quote ("a été qualifié d'« historique » par X"), or after
  // the quote alone ("des propos jugés « inacceptables » par X").
  const by = /^\s+(?:(?:[\p{Ll}]+ment|[\p{Ll}]+ly)\s+)?(?:par|by)\s+/iu.exec(text.slice(ve, ve + 40))
    ?? /^\s+(?:(?:de|d['’]|as|comme)\s*)?[«"“][^«»"“”\n]{1,80}[»"”]\s*,?\s*(?:par|by)\s+/iu.exec(text.slice(ve, ve + 140));
  if (!by) return undefined;
  const from = ve + by[0].length;
  // Right after "par", or after a determiner and role words ("par l'opposante X"), or a role and its name in apposition.
  const m = mentionsFrom(ctx, from).find((x) => x.start - from <= 60 && (/^(?:[\p{Ll}'’-]+\s*){0,4}$/u.test(text.slice(from, x.start)) || /^(?:[\p{L}'’-]+\s+){1,5}?[\p{Ll}-]+\s*,\s*$/u.test(text.slice(from, x.start))));
  if (m) return { type: 'entity', entity: m.entity, score: 0.9, reason: 'the agent of the passive speech verb' };
  // French: an agent described, not named ("qualifié de « … » par la maire", "par les riverains"): a role, or a
  // plural group of people. Up to the next comma or stop.
  if (ctx.english) return undefined;
  const phrase = /^(?:la|le|les|l['’])\s*[\p{Ll}-]{3,}(?:\s+(?:de|du|des|d['’])\s*[\p{Ll}-]+)?(?=\s*[,.;:!?)]|\s+(?:a|ont|sera|seront|est|sont|avait|avaient)\s)/u.exec(text.slice(from, from + 80));
  if (!phrase) return undefined;
  const role = roleAt(phrase[0]);
  if (role) return roleSubject(role, [from, from + phrase[0].length]);
  const head = /^les\s+([\p{Ll}-]+?)[sx](?=\s|$)/u.exec(phrase[0])?.[1];
  return head && (isRoleWord(head) || isGroupNoun(`${head}s`)) ? { type: 'source', start: from, end: from + phrase[0].length } : undefined;
}

/** "Reuters quoted X as saying": the one quoted speaks, not the outlet; "the release quotes her as saying": she does. */
export function quotedAs(ctx: AttributionContext, ve: number): Subject | undefined {
  const { text } = ctx;
  if (!/(?:quoted|quotes|quote)$/iu.test(text.slice(Math.max(0, ve - 6), ve))) return undefined;
  const pronoun = /^\s+(him|her|them)\s+as\s+(?:saying|telling|stating|writing)\b/iu.exec(text.slice(ve, ve + 40));
  if (pronoun) return { type: 'pronoun', word: PRONOUN_OF[pronoun[1]!.toLowerCase()]!, at: ve };
  const m = mentionsFrom(ctx, ve).find((x) => /^\s+(?:the\s+)?$/u.test(text.slice(ve, x.start)));
  if (!m || !/^[^.;:!?"«»“”]{0,60}?\bas\s+(?:saying|telling|stating|writing)\b/u.test(text.slice(m.end, m.end + 80))) return undefined;
  return { type: 'entity', entity: m.entity, score: 0.93, reason: 'quoted as saying' };
}

/**
 * The subject of an inverted clause right after quote `q` with a verb the
 * lexicon does not know: a verb with a pronoun after a hyphen, a lowercase
 * word then a name (French), a name then a past tense (English).
 */
export function invertedAfter(ctx: AttributionContext, q: QuoteSpan): Subject | undefined {
  const { text, entities, english } = ctx;
  const inner = text.slice(Math.max(q.open, q.end - 3), q.end);
  const after = text.slice(q.end, q.end + 80);
  // The comma is sometimes left out ("« … » affirme-t-il"): a verb with "-t-il" after a quote is its speech clause anyway.
  const hyphenated = /^\s*,?\s*(?:s['’]|se\s+)?[\p{Ll}][\p{L}]+-(?:t-)?(il|elle|ils|elles|on)\b/u.exec(after);
  if (hyphenated && hyphenated[1] === 'on') return onSource(ctx, q.end + hyphenated[0].length);
  if (hyphenated) return { type: 'pronoun', word: hyphenated[1]!, at: q.end + hyphenated[0].length - hyphenated[1]!.length };
  // French puts the comma after the closing mark, English inside it.
  const comma = /^\s*,\s*/u.exec(after) ?? (/[,!?]\s*["”»]$/u.test(inner) ? /^\s+/u.exec(after) : null);
  if (!comma) return undefined;
  const verbFirst = /^(?:s['’]|se\s+)?[\p{Ll}][\p{L}'’-]+\s+/u.exec(after.slice(comma[0].length));
  if (verbFirst && !/^(?:et|mais|ou|and|but|or|which|who|qui|que|when|while|as)\s/u.test(verbFirst[0])) {
    const at = q.end + comma[0].length + verbFirst[0].length;
    const named = mentionsFrom(ctx, at).find((m) => m.start === at || (m.start - at <= 4 && /^(?:M\.|Mme|Mr\.?|Ms\.?|Dr\.?)\s*$/u.test(text.slice(at, m.start))));
    if (named && entities[named.entity]!.kind !== 'other') return { type: 'entity', entity: named.entity, score: 0.88, reason: 'named right after the verb that follows the quote' };
  }
  if (english) {
    const at = q.end + comma[0].length;
    const named = mentionsFrom(ctx, at).find((m) => m.start === at);
    if (named && /^\s+[\p{Ll}]+ed\b[\s.,]/u.test(text.slice(named.end, named.end + 20)) && entities[named.entity]!.kind !== 'other') {
      return { type: 'entity', entity: named.entity, score: 0.88, reason: 'named before the verb that follows the quote' };
    }
  }
  return undefined;
}

/**
 * A participle after a form of "être" / "be" is passive ("sont appelés", "was
 * quoted"): its subject is not the speaker. French reflexives ("s'est félicité")
 * are active.
 */
export function isPassive(before: string, verb: string): boolean {
  if (!/(?:é|ée|és|ées|u|ue|us|ues|i|ie|is|ies|it|ite|ed|en|own|ld)$/iu.test(verb)) return false;
  const m = /(?:^|[\s'’])(est|sont|était|étaient|été|sera|seront|serait|seraient|is|are|was|were|been|being|be)\s+(?:(?:[\p{Ll}]+ment|[\p{Ll}]+ly|not|also|never|pas|plus|jamais|souvent|déjà|notamment|ensuite)\s+)?$/iu.exec(before);
  if (!m) return false;
  // "s'est dit", "se sont félicités", "s'était exprimé": reflexive, active.
  return !/(?:\bs['’]|\bse\s+|\bme\s+|\bm['’]|\bnous\s+|\bvous\s+)$/iu.test(before.slice(0, m.index + m[0].indexOf(m[1]!)));
}
