// Candidates when the quote's sentence has no cue, or as weak extras: the answer
// to an interviewer's question, the last speaker going on, the subject of the
// sentence before, the others named in the sentence, a next sentence pointing
// back at the words, and anyone named nearby as a last resort.
import { afterPreposition, between, carriesOn, mentionsFrom, quotesOpeningIn, recent, type AttributionContext } from './context';
import { chainedSubject, roleHolder } from './coreference';
import { opensOnGroup, pluralAntecedent } from './groupSubjects';
import { isRoleWord, isSpeechVerb, ROLE_NOUNS } from './lexicon';
import { applySubject, type QuoteState } from './quoteState';
import { roleSubject } from './subjectSite';
import { isGroupNoun, newUnnamedSubject, roleAt } from './roles';
import { sentenceAt } from './sentences';
import { tokenize } from './words';

/** A verb of issuing, then a statement: "issued a statement", "released a statement", "a publié un communiqué". */
const STATEMENT_ISSUED = /\b(?:issued|released|put\s+out|published|a\s+publié|a\s+diffusé|publie|diffuse)\s+(?:a|an|the|un|une|le|la)\s+(?:(?:written|short|brief|joint|court|bref|brève)\s+)?(?:statement|press\s+release|communiqué|déclaration)(?![\p{L}])/iu;

/** A sentence opening (maybe after a short lead) on a description with its complement, then its verb: "Enfin, la porte-parole de la fédération a …". */
const DESCRIBED_SPEAKER = /^\s*(?:[^,.;:!?«»"“”]{0,30},\s*)?((?:[Ll]e|[Ll]a|[Ll]['’]|[Tt]he)\s*[\p{Ll}][\p{L}'’-]*(?:\s+(?:de|du|des|d['’]|of)\s*(?:(?:la|le|les|l['’]|the)\s*)?[\p{Ll}][\p{L}'’-]*)?)\s+(?:a|avait|has|had|was|is)\s/u;

/** A sentence that points back at the words before it: "C'est en ces termes que", "Ainsi s'exprimait", "Those were the words of",
 * "That was the verdict of X" (a noun of judgement or answer, then "of"), "So says X". */
const BACK_POINTER = /^\s*(?:c['’]est\s+(?:en\s+ces\s+termes|ainsi|ce\s+qu|par\s+ces\s+mots|avec\s+ces\s+mots)|ce\s+sont\s+(?:les\s+mots|les\s+propos|les\s+paroles)|ainsi\s+(?:s['’]exprim|parl|a\s+parl|a\s+réag)|voilà\s+(?:ce\s+qu|comment|les)|tels\s+(?:sont|étaient|ont\s+été)\s+les|telles\s+(?:sont|étaient|ont\s+été)\s+les|(?:those|these|such)\s+(?:were|are)\s+the\s+(?:words|comments|remarks)|(?:ces|ses|de\s+tels)\s+(?:mots|propos|paroles)\s+sont\s+(?:ceux|celles|signés|signées)|cette\s+(?:phrase|déclaration|confidence|remarque|mise\s+en\s+garde)\s+est\s+(?:celle|signée)|(?:that|this|the)\s+(?:admission|remark|comment|warning|assessment|line|verdict)\s+came\s+from|the\s+words\s+(?:came\s+from|belong(?:ed)?\s+to)|ce\s+sont\s+là\s+(?:les\s+mots|les\s+propos|les\s+paroles)|that\s+(?:is|was)\s+(?:how|what)|this\s+(?:is|was)\s+(?:how|what)|so\s+sa(?:id|ys)|(?:that|this|such)\s+(?:is|was)\s+the\s+(?:verdict|view|opinion|assessment|message|reaction|response|answer|conclusion|judge?ment)\s+of\s)/iu;

/**
 * Right before the words' owner in such a sentence: "the words of", "ceux de", "came from", maybe with a few lowercase
 * role words between ("the words of opposition councillor X", "came from the expedition leader, X").
 */
const OWNER_BEFORE = /(?:words|comments|remarks|verdict|view|opinion|assessment|message|reaction|response|answer|conclusion|judge?ment|mots|propos|paroles|ceux|celles|celle|came\s+from|belong(?:ed)?\s+to|signés|signées|signée)\s+(?:of\s+|de\s+|du\s+|d['’]|par\s+)?(?:the\s+|la\s+|le\s+|l['’])?(?:[\p{Ll}-]+\s+){0,3}(?:[\p{Ll}-]+,\s+)?$/u;

/** A sentence ending on its speech verb, maybe with a day or a short complement: "X a réagi.", "She responded on Monday." */
function endsWithSpeechVerb(sentence: string): boolean {
  const m = /([\p{L}]+)(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|soir|matin|hier|aussitôt|immédiatement|later|quickly|immediately|on\s+\p{Lu}\p{Ll}+day))*(?:\s+(?:à|au|auprès\s+de|sur|dans|en|to|on|in)\s+(?:la|le|l['’]|les|un|une|son|sa|the|a|his|her)?\s*[\p{L}-]+)?\s*[.]\s*$/u.exec(sentence);
  return !!m && isSpeechVerb(m[1]!) && !/^(?:dit|said|says|dis)$/iu.test(m[1]!);
}

/** The candidates that do not depend on a cue in the quote's sentence, in this order. */
export function continuationCues(ctx: AttributionContext, st: QuoteState): void {
  introducedNext(ctx, st);
  describedNext(ctx, st);
  interviewAnswer(ctx, st);
  lastSpeakerGoesOn(ctx, st);
  subjectBefore(ctx, st);
  groupGoesOn(ctx, st);
  othersInSentence(ctx, st);
  pointedBackAt(ctx, st);
  lastResort(ctx, st);
}

/** With no cue yet, a quote opening its paragraph as a sentence of its own: the sentence after it, in the paragraph. */
function sentenceAfterLoneQuote(ctx: AttributionContext, st: QuoteState): readonly [number, number] | undefined {
  const { text, sentenceStarts, paragraphOf } = ctx;
  const { q, s, sentenceEnd } = st;
  if (st.cued || q.open - s >= 3 || sentenceEnd >= text.length) return undefined;
  // Opening its paragraph, or after a sentence of it that names nobody ("Devant les grilles, l'émotion était palpable.").
  if (!/(?:^|\n)[ \t]*$/u.test(text.slice(Math.max(0, q.open - 40), q.open)) && !afterNobody(ctx, s)) return undefined;
  // In French a quote ending on "?" or "!" then a capital has ended its sentence ("« … ? » Ouvrier depuis 1979, X …"): a
  // speech clause after it is inverted and lowercase ("» a demandé X"). The sentence splitter keeps them together, for
  // English ("“…?” Smith asked").
  const capitalAfter = !ctx.english && /[?!…]\s*$/u.test(text.slice(q.open + 1, q.end - 1)) ? /^[ \t\u00a0]+(?=\p{Lu})/u.exec(text.slice(q.end, sentenceEnd)) : null;
  if (capitalAfter) return [q.end + capitalAfter[0].length, sentenceEnd];
  if (!/^[\s.!?…]*$/u.test(text.slice(q.end, sentenceEnd))) return undefined;
  const [ns, ne] = sentenceAt(sentenceStarts, sentenceEnd, text.length);
  return ns < q.end || paragraphOf(ns) !== paragraphOf(q.open) ? undefined : [ns, ne];
}

/**
 * Whether the sentence before `s`, in its paragraph, is about nobody: it names no person, body or source, holds no
 * quote, and opens on no pronoun or description of someone ("Devant les grilles, l'émotion était palpable.", not "Il a
 * raconté la nuit." or "À la barre, le prévenu n'a rien contesté.").
 */
function afterNobody(ctx: AttributionContext, s: number): boolean {
  const { text, entities, sentenceStarts, paragraphOf } = ctx;
  if (s === 0) return false;
  const [p0] = sentenceAt(sentenceStarts, s - 1, text.length);
  if (paragraphOf(p0) !== paragraphOf(s) || quotesOpeningIn(ctx, p0, s).length > 0 || between(ctx, p0, s).some((m) => entities[m.entity]!.kind !== 'other')) return false;
  const opening = /^\s*(?:[^,.;:!?«»"“”\n]{0,40},\s*)??(?:(il|elle|ils|elles|on|he|she|they|we|nous)\s|(?:le|la|les|l['’]|the|son|sa|ses|his|her|their)\s*(\p{Ll}[\p{Ll}-]*))/iu.exec(text.slice(p0, s));
  return !opening || (!opening[1] && !isRoleWord(opening[2]!) && !isGroupNoun(opening[2]!));
}

/**
 * A quote opening its paragraph as a sentence of its own, then a sentence that opens on someone named there for the
 * first time ("« … » L'élue X n'a pas caché sa colère."): the words are that newcomer's, not the last speaker's.
 */
function introducedNext(ctx: AttributionContext, st: QuoteState): void {
  const { text, entities, outsideMentions, last } = ctx;
  const { add } = st;
  const next = sentenceAfterLoneQuote(ctx, st);
  if (!next) return;
  const [ns, ne] = next;
  // The first one named that is no complement: a capitalised word that opens the sentence ("Cariste") or a name after a
  // preposition ("A welder at the X plant") is not who is brought in.
  const m = between(ctx, ns, ne).find((x) => entities[x.entity]!.kind !== 'other' && !afterPreposition(ctx, x.start));
  if (!m || last?.entity === m.entity || !/^(?:person|org)$/u.test(entities[m.entity]!.kind)) return;
  // Only a short lowercase description before the name ("L'élue écologiste", "The chief"), or an apposition set off by a
  // comma ("Ouvrier au four depuis 1979, X ne décolère pas"; "Retired since 2019, X"), and no mention of it before.
  if (!/^\s*(?:(?:[Ll]e|[Ll]a|[Ll]['’]|[Tt]he|[Aa]n?)\s*[\p{Ll}'’-]+(?:\s+[\p{Ll}'’-]+){0,3},?\s+|\p{Lu}[\p{L}'’-]*(?:\s+[^,.;:!?«»"“”\n]{1,60})?,\s+)?$/u.test(text.slice(ns, m.start))) return;
  if (outsideMentions.some((x) => x.entity === m.entity && x.start < m.start)) return;
  // Words in the first person plural only ("On a soigné …") after sentences about a group ("Les soignants … Ils
  // dénoncent …") are the group's as likely as the one person brought in after them.
  if (entities[m.entity]!.kind === 'person' && pluralOnly(ctx, st.q) && st.s > 0 && opensOnGroup(text.slice(...sentenceAt(ctx.sentenceStarts, st.s - 1, text.length)))) return;
  st.cued = true;
  add(m.entity, 0.84, 'introduced in the next sentence, after a quote opening its paragraph');
}

/**
 * A quote opening its paragraph as a sentence of its own, then a sentence that opens on a description of someone named
 * before ("« … » Le boulanger, formé à Lyon, a gardé …", "“…” The coach has kept …"): the words are that one's.
 */
function describedNext(ctx: AttributionContext, st: QuoteState): void {
  const { text, entities } = ctx;
  const { add } = st;
  const next = sentenceAfterLoneQuote(ctx, st);
  if (!next) return;
  const [ns, ne] = next;
  // The description opens the sentence, then an apposition or its verb; a name there is introducedNext's.
  const opening = /^\s*((?:[Ll]e|[Ll]a|[Ll]['’]|[Tt]he)\s*\p{Ll}[\p{Ll}'’-]*(?:\s+\p{Ll}[\p{Ll}'’-]*){0,2})(?:\s*,|\s+(?:ne|n['’]|a|avait|est|se|s['’]|has|had|is|was)\s)/u.exec(text.slice(ns, ne));
  if (!opening || between(ctx, ns, ns + opening[0].length).length > 0) return;
  // "La présidente de l'association, X, mesure …": the one named in apposition to the description.
  const apposed = opening[0].endsWith(',') ? mentionsFrom(ctx, ns + opening[0].length).find((m) => /^\s*(?:\p{Lu}\p{Ll}{0,3}\.?\s+)?$/u.test(text.slice(ns + opening[0].length, m.start))) : undefined;
  if (apposed && entities[apposed.entity]!.kind === 'person' && /^\s*,/u.test(text.slice(apposed.end, apposed.end + 3))) {
    st.cued = true;
    add(apposed.entity, 0.8, 'named in apposition at the start of the next sentence, after a quote opening its paragraph');
    return;
  }
  // A noun the role lexicon lacks ("le pâtissier") still names what the text called someone before.
  const role = roleAt(opening[1]!) ?? { noun: /\p{Ll}[\p{Ll}'’-]*/u.exec(opening[1]!.replace(/^(?:(?:[Ll]e|[Ll]a|[Tt]he)\s+|[Ll]['’]\s*)/u, ''))![0].toLowerCase(), adjectives: [], possessive: false, gender: undefined };
  if (role.possessive) return;
  const holder = roleHolder(ctx, role.noun, role.adjectives, ns, role.gender);
  if (holder === undefined || entities[holder]!.kind !== 'person') return;
  st.cued = true;
  add(holder, 0.8, `described in the next sentence ("${role.noun}"), after a quote opening its paragraph`);
}

/** After an interviewer's question, the one quoted most so far. */
function interviewAnswer(ctx: AttributionContext, st: QuoteState): void {
  const { text, entities, quotedCount } = ctx;
  const { q, s, add } = st;
  // No cue, and the paragraph before is the interviewer's question ("Vous briguerez un second mandat ?"): the quote
  // is the answer of the one the interview is with, the person quoted most so far.
  if (!st.cued && q.open - s < 3) {
    const before = text.slice(0, q.open);
    // Blank lines may hold spaces (a Windows line end is read as one).
    const question = /(?:^|\n)([^\n«»"“”]{3,300}\?)[ \t\u00a0]*(?:\n[ \t\u00a0]*)+$/u.exec(before.slice(-400));
    if (question) {
      let best: number | undefined;
      for (const [entity, n] of quotedCount) if (entities[entity]!.kind === 'person' && (best === undefined || n > quotedCount.get(best)!)) best = entity;
      if (best !== undefined && quotedCount.get(best)! >= 2) { st.cued = true; add(best, 0.8, 'the answer to the question before, by the one quoted most'); }
    }
  }
}

/** A quote standing as its own sentence continues the last speaker. */
function lastSpeakerGoesOn(ctx: AttributionContext, st: QuoteState): void {
  const { text, entities, sentenceStarts, paragraphOf, last } = ctx;
  const { q, s, add } = st;
  // No cue: a quote standing as its own sentence continues the last speaker.
  if (!st.cued && last && q.open - s < 3 && q.open - last.at < 3000) {
    // Strong only right after the speaker's words, with nobody else named in between; weaker a paragraph further.
    const gap = paragraphOf(q.open) - paragraphOf(last.at);
    // Names in the rest of the speaker's own sentence ("said X, who led the team.") do not count.
    const lastSentenceEnd = sentenceAt(sentenceStarts, Math.max(0, last.at - 1), text.length)[1];
    // Also a sentence right before, in the paragraph, that opens on a description of someone else ("L'ancienne X, …, n'en
    // démord pas. « … »"): its subject, not the last speaker, most likely goes on.
    const [b0] = s > 0 ? sentenceAt(sentenceStarts, s - 1, text.length) : [0];
    const describedOther = s > 0 && b0 >= last.at && paragraphOf(b0) === paragraphOf(q.open)
      && (/^(?:[^,.;:!?«»"“”]{0,40},\s*)?(?:le|la|l['’]|the)\s*\p{Ll}[\p{L}-]+/iu.test(text.slice(b0, s)) || newUnnamedSubject(text.slice(b0, s)) !== undefined)
      && chainedSubject(ctx, b0, (x) => x.kind !== 'other', 1) !== last.entity;
    const someoneElse = describedOther || between(ctx, Math.max(last.at, lastSentenceEnd), q.open).some((m) => m.entity !== last!.entity && entities[m.entity]!.kind !== 'other');
    add(last.entity, gap <= 1 && !someoneElse ? 0.8 : gap <= 2 ? 0.7 : 0.6, 'the last speaker (no speech verb)');
  }
}

/** A quote opening its sentence carries on the subject of the sentence before. */
function subjectBefore(ctx: AttributionContext, st: QuoteState): void {
  const { text, sentenceStarts, paragraphOf } = ctx;
  const { q, s, add } = st;
  // No cue: a quote opening its sentence most often carries on the subject of the sentence before
  // ("X a défendu son projet face à Y. « … »"), not the last name there; never confident alone.
  if (!st.cued && q.open - s < 3 && s > 0) {
    const [p0] = sentenceAt(sentenceStarts, s - 1, text.length);
    const subject = chainedSubject(ctx, p0, (x) => x.kind === 'person' || x.kind === 'org' || x.kind === 'source', 2);
    // "X a réagi. « … »", "Il s'est expliqué. « … »": a sentence ending on its speech verb announces the words that follow.
    const samePara = paragraphOf(p0) === paragraphOf(q.open);
    // A sentence announcing the words still announces them when the quote opens the next paragraph (web copy gives each
    // sentence its own paragraph): it is the last sentence before the quote either way.
    const adjoining = samePara || paragraphOf(q.open) === paragraphOf(p0) + 1;
    const announced = endsWithSpeechVerb(text.slice(p0, s)) && adjoining;
    // "X a défendu sa décision mardi. « … »": a sentence with a speech verb and no quote of its own likely announces the next
    // one (a little stronger than a plain subject, still never confident alone).
    const prevQuote = quotesOpeningIn(ctx, p0, s).length > 0;
    // So does a sentence saying its subject issued a statement ("X issued a statement on Y. “…”", "X a publié un communiqué.").
    const spoke = !announced && adjoining && !prevQuote && (tokenize(text, p0, s).some((t) => isSpeechVerb(t.text) && !/^\p{Lu}/u.test(t.text)) || STATEMENT_ISSUED.test(text.slice(p0, s)));
    // "Pour terminer, la porte-parole de la fédération a nuancé les chiffres. « … »": a sentence announcing the words whose
    // subject is a description nobody named holds speaks through that description (an unnamed source), not through
    // whoever a sentence further back is about.
    const described = (announced || spoke) && ctx.addSource && chainedSubject(ctx, p0, () => true, 1) === undefined
      ? DESCRIBED_SPEAKER.exec(text.slice(p0, s)) : null;
    const role = described ? roleAt(described[1]!) : undefined;
    if (described && role && ROLE_NOUNS.has(role.noun)) {
      const start = p0 + described.index + described[0].indexOf(described[1]!);
      const id = ctx.addSource!(start, start + described[1]!.length);
      if (id !== undefined) { add(id, announced ? 0.85 : 0.8, `the one described in the sentence before, whose speech verb announces the quote ("${role.noun}")`); return; }
    }
    // "Un peu plus loin, un retraité prend la défense des grévistes. « … »": a sentence of the paragraph that brings in
    // someone new and unnamed, then the words: that one's, not the last speaker's (who gets less for it, see
    // lastSpeakerGoesOn).
    const fresh = subject === undefined && carriesOn(ctx, p0, s) && !prevQuote && ctx.addSource ? newUnnamedSubject(text.slice(p0, s)) : undefined;
    if (fresh) {
      const start = p0 + fresh.at;
      const id = ctx.addSource!(start, start + fresh.phrase.length);
      if (id !== undefined) { add(id, announced || spoke ? 0.8 : 0.74, `the one brought in by the sentence before ("${fresh.noun}")`); return; }
    }
    if (subject !== undefined) add(subject, announced ? 0.85 : spoke ? 0.8 : 0.72, announced ? 'the subject of the sentence before, which ends on its speech verb' : spoke ? 'the subject of the sentence before, whose speech verb or statement announces the quote' : 'the subject of the sentence before (no speech verb)');
  }
}

// Words in the first person plural, and none in the singular: a group's ("On sera là", "Nos clients sont ici").
const WE_FR = /(?<![\p{L}])(?:nous|on|nos|notre)(?![\p{L}])/iu;
const I_FR = /(?<![\p{L}])(?:je|j['’]|moi|mon|ma|mes|me|m['’])(?![\p{L}])/iu;
const WE_EN = /(?<![\p{L}])(?:we|our|us)(?![\p{L}])/iu;
const I_EN = /(?<![\p{L}])(?:I|my|me|mine)(?![\p{L}])/u;

/** Whether a quote's words are in the first person plural, and never in the singular ("On sera là", "Our doors stay open"). */
function pluralOnly(ctx: AttributionContext, q: { readonly open: number; readonly end: number }): boolean {
  const words = ctx.text.slice(q.open + 1, q.end - 1);
  return ctx.english ? WE_EN.test(words) && !I_EN.test(words) : WE_FR.test(words) && !I_FR.test(words);
}

/**
 * "Les bénévoles ont rangé les barrières. « On sera là l'an prochain »": with no cue, words in the first person plural
 * after sentences about a group (its subject, then "ils / elles") are the group's, rather than the last one speaking.
 */
function groupGoesOn(ctx: AttributionContext, st: QuoteState): void {
  const { paragraphOf } = ctx;
  const { q, s, add } = st;
  if (st.cued || q.open - s >= 3 || s === 0 || !ctx.addSource) return;
  if (!pluralOnly(ctx, q)) return;
  const group = pluralAntecedent(ctx, s - 1);
  if (!group) return;
  // In the quote's paragraph; or across a break after a paragraph of one sentence (see carriesOn) that is itself about
  // the group, opening on it or on "ils / they" (not someone's words: "“…,” X said." then "“…”" is X going on).
  const [b0, b1] = sentenceAt(ctx.sentenceStarts, s - 1, ctx.text.length);
  if (paragraphOf(group.start) !== paragraphOf(q.open) && !(carriesOn(ctx, b0, s) && opensOnGroup(ctx.text.slice(b0, b1)))) return;
  const id = ctx.addSource(group.start, group.end);
  if (id !== undefined) add(id, 0.82, 'the group the sentences before are about, speaking in the plural');
}

/** The others named in the sentence, weakly; the last speaker, weaker, when no cue named anyone. */
function othersInSentence(ctx: AttributionContext, st: QuoteState): void {
  const { entities, last } = ctx;
  const { q, s, sentenceEnd, scores, add } = st;
  // Every other person or organisation in the sentence is a weak candidate.
  for (const m of between(ctx, s, sentenceEnd)) {
    const kind = entities[m.entity]!.kind;
    const distance = m.start >= q.end ? m.start - q.end : Math.max(0, q.open - m.end);
    add(m.entity, (kind === 'other' ? 0.3 : 0.45) - Math.min(0.2, distance / 600), 'named in the same sentence');
  }
  if (!st.cued && last && !scores.has(last.entity)) add(last.entity, 0.35, 'the last speaker');
}

/** A next sentence that points back at the words ("C'est en ces termes que X …"). */
function pointedBackAt(ctx: AttributionContext, st: QuoteState): void {
  const { text, entities, sentenceStarts, paragraphOf } = ctx;
  const { q, sentenceEnd, add } = st;
  // No cue in the quote's sentence, and the next one points back at the words: "« … ». C'est en ces termes que X a
  // répondu", "“…” Those were the words of X". Its first person or organisation (not a complement) said them.
  if (!st.cued && sentenceEnd < text.length) {
    const [ns, ne] = sentenceAt(sentenceStarts, sentenceEnd, text.length);
    // The words it points back at are the last before it: also across a paragraph break when the quote ends its
    // paragraph ("“…”\n\nThose were the words of X", web copy giving each sentence its own paragraph).
    const endsParagraph = paragraphOf(ns) === paragraphOf(q.open) + 1 && /^[\s.!?…]*$/u.test(text.slice(q.end, ns));
    if (ns >= q.end && BACK_POINTER.test(text.slice(ns, ne)) && (paragraphOf(ns) === paragraphOf(q.open) || endsParagraph)) {
      const ownerBefore = (at: number): boolean => OWNER_BEFORE.test(text.slice(Math.max(0, at - 60), at));
      const m = between(ctx, ns, ne).find((x) => entities[x.entity]!.kind !== 'other' && (!afterPreposition(ctx, x.start) || ownerBefore(x.start)));
      // "Those are the words of X": the words' owner, said outright, is stronger than a last speaker.
      const owner = !!m && ownerBefore(m.start);
      if (m) { st.cued = true; add(m.entity, owner ? 0.88 : 0.8, 'named in the next sentence, which points back at the words'); }
      else describedBackPointer(ctx, st, ns, ne);
    }
  }
}

/** "C'est ce qu'a martelé l'avocate de la défense", "qu'ont voulu faire passer les grévistes": the inverted subject described. */
const DESCRIBED_AFTER_BACK_POINTER = /qu['’](?:a|ont|avait|avaient)\s+(?:[\p{Ll}]+\s+){1,3}?((?:le|la|les|l['’])\s*[\p{Ll}][\p{Ll}'’-]*(?:\s+(?:de|du|des|d['’])\s*(?:la\s+|l['’])?[\p{Ll}-]+)?)/u;

/**
 * French: the sentence pointing back at the words names nobody, but describes who said them after its inverted verb
 * ("« … » C'est ce qu'a souligné la directrice de l'école"): that role, or that group ("les grévistes").
 */
function describedBackPointer(ctx: AttributionContext, st: QuoteState, ns: number, ne: number): void {
  if (ctx.english) return;
  const m = DESCRIBED_AFTER_BACK_POINTER.exec(ctx.text.slice(ns, ne));
  if (!m) return;
  const start = ns + m.index + m[0].length - m[1]!.length;
  const role = roleAt(m[1]!);
  const head = /^les\s+([\p{Ll}-]+)/u.exec(m[1]!)?.[1];
  if (role) applySubject(ctx, st, roleSubject(role, [start, start + m[1]!.length]), 0.88);
  else if (head && (isGroupNoun(head) || isRoleWord(head.replace(/[sx]$/u, '')))) applySubject(ctx, st, { type: 'source', start, end: start + m[1]!.length }, 0.88);
  else return;
  st.cued = true;
}

/** Nobody yet: the last one named before, or the first one after. */
function lastResort(ctx: AttributionContext, st: QuoteState): void {
  const { entities } = ctx;
  const { q, scores, add } = st;
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
}
