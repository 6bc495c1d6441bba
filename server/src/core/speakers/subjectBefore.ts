// The subject before a speech verb: the nearest name before it (past appositions, brackets, possessives, a
// coordinated verb's object), unless that name is a complement ("Police in X said") or qualifies a role ("A X
// spokesman said"), or an unnamed group, source, role or document stands closer (unnamedSubjects.ts,
// documentSubjects.ts). The readings run in a fixed order; the first that fits wins.
import { afterPreposition, between, type AttributionContext, type Subject } from './context';
import { resolveRole } from './coreference';
import { documentSubjectBefore } from './documentSubjects';
import { isRoleWord, ROLE_NOUNS } from './lexicon';
import { DESCRIPTION, roleAt } from './roles';
import { roleSubject, type BeforeVerb, type VerbSite } from './subjectSite';
import type { EntityMention } from './types';
import {
  antecedentOfWho, closeIndefiniteBefore, collectiveBefore, describedRelativeBefore, groupBefore, groupRelativeBefore, indefiniteBefore, manyBefore, pluralBefore,
  relativeSourceBefore, roleBeforeVerb, someBefore,
} from './unnamedSubjects';

/** ", apposition, " between a name and its verb, with up to three small words after it ("se", "a pour sa part"). */
// A short name in quotes may stand in it ("X, tête de la liste "Y", a dénoncé").
const APPOSITION_GAP = /^\s*,(?:(?:[^,;:.!?"«»“”\n]|"[^",\n]{1,50}"|«[^»,\n]{1,50}»|“[^”,\n]{1,50}”){2,120},){1,3}\s*(?:[\p{Ll}'’-]+\s+){0,3}$/u;
/** "X's manager", "X's new spokeswoman": X's role holder speaks, not X ("X's analysis concluded" keeps X). */
const POSSESSIVE_AFTER = /^['’]s\s+([\p{Ll}-]+)(?:\s+([\p{Ll}-]+))?/u;
/** Right before the verb: "'s spokeswoman", "'s new chief executive" (maybe an auxiliary or an adverb after it). */
const POSSESSIVE_ROLE_GAP = /^['’]s\s+((?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+))\s+(?:(?:has|had|have|was|is|also|then|later)\s+)?$/u;
const CLAUSE_BEFORE_NAME = /(?:^|[,;:«»"“”]\s*)((?:le|la|l['’]|les|the)\s*[^,;:«»"“”]*)$/iu;
const ROLE_AFTER_NAME = /^\s+([\p{Ll}-]+)\s+(?:(?:has|had|was|is)\s+)?$/u;
const ARTICLE_BEFORE_NAME = /(?:^|\s)(an?|one|the)\s+(?:(?!(?:and|or|of|for|to|by|with|said|told)\s)[\p{Ll}-]+\s+){0,2}$/iu;
const RELATIVE_GAP = /(?:^|[\s,])(?:qui|who)\s+(?:[\p{Ll}'’-]+\s+){0,3}$/u;
const COORDINATED_GAP = /(?:^|[\s,])(?:et|and|but|mais|puis|then)\s+(?:(?:a|ont|avait|has|have|had)\s+)?(?:[\p{Ll}]+(?:ment|ly)\s+)?$/iu;

/** The readings of a subject before the verb, in the order they are tried. */
const READINGS: readonly ((b: BeforeVerb) => Subject | undefined)[] = [
  antecedentOfWho, coordinatedClauseOpening, groupRelativeBefore, gerundSubject, complementedName, nameQualifyingRole, appositionHolder, groupBefore, manyBefore, pluralBefore, someBefore,
  relativeSourceBefore, documentSubjectBefore, describedRelativeBefore, collectiveBefore, roleBeforeVerb,
  closeIndefiniteBefore, coordinatedSubject, possessiveHolder, nearestName, namedAfterQuote, indefiniteBefore,
];

/** The subject before the verb of `site`, read after a pronoun and an inverted subject were ruled out. */
export function subjectBeforeVerb(site: VerbSite, inverted: boolean, lastEnd: number | undefined): Subject | undefined {
  const prior = priorName(site);
  const b: BeforeVerb = { ...site, prior, gap: prior ? site.ctx.text.slice(prior.end, site.vs) : '', inverted, lastEnd };
  for (const read of READINGS) {
    const subject = read(b);
    if (subject) return subject;
  }
  return undefined;
}

/** Whether the words after a name make it a possessive of a role ("'s spokeswoman told", "'s new manager"): its first or second word is a role noun. */
function possessiveRole(after: string): boolean {
  const m = POSSESSIVE_AFTER.exec(after);
  return !!m && (ROLE_NOUNS.has(m[1]!) || (m[2] !== undefined && ROLE_NOUNS.has(m[2])));
}

/**
 * "Acme's spokeswoman told", "X's lawyer said": the holder of a role a name owns speaks, an unnamed source named by
 * the whole phrase (the owner does not: priorName passed over it).
 */
function possessiveHolder(b: BeforeVerb): Subject | undefined {
  const { ctx, vs, s } = b;
  const owner = between(ctx, Math.max(s, vs - 60), vs).filter((m) => m.end <= vs).pop();
  if (!owner) return undefined;
  const gap = POSSESSIVE_ROLE_GAP.exec(ctx.text.slice(owner.end, vs));
  if (!gap || !ROLE_NOUNS.has(gap[2]!)) return undefined;
  const end = owner.end + gap[0].indexOf(gap[1]!) + gap[1]!.length;
  return { type: 'source', start: owner.start, end };
}

/**
 * The nearest mention before the verb, with no quote between. Not a possessive naming whose role it is ("the club's
 * manager"), nor a party or an affiliation in brackets after a person's name ("X (PS) a qualifié", "Y (D-Ohio) said";
 * "L'agence X (AX)" is the agency's own acronym).
 */
function priorName(site: VerbSite): EntityMention | undefined {
  const { ctx, vs, s, quoteEnds } = site;
  const { text, entities } = ctx;
  const bracketed = (m: EntityMention): boolean => /\(\s*$/u.test(text.slice(Math.max(0, m.start - 2), m.start)) && /^\s*\)/u.test(text.slice(m.end, m.end + 2))
    && between(ctx, s, m.start).some((x) => entities[x.entity]!.kind === 'person' && /^\s*\(\s*$/u.test(text.slice(x.end, m.start)));
  return between(ctx, s, vs).filter((m) => m.end <= vs && vs - m.end <= 70 && !quoteEnds.some((x) => x > m.end && x <= vs) && !possessiveRole(text.slice(m.end, m.end + 40)) && !bracketed(m)).pop();
}

/**
 * "X apportait son soutien à Y ce matin sur Z, en affirmant que": a French gerund shares the subject of its clause,
 * the first name of the sentence that is no complement, not the nearest name before it when that one is a complement.
 */
function gerundSubject(b: BeforeVerb): Subject | undefined {
  const { ctx, vs, ve, s } = b;
  const { text, entities } = ctx;
  if (!/(?:^|[\s,])en\s+$/u.test(text.slice(Math.max(s, vs - 4), vs)) || !/ant$/u.test(text.slice(vs, ve))) return undefined;
  // Only when the nearest name is a complement ("sur Z", "à Y"): a name right before the gerund is read as usual.
  if (!b.prior || !afterPreposition(ctx, b.prior.start)) return undefined;
  const subject = between(ctx, s, vs).find((m) => m.end <= vs && !afterPreposition(ctx, m.start) && entities[m.entity]!.kind !== 'other');
  if (subject) return { type: 'entity', entity: subject.entity, score: 0.9, reason: 'subject of the clause the gerund ("en …ant") belongs to' };
  // "L'aide-cuisinière a réagi au micro de X en déclarant": a clause opening on a description, the one it describes
  // (maybe by a word the role lexicon lacks), not the channel the words were given to.
  const opening = /^[\s«»"“”–—-]*((?:[Ll]e|[Ll]a|[Ll]['’])\s*([\p{Ll}][\p{Ll}-]{3,}))\s+(?:a|avait|aurait)\s/u.exec(text.slice(s, vs));
  if (!opening) return undefined;
  const role = roleAt(opening[1]!);
  const at = s + opening[0].indexOf(opening[1]!);
  if (role) return roleSubject(role, [at, at + opening[1]!.length]);
  // A noun the role lexicon lacks: whom it stands for is a guess (the subject of the sentences before), kept below
  // the confident line.
  let best: { entity: number; score: number; reason: string } | undefined;
  resolveRole(ctx, opening[2]!, [], vs, (entity, score, reason) => { if (!best || score > best.score) best = { entity, score, reason }; });
  return best ? { type: 'entity', entity: best.entity, score: Math.min(best.score, 0.72), reason: best.reason } : undefined;
}

/** "le président de la région a promis", "the head of the X union said": the name is the role's complement. */
function complementedName(b: BeforeVerb): Subject | undefined {
  const { ctx, vs, s, prior } = b;
  if (!prior || !afterPreposition(ctx, prior.start)) return undefined;
  const clause = CLAUSE_BEFORE_NAME.exec(ctx.text.slice(Math.max(s, vs - 90), prior.start));
  const role = clause ? roleAt(clause[1]!) : undefined;
  // The description runs to its complement's end ("La ministre de la X"): the name of the one it describes when the
  // text names nobody so.
  if (role && !/[,;]/u.test(b.gap)) return roleSubject(role, [prior.start - clause![1]!.length, prior.end]);
  return headOfSubject(ctx, prior, s, vs);
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

/** "A X spokesman said", "an X engineer said", "a senior X aide told": a name qualifying the role after it (maybe after an adjective); the role speaks. */
function nameQualifyingRole(b: BeforeVerb): Subject | undefined {
  const { ctx, s, prior } = b;
  if (!prior) return undefined;
  const roleAfter = ROLE_AFTER_NAME.exec(b.gap);
  const article = ARTICLE_BEFORE_NAME.exec(ctx.text.slice(Math.max(s, prior.start - 30), prior.start));
  if (!roleAfter || !article || !isRoleWord(roleAfter[1]!)) return undefined;
  const start = prior.start - article[0].length + article[0].indexOf(article[1]!);
  return { type: 'source', start, end: prior.end + roleAfter[0].indexOf(roleAfter[1]!) + roleAfter[1]!.length };
}

/** "Odile Brunet, bergère à l'époque, se souvient": the name before the apposition is the subject. */
function appositionHolder(b: BeforeVerb): Subject | undefined {
  const { ctx, vs, s, prior } = b;
  const { text, entities } = ctx;
  // No name near the verb: a long apposition ("X, representing the Y government, which passed a similar law in 2014 and
  // which joined the defence, declared") still hangs on the name before it, the sentence's subject.
  if (!prior) {
    const far = between(ctx, s, vs).filter((m) => m.end <= vs && APPOSITION_GAP.test(text.slice(m.end, vs)) && entities[m.entity]!.kind === 'person'
      && !afterPreposition(ctx, m.start) && /^[\s\p{Lu}'’.-]*$/u.test(text.slice(s, m.start))).pop();
    return far ? { type: 'entity', entity: far.entity, score: 0.88, reason: 'subject of the speech verb (before a long apposition)' } : undefined;
  }
  // Not a complement ("La présidente de l'association, Anne X, dénonce": Anne X speaks), unless a relative clause
  // continues the apposition's head ("avec Anne X, la rivale de Y, qui a répondu").
  const relative = RELATIVE_GAP.test(b.gap);
  const holder = between(ctx, s, prior.start).filter((m) => m.end <= prior.start && APPOSITION_GAP.test(text.slice(m.end, vs)) && entities[m.entity]!.kind !== 'other' && (relative || !afterPreposition(ctx, m.start))).pop();
  if (!holder) return undefined;
  // "Le syndicat majoritaire, le X, réclame": a description before the name in apposition is the name's role.
  const described = DESCRIPTION.test(entities[holder.entity]!.name) && !DESCRIPTION.test(entities[prior.entity]!.name) && /^\s*,\s*(?:(?:le|la|les|the)\s+|l['’])?$/iu.test(text.slice(holder.end, prior.start));
  return described ? undefined : { type: 'entity', entity: holder.entity, score: 0.92, reason: 'subject of the speech verb (before an apposition)' };
}

/**
 * "X a condamné le crime de Y et estimé que": a coordinated verb shares the clause's subject, not the object before
 * "et". Also after the object's complement: "X thanked Y for her help and said".
 */
function coordinatedSubject(b: BeforeVerb): Subject | undefined {
  const { ctx, s, prior, gap } = b;
  if (!prior || !COORDINATED_GAP.test(gap) || /[.;:!?]/u.test(gap)) return undefined;
  const subject = between(ctx, s, prior.start + 1).find((m) => !afterPreposition(ctx, m.start) && ctx.entities[m.entity]!.kind !== 'other');
  return subject && subject.start < prior.start ? { type: 'entity', entity: subject.entity, score: 0.9, reason: 'subject of the coordinated speech verb' } : undefined;
}

/** Right before a verb coordinated to another ("… but conceded", "… et a estimé"), up to its conjunction. */
const CONJUNCTION_BEFORE = /(?:^|[\s,])(?:and|but|mais|et)\s+(?:(?:a|ont|avait|has|have|had)\s+)?(?:[\p{Ll}]+(?:ment|ly)\s+)?$/u;
/** The longest first clause coordinatedClauseOpening reads. */
const COORDINATED_CLAUSE_MAX = 300;
/** A sentence opening on a description (its first words), maybe after a short lead and a comma. */
const OPENING_DESCRIPTION = /^[\s«»"“”–—-]*(?:[^,;:«»"“”.!?]{1,30},\s*)?((?:[Tt]he|[Ll]e|[Ll]a|[Ll]es|[Ll]['’])\s*[\p{Ll}][\p{L}-]*(?:\s+[\p{Ll}][\p{L}-]*){0,2})/u;
/** Words that may follow a subject without being its verb ("the coach of the team and …"); French "a" is a verb. */
const NOT_A_VERB = /^\s+(?:of|for|from|in|at|with|and|or|de|du|des|d['’]|à|au|aux|pour|sur|chez|et|ou|the|le|la|les|l['’]|un|une|who|qui)(?=[\s'’]|$)/iu;
const NOT_A_VERB_EN = /^\s+(?:an?)\s/iu;

/**
 * "The coach praised his players but conceded “…”", "Le maire a reçu les manifestants mais a prévenu « … »": a verb
 * coordinated to the clause's first verb shares that verb's subject, the clause's opening words; the object of the
 * first verb stands right before the conjunction and is no subject. Only when a verb follows the opening subject (not
 * "The coach and his players said"). French compound tenses ("et a estimé") are read first by verbCues.ts
 * (mainClauseSubjectFr, with its participles); this reading answers for English and for what that one leaves. Sharing
 * one mechanism was tried: it moved attributions on the tuned English press half, so both stay.
 */
function coordinatedClauseOpening(b: BeforeVerb): Subject | undefined {
  const { ctx, vs, s, quoteEnds } = b;
  const { text, entities } = ctx;
  const conjunction = CONJUNCTION_BEFORE.exec(text.slice(Math.max(s, vs - 40), vs));
  if (!conjunction || quoteEnds.some((x) => x > s && x <= vs)) return undefined;
  const conj = vs - conjunction[0].length;
  // A first clause longer than a sentence's usual length is no plain coordination (and reading it is bounded).
  if (conj - s > COORDINATED_CLAUSE_MAX) return undefined;
  const clause = text.slice(s, conj);
  if (/[;:!?]/u.test(clause)) return undefined;
  // The opening subject: a name first in the clause (after a short lead), else a description with a role word.
  const named = between(ctx, s, conj).find((m) => !afterPreposition(ctx, m.start) && entities[m.entity]!.kind !== 'other');
  const namedFirst = !!named && /^[\s«»"“”–—-]*(?:[^,;:«»"“”.!?]{1,30},\s*)?(?:(?:the|le|la|les)\s+|l['’])?$/iu.test(text.slice(s, named.start));
  let subject: Subject | undefined;
  let subjectEnd = -1;
  if (namedFirst) {
    subject = { type: 'entity', entity: named.entity, score: 0.9, reason: 'subject of the coordinated speech verb' };
    subjectEnd = named.end;
  } else {
    const opening = OPENING_DESCRIPTION.exec(clause);
    if (!opening) return undefined;
    const at = s + opening.index + opening[0].length - opening[1]!.length;
    const role = roleAt(opening[1]!);
    if (role) {
      // The description ends on its role noun ("The coach", not "The coach praised").
      const noun = [...opening[1]!.matchAll(/[\p{L}-]+/gu)].find((w) => w[0].toLowerCase() === role.noun);
      if (!noun) return undefined;
      subjectEnd = at + noun.index + noun[0].length;
      subject = roleSubject(role, [at, subjectEnd]);
    } else {
      // "Les habitants ont manifesté … et ont dénoncé": a plural group opening the clause, an unnamed source.
      const group = /^(?:[Ll]es|[Tt]he)\s+[\p{Ll}][\p{L}-]*[sx](?=\s)/u.exec(opening[1]!);
      if (!group) return undefined;
      subjectEnd = at + group[0].length;
      subject = { type: 'source', start: at, end: subjectEnd };
    }
  }
  // A verb must follow the subject before the conjunction, else the conjunction joins two subjects.
  const rest = text.slice(subjectEnd, conj);
  if (subjectEnd >= conj - 2 || !/^\s+\p{Ll}/u.test(rest) || NOT_A_VERB.test(rest) || (ctx.english && NOT_A_VERB_EN.test(rest))) return undefined;
  return subject;
}

/** The nearest name before the verb, in its clause; weak after a preposition with no head found ("62 % des X jugent"). */
function nearestName(b: BeforeVerb): Subject | undefined {
  const { ctx, prior, gap } = b;
  if (!prior || /[.!?;]/u.test(gap)) return undefined;
  return { type: 'entity', entity: prior.entity, score: afterPreposition(ctx, prior.start) ? 0.7 : gap.length < 30 ? 0.93 : 0.88, reason: 'subject of the speech verb' };
}

/** "“…,” Smith said": a name between the quote and the inverted verb. */
function namedAfterQuote(b: BeforeVerb): Subject | undefined {
  if (b.prior || !b.inverted || b.lastEnd === undefined) return undefined;
  const named = between(b.ctx, b.lastEnd, b.vs).find((m) => m.end <= b.vs);
  return named ? { type: 'entity', entity: named.entity, score: 0.93, reason: 'subject of the speech verb' } : undefined;
}
