// Links each quote to its likely speakers: the subject of a speech verb in the
// quote's sentence (inverted or not, with words between auxiliary and verb),
// "selon / according to X", "Pour X, …", a colon; pronouns and role
// descriptions resolved to the most recent compatible speaker; a quote with
// no cue continues the last speaker. Scores are fixed weights, so the result
// is deterministic and explainable.
import { agentOf, invertedAfter, isPassive, nameAfterVerb, quotedAs } from './afterVerb';
import { afterPreposition, between, createContext, mentionsFrom, OBLIQUE_BEFORE, recent, type AttributeInput, type Subject } from './context';
import { chainedSubject, resolvePronoun, resolvePronounWith, resolveRole, roleHolder } from './coreference';
import { isRoleWord, isSpeechPhrase, isSpeechVerb, ORG_NOUNS, PERSON_TITLES, ROLE_NOUNS, SOURCE_PREPOSITION } from './lexicon';
import { tokenize } from './names';
import { isNotSpeech, isTermOrTitle } from './notSpeech';
import { DESCRIPTION, isGroupNoun, roleAt } from './roles';
import { sentenceAt } from './sentences';
import { subjectOf } from './subjects';
import type { EntityMention, FoundEntity, QuoteAttribution, RankedSpeaker } from './types';

export type { AttributeInput } from './context';

/** "selon un communiqué de X", "according to a report released by X": the document's author is the source. */
const SOURCE_DOCUMENT = /(?:\bselon|\bd['’]après|\baccording\s+to)\s+(?:un|une|le|la|l['’]|a|an|the|its|their|son|sa|leur)\s*(?:[\p{Ll}-]+\s+)?(?:communiqué|rapport|lettre|message|texte|document|courriel|déclaration|étude|enquête|sondage|statement|report|letter|message|post|tweet|e-?mail|study|survey|release|press\s+release)\b[^,.;:«»"“”\n]{0,40}?\b(?:de|du|des|d['’]|by|from|of|par)\s*(?:the\s+|la\s+|le\s+|les\s+|l['’])?$/iu;
/** "selon un sondage X publié dimanche", "according to a report by X": a document named by its author right after it. */
const SOURCE_DOCUMENT_NAMED = /(?:\bselon|\bd['’]après|\baccording\s+to)\s+(?:un|une|le|la|l['’]|a|an|the)\s*(?:sondage|rapport|étude|enquête|communiqué|poll|survey|study|report)\s+$/iu;
/** "selon le distributeur X", "according to the charity X": a name after the source's kind. */
const SOURCE_PREPOSITION_NOUN = /(?:\bselon|\bd['’]après|\baccording\s+to)\s+(?:le|la|les|l['’]|the)\s*(?:[\p{Ll}'’-]+\s+){1,3}$/iu;
/** "d'après le ministre du budget, Odile Brunet": the name in apposition after a described source. */
const SOURCE_PREPOSITION_ROLE = /(?:\bselon|\bd['’]après|\baccording\s+to)\s+(?:le|la|l['’]|les|the)\s*[^,.;:!?«»"“”]{2,60},\s*$/iu;
/** What a document says is its author's: an unnamed "message" is a weak speaker. */
const DOCUMENT_NOUNS = /\b(?:message|statement|post|letter|report|note|tweet|e-?mail|communiqué|rapport|lettre|texte|document|courriel)$/iu;
/** "un rapport de l'agence X", "a statement from the ministry": the complement of a document noun is its author. */
const DOCUMENT_OF = /\b(?:rapport|communiqué|lettre|message|texte|document|courriel|déclaration|report|statement|letter|message|post|tweet|e-?mail)\s+(?:de|du|des|d['’]|by|from|of)\s*(?:the\s+|la\s+|le\s+|les\s+|l['’])?$/iu;
/** "le rapport d'expertise, selon lequel ", "the study, according to which ": group 2 is the antecedent without its determiner. */
const RELATIVE_SOURCE = /((?:(?:du|de\s+la|des|le|la|les|un|une|the|a|an|this)\s+|(?:de\s+)?l['’])?([\p{Ll}][\p{L}'’-]*(?:\s+(?:d['’]|de\s+|du\s+|des\s+|of\s+)?[\p{L}'’-]+){0,3}))\s*,\s*(?:selon|d['’]après|according\s+to)\s+(?:lequel|laquelle|lesquels|lesquelles|which)\s*,?\s*$/iu;
/** "« … », a-t-on appris de source policière", "… auprès de l'entourage de X": where the words come from. */
const LEARNT_FROM = /^\s*,\s*(?:a-t-on|avons-nous|ont-ils|a-t-il|a-t-elle)\s+(?:appris|su)\s+(?:(?=de\s+sources?\b)|auprès\s+(?:de|du|des|d['’])\s*(?:l['’]entourage\s+(?:de|du|des|d['’])\s*)?)/iu;
/** "« … », peut-on lire dans le communiqué du parquet", "lit-on sur le site de X": the document's author. */
const READ_IN = /^\s*,\s*(?:peut-on|pouvait-on|lit-on|pouvons-nous)\s+lire\s+(?:dans|sur)\s+(?:le|la|l['’]|un|une|son|sa|leur)\s*(?:[\p{Ll}-]+\s+){1,3}?(?:de|du|des|d['’])\s*/iu;

/**
 * A quote is attributed without asking when its best candidate scores at least
 * CONFIDENT_MIN and leads the next by CONFIDENT_LEAD. Chosen on the dev split
 * (bench/speakers.bench.ts prints the trade-off): 0.75 / 0.05 keeps dev precision
 * well above 90 % at over 80 % coverage, with a margin for unseen text.
 */
export const CONFIDENT_MIN = 0.75;
export const CONFIDENT_LEAD = 0.05;

export function attributeQuotes(input: AttributeInput): QuoteAttribution[] {
  const ctx = createContext(input);
  const { text, quotes, entities, sentenceStarts, english, inQuote, paragraphOf, addSource, results, quotedCount } = ctx;

  for (const q of quotes) {
    const { last } = ctx;
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
      else if (subject.type === 'pronoun') resolvePronoun(ctx, subject.word, q.open, subject.at, (x, sc, r) => add(x, sc * weight, r));
      else if (subject.type === 'role') resolveRole(ctx, subject.noun, subject.adjectives, q.open, (x, sc, r) => add(x, sc * weight, r), subject.possessive, subject.span, subject.gender);
      else if (addSource) {
        const id = addSource(subject.start, subject.end);
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
        const agent = agentOf(ctx, v.end);
        if (agent) found.push({ subject: agent, distance: v.start >= q.end ? v.start - q.end : Math.max(0, q.open - v.end) });
        continue;
      }
      // A passive ("a été accusé par X de « … »", "was described by X as"): the agent speaks, the subject does not.
      const passive = isPassive(text.slice(Math.max(0, v.start - 40), v.start), v.text);
      let subject = passive ? agentOf(ctx, v.end) : quotedAs(ctx, v.end) ?? (participle && mainSubject ? mainSubject : subjectOf(ctx, v.start, v.end, s, quoteEnds));
      // "Le préfet « souhaite … », rapporte la radio X", "…, the Daily X reported": an outlet that reports the words is
      // not their speaker; whoever the sentence says they are from is.
      if (subject?.type === 'entity' && REPORTING_VERB.test(v.text) && isOutlet(entities[subject.entity]!)) {
        subject = { type: 'entity', entity: subject.entity, score: 0.6, reason: 'the outlet reporting the words' };
        reported = true;
      } else if (subject?.type === 'role' && REPORTING_VERB.test(v.text) && OUTLET_WORDS.has(subject.noun)) {
        // "rapporte le quotidien X": the described outlet reports; the name after it, if any, is weak.
        const outlet = nameAfterVerb(ctx, v.end, 60) ?? mentionsFrom(ctx, v.end).find((m) => m.start - v.end <= 40);
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
        const named = between(ctx, s + lead, q.open).find((m) => m.start === s + lead || (m.start - s - lead <= 4 && /^(?:M\.|Mme|Mr\.?|Ms\.?|Dr\.?)\s*$/u.test(text.slice(s + lead, m.start))));
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
            const holder = roleHolder(ctx, role.noun, role.adjectives, q.open, role.gender);
            const id = holder ?? (ORG_NOUNS.has(role.noun) && !ROLE_NOUNS.has(role.noun) ? undefined : addSource?.(s + lead, s + lead + subjectText.trimEnd().length));
            if (id !== undefined) add(id, holder !== undefined ? 0.86 : 0.85, holder !== undefined ? `described as "${role.noun}" earlier` : 'an unnamed subject whose predicate the quote is');
            else resolveRole(ctx, role.noun, role.adjectives, q.open, (x, sc, r) => add(x, Math.min(sc, 0.86), r), role.possessive);
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
      const named = between(ctx, at, nounEnd + 1).filter((m) => m.end <= nounEnd + 1 && m.end >= nounEnd - 1).pop();
      // "les conclusions du rapport, selon lequel": a singular relative skips a plural head to its complement.
      const complement = /^[\p{L}'’-]+[sx]\s+(?:du|de\s+la|de\s+l['’]|des|d['’]|de)\s*/u.exec(relative[2]!);
      const singular = /(?:lequel|laquelle)\s*,?\s*$/u.test(relative[0]);
      const nounStart = nounEnd - relative[2]!.length + (singular && complement ? complement[0].length : 0);
      const id = named ? named.entity : addSource?.(nounStart, nounEnd);
      if (id !== undefined) {
        cued = true;
        verbCued = true;
        for (const k of verbSpeakers) { const x = scores.get(k); if (x && k !== id) scores.set(k, { score: Math.min(x.score, 0.7), reason: `${x.reason}, citing the source of the words` }); }
        add(id, 0.9, 'the antecedent of "selon lequel / according to which"');
      }
    }
    // "selon X", "d'après X", "according to X".
    for (const m of between(ctx, s, sentenceEnd)) {
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
    if (unnamed && unnamed[1] && addSource && !between(ctx, s + unnamed.index, s + unnamed.index + unnamed[0].length).length) {
      const start = s + unnamed.index + unnamed[0].indexOf(unnamed[1]!);
      // "Selon un diplomate européen en poste à X, …": a complement of the source runs up to the comma.
      let end = start + unnamed[1]!.replace(/\s+(?:en|à|au|aux|de|du|des|d['’]|in|at|of|from)$/u, '').length;
      const tail = /^(?:\s+(?:en|à|au|aux|de|du|des|d['’]|in|at|of|from|chez)(?![\p{L}])[^,.;:!?«»"“”\n]{1,40}?)(?=\s*,)/u.exec(text.slice(end, end + 50));
      if (tail && end + tail[0].length <= q.open) end += tail[0].length;
      unnamed[1] = text.slice(start, end).replace(/\s+(?:en|à|au|aux|de|du|des|d['’]|in|at|of|from)$/u, '');
      const id = addSource(start, start + unnamed[1]!.length);
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
        const named = mentionsFrom(ctx, at).find((m) => m.start - at <= 4 && /^(?:la\s+|le\s+|les\s+|l['’])?$/iu.test(text.slice(at, m.start)) && entities[m.entity]!.kind !== 'other');
        const source = /^(?:de\s+)?(sources?\s+[\p{Ll}-]+(?:\s+(?:proches?\s+d[eu]s?\s+|de\s+la\s+|du\s+)?[\p{Ll}-]+)?)/iu.exec(text.slice(at, at + 60));
        if (named) { cued = true; verbCued = true; add(named.entity, 0.9, 'the source the words were learnt from or read in'); }
        else if (source && addSource) {
          const id = addSource(at + source[0].indexOf(source[1]!), at + source[0].indexOf(source[1]!) + source[1]!.length);
          if (id !== undefined) { cued = true; verbCued = true; add(id, 0.85, 'the source the words were learnt from'); }
        }
      }
    }
    // An inversion whatever the verb: "« … », s'emporte-t-il", "« … », tempête X", "“…,” Smith quipped."
    if (!verbCued) {
      const inverted = invertedAfter(ctx, q);
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
      if (pronoun) resolvePronoun(ctx, pronoun, q.open, at, (x, sc, r) => add(x, sc * 0.95, r));
      else resolvePronounWith(ctx, 'il', q.open, at, false, false, (x, sc, r) => add(x, sc * 0.9, r));
    }
    // "Pour X, « … »": the opinion of X.
    const pour = /^\s*(?:pour|for)\s+$/iu;
    // Also with a title or a role before the name: "Pour le docteur X, …", "Pour la directrice du festival, X, …".
    // With a possessive too: "Pour son avocate, Me X, …".
    const pourTitled = /^\s*(?:pour|for)\s+(?:le|la|les|l['’]|the|son|sa|ses|leur|his|her|its|their)\s*([\p{Ll}-]+)[^,.;:!?«»"“”\n]{0,50}?(?:,\s*(?:\p{Lu}\p{Ll}{0,3}\.?\s+)?)?$/iu;
    const first = between(ctx, s, q.open)[0];
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
      const named = between(ctx, from, to).filter((m) => m.end <= to && entities[m.entity]!.kind !== 'other').pop();
      if (named) { cued = true; add(named.entity, 0.97, 'quoted by the source ("quoting X")'); }
    }
    // A pull quote signed after a dash: "“…” - Jane Doe".
    const signed = /^[ \t]*[-–—][ \t]*/u.exec(text.slice(q.end, q.end + 4));
    if (signed) {
      const m = mentionsFrom(ctx, q.end).find((x) => x.start === q.end + signed[0].length);
      if (m) { cued = true; add(m.entity, 0.95, 'signed after a dash'); }
    }
    // A colon just before the quote: the subject of the clause before it (unless a speech verb already named it).
    if (!verbCued && /:\s*$/u.test(text.slice(s, q.open))) {
      cued = true;
      // Objects and complements ("aux questions de X :") are not the clause's subject.
      // A rubric before a headline's colon (a rubric word, a colon, the headline) is no speaker.
      const rubric = (x: EntityMention): boolean => entities[x.entity]!.kind === 'other' && /^\s*$/u.test(text.slice(s, x.start)) && /^\s*:\s*$/u.test(text.slice(x.end, q.open)) && !text.slice(0, s).includes('\n');
      // "Même son de cloche chez X :", "Du côté de X, on se félicite :": the one "chez" names speaks.
      const m = between(ctx, s, q.open).filter((x) => x.end <= q.open && !rubric(x) && (!afterPreposition(ctx, x.start) || DOCUMENT_OF.test(text.slice(Math.max(0, x.start - 30), x.start)) || /(?:\bchez|\bdu\s+côté\s+(?:de|du|des|d['’]))\s*(?:(?:la|le|les)\s+|l['’])?(?:[\p{Ll}-]+\s+(?:de|du|des|d['’])\s*(?:(?:la|le|les)\s+|l['’])?)?$/iu.test(text.slice(Math.max(0, x.start - 40), x.start)))).pop();
      const clause = text.slice(m ? m.end : s, q.open);
      // "Un sénateur de la majorité est plus sévère :": an indefinite role opening the clause is an unnamed source, the
      // body in its complement is not the speaker.
      const opening = /^[\s«»"“”-]*((?:[Uu]n|[Uu]ne|[Aa]n?|[Oo]ne)\s+([\p{Ll}-]+)(?:\s+(?:de|du|des|d['’]|of|from)\s*(?:(?:la|le|les|the)\s+|l['’])?[\p{L}'’-]+(?:\s+[\p{Ll}-]+){0,2}?)?)\s+(?:est|était|se\s+montre|s['’]est\s+montrée?|a\s+été|reste|paraît|semble|is|was|seemed|sounded)\s/u.exec(text.slice(s, q.open));
      const indefiniteHead: [number, number] | undefined = opening && isRoleWord(opening[2]!) && !/[,;]/u.test(text.slice(s, q.open).slice(opening[0].length)) ? [s + opening[0].indexOf(opening[1]!), s + opening[0].indexOf(opening[1]!) + opening[1]!.length] : undefined;
      // "… où il s'était emporté : « … »": a subject pronoun after the last name speaks.
      const pronoun = /(?:^|[\s,;])(il|elle|he|she)\s+(?!(?:et|ou|and|or)\b)\S/iu.exec(clause);
      if (pronoun && !OBLIQUE_BEFORE.test(clause.slice(Math.max(0, pronoun.index - 10), pronoun.index + 1))) {
        const at = (m ? m.end : s) + pronoun.index + pronoun[0].indexOf(pronoun[1]!);
        resolvePronoun(ctx, pronoun[1]!, q.open, at, (x, sc, r) => add(x, sc * 0.95, r));
      } else if (m && !indefiniteHead && clause.length < 100) add(m.entity, /^\s*:/u.test(clause) ? 0.9 : 0.84, 'named before the colon');
      else if (indefiniteHead && addSource) {
        const id = addSource(indefiniteHead[0], indefiniteHead[1]);
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
          if (word) resolvePronoun(ctx, word, q.open, s, (x, sc, r) => add(x, sc * 0.9, r));
          else resolvePronounWith(ctx, 'il', q.open, s, false, false, (x, sc, r) => add(x, sc * 0.85, r));
        }
        if (last) add(last.entity, 0.7, 'the last speaker (colon)');
        if (s > 0) {
          const subject = chainedSubject(ctx, sentenceAt(sentenceStarts, s - 1, text.length)[0], (x) => x.kind === 'person' || x.kind === 'org' || x.kind === 'source', 2);
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
        && chainedSubject(ctx, b0, (x) => x.kind !== 'other', 1) !== last.entity;
      const someoneElse = describedOther || between(ctx, Math.max(last.at, lastSentenceEnd), q.open).some((m) => m.entity !== last!.entity && entities[m.entity]!.kind !== 'other');
      add(last.entity, gap <= 1 && !someoneElse ? 0.8 : gap <= 2 ? 0.7 : 0.6, 'the last speaker (no speech verb)');
    }
    // No cue: a quote opening its sentence most often carries on the subject of the sentence before
    // ("X a défendu son projet face à Y. « … »"), not the last name there; never confident alone.
    if (!cued && q.open - s < 3 && s > 0) {
      const [p0] = sentenceAt(sentenceStarts, s - 1, text.length);
      const subject = chainedSubject(ctx, p0, (x) => x.kind === 'person' || x.kind === 'org' || x.kind === 'source', 2);
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
    for (const m of between(ctx, s, sentenceEnd)) {
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
        const m = between(ctx, ns, ne).find((x) => entities[x.entity]!.kind !== 'other' && (!afterPreposition(ctx, x.start) || /(?:words|comments|remarks|mots|propos|paroles)\s+(?:of|de|du|d['’])\s*(?:the\s+|la\s+|le\s+|l['’])?$/iu.test(text.slice(Math.max(0, x.start - 30), x.start))));
        // "Those are the words of X": the words' owner, said outright, is stronger than a last speaker.
        const owner = !!m && /(?:words|comments|remarks|mots|propos|paroles)\s+(?:of|de|du|d['’])\s*(?:the\s+|la\s+|le\s+|l['’])?$/iu.test(text.slice(Math.max(0, m.start - 30), m.start));
        if (m) { cued = true; add(m.entity, owner ? 0.88 : 0.8, 'named in the next sentence, which points back at the words'); }
      }
    }
    // Nobody yet: the last person or organisation named before, weakly (a speaker named paragraphs up); with nobody
    // before (a headline), the first one named after, within a few lines.
    if (scores.size === 0) {
      const m = recent(ctx, q.open, 2000, (x) => x.kind === 'person' || x.kind === 'org' || x.kind === 'source');
      if (m) add(m.entity, 0.5, 'the last person or organisation named');
      else {
        const next = mentionsFrom(ctx, q.end).find((x) => x.start - q.end <= 400 && entities[x.entity]!.kind !== 'other');
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
    if (top && top.confidence >= 0.6 && !notSpeech) ctx.last = { entity: top.entity, at: q.end };
    if (confident && top) quotedCount.set(top.entity, (quotedCount.get(top.entity) ?? 0) + 1);
  }
  return results;
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

/** A pronoun as the source of the words: "selon elle", "d'après lui", "Pour lui,", "according to him", "à ses yeux", "in her view". */
const PRONOUN_SOURCE = /(?:^|[\s,(])(?:(?:selon|d['’]après|according\s+to)\s+(lui|elle|eux|elles|him|her|them)\b|^\s*(?:pour|for)\s+(lui|elle|eux|elles|him|her|them)\s*,|(?:à\s+ses\s+yeux|selon\s+ses\s+(?:mots|termes)|in\s+(his|her|their)\s+(?:view|opinion|words)))/iu;
const PRONOUN_OF: Record<string, string> = { lui: 'il', elle: 'elle', eux: 'ils', elles: 'elles', him: 'he', her: 'she', them: 'they', his: 'he', their: 'they', its: 'it' };

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
