// A quote in a sentence whose subject is a personal pronoun and whose verb is no speech verb: "La commune a vendu le
// terrain. Elle défend un projet qui doit « … »", "She wants the guarantee "in writing"". The words quoted are most
// often the subject's own, given as the object of what it wants, defends or plans; the pronoun is resolved as after a
// speech verb, a little weaker.
import { resolvePronoun } from './coreference';
import type { AttributionContext } from './context';
import type { QuoteState } from './quoteState';

/** A sentence opening (maybe after a short lead: "Dans son rapport,") on "il / elle / he / she" and a verb; not an impersonal "il faut", "il y a". */
const PRONOUN_OPENING = /^([\s«»"“”]*(?:[^,.;:!?«»"“”]{0,40},\s*)?)([Ii]l|[Ee]lle|[Hh]e|[Ss]he)\s+(?!(?:faut|fallait|faudra|faudrait|y|s['’]agit|s['’]agissait|s['’]avère|suffit|reste|restait|semble|semblait|paraît|apparaît|apparait|ressort|arrive|manque|existe|convient|importe|vaut|est\s+(?:temps|question|possible|probable|clair|vrai|difficile|nécessaire)|était\s+(?:temps|question))(?![\p{L}]))\p{Ll}/u;

export function pronounSubjectCue(ctx: AttributionContext, st: QuoteState): void {
  const { text } = ctx;
  const { q, s, add } = st;
  // Words that open on a capital after the verb are a title or a whole sentence ("elle anime « La Nuit des autres »"),
  // not the object the subject gives in its own words.
  if (st.cued || q.open - s < 3 || !/^\p{Ll}/u.test(text.slice(q.open + 1, q.end - 1).trimStart())) return;
  const m = PRONOUN_OPENING.exec(text.slice(s, q.open));
  if (!m) return;
  resolvePronoun(ctx, m[2]!, q.open, s + m[1]!.length, (x, sc, r) => add(x, sc * 0.9, `${r}, the subject of the quote's sentence (no speech verb)`));
}
