// Links each quote to its likely speakers: the subject of a speech verb in the
// quote's sentence (inverted or not, with words between auxiliary and verb),
// "selon / according to X", "Pour X, …", a colon; pronouns and role
// descriptions resolved to the most recent compatible speaker; a quote with
// no cue continues the last speaker. Scores are fixed weights, so the result
// is deterministic and explainable.
//
// This file runs the cues of each quote in order and ranks the candidates. The
// cues are in verbCues.ts, sourceCues.ts, colonCue.ts and continuation.ts; the
// subject of a speech verb in subjects.ts and afterVerb.ts; pronouns, roles and
// descriptions resolved to entities in coreference.ts (role words in roles.ts);
// titles, terms and scare quotes in notSpeech.ts; the shared state in context.ts.
import { colonCue } from './colonCue';
import { createContext, type AttributeInput } from './context';
import { continuationCues } from './continuation';
import { isNotSpeech, isTermOrTitle, isWritersWords } from './notSpeech';
import { pronounSubjectCue } from './pronounSubject';
import { startQuote } from './quoteState';
import { accordingToCues, learntFromCue, pourCues, pronounSourceCue, quotingCue, relativeSourceCue, signedCue } from './sourceCues';
import type { QuoteAttribution, RankedSpeaker } from './types';
import { inciseInsideCue, invertedCue, predicateCue, speechVerbCues } from './verbCues';

export type { AttributeInput } from './context';

/**
 * A quote is attributed without asking when its best candidate scores at least
 * CONFIDENT_MIN and leads the next by CONFIDENT_LEAD. Chosen on the dev split
 * (bench/speakers.bench.ts prints the trade-off): 0.75 / 0.05 keeps dev precision
 * well above 90 % at over 80 % coverage, with a margin for unseen text.
 */
export const CONFIDENT_MIN = 0.75;
export const CONFIDENT_LEAD = 0.05;

/** A lone name the text writes only after a preposition of place ("à X", "en X", "in X"): a place, which says nothing unless a cue makes it speak. */
const PLACE_PREPOSITION = /(?:^|[\s(])(?:à|en|au|aux|dans|vers|in|at|near)\s+$/iu;

function placesOf(input: AttributeInput): Set<number> {
  const { text, entities, mentions } = input;
  const seen = new Map<number, boolean>();
  for (const m of mentions) {
    const e = entities[m.entity]!;
    if (e.kind !== 'other' || e.known || /\s/u.test(e.name)) continue;
    seen.set(m.entity, (seen.get(m.entity) ?? true) && PLACE_PREPOSITION.test(text.slice(Math.max(0, m.start - 8), m.start)));
  }
  return new Set([...seen].filter(([, place]) => place).map(([entity]) => entity));
}

export function attributeQuotes(input: AttributeInput): QuoteAttribution[] {
  const ctx = createContext(input);
  const { text, quotes, entities, results, quotedCount } = ctx;
  const places = placesOf(input);
  for (const q of quotes) {
    const st = startQuote(ctx, q);
    // In this order: a later cue may read what earlier ones found (st.cued, st.verbCued, st.verbSpeakers), and of
    // equal scores the first reason is kept.
    speechVerbCues(ctx, st);
    predicateCue(ctx, st);
    relativeSourceCue(ctx, st);
    accordingToCues(ctx, st);
    learntFromCue(ctx, st);
    invertedCue(ctx, st);
    inciseInsideCue(ctx, st);
    pronounSourceCue(ctx, st);
    pourCues(ctx, st);
    quotingCue(ctx, st);
    signedCue(ctx, st);
    colonCue(ctx, st);
    pronounSubjectCue(ctx, st);
    continuationCues(ctx, st);

    const { s, e, scores, cued, verbCued, pronounWord } = st;
    const notSpeech = isTermOrTitle(text, q, verbCued) || (!cued && isNotSpeech(text, q, s)) || ctx.namedThings.has(q)
      || isWritersWords(text, q, s, e);
    const ranked: RankedSpeaker[] = [...scores.entries()]
      // A place is offered only when a cue names it ("indique-t-on à X", where X is an office): not as a weak guess.
      .filter(([entity, { score }]) => !places.has(entity) || score >= 0.5)
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
    if (st.answeredBy !== undefined) ctx.last = { entity: st.answeredBy, at: q.end };
    if (confident && top) quotedCount.set(top.entity, (quotedCount.get(top.entity) ?? 0) + 1);
  }
  return results;
}
