// What is known of one quote while its cues are read: its sentence, the
// candidates' best scores so far, and which kinds of cue have named someone
// (later cues and the fallbacks depend on it).
import { quotesOpeningIn, type AttributionContext, type Subject } from './context';
import { resolvePronoun, resolveRole } from './coreference';
import { isSpeechVerb } from './lexicon';
import { sentenceAt } from './sentences';
import type { QuoteSpan } from './types';

/** What a document says is its author's: an unnamed "message" is a weak speaker. */
const DOCUMENT_NOUNS = /\b(?:message|statement|post|letter|report|note|tweet|e-?mail|communiqué|rapport|lettre|texte|document|courriel)$/iu;

export interface QuoteState {
  readonly q: QuoteSpan;
  /** The quote's sentence [s, e); s is the sentence before when that one introduces the quote. */
  readonly s: number;
  readonly e: number;
  /** The sentence's end, or the quote's when the quote runs past it. */
  readonly sentenceEnd: number;
  readonly sentenceQuotes: readonly QuoteSpan[];
  readonly quoteEnds: readonly number[];
  /** Each candidate's best score so far, with its reason. */
  readonly scores: Map<number, { score: number; reason: string }>;
  /** Keeps a candidate's score when it beats the one it has (the first reason wins a tie). */
  readonly add: (entity: number, score: number, reason: string) => void;
  /** Some cue named a speaker. */
  cued: boolean;
  /** A speech verb, or a cue as strong (a predicate, "selon lequel", "a-t-on appris", an inversion), named a speaker. */
  verbCued: boolean;
  /** The entities a speech verb's subject named strongly. */
  readonly verbSpeakers: Set<number>;
  /** An outlet reports the words: the speaker is to be found elsewhere in the sentence. */
  reported: boolean;
  /** The gendered pronoun a speech clause of this quote used, if any ("a-t-elle lancé"). */
  pronounWord: string | undefined;
  /** Who a sentence after this question says answered it: the next words' speaker. */
  answeredBy: number | undefined;
}

/** The state of quote `q` before any cue is read. */
export function startQuote(ctx: AttributionContext, q: QuoteSpan): QuoteState {
  const { text, sentenceStarts } = ctx;
  const scores = new Map<number, { score: number; reason: string }>();
  const add = (entity: number, score: number, reason: string): void => {
    const current = scores.get(entity);
    if (!current || current.score < score) scores.set(entity, { score, reason });
  };
  let [s, e] = sentenceAt(sentenceStarts, q.open, text.length);
  // A quote opening its paragraph after one that ends with a colon ("… tweeted:"), or a speech verb and a comma ("X stated,"), belongs to that sentence.
  const introduced = q.open - s < 3 && s > 0 && (/:\s*$/u.test(text.slice(Math.max(0, s - 200), s)) || endsWithSpeechVerbComma(text.slice(Math.max(0, s - 40), s)));
  if (introduced) s = sentenceAt(sentenceStarts, s - 1, text.length)[0];
  const sentenceQuotes = quotesOpeningIn(ctx, s, e);
  // A name in quotes ("tête de la liste "X", a dénoncé") does not part a subject from its verb as words quoted do.
  const quoteEnds = sentenceQuotes.filter((x) => x === q || !ctx.namedThings.has(x)).map((x) => x.end);
  return {
    q, s, e, sentenceEnd: Math.max(e, q.end), sentenceQuotes, quoteEnds, scores, add,
    cued: false, verbCued: false, verbSpeakers: new Set<number>(), reported: false, pronounWord: undefined, answeredBy: undefined,
  };
}

/** A semicolon outside the sentence's quotes between a and b: the clauses are separate. */
export function semicolonBetween(ctx: AttributionContext, st: QuoteState, a: number, b: number): boolean {
  const { text } = ctx;
  // Up to b only: indexOf(';') from a would read to the next semicolon, the end of a text that has none, for each quote.
  for (let i = a; i < b; i++) {
    if (text.charCodeAt(i) === 59 && !st.sentenceQuotes.some((x) => i > x.open && i < x.end)) return true;
  }
  return false;
}

/** Adds the candidates a cue's subject names, resolving a pronoun, a role or an unnamed source; `weight` scales their scores. */
export function applySubject(ctx: AttributionContext, st: QuoteState, subject: Subject | undefined, weight: number): void {
  const { text, addSource } = ctx;
  const { q, add } = st;
  if (!subject) return;
  st.cued = true;
  if (subject.type === 'pronoun') st.pronounWord = subject.word.toLowerCase();
  if (subject.type === 'entity') add(subject.entity, subject.score * weight, subject.reason);
  else if (subject.type === 'pronoun') resolvePronoun(ctx, subject.word, q.open, subject.at, (x, sc, r) => add(x, sc * weight, r));
  else if (subject.type === 'role') resolveRole(ctx, subject.noun, subject.adjectives, q.open, (x, sc, r) => add(x, sc * weight, r), subject.possessive, subject.span, subject.gender);
  else if (addSource) {
    const id = addSource(subject.start, subject.end);
    const documentOnly = DOCUMENT_NOUNS.test(text.slice(subject.start, subject.end));
    if (id !== undefined) add(id, (documentOnly ? 0.6 : 0.9) * weight, 'an unnamed source described next to the speech verb');
  }
}

/** "… Smith stated," at the end of a paragraph: the quote that opens the next one is introduced. */
function endsWithSpeechVerbComma(before: string): boolean {
  const m = /([\p{L}]+)\s*,\s*$/u.exec(before);
  return !!m && isSpeechVerb(m[1]!);
}
