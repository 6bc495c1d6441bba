// The subject of a speech verb in a quote's sentence: a pronoun before or
// after it, "the latter", a name, role, source or document after an inverted
// verb (invertedSubject.ts), else the subject before it (subjectBefore.ts).
import { nameAfterVerb, onSource, skipComplements } from './afterVerb';
import { between, mentionsFrom, recent, type AttributionContext, type Subject } from './context';
import { documentSaysBefore } from './documentSubjects';
import { determinerGender } from './gender';
import { invertedSubject } from './invertedSubject';
import { isRoleWord } from './lexicon';
import { roleAt } from './roles';
import { subjectBeforeVerb } from './subjectBefore';
import type { VerbSite } from './subjectSite';
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
/** "Ce dernier a répondu", "cette dernière s'est dite", "the latter said" before a speech verb. */
const LATTER_BEFORE = /(?:^|[\s,;(])(ce\s+dernier|cette\s+dernière|ces\s+derniers|ces\s+dernières|the\s+latter)\s+(?:(?:ne|n['’]|lui|leur|l['’]|se|s['’]|y|en|a|ont|avait|avaient|aurait|has|have|had|was|were|is|also|then|later|d['’]ailleurs|alors|aussi|également|encore|toutefois|déjà|[\p{L}]+ment|[\p{L}]+ly)\s+){0,3}$/iu;
/** "Celle-ci indique que", "celui-ci a répondu": a demonstrative pronoun before a speech verb. */
const DEMONSTRATIVE_BEFORE = /(?:^|[\s,;(])(cel(?:ui|le)s?-ci|ceux-ci)\s+(?:(?:ne|n['’]|lui|leur|l['’]|se|s['’]|y|en|a|ont|avait|avaient|aurait|d['’]ailleurs|alors|aussi|également|encore|toutefois|déjà|[\p{L}]+ment)\s+){0,3}$/iu;
/** After a verb set off by commas: a description up to the closing comma ("résume la chercheuse pour la radio, "). */
const DESCRIBED_INCISE = /^\s+(?:le|la|l['’]|les)\s*[\p{Ll}][^,.;:!?«»"“”\n]{1,80},/u;
/** "comme le précise X", "as X said": French inversion after "comme le". */
const AS_INVERTED = /\bcomme\s+(?:le\s+|l['’])$/iu;
/** The spaces after the verb, and an inverted "-t-il" before them. */
const SPACE_AFTER_VERB = /^(?:\s*-t-[\p{L}]+)?[\s]+/u;

/** The subject of the speech verb at [vs, ve) in sentence [s, e), or undefined. */
export function subjectOf(ctx: AttributionContext, vs: number, ve: number, s: number, quoteEnds: readonly number[]): Subject | undefined {
  const { text } = ctx;
  const site: VerbSite = { ctx, vs, ve, s, quoteEnds };
  const after = text.slice(ve, Math.min(text.length, ve + 140));
  const pa = PRONOUN_AFTER.exec(after);
  if (pa) return pronounAfter(ctx, ve, pa);
  const before = text.slice(Math.max(s, vs - 60), vs);
  const pb = pronounBefore(before, ctx.english);
  // A pronoun before the verb is its subject: every reading below asks for none.
  if (pb) return pronounBeforeSubject(site, before, pb);
  const lastEnd = quoteEnds.filter((x) => x <= vs).pop();
  const { inverted, skip, next } = inversionOf(site, after, before, lastEnd);
  return (inverted ? invertedSubject(site, after.slice(skip), skip, next) : undefined)
    ?? documentSaysBefore(site, before)
    ?? latterBefore(site, before)
    ?? demonstrativeBefore(site, before)
    ?? subjectBeforeVerb(site, inverted, lastEnd);
}

/** "a-t-il déclaré", "estime-t-on à X": the pronoun right after the verb; "on" may say where the words come from. */
function pronounAfter(ctx: AttributionContext, ve: number, pa: RegExpExecArray): Subject {
  return (pa[1] === 'on' ? onSource(ctx, ve + pa[0].length) : undefined) ?? { type: 'pronoun', word: pa[1]!, at: ve };
}

/** A subject pronoun right before the verb, maybe past small words ("il a aussi", "she later"). */
function pronounBefore(before: string, english: boolean): RegExpExecArray | null {
  const pb = PRONOUN_BEFORE.exec(before);
  // "on" and "nous" are French subject pronouns; in English "on" is a preposition ("posted on X").
  return pb && english && /^(?:on|nous)$/iu.test(pb[2] ?? '') ? null : pb;
}

/** The pronoun before the verb; "on" after a place may say where the words come from ("Au ministère, on assure"). */
function pronounBeforeSubject(site: VerbSite, before: string, pb: RegExpExecArray): Subject {
  const at = site.vs - before.length + pb.index;
  return (pb[2] === 'on' ? onBefore(site.ctx, site.s, at) : undefined) ?? { type: 'pronoun', word: (pb[1] ?? pb[2])!, at };
}

/**
 * Whether the verb is inverted, its subject after it ("« … », a déclaré M. X", "“…,” said the spokeswoman"); how far
 * the complements it takes before that subject reach ("a déclaré mardi soir à la presse le président …", "said in a
 * statement X": the day and the complements are skipped); and the name after them.
 */
function inversionOf(site: VerbSite, after: string, before: string, lastEnd: number | undefined): { inverted: boolean; skip: number; next: EntityMention | undefined } {
  const { ctx, vs, ve } = site;
  // "une « enquête » confiée à la brigade": a bare participle agreeing with the quoted noun (no auxiliary, no comma)
  // qualifies it; an inverted French verb after a quote is finite ("« … », a confié X", "confie X").
  const bareParticiple = !ctx.english && lastEnd !== undefined && /(?:ée|és|ées)$/u.test(ctx.text.slice(vs, ve)) && /^\s*$/u.test(ctx.text.slice(lastEnd, vs));
  const strictlyInverted = AS_INVERTED.test(before) || (lastEnd !== undefined && !bareParticiple && (AFTER_QUOTE_GAP.test(ctx.text.slice(lastEnd, vs)) || INVERSION_GAP.test(ctx.text.slice(lastEnd, vs))));
  const skip = skipComplements(ctx, ve + (SPACE_AFTER_VERB.exec(after)?.[0].length ?? 0)) - ve;
  const next = nameAfterVerb(ctx, ve, skip);
  // An incise after the quote's sentence went on: "« … », y compris …, commente X", "“…” for the groups, said X".
  // So is an unnamed source after the verb ("…, les pompiers ont bouclé « par précaution » la rue, a ajouté une source
  // policière"): an indefinite role, not the verb's object ("…, a rappelé des chiffres").
  const unnamed = /^(?:un|une|a|an|one)\s+((?:[\p{Ll}-]+\s*){1,4})/u.exec(after.slice(skip));
  const unnamedRole = !!unnamed && unnamed[1]!.trim().split(/\s+/u).some(isRoleWord);
  const incise = !strictlyInverted && lastEnd !== undefined && (!!next || unnamedRole) && INCISE_BEFORE.test(before);
  // An incise before the words, set between commas with a description after its verb: "Il y a, résume la
  // chercheuse pour la radio, un « … »". The description is the subject, inverted as after a quote.
  const inciseAhead = !strictlyInverted && !incise && /,\s*$/u.test(before) && DESCRIBED_INCISE.test(after) && !!roleAt(after.trimStart());
  return { inverted: strictlyInverted || incise || inciseAhead, skip, next };
}

/** "Cette dernière a répondu", "the latter said": the last person named (of that gender). */
function latterBefore(site: VerbSite, before: string): Subject | undefined {
  const latter = LATTER_BEFORE.exec(before);
  if (!latter) return undefined;
  const at = site.vs - before.length + latter.index;
  const gender = /dernière/iu.test(latter[1]!) ? 'f' : /dernier/iu.test(latter[1]!) ? 'm' : undefined;
  const m = recent(site.ctx, at, 1500, (e) => (e.kind === 'person' || e.kind === 'source') && !(gender && e.gender && e.gender !== gender));
  return m ? { type: 'entity', entity: m.entity, score: 0.88, reason: `the last person named ("${latter[1]!}")` } : undefined;
}

/**
 * "Il a écrit à la préfecture. Celle-ci indique que …": the last person or body named whose grammatical gender is the
 * pronoun's — a body's from its article (la préfecture, le conseil), a person's as known.
 */
function demonstrativeBefore(site: VerbSite, before: string): Subject | undefined {
  const d = DEMONSTRATIVE_BEFORE.exec(before);
  if (!d) return undefined;
  const at = site.vs - before.length + d.index;
  const { ctx } = site;
  const gender = /^celle/iu.test(d[1]!) ? 'f' : 'm';
  const mentions = between(ctx, Math.max(0, at - 1500), at);
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    const e = ctx.entities[m.entity]!;
    if (e.kind === 'other') continue;
    if ((e.kind === 'person' || e.kind === 'source' ? e.gender : articleGender(ctx.text, m.start, m.end)) !== gender) continue;
    return { type: 'entity', entity: m.entity, score: 0.88, reason: `the last one named of its gender ("${d[1]!}")` };
  }
  return undefined;
}

/** The grammatical gender a body's article gives it ("la préfecture", "au conseil"; "l'" says none). */
function articleGender(text: string, start: number, end: number): 'f' | 'm' | undefined {
  const word = /^(la|une|cette|le|un|ce|cet)\s/iu.exec(text.slice(start, end))?.[1] ?? /(?:^|\s)(la|une|cette|le|un|ce|cet|du|au)\s+$/iu.exec(text.slice(Math.max(0, start - 7), start))?.[1];
  // "du" and "au" are "de le", "à le".
  return word === undefined ? undefined : (determinerGender(word) ?? 'm');
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
