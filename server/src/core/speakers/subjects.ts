// The subject of a speech verb in a quote's sentence: a pronoun before or
// after it, a name or a role right after it (inverted), the nearest name
// before it (past appositions, brackets, possessives), an unnamed group or
// source, a document and its author.
import { nameAfterVerb, onSource, skipComplements } from './afterVerb';
import { afterPreposition, between, mentionsFrom, recent, type AttributionContext, type Subject } from './context';
import { chainedSubject } from './coreference';
import { isRoleWord, ROLE_NOUNS } from './lexicon';
import { DEMONYM, DESCRIPTION, DESCRIPTION_ADJECTIVE, isGroupNoun, isRolePhrase, pluralGroupBefore, roleAt } from './roles';
import { sentenceAt } from './sentences';
import { firstFrom } from './spans';
import type { EntityMention } from './types';

const PRONOUN_AFTER = /^-(?:t-)?(il|elle|ils|elles|on)\b/u;
const PRONOUN_BEFORE = /(?:-(?:t-)?(il|elle|ils|elles)|\b(il|elle|ils|elles|he|she|they|it|we|nous|on))\s+(?:(?:ne|n['’]|lui|leur|l['’]|se|s['’]|y|en|a|ont|avait|avaient|aurait|fait|has|have|had|was|were|is|also|then|later|further|once|d['’]ailleurs|pour sa part|pour leur part|de son côté|alors|aussi|également|encore|toutefois|déjà|[\p{L}]+ment|[\p{L}]+ly)\s+){0,3}$/iu;
// A reflexive pronoun may end the gap ("« … », s'interroge X").
// Not after a conjunction: "a dénoncé un jugement « injuste » et annoncé un pourvoi" coordinates, it does not invert.
const AFTER_QUOTE_GAP = /^(?![\s\S]*(?:^|\s)(?:et|and|ou|or|mais|but|puis|then)\s)[\s,;:.!?—–-]*(?:(?:[\p{Ll}'’-]+)\s+){0,4}(?:s['’]|m['’])?$/u;
// Anchored: a comma somewhere in a longer gap ("“…,” X, the lawyer, said") puts the subject before the verb.
/** A comma, then maybe an auxiliary and an adverb, right before a speech verb: an incise, whose subject may follow the verb. */
const INCISE_BEFORE = /,\s*(?:(?:a|ont|avait|avaient|aurait|auraient|has|had)\s+)?(?:[\p{Ll}'’-]+\s+){0,2}$/u;
const INVERSION_GAP = /^\s*,\s*(?:(?:a|ont|avait|avaient|aurait|auraient)\s+)?(?:[\p{Ll}'’-]+\s+){0,3}(?:s['’]|m['’])?$/u;
const MANY_SUBJECT = /(?:^|[\s,])((?:de nombreux|de nombreuses|plusieurs|many|several|numerous)\s+[\p{Ll}-]+[sx])(?:\s*,[^,;:.!?"«»“”\n]{2,80},)?\s+(?:(?:ont|avaient|have|had)\s+)?$/iu;
/** A document said to be from someone: "a statement from (operator) X", "un communiqué de la X". */
const DOCUMENT_FROM = /\b(?:statement|report|letter|release|note|communiqué|rapport|lettre|courrier|texte)\s+(?:from|by|of|issued\s+by|de|du|des|d['’])\s*(?:(?:the|la|le|les)\s+|l['’])?(?:[\p{Ll}-]+\s+)?$/iu;
/** A document then its author: "un rapport de X", "une étude publiée par X", "a review by X". */
const DOCUMENT_AUTHOR = /\b(?:rapport|étude|enquête|document|communiqué|lettre|note|avis|audit|bilan|review|report|study|survey|audit|statement|letter|memo|analysis)\s+(?:[\p{Ll}-]+\s+){0,2}(?:de|du|des|d['’]|by|from|of|par)\s*(?:the\s+|la\s+|le\s+|les\s+|l['’])?$/iu;
const TELL_VERB = /^(?:told|tell|tells|telling)$/iu;
/** ", apposition, " between a name and its verb, with up to three small words after it ("se", "a pour sa part"). */
const APPOSITION_GAP = /^\s*,(?:[^,;:.!?"«»“”\n]{2,120},){1,3}\s*(?:[\p{Ll}'’-]+\s+){0,3}$/u;
/** "X's manager", "X's new spokeswoman": X's role holder speaks, not X ("X's analysis concluded" keeps X). */
const POSSESSIVE_AFTER = /^['’]s\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+)/u;
const GROUP_SUBJECT = /(?:^|[\s,])((?:les|the)\s+(?:deux|trois|two|three)\s+([\p{Ll}-]+)|both\s+([\p{Ll}-]+))\s+(?:[\p{Ll}'’-]+\s+){0,2}$/iu;
// Up to a phrase about anonymity, which does not describe the source ("un diplomate sous couvert d'anonymat").
// Also before the verb's own complement: "a expliqué un responsable de X à l'AFP", "told one official to the BBC".
const INDEFINITE = /^(?:[Uu]n|[Uu]ne|[Dd]es|[Aa]|[Aa]n|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]ome|[Ss]everal|[Pp]lusieurs|[Dd]eux|[Tt]rois|[Cc]ertains|[Cc]ertaines)\s+(?:(?!\s(?:(?:interrog|contact|joint|cité|sollicit|interview|quoted|reached)[\p{L}]*\s+(?:par|by)\s|sous\s+couvert|qui\s+a\s+requis|ayant\s+requis|qui\s+souhaite|speaking\s+on|on\s+condition|who\s+asked|who\s+requested|requesting)\b|\s(?:à|au|aux)\s+(?:l['’]\p{Lu}|\p{Lu}|la\s+(?:presse|radio|télévision|chaîne))|\s(?:à\s+la|à\s+l['’]|au|aux)\s*(?:quotidien|journal|hebdomadaire|mensuel|magazine|radio|chaîne|télévision|site|agence|revue)s?\s|\sto\s+(?:the\s+)?\p{Lu}|\s(?:depuis|dès|from)\s+(?:les|la|le|l['’]|son|sa|ses|the|his|her)|\s(?:est|sont|était|étaient|semble|paraît|se\s+montre|is|are|was|were|seems)\s)[^,.;:!?"«»“”\n]){2,90}/u;
/** "Ce dernier a répondu", "cette dernière s'est dite", "the latter said" before a speech verb. */
const LATTER_BEFORE = /(?:^|[\s,;(])(ce\s+dernier|cette\s+dernière|ces\s+derniers|ces\s+dernières|the\s+latter)\s+(?:(?:ne|n['’]|lui|leur|l['’]|se|s['’]|y|en|a|ont|avait|avaient|aurait|has|have|had|was|were|is|also|then|later|d['’]ailleurs|alors|aussi|également|encore|toutefois|déjà|[\p{L}]+ment|[\p{L}]+ly)\s+){0,3}$/iu;
/** A document with no author named after it, as the subject of an inverted verb ("précise le texte"). */
const BARE_DOCUMENT = /^(?:le|la|l['’]|the)\s*(?:texte|document|communiqué|rapport|lettre|courrier|message|statement|report|letter|document|note|release)(?![\p{L}])(?!\s+(?:de|du|des|d['’]|by|from|of)\b)/iu;

/**
 * The author of a document the sentences before `at` cite ("… sur un rapport de l'Observatoire X publié en
 * septembre. Le document estime …"): the name after "rapport de / report by", within a few hundred characters.
 */
function documentAuthorBefore(ctx: AttributionContext, at: number): number | undefined {
  const { text, entities, outsideMentions } = ctx;
  for (let i = firstFrom(outsideMentions, at) - 1; i >= 0; i--) {
    const m = outsideMentions[i]!;
    if (at - m.end > 600) return undefined;
    if (m.end > at || entities[m.entity]!.kind === 'other') continue;
    if (DOCUMENT_AUTHOR.test(text.slice(Math.max(0, m.start - 50), m.start))) return m.entity;
  }
  return undefined;
}

/** The one a document was said to be from in the sentence before `sentenceStart` or this one, up to `to`. */
function documentFrom(ctx: AttributionContext, sentenceStart: number, to: number): number | undefined {
  const { text, entities, sentenceStarts } = ctx;
  const [p0] = sentenceStart > 0 ? sentenceAt(sentenceStarts, sentenceStart - 1, text.length) : [sentenceStart];
  return between(ctx, p0, to).filter((m) => m.end <= to && entities[m.entity]!.kind !== 'other' && DOCUMENT_FROM.test(text.slice(Math.max(0, m.start - 60), m.start))).pop()?.entity;
}

/**
 * The head of a subject whose nearest name is a complement ("Police in X
 * said", "A spokesman for the ministry said"): a name opening the clause,
 * else an unnamed source described by the whole phrase.
 */
function headOfSubject(ctx: AttributionContext, complement: EntityMention, s: number, vs: number): Subject | undefined {
  const { text, entities } = ctx;
  if (/[,;]/u.test(text.slice(complement.end, vs))) return undefined;
  const lead = /(?:^|[,;:«»"“”(]\s*)([^,;:«»"“”(]*)$/u.exec(text.slice(Math.max(s, complement.start - 80), complement.start));
  if (!lead) return undefined;
  const clauseStart = complement.start - lead[1]!.length;
  // The head may follow a determiner, a dash or a title the name does not keep ("Le Y … de l'X", "a title, Y of the X").
  const head = between(ctx, clauseStart, complement.start).find((m) => /^[\s–—-]*(?:(?:the|le|la|les)\s+|l['’])?(?:\p{Lu}[\p{Ll}.]*\s+)?$/u.test(text.slice(clauseStart, m.start)) && entities[m.entity]!.kind !== 'other');
  if (head) return { type: 'entity', entity: head.entity, score: 0.88, reason: 'subject of the speech verb (its complement named after it)' };
  const indefinite = /^(?:an?|one|un|une)\s+\p{Ll}/iu.exec(lead[1]!);
  if (indefinite) return { type: 'source', start: clauseStart, end: complement.end };
  return undefined;
}

/** The subject of the speech verb at [vs, ve) in sentence [s, e), or undefined. */
export function subjectOf(ctx: AttributionContext, vs: number, ve: number, s: number, quoteEnds: readonly number[]): Subject | undefined {
  const { text, entities, sentenceStarts, english } = ctx;
  const after = text.slice(ve, Math.min(text.length, ve + 140));
  const pa = PRONOUN_AFTER.exec(after);
  if (pa && pa[1] === 'on') {
    const where = onSource(ctx, ve + pa[0].length);
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
  const skip = skipComplements(ctx, ve + (/^(?:\s*-t-[\p{L}]+)?[\s]+/u.exec(after)?.[0].length ?? 0)) - ve;
  const next = nameAfterVerb(ctx, ve, skip);
  // An incise after the quote's sentence went on: "« … », y compris …, commente X", "“…” for the groups, said X".
  const incise = !strictlyInverted && lastEnd !== undefined && !pb && !!next && INCISE_BEFORE.test(before);
  const inverted = strictlyInverted || incise;
  if (inverted) {
    let rest = after.slice(skip);
    // "said the post by an unknown author", "indique un communiqué du ministère": the document's author speaks.
    const document = /^(?:the|a|an|le|la|l['’]|un|une)\s*(?:post|statement|report|letter|message|note|tweet|e-?mail|communiqué|rapport|lettre|texte|courriel)\s+(?:by|from|of|de la|de l['’]|du|des|de|d['’])\s*/iu.exec(rest);
    if (document) {
      const author = mentionsFrom(ctx, ve + skip).find((m) => m.start === ve + skip + document[0].length || (m.start > ve + skip + document[0].length && m.start - ve - skip - document[0].length <= 4 && /^(?:the|la|le|les)\s+$/iu.test(text.slice(ve + skip + document[0].length, m.start))));
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
    const complementName = !!next && !!role && entities[next.entity]!.kind !== 'person' && /^\s*,\s*(?:\p{Lu}\p{Ll}{0,3}\.?\s+)?$/u.test(text.slice(next.end, (mentionsFrom(ctx, next.end).find((m) => m.start > next.end) ?? next).start))
      && entities[(mentionsFrom(ctx, next.end).find((m) => m.start > next.end) ?? next).entity]!.kind === 'person';
    if (next && !addressee && !complementName && (!role || next.start - ve <= skip + 4 || roleThenName)) return { type: 'entity', entity: next.entity, score: 0.95, reason: 'named right after the speech verb' };
    if (role && !addressee) {
      // "explique le président de la fédération, Odile Brunet": the name in apposition to the role.
      // A title the name does not keep may come between ("son avocat, Me X").
      const named = mentionsFrom(ctx, ve + skip).find((m) => m.start - ve <= 130 && /,\s*(?:\p{Lu}\p{Ll}{0,3}\.?\s+)?$/u.test(text.slice(ve, m.start)) && !/[;:!?"«»“”\n]|\.(?!\s*$)/u.test(text.slice(ve, m.start).replace(/(?<=\p{Lu}\p{Ll}{0,3})\./gu, '')) && entities[m.entity]!.kind === 'person');
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
      const named = mentionsFrom(ctx, at).find((m) => /^\s*,\s*$/u.test(text.slice(at, m.start)) && entities[m.entity]!.kind === 'person');
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
      const from = documentFrom(ctx, sentenceStart, vs);
      if (from !== undefined) return { type: 'entity', entity: from, score: 0.85, reason: 'the author of the document, named before' };
      const author = sentenceStart > 0 ? chainedSubject(ctx, sentenceAt(sentenceStarts, sentenceStart - 1, text.length)[0], (e) => e.kind === 'org' || e.kind === 'person', 2) : undefined;
      if (author !== undefined) return { type: 'entity', entity: author, score: 0.8, reason: 'the author of the document, named before' };
    }
  }
  // "“…,” the statement says": a document said before to be from someone ("according to a statement from X").
  if (!pb && /(?:^|[\s,;])(?:the|le|la|l['’])\s*(?:statement|report|letter|release|communiqué|rapport|texte|document)\s+$/iu.test(before)) {
    const from = documentFrom(ctx, sentenceAt(sentenceStarts, vs, text.length)[0], vs);
    if (from !== undefined) return { type: 'entity', entity: from, score: 0.85, reason: 'the author of the document, named before' };
  }
  // "Cette dernière a répondu", "the latter said": the last person named (of that gender).
  const latter = LATTER_BEFORE.exec(before);
  if (latter && !pb) {
    const at = vs - before.length + latter.index;
    const gender = /dernière/iu.test(latter[1]!) ? 'f' : /dernier/iu.test(latter[1]!) ? 'm' : undefined;
    const m = recent(ctx, at, 1500, (e) => (e.kind === 'person' || e.kind === 'source') && !(gender && e.gender && e.gender !== gender));
    if (m) return { type: 'entity', entity: m.entity, score: 0.88, reason: `the last person named ("${latter[1]!}")` };
  }
  if (pb && pb[2] === 'on') {
    const where = onBefore(ctx, s, vs - before.length + pb.index);
    if (where) return where;
  }
  if (pb) return { type: 'pronoun', word: (pb[1] ?? pb[2])!, at: vs - before.length + pb.index };
  // Subject before the verb: the nearest mention, with no quote between.
  // "the club's manager": a possessive names whose role it is, not the subject.
  // "X (PS) a qualifié", "Y (D-Ohio) said": a party or an affiliation in brackets after a name is not the subject.
  // (After a person's name only: "L'agence X (AX)" is the agency's own acronym.)
  const bracketed = (m: EntityMention): boolean => /\(\s*$/u.test(text.slice(Math.max(0, m.start - 2), m.start)) && /^\s*\)/u.test(text.slice(m.end, m.end + 2))
    && between(ctx, s, m.start).some((x) => entities[x.entity]!.kind === 'person' && /^\s*\(\s*$/u.test(text.slice(x.end, m.start)));
  const prior = between(ctx, s, vs).filter((m) => m.end <= vs && vs - m.end <= 70 && !quoteEnds.some((x) => x > m.end && x <= vs) && !ROLE_NOUNS.has(POSSESSIVE_AFTER.exec(text.slice(m.end, m.end + 40))?.[1] ?? '') && !bracketed(m)).pop();
  // "le président de la région a promis", "the head of the X union said": the name is the role's complement.
  if (prior && afterPreposition(ctx, prior.start)) {
    const clause = /(?:^|[,;:«»"“”]\s*)((?:le|la|l['’]|les|the)\s*[^,;:«»"“”]*)$/iu.exec(text.slice(Math.max(s, vs - 90), prior.start));
    const role = clause ? roleAt(clause[1]!) : undefined;
    if (role && !/[,;]/u.test(text.slice(prior.end, vs))) return { type: 'role', noun: role.noun, adjectives: role.adjectives, possessive: role.possessive, gender: role.gender };
    const head = headOfSubject(ctx, prior, s, vs);
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
    const holder = between(ctx, s, prior.start).filter((m) => m.end <= prior.start && APPOSITION_GAP.test(text.slice(m.end, vs)) && entities[m.entity]!.kind !== 'other' && (relative || !afterPreposition(ctx, m.start))).pop();
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
    const cited = documentAuthorBefore(ctx, s);
    if (cited !== undefined) return { type: 'entity', entity: cited, score: 0.84, reason: 'the author of the document named before ("un rapport de X")' };
    const author = chainedSubject(ctx, sentenceAt(sentenceStarts, s - 1, text.length)[0], (e) => e.kind === 'org' || e.kind === 'person', 2);
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
    const subject = between(ctx, s, prior.start + 1).find((m) => !afterPreposition(ctx, m.start) && entities[m.entity]!.kind !== 'other');
    if (subject && subject.start < prior.start) return { type: 'entity', entity: subject.entity, score: 0.9, reason: 'subject of the coordinated speech verb' };
  }
  // A name after a preposition with no head found ("62 % des X jugent") is a weak subject.
  if (prior && !/[.!?;]/u.test(gap)) return { type: 'entity', entity: prior.entity, score: afterPreposition(ctx, prior.start) ? 0.7 : gap.length < 30 ? 0.93 : 0.88, reason: 'subject of the speech verb' };
  if (!prior && inverted && lastEnd !== undefined) {
    // "“…,” Smith said": a name between the quote and the verb.
    const named = between(ctx, lastEnd, vs).find((m) => m.end <= vs);
    if (named) return { type: 'entity', entity: named.entity, score: 0.93, reason: 'subject of the speech verb' };
  }
  const indefinite = (english ? /(?:^|[\s,])((?:an?|one)\s+[^,.;:!?"«»“”\n]{2,60}?)\s+(?:(?:has|had|who|have)\s+)?(?:(?:[\p{Ll}']+ly|also|then|later)\s+)?$/iu : /(?:^|[\s,])((?:un|une)\s+[^,.;:!?"«»“”\n]{2,60}?)\s+(?:(?:a|qui|avait|est|était|se\s+montre|s['’]est\s+montrée?|se\s+dit|se\s+veut)\s+)?(?:(?:[\p{Ll}']+ment|déjà|aussi|alors|encore|ensuite|également|toutefois|cependant|néanmoins|pourtant|d['’]ailleurs|notamment|plus|moins|très|bien)\s+)?$/iu).exec(text.slice(Math.max(s, vs - 80), vs));
  if (indefinite) {
    // Group 1 starts after the one separator character the match may begin with.
    const start = Math.max(s, vs - 80) + indefinite.index + indefinite[0].indexOf(indefinite[1]!);
    return { type: 'source', start, end: start + indefinite[1]!.length };
  }
  return undefined;
}

/** Nouns of the seat of a body: "Au ministère, on assure que …" is the ministry speaking. */
const SEAT_NOUNS = /^(?:ministère|mairie|cabinet|préfecture|rectorat|élysée|matignon|siège|direction|parquet|gouvernement|conseil\s+régional|conseil\s+départemental|département|région|ministry)$/iu;

/** "Au ministère, on assure que", "Chez X, on explique", "Dans l'entourage de X, on assume": where "on" speaks from. */
function onBefore(ctx: AttributionContext, s: number, onAt: number): Subject | undefined {
  const { text } = ctx;
  const m = /^\s*((?:À|Au|Aux|Chez|Du\s+côté\s+(?:de|du|des|d['’])|Dans\s+l['’]entourage\s+(?:de|du|des|d['’]))\s*(?:l['’]|la\s+|le\s+)?)([^,.;:!?«»"“”\n]{2,60}?)\s*,\s*$/u.exec(text.slice(s, onAt));
  if (!m) return undefined;
  const start = s + m[0].indexOf(m[2]!, m[1]!.length);
  // The body itself, or the one whose seat it is ("Au siège de X").
  const named = mentionsFrom(ctx, start).find((x) => x.start === start || (x.end <= start + m[2]!.length && /^[\p{Ll}]+\s+(?:de\s+|du\s+|d['’])(?:la\s+|l['’])?$/u.test(text.slice(start, x.start)) && /^(?:siège|entourage|direction|cabinet)\b/u.test(m[2]!)));
  if (named) return { type: 'entity', entity: named.entity, score: 0.88, reason: 'where the words come from ("À X, on …")' };
  // The seat of a body the text does not name further ("Au ministère"), or someone's entourage: an unnamed source.
  if (/^Dans/u.test(m[1]!)) return { type: 'source', start: s + m[0].indexOf(m[1]!), end: start + m[2]!.length };
  return SEAT_NOUNS.test(m[2]!) ? { type: 'source', start, end: start + m[2]!.length } : undefined;
}
