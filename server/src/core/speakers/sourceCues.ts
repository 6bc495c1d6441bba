// Cues that name the source of the words with a preposition or a construction
// rather than a speech verb: "selon X / according to X" (named, described or
// unnamed), "selon lequel", "a-t-on appris de", "selon elle", "Pour X, « … »",
// "quoting X", and a pull quote signed after a dash.
import { between, mentionsFrom, recent, type AttributionContext } from './context';
import { PRONOUN_OF, resolvePronoun, resolvePronounWith } from './coreference';
import { isRoleWord, ORG_NOUNS, PERSON_TITLES, SOURCE_PREPOSITION } from './lexicon';
import { applySubject, semicolonBetween, type QuoteState } from './quoteState';
import { DESCRIPTION, isGroupNoun, roleAt } from './roles';

/** "selon un communiqué de X", "according to a report released by X": the document's author is the source. */
const SOURCE_DOCUMENT = /(?:\bselon|\bd['’]après|\baccording\s+to)\s+(?:un|une|le|la|l['’]|a|an|the|its|their|son|sa|leur)\s*(?:[\p{Ll}-]+\s+)?(?:communiqué|rapport|lettre|message|note|texte|document|courriel|déclaration|étude|enquête|sondage|statement|report|letter|message|post|tweet|e-?mail|study|survey|release|press\s+release)\b[^,.;:«»"“”\n]{0,40}?\b(?:de|du|des|d['’]|by|from|of|par)\s*(?:the\s+|la\s+|le\s+|les\s+|l['’])?$/iu;
/** A document as what "selon" names ("une note diffusée par", "un communiqué publié"), not a person. */
const UNNAMED_DOCUMENT = /^(?:un|une|le|la|a|an|the)\s+(?:[\p{Ll}-]+\s+)?(?:communiqué|rapport|lettre|message|note|texte|document|courriel|déclaration|statement|report|letter|post|release)(?![\p{L}])/iu;
/** "selon un sondage X publié dimanche", "according to a report by X": a document named by its author right after it. */
const SOURCE_DOCUMENT_NAMED = /(?:\bselon|\bd['’]après|\baccording\s+to)\s+(?:un|une|le|la|l['’]|a|an|the)\s*(?:sondage|rapport|étude|enquête|communiqué|poll|survey|study|report)\s+$/iu;
/** "selon le distributeur X", "according to the charity X": a name after the source's kind. */
const SOURCE_PREPOSITION_NOUN = /(?:\bselon|\bd['’]après|\baccording\s+to|\bin\s+the\s+words\s+of)\s+(?:le|la|les|l['’]|the)\s*(?:[\p{Ll}'’-]+\s+){1,3}$/iu;
/** "d'après le ministre du budget, Odile Brunet": the name in apposition after a described source. */
const SOURCE_PREPOSITION_ROLE = /(?:\bselon|\bd['’]après|\baccording\s+to|\bin\s+the\s+words\s+of)\s+(?:le|la|l['’]|les|the)\s*[^,.;:!?«»"“”]{2,60},\s*$/iu;
/** "le rapport d'expertise, selon lequel ", "the study, according to which ": group 2 is the antecedent without its determiner. */
const RELATIVE_SOURCE = /((?:(?:du|de\s+la|des|le|la|les|un|une|the|a|an|this)\s+|(?:de\s+)?l['’])?([\p{Ll}][\p{L}'’-]*(?:\s+(?:d['’]|de\s+|du\s+|des\s+|of\s+)?[\p{L}'’-]+){0,3}))\s*,\s*(?:selon|d['’]après|according\s+to)\s+(?:lequel|laquelle|lesquels|lesquelles|which)\s*,?\s*$/iu;
/** "« … », a-t-on appris de source policière", "… auprès de l'entourage de X": where the words come from. */
const LEARNT_FROM = /^\s*,\s*(?:a-t-on|avons-nous|ont-ils|a-t-il|a-t-elle)\s+(?:appris|su)\s+(?:(?=de\s+sources?\b)|auprès\s+(?:de|du|des|d['’])\s*(?:l['’]entourage\s+(?:de|du|des|d['’])\s*)?)/iu;
/** "« … », peut-on lire dans le communiqué du parquet", "lit-on sur le site de X": the document's author. */
const READ_IN = /^\s*,\s*(?:peut-on|pouvait-on|lit-on|pouvons-nous)\s+lire\s+(?:dans|sur)\s+(?:le|la|l['’]|un|une|son|sa|leur)\s*(?:[\p{Ll}-]+\s+){1,3}?(?:de|du|des|d['’])\s*/iu;
/** A pronoun as the source of the words: "selon elle", "d'après lui", "Pour lui,", "according to him", "à ses yeux", "in her view". */
const PRONOUN_SOURCE = /(?:^|[\s,(])(?:(?:selon|d['’]après|according\s+to)\s+(lui|elle|eux|elles|him|her|them)\b|^\s*(?:pour|for)\s+(lui|elle|eux|elles|him|her|them)\s*,|(?:à\s+ses\s+yeux|selon\s+ses\s+(?:mots|termes)|in\s+(his|her|their)\s+(?:view|opinion|words)))/iu;

/** "… le rapport, selon lequel « … »": the relative's antecedent. */
export function relativeSourceCue(ctx: AttributionContext, st: QuoteState): void {
  const { text, addSource } = ctx;
  const { q, s, scores, add, verbSpeakers } = st;
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
      st.cued = true;
      st.verbCued = true;
      for (const k of verbSpeakers) { const x = scores.get(k); if (x && k !== id) scores.set(k, { score: Math.min(x.score, 0.7), reason: `${x.reason}, citing the source of the words` }); }
      add(id, 0.9, 'the antecedent of "selon lequel / according to which"');
    }
  }
}

/** "selon la même source", "de même source", "the same source said": the source that spoke last. */
const SAME_SOURCE = /(?:^|[\s,(])(?:(?:selon|d['’]après|de|a\s+ajouté|a\s+précisé|a\s+indiqué|ajoute|précise|indique)\s+(?:la\s+)?même\s+source|(?:the\s+)?same\s+source)(?![\p{L}])/iu;

/**
 * "« … », selon la même source", "“…,” the same source said": the words come from the source that spoke last — the
 * speaker of the words before, or an unnamed source named since — not from a name inside the words or the sentence.
 */
function sameSourceCue(ctx: AttributionContext, st: QuoteState): boolean {
  const { text, last } = ctx;
  const { q, s, sentenceEnd, add, verbSpeakers } = st;
  if (!SAME_SOURCE.test(text.slice(s, q.open)) && !SAME_SOURCE.test(text.slice(q.end, sentenceEnd))) return false;
  const source = recent(ctx, s, 1500, (e) => e.kind === 'source');
  const id = source && (!last || source.end > last.at) ? source.entity : last?.entity;
  if (id === undefined) return false;
  st.cued = true;
  // "X a déclaré, selon la même source, que « … »": X speaks, the source reports.
  add(id, verbSpeakers.size > 0 && !verbSpeakers.has(id) ? 0.6 : 0.9, 'the same source as before ("la même source")');
  return true;
}

/** A figure right before "selon" ("6000 personnes, selon la préfecture,", "27 000 selon les organisateurs"). */
const FIGURE_BEFORE_SOURCE = /\d[\d\s\u00a0\u202f.,]*(?:\s*[\p{L}%-]+){0,2}\s*,?\s*(?:selon|d['’]après)\s+[^,;:.!?«»"“”\n\d]{0,50}$/u;

/**
 * "6000 personnes, selon la préfecture, ont croisé …, qui ont scandé « … »": a French "selon X" after a figure gives
 * the figure's source, not the source of a quote elsewhere in the sentence. `at` is where X starts.
 */
function figureSource(ctx: AttributionContext, st: QuoteState, at: number): boolean {
  if (ctx.english) return false;
  return FIGURE_BEFORE_SOURCE.test(ctx.text.slice(Math.max(st.s, at - 100), at));
}

/** "selon X", "d'après X", "according to X": named, unnamed or described. */
export function accordingToCues(ctx: AttributionContext, st: QuoteState): void {
  const { text, entities, addSource } = ctx;
  const { q, s, sentenceEnd, add, verbSpeakers } = st;
  if (sameSourceCue(ctx, st)) return;
  // "selon X", "d'après X", "according to X".
  let documentAuthor = false;
  for (const m of between(ctx, s, sentenceEnd)) {
    if (m.end <= q.open ? semicolonBetween(ctx, st, m.end, q.open) : semicolonBetween(ctx, st, q.end, m.start)) continue;
    if (figureSource(ctx, st, m.start)) continue;
    const lead = text.slice(Math.max(s, m.start - 90), m.start);
    if (SOURCE_PREPOSITION.test(text.slice(Math.max(s, m.start - 16), m.start)) || SOURCE_PREPOSITION_ROLE.test(lead) || SOURCE_DOCUMENT.test(lead) || SOURCE_PREPOSITION_NOUN.test(lead) || SOURCE_DOCUMENT_NAMED.test(lead)) {
      st.cued = true;
      if (SOURCE_DOCUMENT.test(lead)) documentAuthor = true;
      // "X said, according to Reuters", "Selon l'agence, X a déclaré": with a speaker of its own, the source is the outlet reporting.
      if (verbSpeakers.size > 0 && !verbSpeakers.has(m.entity)) add(m.entity, 0.6, 'the source reporting the words ("according to")');
      // "Selon le quotidien allemand X": the description is X's, the name ranks first.
      else add(m.entity, DESCRIPTION.test(entities[m.entity]!.name) ? 0.88 : 0.95, 'after "selon" / "according to"');
    }
  }
  // "Selon des proches", "d'après plusieurs témoins", "according to some residents": unnamed sources.
  // Before the quote, or right after it ("une enquête « de routine » selon une source policière", "“…,” according to one aide").
  const UNNAMED_SOURCE = /(?:^|[\s,(])(?:selon|d['’]après|according\s+to)\s+((?:des|de|plusieurs|certains|certaines|un|une|some|several|one|a|an|les|the)\s+[\p{Ll}-]+(?:\s+(?:proches?\s+d[eu]s?\s+|de\s+la\s+|du\s+|of\s+the\s+)?[\p{Ll}-]+){0,2})/iu;
  const before = UNNAMED_SOURCE.exec(text.slice(s, q.open));
  const afterQuote = before ? null : UNNAMED_SOURCE.exec(text.slice(q.end, Math.min(sentenceEnd, q.end + 80)));
  const unnamed = before ?? (afterQuote && /^[\s,]*$/u.test(text.slice(q.end, q.end + afterQuote.index + 1)) ? afterQuote : null);
  const unnamedAt = before ? s : q.end;
  const unnamedLimit = before ? q.open : sentenceEnd;
  if (unnamed && figureSource(ctx, st, unnamedAt + unnamed.index + unnamed[0].indexOf(unnamed[1]!))) unnamed[1] = '';
  // With "les / the", only a plural role ("selon les experts"); "selon le ministre" is a description resolved below.
  const definite = unnamed ? /^(?:les|the)\s+([\p{Ll}-]+)/iu.exec(unnamed[1]!) : null;
  if (unnamed && definite) unnamed[1] = isGroupNoun(definite[1]!) ? definite[0] : '';
  // "selon une note diffusée par le syndicat": the document is no source of its own when its author is named.
  if (unnamed && documentAuthor && UNNAMED_DOCUMENT.test(unnamed[1]!)) unnamed[1] = '';
  if (unnamed && unnamed[1] && addSource && !between(ctx, unnamedAt + unnamed.index, unnamedAt + unnamed.index + unnamed[0].length).length) {
    const start = unnamedAt + unnamed.index + unnamed[0].indexOf(unnamed[1]!);
    // "Selon un diplomate européen en poste à X, …": a complement of the source runs up to the comma.
    let end = start + unnamed[1]!.replace(/\s+(?:en|à|au|aux|de|du|des|d['’]|in|at|of|from)$/u, '').length;
    const tail = /^(?:\s+(?:en|à|au|aux|de|du|des|d['’]|in|at|of|from|chez)(?![\p{L}])[^,.;:!?«»"“”\n]{1,40}?)(?=\s*,)/u.exec(text.slice(end, end + 50));
    if (tail && end + tail[0].length <= unnamedLimit) end += tail[0].length;
    unnamed[1] = text.slice(start, end).replace(/\s+(?:en|à|au|aux|de|du|des|d['’]|in|at|of|from)$/u, '');
    const id = addSource(start, start + unnamed[1]!.length);
    if (id !== undefined) { st.cued = true; add(id, verbSpeakers.size > 0 ? 0.6 : 0.88, 'an unnamed source after "selon" / "according to"'); }
  }
  const prepositionRole = /(?:selon|d['’]après|according to)\s+((?:le|la|l['’]|les|the|son|sa|ses|his|her|its|their)\s*[^,.;:]{2,40})/iu.exec(text.slice(s, q.open) + ' ' + text.slice(q.end, sentenceEnd));
  const roleAtText = prepositionRole ? (prepositionRole.index < q.open - s ? s + prepositionRole.index : q.end + prepositionRole.index - (q.open - s) - 1) + prepositionRole[0].indexOf(prepositionRole[1]!) : 0;
  if (prepositionRole && !figureSource(ctx, st, roleAtText)) {
    const role = roleAt(prepositionRole[1]!);
    if (role) applySubject(ctx, st, { type: 'role', noun: role.noun, adjectives: role.adjectives, possessive: role.possessive, gender: role.gender }, 1);
  }
}

/** "« … », a-t-on appris de source policière", "peut-on lire dans le communiqué du X". */
export function learntFromCue(ctx: AttributionContext, st: QuoteState): void {
  const { text, entities, addSource } = ctx;
  const { q, add } = st;
  // "« … », a-t-on appris de source policière / auprès de X", "« … », peut-on lire dans le communiqué du X".
  if (!st.verbCued) {
    const after = text.slice(q.end, q.end + 120);
    const learnt = LEARNT_FROM.exec(after) ?? READ_IN.exec(after);
    if (learnt) {
      const at = q.end + learnt[0].length;
      const named = mentionsFrom(ctx, at).find((m) => m.start - at <= 4 && /^(?:la\s+|le\s+|les\s+|l['’])?$/iu.test(text.slice(at, m.start)) && entities[m.entity]!.kind !== 'other');
      const source = /^(?:de\s+)?(sources?\s+[\p{Ll}-]+(?:\s+(?:proches?\s+d[eu]s?\s+|de\s+la\s+|du\s+)?[\p{Ll}-]+)?)/iu.exec(text.slice(at, at + 60));
      if (named) { st.cued = true; st.verbCued = true; add(named.entity, 0.9, 'the source the words were learnt from or read in'); }
      else if (source && addSource) {
        const id = addSource(at + source[0].indexOf(source[1]!), at + source[0].indexOf(source[1]!) + source[1]!.length);
        if (id !== undefined) { st.cued = true; st.verbCued = true; add(id, 0.85, 'the source the words were learnt from'); }
      }
    }
  }
}

/** "Selon elle", "according to him", "Pour lui,", "in her view": a pronoun as the source. */
export function pronounSourceCue(ctx: AttributionContext, st: QuoteState): void {
  const { text } = ctx;
  const { q, s, sentenceEnd, add } = st;
  // "Selon elle, « … »", "according to him", "Pour lui,", "à ses yeux", "in her view": a pronoun as the source.
  const sourcePronoun = PRONOUN_SOURCE.exec(text.slice(s, q.open)) ?? PRONOUN_SOURCE.exec(text.slice(q.end, sentenceEnd));
  if (sourcePronoun && !st.verbCued) {
    const word = (sourcePronoun[1] ?? sourcePronoun[2] ?? '').toLowerCase();
    const pronoun = PRONOUN_OF[word];
    const at = (sourcePronoun.input === text.slice(s, q.open) ? s : q.end) + sourcePronoun.index;
    st.cued = true;
    if (pronoun) resolvePronoun(ctx, pronoun, q.open, at, (x, sc, r) => add(x, sc * 0.95, r));
    else resolvePronounWith(ctx, 'il', q.open, at, false, false, (x, sc, r) => add(x, sc * 0.9, r));
  }
}

/** "Pour X, « … »", "Pour l'organisation …, « … »": the opinion of X or of the one described. */
export function pourCues(ctx: AttributionContext, st: QuoteState): void {
  const { text, entities } = ctx;
  const { q, s, add } = st;
  // "Pour X, « … »": the opinion of X.
  const pour = /^\s*(?:pour|for)\s+$/iu;
  // Also with a title or a role before the name: "Pour le docteur X, …", "Pour la directrice du festival, X, …".
  // With a possessive too: "Pour son avocate, Me X, …".
  const pourTitled = /^\s*(?:pour|for)\s+(?:le|la|les|l['’]|the|son|sa|ses|leur|his|her|its|their)\s*([\p{Ll}-]+)[^,.;:!?«»"“”\n]{0,50}?(?:,\s*(?:\p{Lu}\p{Ll}{0,3}\.?\s+)?)?$/iu;
  // A body described, then named in apposition: "Pour la principale association de défense du logiciel libre, l'X : « … »".
  const pourBody = /^\s*(?:pour|for)\s+(?:le|la|les|l['’]|the|its|their)\s*([^,.;:!?«»"“”\n]{3,90}),\s*(?:l['’]|le\s+|la\s+|les\s+|the\s+)?$/iu;
  // Also after a headline's kicker: "Pays : pour X, la réforme est une « erreur »".
  const kicker = /^\s*[^,.;:!?«»"“”\n]{2,30}\s:\s*(?=pour\s)/iu.exec(text.slice(s, q.open));
  const from = kicker ? s + kicker[0].length : s;
  const first = between(ctx, from, q.open)[0];
  const titled = first ? pourTitled.exec(text.slice(from, first.start)) : null;
  const body = first && entities[first.entity]!.kind === 'org' ? pourBody.exec(text.slice(from, first.start)) : null;
  const pourNamed = !!first && (pour.test(text.slice(from, first.start)) || (!!titled && entities[first.entity]!.kind === 'person' && (isRoleWord(titled[1]!) || PERSON_TITLES.has(titled[1]!.toLowerCase())))
    || (!!body && body[1]!.toLowerCase().split(/[\s'’]+/u).some((w) => ORG_NOUNS.has(w))))
    && /^[^,:]{0,10}[,:]/u.test(text.slice(first.end, q.open));
  if (first && pourNamed) {
    st.cued = true;
    add(first.entity, 0.9, '"Pour X," before the quote');
  }
  // "Pour l'organisation …, « … »": the opinion of the described one.
  const pourRole = /^\s*(?:pour|for)\s+((?:le|la|l['’]|les|the|son|sa|ses|his|her|its|their)\s*[^,.;:«»"“”]{2,80}),/iu.exec(text.slice(from, q.open));
  if (pourRole && !st.verbCued && !pourNamed) {
    const role = roleAt(pourRole[1]!);
    if (role) applySubject(ctx, st, { type: 'role', noun: role.noun, adjectives: role.adjectives, possessive: role.possessive, gender: role.gender }, 1);
  }
}

/** "according to Y, quoting X": X. */
export function quotingCue(ctx: AttributionContext, st: QuoteState): void {
  const { text, entities } = ctx;
  const { q, s, add } = st;
  // "according to Y, quoting X": X is the original speaker.
  const quoting = /\b(?:quoting|citant)\s+([^,;:()«»"“”]{2,100})/iu.exec(text.slice(s, q.open));
  if (quoting) {
    const from = s + quoting.index;
    const to = from + quoting[0].length;
    const named = between(ctx, from, to).filter((m) => m.end <= to && entities[m.entity]!.kind !== 'other').pop();
    if (named) { st.cued = true; add(named.entity, 0.97, 'quoted by the source ("quoting X")'); }
  }
}

/** A pull quote signed after a dash. */
export function signedCue(ctx: AttributionContext, st: QuoteState): void {
  const { text } = ctx;
  const { q, add } = st;
  // A pull quote signed after a dash: "“…” - Jane Doe".
  const signed = /^[ \t]*[-–—][ \t]*/u.exec(text.slice(q.end, q.end + 4));
  if (signed) {
    const m = mentionsFrom(ctx, q.end).find((x) => x.start === q.end + signed[0].length);
    if (m) { st.cued = true; add(m.entity, 0.95, 'signed after a dash'); }
  }
}
