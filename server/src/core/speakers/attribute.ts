// Links each quote to its likely speakers: the subject of a speech verb in the
// quote's sentence (inverted or not, with words between auxiliary and verb),
// "selon / according to X", "Pour X, …", a colon; pronouns and role
// descriptions resolved to the most recent compatible speaker; a quote with
// no cue continues the last speaker. Scores are fixed weights, so the result
// is deterministic and explainable.
import { isSpeechVerb, NOT_NAME_WORDS, ORG_NOUNS, ROLE_NOUNS, SOURCE_PREPOSITION } from './lexicon';
import { tokenize } from './names';
import { sentenceAt } from './sentences';
import type { EntityMention, FoundEntity, QuoteAttribution, QuoteSpan, RankedSpeaker } from './types';

type Subject =
  | { readonly type: 'entity'; readonly entity: number; readonly score: number; readonly reason: string }
  | { readonly type: 'pronoun'; readonly word: string; readonly at: number }
  | { readonly type: 'role'; readonly noun: string; readonly adjectives: readonly string[] }
  | { readonly type: 'source'; readonly start: number; readonly end: number };

const PRONOUN_AFTER = /^-(?:t-)?(il|elle|ils|elles|on)\b/u;
const PRONOUN_BEFORE = /(?:-(?:t-)?(il|elle|ils|elles)|\b(il|elle|ils|elles|he|she|they|it|we|nous|on))\s+(?:(?:ne|n['’]|lui|leur|l['’]|se|s['’]|y|en|a|ont|avait|avaient|aurait|has|have|had|was|were|is|also|then|later|further|once|d['’]ailleurs|pour sa part|pour leur part|de son côté|alors|aussi|également|encore|toutefois|déjà|[\p{L}]+ment|[\p{L}]+ly)\s+){0,3}$/iu;
const AFTER_QUOTE_GAP = /^[\s,;:.!?—–-]*(?:(?:[\p{Ll}'’-]+)\s+){0,4}$/u;
const INVERSION_GAP = /,\s*(?:(?:a|ont|avait|avaient|aurait|auraient)\s+)?(?:[\p{Ll}'’-]+\s+){0,3}$/u;
const INDEFINITE = /^(?:un|une|des|a|an|one|two|three|some|several|plusieurs|deux|trois|certains|certaines)\s+[^,.;:!?"«»“”\n]{2,90}/iu;
const NOT_SPEECH_BEFORE = /(?:intitulée?s?|baptisée?s?|appelée?s?|nommée?s?|surnommée?s?|dénommée?s?|named|called|titled|entitled|known as|nicknamed|terme|term|word|mot|expression|label|catégorie|category|rating|note|classée?s?|rated|slogan|thème|theme|hashtag|opération|operation|programme|program|émission|show|film|livre|book|album|chanson|song|série|series|robot|prix|award|mention|site|website|section|rubrique)\s*(?:de\s+|d['’]|of\s+|the\s+)?[(]?$/iu;

interface Speaker {
  readonly entity: number;
  readonly at: number;
}

export interface AttributeInput {
  readonly text: string;
  readonly quotes: readonly QuoteSpan[];
  readonly entities: FoundEntity[];
  readonly mentions: readonly EntityMention[];
  readonly sentenceStarts: readonly number[];
  readonly lang: 'fr' | 'en';
  /** Makes an entity for an unnamed source ("une source proche du dossier"); undefined when none may be made. */
  readonly addSource?: (start: number, end: number) => number | undefined;
}

export function attributeQuotes(input: AttributeInput): QuoteAttribution[] {
  const { text, quotes, entities, mentions, sentenceStarts } = input;
  const english = input.lang === 'en';
  const inQuote = (at: number): boolean => quotes.some((q) => at > q.open && at < q.end - 1);
  const outsideMentions = mentions.filter((m) => !inQuote(m.start));
  const results: QuoteAttribution[] = [];
  let last: Speaker | undefined;

  const paragraphOf = (at: number): number => {
    // Runs of newlines, so that one-line and blank-line paragraphs count alike.
    return text.slice(0, at).match(/\n\s*/gu)?.length ?? 0;
  };

  /** The most recent entity before `at` that fits `accept`, within `window` characters. */
  const recent = (at: number, window: number, accept: (e: FoundEntity) => boolean): EntityMention | undefined => {
    for (let i = outsideMentions.length - 1; i >= 0; i--) {
      const m = outsideMentions[i]!;
      if (m.end > at) continue;
      if (at - m.end > window) return undefined;
      if (accept(entities[m.entity]!)) return m;
    }
    return undefined;
  };

  const resolvePronoun = (word: string, at: number, pronounAt: number, add: (e: number, s: number, r: string) => void): void => {
    const w = word.toLowerCase();
    const person = ['il', 'elle', 'he', 'she'].includes(w);
    const gender = w === 'elle' || w === 'she' ? 'f' : w === 'il' || w === 'he' ? 'm' : undefined;
    const fits = (e: FoundEntity): boolean =>
      (person ? e.kind === 'person' || e.kind === 'source' : e.kind !== 'person' || w === 'they' || w === 'ils' || w === 'elles') && !(gender && e.gender && e.gender !== gender);
    const mention = recent(at, 1500, fits);
    // A pronoun after a person in its own sentence most often refers to the sentence's subject.
    const [s0] = sentenceAt(sentenceStarts, at, text.length);
    const subject = outsideMentions.find((m) => m.start >= s0 && m.end <= pronounAt && fits(entities[m.entity]!));
    if (subject) add(subject.entity, 0.88, `the subject of the sentence ("${word}")`);
    if (last && fits(entities[last.entity]!) && at - last.at < 2500) {
      add(last.entity, mention && mention.entity === last.entity ? 0.9 : 0.82, `the last speaker ("${word}")`);
    }
    if (mention) add(mention.entity, last && mention.entity === last.entity ? 0.9 : 0.8, `the last person named ("${word}")`);
  };

  const resolveRole = (noun: string, adjectives: readonly string[], at: number, add: (e: number, s: number, r: string) => void): void => {
    const orgRole = ORG_NOUNS.has(noun) && !ROLE_NOUNS.has(noun);
    let best: { entity: number; score: number } | undefined;
    for (let i = outsideMentions.length - 1; i >= 0; i--) {
      const m = outsideMentions[i]!;
      if (m.end > at) continue;
      if (at - m.end > 4000) break;
      const e = entities[m.entity]!;
      if (orgRole ? e.kind === 'person' : e.kind === 'org') continue;
      let score = e.roles.has(noun) || e.name.toLowerCase().includes(noun) ? 1 : 0;
      for (const a of adjectives) if (e.roles.has(a) || e.name.toLowerCase().includes(a)) score += 1;
      if (score > 0 && (!best || score > best.score)) best = { entity: m.entity, score };
    }
    if (best) add(best.entity, 0.86, `described as "${noun}" earlier`);
    else if (last && (orgRole ? entities[last.entity]!.kind !== 'person' : entities[last.entity]!.kind !== 'org')) add(last.entity, 0.72, `the last speaker ("${noun}")`);
    else {
      const m = recent(at, 1500, (e) => (orgRole ? e.kind === 'org' : e.kind === 'person'));
      if (m) add(m.entity, 0.7, `the last ${orgRole ? 'organisation' : 'person'} named ("${noun}")`);
    }
  };

  /** A role description at the start of `s` ("le ministre français"). */
  const roleAt = (s: string): { noun: string; adjectives: string[] } | undefined => {
    const m = /^(?:le|la|l['’]|les|the|this|that|ce|cette|cet|notre|our)\s*((?:[\p{Ll}'’-]+\s*){1,6})/iu.exec(s);
    if (!m) return undefined;
    const words = m[1]!.trim().split(/\s+/u);
    const at = words.slice(0, 3).findIndex((w) => ROLE_NOUNS.has(w) || ORG_NOUNS.has(w));
    if (at < 0) return undefined;
    const adjectives: string[] = words.slice(0, at);
    for (const w of words.slice(at + 1, at + 3)) {
      if (NOT_NAME_WORDS.has(w) || isSpeechVerb(w) || /^(?:a|ont|avait|qui|has|had|was|who)$/u.test(w)) break;
      adjectives.push(w);
    }
    return { noun: words[at]!, adjectives };
  };

  /** The subject of the speech verb at [vs, ve) in sentence [s, e), or undefined. */
  const subjectOf = (vs: number, ve: number, s: number, quoteEnds: readonly number[]): Subject | undefined => {
    const after = text.slice(ve, Math.min(text.length, ve + 140));
    const pa = PRONOUN_AFTER.exec(after);
    if (pa) return { type: 'pronoun', word: pa[1]!, at: ve };
    const before = text.slice(Math.max(s, vs - 60), vs);
    const pb = PRONOUN_BEFORE.exec(before);
    // Inverted after a quote: "« … », a déclaré M. X", "“…,” said the spokeswoman".
    const lastEnd = quoteEnds.filter((x) => x <= vs).pop();
    const inverted = lastEnd !== undefined && !pb && (AFTER_QUOTE_GAP.test(text.slice(lastEnd, vs)) || INVERSION_GAP.test(text.slice(lastEnd, vs)));
    if (inverted) {
      const skip = /^(?:\s*-t-[\p{L}]+)?[\s]+/u.exec(after)?.[0].length ?? 0;
      const next = outsideMentions.find((m) => m.start >= ve && m.start - ve <= skip + 12 && !/[,.;:!?"«»“”]/u.test(text.slice(ve, m.start)));
      const rest = after.slice(skip);
      const role = roleAt(rest);
      if (next && (!role || next.start - ve <= skip + 4)) return { type: 'entity', entity: next.entity, score: 0.95, reason: 'named right after the speech verb' };
      if (role) return { type: 'role', noun: role.noun, adjectives: role.adjectives };
      const indefinite = INDEFINITE.exec(rest);
      if (indefinite) return { type: 'source', start: ve + skip, end: ve + skip + indefinite[0].trimEnd().length };
    }
    if (pb) return { type: 'pronoun', word: (pb[1] ?? pb[2])!, at: vs - before.length + pb.index };
    // Subject before the verb: the nearest mention, with no quote between.
    const prior = outsideMentions.filter((m) => m.end <= vs && m.start >= s && vs - m.end <= 70 && !quoteEnds.some((x) => x > m.end && x <= vs)).pop();
    const gap = prior ? text.slice(prior.end, vs) : '';
    const roleBefore = /(?:^|[\s,])((?:le|la|l['’]|les|the|this|ce|cette|cet)\s*(?:[\p{Ll}'’-]+\s+){1,6})$/iu.exec(text.slice(Math.max(s, vs - 70), vs));
    if (roleBefore) {
      const role = roleAt(roleBefore[1]!);
      if (role && (!prior || prior.end <= vs - roleBefore[1]!.length)) return { type: 'role', noun: role.noun, adjectives: role.adjectives };
    }
    if (prior && !/[.!?;]/u.test(gap)) return { type: 'entity', entity: prior.entity, score: gap.length < 30 ? 0.93 : 0.88, reason: 'subject of the speech verb' };
    if (!prior && inverted) {
      // "“…,” Smith said": a name between the quote and the verb.
      const between = outsideMentions.find((m) => m.start >= lastEnd && m.end <= vs);
      if (between) return { type: 'entity', entity: between.entity, score: 0.93, reason: 'subject of the speech verb' };
    }
    const indefinite = (english ? /(?:^|[\s,])((?:an?|one)\s+[^,.;:!?"«»“”\n]{2,60}?)\s+(?:(?:has|had|who)\s+)?(?:[\p{Ll}']+\s+){0,1}$/iu : /(?:^|[\s,])((?:un|une)\s+[^,.;:!?"«»“”\n]{2,60}?)\s+(?:(?:a|qui)\s+)?(?:[\p{Ll}']+\s+){0,1}$/iu).exec(text.slice(Math.max(s, vs - 80), vs));
    if (indefinite) {
      const start = vs - (text.slice(Math.max(s, vs - 80), vs).length - indefinite.index - (indefinite[0].length - indefinite[1]!.length));
      return { type: 'source', start, end: start + indefinite[1]!.length };
    }
    return undefined;
  };

  for (const q of quotes) {
    const scores = new Map<number, { score: number; reason: string }>();
    const add = (entity: number, score: number, reason: string): void => {
      const current = scores.get(entity);
      if (!current || current.score < score) scores.set(entity, { score, reason });
    };
    const [s, e] = sentenceAt(sentenceStarts, q.open, text.length);
    const sentenceQuotes = quotes.filter((x) => x.open >= s && x.open < e);
    const quoteEnds = sentenceQuotes.map((x) => x.end);
    let cued = false;

    const apply = (subject: Subject | undefined, weight: number): void => {
      if (!subject) return;
      cued = true;
      if (subject.type === 'entity') add(subject.entity, subject.score * weight, subject.reason);
      else if (subject.type === 'pronoun') resolvePronoun(subject.word, q.open, subject.at, (x, sc, r) => add(x, sc * weight, r));
      else if (subject.type === 'role') resolveRole(subject.noun, subject.adjectives, q.open, (x, sc, r) => add(x, sc * weight, r));
      else if (input.addSource) {
        const id = input.addSource(subject.start, subject.end);
        if (id !== undefined) add(id, 0.9 * weight, 'an unnamed source described next to the speech verb');
      }
    };

    // Speech verbs in the sentence, outside quotes. A participle ("précisant que") takes the main clause's subject.
    const verbs = tokenize(text, s, e).filter((t) => t.end <= e && !inQuote(t.start) && isSpeechVerb(t.text));
    const sentenceEnd = Math.max(e, q.end);
    let mainSubject: Subject | undefined;
    for (const v of verbs) {
      if (v.start >= sentenceEnd) continue;
      const participle = /ant$/u.test(v.text) && /[,]\s*(?:en\s+)?$/u.test(text.slice(Math.max(s, v.start - 5), v.start));
      const subject = participle && mainSubject ? mainSubject : subjectOf(v.start, v.end, s, quoteEnds);
      if (subject && !mainSubject) mainSubject = subject;
      // The verb nearest the quote counts most.
      const distance = v.start >= q.end ? v.start - q.end : Math.max(0, q.open - v.end);
      apply(subject, distance < 120 ? 1 : distance < 300 ? 0.95 : 0.9);
    }

    // "selon X", "d'après X", "according to X".
    for (const m of outsideMentions) {
      if (m.start < s || m.start >= sentenceEnd) continue;
      if (SOURCE_PREPOSITION.test(text.slice(Math.max(s, m.start - 16), m.start))) {
        cued = true;
        add(m.entity, 0.95, 'after "selon" / "according to"');
      }
    }
    const prepositionRole = /(?:selon|d['’]après|according to)\s+((?:le|la|l['’]|les|the)\s*[^,.;:]{2,40})/iu.exec(text.slice(s, q.open) + ' ' + text.slice(q.end, sentenceEnd));
    if (prepositionRole) {
      const role = roleAt(prepositionRole[1]!);
      if (role) apply({ type: 'role', noun: role.noun, adjectives: role.adjectives }, 1);
    }
    // "Pour X, « … »": the opinion of X.
    const pour = /^\s*(?:pour|for)\s+$/iu;
    const first = outsideMentions.find((m) => m.start >= s && m.start < q.open);
    if (first && pour.test(text.slice(s, first.start)) && /^[^,]{0,10},/u.test(text.slice(first.end, q.open))) {
      cued = true;
      add(first.entity, 0.9, '"Pour X," before the quote');
    }
    // A colon just before the quote: the subject of the clause before it.
    if (/:\s*$/u.test(text.slice(s, q.open))) {
      cued = true;
      const m = outsideMentions.filter((x) => x.start >= s && x.end <= q.open).pop();
      const clause = text.slice(m ? m.end : s, q.open);
      if (m && clause.length < 100) add(m.entity, /^\s*:/u.test(clause) ? 0.9 : 0.84, 'named before the colon');
      else if (!m && last) add(last.entity, 0.7, 'the last speaker (colon)');
    }
    // No cue: a quote standing as its own sentence continues the last speaker.
    if (!cued && last && q.open - s < 3 && q.open - last.at < 3000) {
      const sameOrNext = paragraphOf(q.open) - paragraphOf(last.at) <= 2;
      add(last.entity, sameOrNext ? 0.78 : 0.6, 'the last speaker (no speech verb)');
    }
    // Every other person or organisation in the sentence is a weak candidate.
    for (const m of outsideMentions) {
      if (m.start < s || m.start >= sentenceEnd) continue;
      const kind = entities[m.entity]!.kind;
      const distance = m.start >= q.end ? m.start - q.end : Math.max(0, q.open - m.end);
      add(m.entity, (kind === 'other' ? 0.3 : 0.45) - Math.min(0.2, distance / 600), 'named in the same sentence');
    }
    if (!cued && last && !scores.has(last.entity)) add(last.entity, 0.35, 'the last speaker');

    const notSpeech = !cued && isNotSpeech(text, q, s);
    const ranked: RankedSpeaker[] = [...scores.entries()]
      .map(([entity, { score, reason }]) => ({ entity, confidence: Math.round(Math.min(1, score) * (notSpeech ? 0.5 : 1) * 100) / 100, reason }))
      .sort((a, b) => b.confidence - a.confidence || a.entity - b.entity);
    const top = ranked[0];
    const second = ranked[1];
    const confident = !!top && !notSpeech && top.confidence >= 0.8 && (!second || top.confidence - second.confidence >= 0.1);
    results.push({ quote: q, candidates: ranked, confident, notSpeech });
    if (top && top.confidence >= 0.6 && !notSpeech) last = { entity: top.entity, at: q.end };
  }
  return results;
}

/** A title, a term or a scare quote, where the words around say so. */
function isNotSpeech(text: string, q: QuoteSpan, sentenceStart: number): boolean {
  const inner = text.slice(q.open + 1, q.end - 1).trim();
  const words = inner.split(/\s+/u).filter(Boolean);
  if (words.length > 6) return false;
  const before = text.slice(Math.max(sentenceStart, q.open - 40), q.open);
  if (NOT_SPEECH_BEFORE.test(before)) return true;
  // Title Case words in running text name a work.
  const long = words.filter((w) => w.length > 3);
  return long.length >= 2 && long.every((w) => /^\p{Lu}/u.test(w)) && !/^\s*$/u.test(before);
}
