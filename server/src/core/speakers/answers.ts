// A question, then a new sentence saying who answered it: "« Où étiez-vous ? » X a répondu d'une voix basse."
// French sets a speech clause that follows its quote after it, inverted ("a répondu X", "répond-il"); one whose
// subject comes first opens a sentence of its own, about the answer. The question is then someone else's (the one
// who asked), and the words that follow are the answerer's.
import type { AttributionContext } from './context';
import type { QuoteSpan } from './types';

/** Verbs of answering ("répondre", "rétorquer", "répliquer"). */
const ANSWER_VERB = /^(?:répon|rétorqu|répliqu)/iu;

/** Whether the speech verb at [start, end) after quote `q` tells who answered the question the quote asks. */
export function answersQuestion(ctx: AttributionContext, q: QuoteSpan, start: number, verb: string): boolean {
  const { text } = ctx;
  if (ctx.english || start < q.end || !ANSWER_VERB.test(verb)) return false;
  if (!text.slice(q.open + 1, q.end - 1).trimEnd().endsWith('?')) return false;
  // The subject first, capitalised after the question's mark ("X a répondu", "La maire, X, lui a rétorqué", "Il répond"),
  // not an inversion ("« … ? » a répondu X", "« … ? », rétorque-t-il"), and no other quote between.
  const between = text.slice(q.end, start);
  return between.length <= 150 && /^\s+\p{Lu}[\p{L}'’.-]*\s/u.test(between) && !/[«»"“”]/u.test(between);
}
