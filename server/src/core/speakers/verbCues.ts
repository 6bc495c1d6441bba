// Cues in the quote's own clause: the speech verbs of its sentence and their
// subjects (the nearest verb counting most, an outlet that reports the words
// weak), a quote that is a named subject's predicate ("Le préfet « souhaite
// … »"), and an inversion after the quote whatever its verb.
import { agentOf, invertedAfter, isPassive, nameAfterVerb, quotedAs } from './afterVerb';
import { answersQuestion } from './answers';
import { between, mentionsFrom, type AttributionContext, type Subject } from './context';
import { resolveRole, roleHolder } from './coreference';
import { isSpeechPhrase, isSpeechVerb, ORG_NOUNS, ROLE_NOUNS } from './lexicon';
import { applySubject, semicolonBetween, startQuote, type QuoteState } from './quoteState';
import { roleAt } from './roles';
import { subjectOf } from './subjects';
import type { FoundEntity } from './types';
import { fold, tokenize } from './words';

/** Verbs an outlet reports with ("rapporte la radio X", "the Daily X reported"). */
const REPORTING_VERB = /^(?:rapport|relat|report|cit)/iu;
/** Kinds of media: an organisation described as one of them reports; it rarely speaks for itself. */
const OUTLET_WORDS = new Set(['quotidien', 'journal', 'hebdomadaire', 'magazine', 'radio', 'télévision', 'chaîne', 'site', 'revue', 'gazette', 'station',
  'newspaper', 'paper', 'daily', 'tabloid', 'broadcaster', 'outlet', 'network', 'weekly', 'agence', 'agency', 'news', 'times', 'post', 'herald', 'tribune', 'press', 'presse', 'tv', 'hebdo', 'matin', 'soir', 'dépêche', 'infos', 'courrier']);
function isOutlet(e: FoundEntity): boolean {
  return e.kind !== 'person' && ([...e.roles].some((r) => OUTLET_WORDS.has(r)) || e.name.toLowerCase().split(/[\s'’-]+/u).some((w) => OUTLET_WORDS.has(w)));
}

/** Words of policing in a sentence, where "interpeller" means to arrest. */
const ARREST_CONTEXT = /(?:^|[^\p{L}])(?:police|policiers?|policières?|gendarmerie|gendarmes?|CRS|forces\s+de\s+l['’]ordre|enquêteurs?|suspects?|garde\s+à\s+vue|parquet|procureure?)(?![\p{L}])/iu;

/** The subjects of the speech verbs in the quote's sentence, outside quotes. */
export function speechVerbCues(ctx: AttributionContext, st: QuoteState): void {
  const { text, entities, english, inQuote } = ctx;
  const { q, s, e, sentenceEnd, quoteEnds, scores, verbSpeakers } = st;
  // Speech verbs in the sentence, outside quotes. A participle ("précisant que") takes the main clause's subject.
  // After a determiner the word is a noun ("au juge", "the report"), not a verb.
  const determiner = english ? /\b(?:the|a|an|this|that|his|her|its|their|our)\s+$/iu : /(?:\b(?:le|la|les|un|une|du|des|au|aux|ce|cette|son|sa|ses|leur|leurs|notre)\s+|\bl['’])$/iu;
  // A capitalised word inside the sentence is a name ("posted on X", where X is written like a verb), not a verb.
  // "comme le souligne X", "ainsi que l'a rappelé X": there "le" is the clause's object pronoun, and the word a verb.
  const asClause = (at: number): boolean => /(?:^|[\s,(])(?:comme|ainsi\s+que|tel\s+que|telle\s+que)\s+(?:le|l['’])\s*(?:a\s+|avait\s+)?$/iu.test(text.slice(Math.max(0, at - 24), at));
  const verbs = tokenize(text, s, e).filter((t) => t.end <= e && !inQuote(t.start) && (isSpeechVerb(t.text) || isSpeechPhrase(text, t.start, t.end)) && (!determiner.test(text.slice(Math.max(0, t.start - 8), t.start)) || asClause(t.start))
    && !(/^\p{Lu}/u.test(t.text) && /[\p{L},;]\s*$/u.test(text.slice(Math.max(s, t.start - 3), t.start))));
  // "interpeller" is "to arrest" in crime copy ("en interpellant « sans difficulté » les deux suspects"): with the
  // police or suspects in the sentence, it is no speech verb, unless it is the inversion right after the quote
  // ("« … », a interpellé la maire").
  const arrest = ARREST_CONTEXT.test(text.slice(s, sentenceEnd));
  const arrestVerb = (v: { start: number; text: string }): boolean => arrest && /^interpell/iu.test(v.text) && !(v.start >= q.end && /^[\s,]*(?:(?:a|ont|avait|avaient)\s+)?$/u.test(text.slice(q.end, v.start)));
  let mainSubject: Subject | undefined;
  const found: { subject: Subject; distance: number; reporting?: boolean; before?: boolean }[] = [];
  for (const [i, v] of verbs.entries()) {
    if (v.start >= sentenceEnd || arrestVerb(v)) continue;
    // "X said it added …", "a expliqué qu'il avait déclaré …": a speech verb whose subject is a pronoun right after
    // another speech verb belongs to the reported clause; the first verb's subject speaks.
    const previousVerb = i > 0 ? verbs[i - 1]! : undefined;
    if (previousVerb && /^\s+(?:that\s+|que\s+|qu['’])?(?:it|he|she|they|il|elle|ils|elles)\s+(?:(?:had|has|have|would|will|was|avait|a|aurait|avaient|ont)\s+)?$/iu.test(text.slice(previousVerb.end, v.start))) continue;
    if (v.start >= q.end ? semicolonBetween(ctx, st, q.end, v.start) : semicolonBetween(ctx, st, v.end, q.open)) continue;
    // "…, tout en appelant X à …": the participle's subject is the main clause's.
    // English too: "“…,” the coach said, adding that …" (the -ing form after a comma).
    // A reflexive one too ("…, s'excusant de ne pouvoir « … »").
    const participle = (/ant$/u.test(v.text) || (english && /ing$/u.test(v.text))) && /[,]\s*(?:tout\s+)?(?:en\s+)?(?:s['’]|se\s+)?$/u.test(text.slice(Math.max(s, v.start - 12), v.start));
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
      // "a chiffré à « … » le coût des mesures annoncées par X": a determiner after the quote opens another noun
      // phrase; the participle qualifies that noun, and X announced it, not the quoted words.
      if (v.start >= q.end && /(?:^|[\s'’])(?:le|la|les|l['’]|un|une|des|du|au|aux|ce|cet|cette|ces|son|sa|ses|leur|leurs)(?=[\s'’])/iu.test(text.slice(q.end, v.start))) continue;
      const agent = agentOf(ctx, v.end);
      if (agent) found.push({ subject: agent, distance: v.start >= q.end ? v.start - q.end : Math.max(0, q.open - v.end) });
      continue;
    }
    // A French past participle with no auxiliary and an agent, also set off by commas ("Le projet, qualifié de « … »
    // par la maire, a été abandonné"): the agent speaks, not the noun it qualifies.
    const bareAgent = !english && /(?:é|ée|és|ées)$/u.test(v.text) && !fourBefore.some((w) => /^(?:a|ont|avait|avaient|aurait|auraient|aura|auront|ai|as|avons|avez|est|sont|était|étaient|été|être|ayant|étant|serait|seraient)$/iu.test(w)) ? agentOf(ctx, v.end) : undefined;
    if (bareAgent) {
      found.push({ subject: bareAgent, distance: v.start >= q.end ? v.start - q.end : Math.max(0, q.open - v.end) });
      continue;
    }
    // A passive ("a été accusé par X de « … »", "was described by X as"): the agent speaks, the subject does not.
    const passive = isPassive(text.slice(Math.max(0, v.start - 40), v.start), v.text);
    // A participle's clause runs on past a quoted word or title before it ("X a écrit à « Y », s'excusant de ne pouvoir
    // « … »"): the quote does not end the clause, so the subject is looked for across it.
    const clauseQuoteEnds = participle && v.end <= q.open ? quoteEnds.filter((x) => x <= s || x > v.start) : quoteEnds;
    // An English participle with no speech verb before it takes the subject of the clause it hangs on, whatever that
    // clause's verb ("The judges ruled against X, saying …": the judges, not X); so does an infinitive of purpose
    // ("protesters used spray paint to write …", "the mayor took to the radio to say …").
    const purpose = english && !participle && /(?:^|\s)to\s+$/iu.test(text.slice(Math.max(s, v.start - 4), v.start)) && !/(?:ed|ing|s)$/u.test(v.text);
    // After a verb that has someone do something ("prompting the government to accuse", "urged Y to say"), that someone.
    const controlled = purpose && v.end <= q.open ? objectOfControl(ctx, s, v.start, clauseQuoteEnds) : undefined;
    // French: a participle after the main clause ("Le maire a rejeté la demande, estimant que « … »") or a verb coordinated
    // with it ("X a limogé Y et a évoqué « … »") has the main clause's subject, not the name in its object.
    const coordinated = !english && !participle && COORDINATED_FR.test(text.slice(Math.max(s, v.start - 30), v.start));
    const clauseSubject = controlled ?? (english && v.end <= q.open && /ing$/u.test(v.text) ? withSubject(ctx, s, v.start) : undefined) ?? ((participle || purpose) && english && !mainSubject && v.end <= q.open ? mainClauseSubject(ctx, s, v.start, clauseQuoteEnds, purpose) : undefined)
      ?? ((participle || coordinated) && !english && !mainSubject && v.end <= q.open ? mainClauseSubjectFr(ctx, s, v.start, clauseQuoteEnds) : undefined);
    let subject = passive ? agentOf(ctx, v.end) : quotedAs(ctx, v.end) ?? (participle && mainSubject ? mainSubject : clauseSubject ?? subjectOf(ctx, v.start, v.end, s, clauseQuoteEnds));
    // "Le préfet « souhaite … », rapporte la radio X", "…, the Daily X reported": an outlet that reports the words is
    // not their speaker; whoever the sentence says they are from is.
    if (subject?.type === 'entity' && REPORTING_VERB.test(v.text) && isOutlet(entities[subject.entity]!)) {
      subject = { type: 'entity', entity: subject.entity, score: 0.6, reason: 'the outlet reporting the words' };
      st.reported = true;
    } else if (subject?.type === 'role' && REPORTING_VERB.test(v.text) && OUTLET_WORDS.has(subject.noun)) {
      // "rapporte le quotidien X": the described outlet reports; the name after it, if any, is weak.
      const outlet = nameAfterVerb(ctx, v.end, 60) ?? mentionsFrom(ctx, v.end).find((m) => m.start - v.end <= 40);
      subject = outlet ? { type: 'entity', entity: outlet.entity, score: 0.6, reason: 'the outlet reporting the words' } : undefined;
      st.reported = true;
    }
    // "« … ? » X a répondu.": X answers the question, so the question is not X's; the words after it are.
    if (subject && answersQuestion(ctx, q, v.start, v.text)) {
      const answer = startQuote(ctx, q);
      applySubject(ctx, answer, subject, 1);
      st.answeredBy = [...answer.scores.entries()].sort((a, b) => b[1].score - a[1].score)[0]?.[0];
      continue;
    }
    if (subject && !mainSubject) mainSubject = subject;
    if (subject) found.push({ subject, distance: v.start >= q.end ? v.start - q.end : Math.max(0, q.open - v.end), reporting: REPORTING_VERB.test(v.text), before: v.end <= q.open });
  }
  // "… au président X, qui a promis des « … », a rapporté l'agence": a speech verb before the words
  // governs them; a body that reports the whole sentence after them relays the words, it does not speak them.
  const governing = found.find((f) => f.before && !f.reporting);
  for (const [i, f] of found.entries()) {
    if (!governing || !f.reporting || f.before || f.subject.type !== 'entity') continue;
    if (entities[f.subject.entity]!.kind === 'person' || (governing.subject.type === 'entity' && governing.subject.entity === f.subject.entity)) continue;
    found[i] = { ...f, subject: { type: 'entity', entity: f.subject.entity, score: 0.6, reason: 'the outlet reporting the words' } };
    st.reported = true;
  }
  // The verb nearest the quote counts most: "X criticised the plans, with Y stating: « … »" is Y's.
  const nearest = Math.min(...found.map((f) => f.distance));
  for (const { subject, distance } of found) {
    st.verbCued = true;
    const before = new Set(scores.keys());
    applySubject(ctx, st, subject, Math.min(distance < 120 ? 1 : distance < 300 ? 0.95 : 0.9, distance > nearest ? 0.94 : 1));
    for (const k of scores.keys()) if (!before.has(k) && scores.get(k)!.score >= 0.8) verbSpeakers.add(k);
  }
}

/** English finite forms that are not "-ed" pasts: auxiliaries, irregular pasts, a few present forms of news copy. */
const FINITE_EN = /^(?:has|have|had|is|are|was|were|will|would|could|did|does|hit|struck|took|gave|made|won|lost|came|went|met|held|kept|left|fought|spoke|wrote|sent|put|set|cut|led|brought|stood|got|sought|threw|broke|chose|drew|rose|fell|saw|began|became|found|thought|upheld|ran|shut|swept|tore|spent|paid|sold|built|sat|beat|dismisses|rejects|denies|hits)$/u;
/** Verbs whose object does what the infinitive after them says ("asked Y to say"). */
const OBJECT_CONTROL = /^(?:asked|urged|told|invited|forced|encouraged|persuaded|allowed|ordered|begged|challenged|pressed|called|got|paid|wanted|expected|helped|made|led|caused|prompted|inspired|pushed|left)$/u;
/** Words after which an "-ed" form qualifies a noun ("the alleged plot"), or is a participle ("has rejected"). */
const NOT_BEFORE_FINITE = /^(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|and|or|of|to|by|with|for|in|on|at|from|who|which|has|have|had|is|are|was|were|be|been|being)$/iu;

/**
 * How far back from a participle, a coordinated verb or an infinitive the start of its main clause may be: each is read
 * from the sentence's start, for each quote, and an endless sentence of them would be read again and again.
 */
const MAIN_CLAUSE_MAX = 400;

/**
 * The subject of the main clause a participle after a comma hangs on ("angry farmers blocked the road, saying …",
 * "X hit back at Y, calling …"): read at the clause's first finite verb, as the subject of any verb is, so
 * that a name in its object or complement does not take the words. English only: the finite verb is found by its form.
 */
function mainClauseSubject(ctx: AttributionContext, s: number, participleAt: number, quoteEnds: readonly number[], purpose: boolean): Subject | undefined {
  const { text, inQuote } = ctx;
  if (participleAt - s > MAIN_CLAUSE_MAX) return undefined;
  const words = tokenize(text, s, participleAt).filter((t) => t.end <= participleAt && !inQuote(t.start));
  for (const [i, w] of words.entries()) {
    // Not the sentence's first word ("armed men" opening it), not a capitalised word (a name), not after a determiner or an auxiliary.
    if (i === 0 || !/^\p{Ll}/u.test(w.text) || NOT_BEFORE_FINITE.test(words[i - 1]!.text)) continue;
    if (!FINITE_EN.test(w.text) && !/^\p{Ll}{2,}ed$/u.test(w.text)) continue;
    // A relative or a clause of its own before it, or a relative the participle may hang on ("met Y, who left early,
    // saying …" is Y's): no main clause to read.
    if (/[;:]|,\s*(?:who|which|and|but)\s/iu.test(text.slice(s, w.start)) || /,\s*(?:who|which)\s/iu.test(text.slice(w.end, participleAt))) return undefined;
    // "asked Y to say", "urged voters to write": the infinitive is its object's, not the subject's.
    if (purpose && OBJECT_CONTROL.test(w.text)) return undefined;
    return subjectOf(ctx, w.start, w.end, s, quoteEnds);
  }
  return undefined;
}

/** "et a évoqué", "mais ont promis", "puis a aussitôt dénoncé": a finite verb coordinated with the clause before it (maybe one adverb between). */
const COORDINATED_FR = /(?:^|\s)(?:et|mais|puis)\s+(?:a|ont|avait|avaient)\s+(?:[\p{Ll}]+\s+)?$/u;
/** French auxiliaries of a main clause's compound tense ("a rejeté", "ont quitté", "s'est dit"). */
const AUXILIARY_FR = /^(?:a|ont|avait|avaient|est|sont|était|étaient)$/u;
/** Words before an auxiliary that make its clause a subordinate or a relative ("qui a", "que le maire a"). */
const SUBORDINATE_FR = /(?:^|[\s,])(?:qui|que|qu['’]|dont|où|lequel|laquelle|lesquels|lesquelles|si|quand|lorsque|lorsqu['’]|parce|puisque|puisqu['’]|comme)(?:\s+[^,;:«»"“”]*)?\s*$/iu;

/**
 * French: the subject of the main clause a participle or a coordinated verb hangs on, read before that clause's first
 * auxiliary ("Les syndicats ont quitté la salle, jugeant …": the unions, not the room). Only a compound tense is
 * found: a simple one cannot be told from a noun by its form.
 */
function mainClauseSubjectFr(ctx: AttributionContext, s: number, verbAt: number, quoteEnds: readonly number[]): Subject | undefined {
  const { text, inQuote } = ctx;
  if (verbAt - s > MAIN_CLAUSE_MAX) return undefined;
  const words = tokenize(text, s, verbAt).filter((t) => t.end <= verbAt && !inQuote(t.start));
  for (const [i, w] of words.entries()) {
    if (i === 0 || !AUXILIARY_FR.test(w.text)) continue;
    // The auxiliary of a relative or a subordinate clause is not the main clause's; nor is one after a colon or a semicolon.
    // The comma looked for within the sentence only: lastIndexOf from the verb would read back to the text's start.
    const clauseStart = s + text.slice(s, w.start).lastIndexOf(',') + 1;
    if (SUBORDINATE_FR.test(text.slice(clauseStart, w.start)) || /[;:]/u.test(text.slice(s, w.start))) continue;
    return subjectOf(ctx, w.start, w.end, s, quoteEnds);
  }
  return undefined;
}

/** A verb that has its object do what the infinitive says, then that object, then "to": "prompting the X government to". */
const CONTROL_OBJECT = /(?:^|\s)(?:prompt|lead|led|forc|push|urg|ask|invit|caus|encourag|persuad|allow|order|inspir|spur|driv|drove)\p{Ll}*\s+((?:[\p{L}'’-]+\s+){1,6})to\s+$/u;

/** The object of a verb of control before an infinitive of speech at `at` ("forcing the mayor to admit"), read as that infinitive's subject. */
function objectOfControl(ctx: AttributionContext, s: number, at: number, quoteEnds: readonly number[]): Subject | undefined {
  const from = Math.max(s, at - 90);
  const m = CONTROL_OBJECT.exec(ctx.text.slice(from, at));
  if (!m) return undefined;
  const to = from + m.index + m[0].length - /to\s+$/u.exec(m[0])![0].length;
  return subjectOf(ctx, to, to + 2, s, quoteEnds);
}

/** "with" opening an absolute clause on a name, with no comma after it. */
const WITH_NAME = /(?:^|\s)with\s+(?=\p{Lu})[^,;:"“”«»]*$/u;
/** After the name: maybe "and" another name, then the clause's first lowercase word. */
const AFTER_WITH_NAME = /^(?:\s+and\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)?\s+(\p{Ll}+)/u;

/**
 * "…, with X and Y travelling to … and denouncing it as “…”", "with X describing them as": the name after "with" does
 * what the "-ing" forms of that clause say; it is their subject, not a complement.
 */
function withSubject(ctx: AttributionContext, s: number, at: number): Subject | undefined {
  const { text, entities } = ctx;
  if (at - s > MAIN_CLAUSE_MAX) return undefined;
  const w = WITH_NAME.exec(text.slice(s, at));
  if (!w) return undefined;
  const nameAt = s + w.index + w[0].search(/\p{Lu}/u);
  const named = between(ctx, nameAt, at).find((m) => m.start === nameAt && m.end <= at);
  if (!named || entities[named.entity]!.kind === 'other') return undefined;
  const next = AFTER_WITH_NAME.exec(text.slice(named.end, at + 40));
  return next && /ing$/u.test(next[1]!) ? { type: 'entity', entity: named.entity, score: 0.9, reason: 'subject of the clause "with X …ing"' } : undefined;
}

/** A quote that goes on from a bare subject: that subject's predicate, in their words. */
export function predicateCue(ctx: AttributionContext, st: QuoteState): void {
  const { text, entities, addSource } = ctx;
  const { q, s, add } = st;
  // "Le préfet « souhaite que … »", "Le ministre « ne voit pas d'obstacle »": a quote that goes on from a bare subject
  // (the sentence's start, maybe after a complement) is that subject's predicate, in their words — when no speech verb
  // named anyone else, or only an outlet reported them.
  if (!st.verbCued || st.reported) {
    const head = text.slice(s, q.open);
    const lead = /^(?:[\s«»"“”–—-]*(?:[^,.;:!?«»"“”]{2,60},\s*)?)/u.exec(head)![0].length;
    const subjectText = head.slice(lead);
    const inner = text.slice(q.open + 1, q.end - 1).trimStart();
    // "Selon une source, le ministère « suit … »": the words are the source's, about the subject.
    const sourced = /^[\s«»"“”–—-]*(?:selon|d['’]après|according\s+to)\s/iu.test(head);
    if (!sourced && /^\p{Ll}/u.test(inner) && subjectText.length > 0 && subjectText.length <= 90 && /[\p{L}.]\s*$/u.test(subjectText)) {
      const named = between(ctx, s + lead, q.open).find((m) => m.start === s + lead || (m.start - s - lead <= 4 && /^(?:M\.|Mme|Mr\.?|Ms\.?|Dr\.?)\s*$/u.test(text.slice(s + lead, m.start))));
      if (named && /^\s*$/u.test(text.slice(named.end, q.open)) && entities[named.entity]!.kind !== 'other') {
        st.cued = true;
        st.verbCued = true;
        add(named.entity, 0.88, 'the subject whose predicate the quote is');
      } else if (!named) {
        const role = /^(?:le|la|l['’]|les|the)\s*[\p{Ll}'’-]+(?:\s+[\p{Ll}'’-]+){0,3}\s*$/iu.test(subjectText) ? roleAt(subjectText) : undefined;
        if (role) {
          st.cued = true;
          st.verbCued = true;
          // Someone described so before holds the role; else the description is someone the text does not name.
          const holder = roleHolder(ctx, role.noun, role.adjectives, q.open, role.gender);
          const id = holder ?? (ORG_NOUNS.has(role.noun) && !ROLE_NOUNS.has(role.noun) ? undefined : addSource?.(s + lead, s + lead + subjectText.trimEnd().length));
          if (id !== undefined) add(id, holder !== undefined ? 0.86 : 0.85, holder !== undefined ? `described as "${role.noun}" earlier` : 'an unnamed subject whose predicate the quote is');
          else resolveRole(ctx, role.noun, role.adjectives, q.open, (x, sc, r) => add(x, Math.min(sc, 0.86), r), role.possessive);
        }
      }
    }
  }
}

/** An inversion right after the quote, whatever the verb. */
export function invertedCue(ctx: AttributionContext, st: QuoteState): void {
  const { q } = st;
  // An inversion whatever the verb: "« … », s'emporte-t-il", "« … », tempête X", "“…,” Smith quipped."
  if (!st.verbCued) {
    const inverted = invertedAfter(ctx, q);
    if (inverted) {
      st.cued = true;
      st.verbCued = true;
      applySubject(ctx, st, inverted, 0.95);
    }
  }
}

/** « …, dit-elle, … », « …, raconte-t-il. … »: an incise the French set inside the marks, with an inverted pronoun. */
// Also in a compound tense: « …, a-t-il dit. … », « …, a-t-elle ajouté, … » (the participle after the pronoun).
const INCISE_INSIDE = /,\s*(?:(?:a|avait)-t-(il|elle)\s+([\p{Ll}]+)(?=[\s,.])|([\p{Ll}]+)-(?:t-)?(il|elle)(?=[\s,.]))/u;

/** The speech clause written inside the quote's marks: its pronoun speaks, as after the quote. */
export function inciseInsideCue(ctx: AttributionContext, st: QuoteState): void {
  const { text } = ctx;
  const { q } = st;
  if (st.verbCued) return;
  const inner = text.slice(q.open + 1, q.end - 1);
  if (namedInciseInside(ctx, st, inner)) return;
  const m = INCISE_INSIDE.exec(inner);
  const verb = m ? m[2] ?? m[3]! : '';
  const pronoun = m ? m[1] ?? m[4]! : '';
  if (!m || !isSpeechVerb(verb)) return;
  // The incise ends at a comma or a full stop, with nothing but a manner complement before it ("dit-elle en souriant,").
  if (!/^[^,.;:!?«»"“”]{0,30}[,.]/u.test(inner.slice(m.index + m[0].length))) return;
  const at = q.open + 1 + m.index + (m[4] ? m[0].length - pronoun.length : m[0].indexOf(`-t-${pronoun}`) + 3);
  applySubject(ctx, st, { type: 'pronoun', word: pronoun, at }, 1);
  st.verbCued = true;
}

/**
 * « …, souffle X au bout du fil. … », « …, dit X Y. … »: the incise names its speaker, inverted after the verb, a middle
 * initial allowed ("X C. Y"). Names are not looked for inside quotes, so the name is matched against the people the
 * text names elsewhere (in full, or by the surname it ends on).
 */
const NAMED_INCISE_INSIDE = /,\s*([\p{Ll}]+)\s+((?:\p{Lu}\.\s*|\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{Ll}'’-]+)(?=[\s,.])/gu;

function namedInciseInside(ctx: AttributionContext, st: QuoteState, inner: string): boolean {
  const { entities } = ctx;
  for (const m of inner.matchAll(NAMED_INCISE_INSIDE)) {
    if (!isSpeechVerb(m[1]!)) continue;
    // The incise ends at a comma or a full stop, with a manner or place complement at most ("au bout du fil.").
    if (!/^[^,.;:!?«»"“”]{0,30}[,.]/u.test(inner.slice(m.index + m[0].length))) continue;
    const name = fold(m[2]!.replace(/\s+/gu, ' '));
    const entity = entities.findIndex((e) => e.kind === 'person' && [e.name, ...e.aliases].some((f) => fold(f) === name || fold(f).endsWith(` ${name}`)));
    if (entity < 0) continue;
    applySubject(ctx, st, { type: 'entity', entity, score: 0.95, reason: 'named in an incise inside the quote' }, 1);
    st.verbCued = true;
    return true;
  }
  return false;
}
