// Who a pronoun, a role description or a sentence without a name stands for:
// the subject of the sentences before (the centre of the text), the last
// speaker, the last one named, the one an earlier role or name describes so.
// Gender is a preference; scores are fixed weights.
import { afterPreposition, between, carriesOn, mentionsFrom, quotesOpeningIn, recent, resultOpeningIn, type AttributionContext } from './context';
import { pluralAntecedent } from './groupSubjects';
import { isSpeechVerb, ORG_HEADS, ORG_NOUNS, ROLE_NOUNS } from './lexicon';
import { adjectiveStem, DESCRIPTION, genderClash, isRoleWords, newUnnamedSubject, otherSource, RELATIONAL_ROLES, roleAt, roleStem, roleSynonyms } from './roles';
import { sentenceAt } from './sentences';
import { firstFrom } from './spans';
import type { FoundEntity } from './types';

const TEEN = /^(?:teenager|teen|adolescent|adolescente)$/u;
const LEADING_PRONOUN = /^(?:[^,.;:!?«»"“”]{0,90},\s*)?(?:-\s*)?(il|elle|he|she)\b/iu;
/** The subject pronoun an object or possessive pronoun stands for ("lui" → "il", "her" → "she"). */
export const PRONOUN_OF: Record<string, string> = { lui: 'il', elle: 'elle', eux: 'ils', elles: 'elles', him: 'he', her: 'she', them: 'they', his: 'he', their: 'they', its: 'it' };

/** A relative clause set off by a comma and still open: what follows is in it. */
const RELATIVE_OPEN = /,\s*(?:qui|que|qu['’]|dont|où|who|which|whose)\s[^,;:]*$/iu;

/**
 * The subject of the sentence starting at `start`: its first person (or
 * organisation) named near its start, not after a preposition. A sentence
 * that starts with a pronoun, or names nobody there, hands over to the one
 * before it, up to `depth` sentences.
 */
export function chainedSubject(ctx: AttributionContext, start: number, fits: (e: FoundEntity) => boolean, depth: number): number | undefined {
  const { text, entities, sentenceStarts } = ctx;
  let from = start;
  for (let d = 0; d < depth; d++) {
    const [ss, se] = sentenceAt(sentenceStarts, from, text.length);
    // A section head ("On taxes") between the lead and its quotes is nobody's sentence: look past it, for free.
    if (ss > 0 && isSectionHead(text.slice(ss, se), text.slice(Math.max(0, ss - 12), ss))) { d--; from = ss - 1; continue; }
    // A clause after a semicolon is part of the writer's sentence: the look back counts that sentence once.
    const clause = ss > 0 && /;[\s\u00a0\u202f]*$/u.test(text.slice(Math.max(0, ss - 3), ss));
    const head = text.slice(ss, Math.min(se, ss + 100));
    // A sentence that opens with a quote is about its speaker ("« … », a martelé l'avocat général, X. Le magistrat …").
    // Only the sentence right before: further back, a sentence with no subject of its own hands over too much.
    const opening = d === 0 && /^[\s–—-]*[«"“]/u.test(head) ? resultOpeningIn(ctx, ss, ss + 4) : undefined;
    if (opening && opening.confident && opening.candidates[0]) {
      const speaker = opening.candidates[0].entity;
      return fits(entities[speaker]!) ? speaker : undefined;
    }
    const lead = LEADING_PRONOUN.exec(head);
    // Places and unclassified capitalised words ("Dès", "Bulgarie") are not subjects a pronoun continues.
    // A possessive is not the subject either: "X's attorney, Y, had asked …" is about Y (or X's attorney).
    // Nor is a name inside a relative clause set off after the subject ("L'ancien X, qui préside le club depuis 1996, …").
    const first = mentionsFrom(ctx, ss).find((m) => m.start < se && m.start - ss <= 70 && !afterPreposition(ctx, m.start) && entities[m.entity]!.kind !== 'other' && !/^['’]s\s/u.test(text.slice(m.end, m.end + 3))
      && !RELATIVE_OPEN.test(text.slice(ss, m.start)));
    // A sentence opening on a description ("Le basketteur de 32 ans avait été élu …") continues the one it describes.
    // Lowercase words only (no "i" flag: it would let \p{Ll} match capitals and swallow the name that follows).
    // Also a role written capitalised before a verb (the foreign secretary, capitalised, then "paused"): role words only.
    const described = /^(?:[^,.;:!?«»"“”]{0,40},\s*)?((?:[Ll]e|[Ll]a|[Ll]['’]|[Tt]he)\s*[\p{Ll}'’-]+(?:\s+[\p{Ll}'’-]+){0,3})/u.exec(head) ?? capitalisedRole(head);
    // The description may stop before its complement's capital ("Le président du Conseil, X, …").
    const openComplement = !!described && /(?:\s(?:de|du|des|of|de\s+la|of\s+the)|\s[dl]['’])$/u.test(described[1]!);
    // A name right after a description made of role words is its holder too ("Dans les tribunes, le président
    // montclarétain X savourait"); not after a clause ("The governor said the X …").
    const titleOnly = !!described && described[1]!.split(/[\s'’]+/u).slice(1).every((w) => !isSpeechVerb(w) && !/^(?:the|le|la|les|l|a|an|un|une|has|had|was|is|ont|est|qui|who|that|que|de|du|des|d|of)$/iu.test(w));
    // A title the name does not keep may come between ("L'avocat de la défense, Me X,").
    const appositionName = !!first && !!described && (/^\s*(?:(?:de|du|des|d['’]|of)\s[^,]{1,40})?,\s*(?:\p{Lu}\p{Ll}{0,3}\.?\s+)?$/u.test(text.slice(ss + described.index + described[0].length, first.start))
      || (titleOnly && /^\s+$/u.test(text.slice(ss + described.index + described[0].length, first.start)))
      || (openComplement && /^\s*[^,.;:!?«»"“”]{1,40},\s*(?:\p{Lu}\p{Ll}{0,3}\.?\s+)?$/u.test(text.slice(ss + described.index + described[0].length, first.start))));
    if (described && !lead && !appositionName && (!first || first.start - ss > described.index + described[0].length)) {
      const role = roleAt(described[1]!);
      const holder = role && !(ORG_NOUNS.has(role.noun) && !ROLE_NOUNS.has(role.noun)) ? roleHolder(ctx, role.noun, role.adjectives, ss, role.gender) : undefined;
      if (holder !== undefined) return fits(entities[holder]!) ? holder : undefined;
    }
    // "Pour X, conseillère en élevage, la question dépasse cet hiver. « … »": the one whose view the sentence gives is
    // what the text is about, though after a preposition.
    const holder = lead ? undefined : mentionsFrom(ctx, ss).find((m) => m.start - ss <= 40 && /^(?:Pour|Selon|D['’]après|According\s+to)\s+(?:[\p{Ll}'’-]+\s*){0,4}$/u.test(text.slice(ss, m.start))
      && /^\s*,/u.test(text.slice(m.end, m.end + 3)) && entities[m.entity]!.kind === 'person');
    if (holder && (!first || first.start > holder.start)) return fits(entities[holder.entity]!) ? holder.entity : undefined;
    // "That is not soon enough for X.", "C'est une victoire pour X.": a sentence with no subject of its own but a demonstrative
    // is about the one person it names, though after a preposition (the sentence right before only).
    if (d === 0 && !first && !lead && /^\s*(?:That|This|It|Ce|Cela|Ça|C['’]est|C['’]était)\s/u.test(head)) {
      const named = between(ctx, ss, se).filter((m) => entities[m.entity]!.kind === 'person');
      if (named.length > 0 && named.every((m) => m.entity === named[0]!.entity)) return fits(entities[named[0]!.entity]!) ? named[0]!.entity : undefined;
    }
    if (first && (!lead || first.start - ss < lead.index + lead[0].length - lead[1]!.length)) {
      // "Hornets boss X was furious", "Acme chief executive X told …": a name qualifying a role before a person's name
      // says whose role it is; the person is the subject.
      // Also with the name in apposition: "A White House spokeswoman, Jane Roe, said".
      const holder = mentionsFrom(ctx, first.end).find((m) => m.start > first.end);
      const gap = holder ? text.slice(first.end, holder.start) : '';
      if (holder && entities[first.entity]!.kind !== 'person' && entities[holder.entity]!.kind === 'person' && (isRoleWords(gap) || isRoleWords(gap.replace(/,\s*$/u, ' ')))) return fits(entities[holder.entity]!) ? holder.entity : undefined;
      return fits(entities[first.entity]!) ? first.entity : undefined;
    }
    if (ss === 0) return undefined;
    if (clause) d--;
    from = ss - 1;
  }
  return undefined;
}

/** A short line of its own with no closing punctuation, inside the text: a section head. */
function isSectionHead(sentence: string, before: string): boolean {
  const line = sentence.trim();
  // A paragraph of its own, or a line of its own in copy whose paragraphs are lines (a blank line may not follow).
  const own = /\n[ \t\u00a0]*\n[ \t\u00a0]*$/u.test(sentence) || (/\n[ \t\u00a0]*$/u.test(sentence) && /\n[ \t\u00a0]*$/u.test(before));
  return line.length > 0 && !line.includes('\n') && own && line.split(/\s+/u).length <= 6 && !/[.!?:;,»"”)]$/u.test(line);
}

/** A role written capitalised (role words only) right before a lowercase word, as a description. */
function capitalisedRole(head: string): RegExpExecArray | null {
  const m = /^(?:[^,.;:!?«»"“”]{0,40},\s*)?((?:[Ll]e|[Ll]a|[Tt]he)\s+\p{Lu}[\p{Ll}-]+(?:\s+\p{Lu}[\p{Ll}-]+){0,2})(?=\s+\p{Ll})/u.exec(head);
  if (!m || !isRoleWords(` ${m[1]!.replace(/^\S+\s+/u, '')} `)) return null;
  // Lowercased for roleAt, which reads role words in lowercase.
  m[1] = m[1]!.toLowerCase();
  return m;
}

/**
 * Gender is a preference, not a filter: the gender read from a title or a
 * determiner can be wrong ("le ministre" for a woman), so when no speaker of
 * the pronoun's gender is found, the search runs again without it, lower.
 */
export function resolvePronoun(ctx: AttributionContext, word: string, at: number, pronounAt: number, addAny: (e: number, s: number, r: string) => void): void {
  const { text, entities, sentenceStarts, paragraphOf, addSource } = ctx;
  let found = false;
  // A plural pronoun continues the group that opened its sentence or the ones before, before any single person.
  const group = /^(?:ils|elles|they)$/iu.test(word) && addSource ? pluralAntecedent(ctx, Math.min(at, pronounAt)) : undefined;
  const groupId = group ? addSource!(group.start, group.end) : undefined;
  if (groupId !== undefined) { found = true; addAny(groupId, 0.9, `the group the sentences before are about ("${word}")`); }
  // Then a single person or body is a weaker reading of "ils" / "they".
  const add = (e: number, sc: number, r: string): void => addAny(e, groupId !== undefined && e !== groupId ? sc * 0.9 : sc, r);
  resolvePronounWith(ctx, word, at, pronounAt, true, false, (e, sc, r) => { found = true; add(e, sc, r); });
  if (!found) resolvePronounWith(ctx, word, at, pronounAt, false, false, (e, sc, r) => { found = true; add(e, sc * 0.9, r); });
  // French "il / elle" also stand for an institution ("La juridiction a rejeté le pourvoi ; dans son arrêt, elle estime …"): when no person fits.
  if (!found && /^(?:il|elle)$/iu.test(word)) resolvePronounWith(ctx, word, at, pronounAt, false, true, (e, sc, r) => { found = true; add(e, sc * 0.9, r); });
  // "Another resident, who declined to give his name, backed the council. “…,” he said.": the sentence right before
  // brings in someone new and unnamed; the pronoun is most likely that one (whoever was found above stays weak).
  if (/^(?:il|elle|he|she)$/iu.test(word) && addSource) {
    const [s0] = sentenceAt(sentenceStarts, Math.min(at, pronounAt), text.length);
    const [p0] = s0 > 0 ? sentenceAt(sentenceStarts, s0 - 1, text.length) : [s0];
    const fresh = s0 > 0 && carriesOn(ctx, p0, s0) && quotesOpeningIn(ctx, p0, s0).length === 0 ? freshBefore(ctx, p0, s0) : undefined;
    const id = fresh ? addSource(p0 + fresh.at, p0 + fresh.at + fresh.phrase.length) : undefined;
    // Not one the pronoun's gender rules out ("Une voisine … « … », s'amuse-t-il").
    const pronounGender = /^(?:elle|she)$/iu.test(word) ? 'f' : 'm';
    const fits = id !== undefined && (entities[id]!.gender === undefined || entities[id]!.gender === pronounGender);
    if (id !== undefined && fits) { found = true; add(id, 0.78, `the one brought in by the sentence before ("${word}")`); }
  }
  // Nobody before (a lead that names later: "La chanteuse … a-t-elle écrit. X souffre …"): the person named first in the next sentence.
  if (!found && /^(?:il|elle|he|she)$/iu.test(word)) {
    const [, se] = sentenceAt(sentenceStarts, at, text.length);
    const [, ne] = se < text.length ? sentenceAt(sentenceStarts, se, text.length) : [se, se];
    const next = mentionsFrom(ctx, se).find((m) => m.start < ne && paragraphOf(m.start) === paragraphOf(at) && entities[m.entity]!.kind === 'person' && !afterPreposition(ctx, m.start));
    if (next) add(next.entity, 0.72, `named after the pronoun ("${word}")`);
    // Nobody named at all: the pronoun continues someone the sentence before describes and never names ("Le Premier
    // ministre libanais a démissionné. Dans une allocution, il a dénoncé …"): that description is an unnamed source.
    else if (addSource) {
      const [s0] = sentenceAt(sentenceStarts, Math.min(at, pronounAt), text.length);
      const [p0] = s0 > 0 ? sentenceAt(sentenceStarts, s0 - 1, text.length) : [s0];
      const head = s0 > 0 && carriesOn(ctx, p0, s0) && chainedSubject(ctx, p0, () => true, 1) === undefined
        ? /^((?:[Ll]e|[Ll]a|[Ll]['’]|[Tt]he)\s*[\p{L}][\p{L}'’-]*(?:\s+(?!(?:a|avait|est|sera|s['’]\S*|se|has|had|was|is|will|who|qui)\s)[\p{Ll}][\p{L}'’-]*){0,3}?)\s+(?:a|avait|est|sera|s['’]|se|has|had|was|is|will)\s/u.exec(text.slice(p0, s0))
        : null;
      const role = head ? roleAt(head[1]!) : undefined;
      if (head && role && !(ORG_NOUNS.has(role.noun) && !ROLE_NOUNS.has(role.noun))) {
        const id = addSource(p0, p0 + head[1]!.length);
        if (id !== undefined) add(id, 0.78, `the one described in the sentence before ("${word}")`);
      }
    }
  }
}

/** Someone new and unnamed opening the sentence [s0, s1) ("Un peu plus loin, un retraité …"), before anyone it names. */
function freshBefore(ctx: AttributionContext, s0: number, s1: number): ReturnType<typeof newUnnamedSubject> {
  const fresh = newUnnamedSubject(ctx.text.slice(s0, s1));
  if (!fresh || between(ctx, s0, s0 + fresh.at + fresh.phrase.length).length > 0) return undefined;
  // Named in apposition after its complement ("Une hydrologue de l'université de X, Anne Y, a été consultée"): not unnamed.
  const end = s0 + fresh.at + fresh.phrase.length;
  const named = between(ctx, end, s1).find((m) => ctx.entities[m.entity]!.kind === 'person');
  const apposed = !!named && /^[^.;:!?«»"“”]{0,80},\s*$/u.test(ctx.text.slice(end, named.start)) && /^\s*,/u.test(ctx.text.slice(named.end, named.end + 3));
  return apposed ? undefined : fresh;
}

export function resolvePronounWith(ctx: AttributionContext, word: string, at: number, pronounAt: number, useGender: boolean, orgs: boolean, addAny: (e: number, s: number, r: string) => void): void {
  const { text, entities, sentenceStarts, paragraphOf, last } = ctx;
  // The sentence right before, in the paragraph, is about someone the text describes and never named ("À la barre, le
  // prévenu, âgé de 61 ans, est apparu fatigué. « … », a-t-il déclaré"): the pronoun most likely is that one, so whoever
  // is found below stays weak.
  const [q0] = sentenceAt(sentenceStarts, Math.min(at, pronounAt), text.length);
  const [b0] = q0 > 0 ? sentenceAt(sentenceStarts, q0 - 1, text.length) : [q0];
  const unnamedBefore = q0 > 0 && carriesOn(ctx, b0, q0) && quotesOpeningIn(ctx, b0, q0).length === 0
    && ((/^(?:[^,.;:!?«»"“”]{0,40},\s*)?(?:[Ll]e|[Ll]a|[Ll]['’]|[Tt]he)\s*[\p{Ll}-]{3,}\s*(?:,|[\p{Ll}'’-]+\s)/u.test(text.slice(b0, q0))
      && chainedSubject(ctx, b0, () => true, 1) === undefined) || freshBefore(ctx, b0, q0) !== undefined);
  const add = (e: number, sc: number, r: string): void => addAny(e, unnamedBefore ? Math.min(sc, 0.7) : sc, r);
  const w = word.toLowerCase();
  const person = ['il', 'elle', 'he', 'she'].includes(w);
  const gender = !useGender ? undefined : w === 'elle' || w === 'she' ? 'f' : w === 'il' || w === 'he' ? 'm' : undefined;
  // "On" is never a place or an unclassified word ("La crise touche la région. … on assure que").
  const fits = (e: FoundEntity): boolean =>
    (person ? e.kind === 'person' || e.kind === 'source' || (orgs && e.kind === 'org') : (e.kind !== 'person' && !(w === 'on' && e.kind === 'other')) || w === 'they' || w === 'ils' || w === 'elles') && !(gender && e.gender && e.gender !== gender);
  const mention = recent(ctx, at, 1500, fits);
  // A pronoun after a person in its own sentence most often refers to the sentence's subject.
  const [s0] = sentenceAt(sentenceStarts, Math.min(at, pronounAt), text.length);
  const subject = between(ctx, s0, pronounAt).find((m) => m.end <= pronounAt && fits(entities[m.entity]!) && !afterPreposition(ctx, m.start));
  if (subject) add(subject.entity, 0.88, `the subject of the sentence ("${word}")`);
  // Else the subject of the sentences before (a pronoun there passes it on): the centre of the text.
  const [p0] = s0 > 0 ? sentenceAt(sentenceStarts, s0 - 1, text.length) : [0];
  const previous = s0 > 0 ? chainedSubject(ctx, p0, fits, 6) : undefined;
  // The subject of the sentence right before, in the same paragraph, is the likeliest ("X n'a pas caché sa satisfaction. « … », a-t-il déclaré").
  const adjacent = previous !== undefined && chainedSubject(ctx, p0, fits, 1) === previous && paragraphOf(p0) === paragraphOf(s0);
  if (previous !== undefined) add(previous, adjacent ? 0.88 : 0.86, `the subject of the sentences before ("${word}")`);
  // French "il / elle" for the institution that is the subject of the sentence before, when its article agrees
  // ("Le gouvernement a condamné ces destructions. Dans un communiqué, il dénonce …").
  let institutionBefore = false;
  if (orgs === false && /^(?:il|elle)$/u.test(w) && s0 > 0) {
    const institution = chainedSubject(ctx, p0, (e) => e.kind === 'org', 1);
    const mention = institution === undefined ? undefined : mentionsFrom(ctx, p0).find((m) => m.entity === institution);
    // The article of the name, or of the common noun it follows ("Le fonds X", "La société X").
    const nounArticle = (before: string): RegExpExecArray | null => {
      const m = /(?:^|\s)(le|la|du|de la)\s+(\p{Ll}+)\s+$/iu.exec(before);
      return m && (ORG_NOUNS.has(m[2]!.toLowerCase()) || ORG_HEADS.has(m[2]!.toLowerCase())) ? m : null;
    };
    const article = mention ? /^(le|la|l['’]|les)\b/iu.exec(text.slice(mention.start, mention.end)) ?? /(?:^|\s)(le|la|du|de la)\s+$/iu.exec(text.slice(Math.max(0, mention.start - 7), mention.start))
      ?? nounArticle(text.slice(Math.max(0, mention.start - 30), mention.start)) : null;
    const agrees = article && (w === 'il' ? /^(?:le|du)$/iu.test(article[1]!) : /^(?:la|de la)$/iu.test(article[1]!));
    if (institution !== undefined && agrees && carriesOn(ctx, p0, s0)) {
      // The sentence right before is about the institution and names no person: the pronoun continues it, as it would
      // a person who was that sentence's subject ("La mairie a écrit aux élus. Elle y assure que …").
      institutionBefore = between(ctx, p0, s0).every((m) => entities[m.entity]!.kind !== 'person');
      add(institution, institutionBefore ? 0.9 : 0.87, `the institution that is the subject of the sentence before ("${word}")`);
    }
  }
  if (last && fits(entities[last.entity]!) && at - last.at < 2500) {
    // Near: it spoke in the sentence before, or it is the last one named — unless the sentence right before has
    // another subject ("… Le basketteur avait été élu … Il disait alors").
    const lastNear = (s0 > 0 && last.at >= p0) || (!!mention && mention.entity === last.entity && !(adjacent && previous !== last.entity) && !institutionBefore);
    add(last.entity, lastNear ? 0.9 : 0.82, `the last speaker ("${word}")`);
  }
  if (mention) add(mention.entity, last && mention.entity === last.entity && !(adjacent && previous !== last.entity) && !institutionBefore ? 0.9 : 0.8, `the last person named ("${word}")`);
}

/** The entity named before `at` (within a few paragraphs) that an earlier role or name describes as `noun` with `adjectives`. */
export function roleHolder(ctx: AttributionContext, noun: string, adjectives: readonly string[], at: number, gender?: 'f' | 'm'): number | undefined {
  const { text, entities, sentenceStarts, outsideMentions } = ctx;
  const orgRole = ORG_NOUNS.has(noun) && !ROLE_NOUNS.has(noun);
  const [sentenceStart] = sentenceAt(sentenceStarts, at, text.length);
  const nounStems = roleSynonyms(noun);
  let best: { entity: number; score: number } | undefined;
  const own = nounComplements(text, noun, sentenceStart, sentenceAt(sentenceStarts, at, text.length)[1]);
  for (let i = firstFrom(outsideMentions, at) - 1; i >= 0; i--) {
    const m = outsideMentions[i]!;
    if (m.end > at) continue;
    // The description being resolved is itself a mention ("l'organisation militant …"): look before it.
    if (m.start >= sentenceStart && DESCRIPTION.test(entities[m.entity]!.name)) continue;
    if (at - m.end > 4000) break;
    const e = entities[m.entity]!;
    // A person's role goes to a person (or an unnamed source), never to a place or a word of its complement ("ministre de l'X").
    if (orgRole ? e.kind === 'person' : e.kind !== 'person' && e.kind !== 'source') continue;
    // A gendered form is not its counterpart: "l'avocate" is not the one described as "l'avocat", "le réalisateur" not
    // "la réalisatrice" (the stem is shared, the person is not).
    if (genderClash(e, noun) || (gender && e.gender && e.gender !== gender)) continue;
    // "le ministre de la X" is not the one called "le ministre des Y": a role whose complement differs is another
    // role (checked only when both carry one).
    if (own.size > 0 && otherComplement(ctx, e, m.entity, noun, own)) continue;
    // Roles compare by stem and synonym: "la ministre" / "ministre", "le technicien" / "l'entraîneur", "chinoise" / "chinois".
    const stems = [...e.roles].map(roleStem);
    const name = e.name.toLowerCase();
    // The same role counts more than a synonym ("le président" is not "le chef de la protection civile").
    let score = stems.includes(roleStem(noun)) || name.includes(noun) ? 1 : stems.some((r) => nounStems.has(r)) ? 0.5 : 0;
    // "the librarians' union" is not "the council": a body of a kind akin to the noun, none of whose qualifiers it carries.
    if (score === 0.5 && orgRole && adjectives.length > 0 && !adjectives.some((a) => stems.some((r) => adjectiveStem(r) === adjectiveStem(a)) || name.includes(a))) continue;
    // "the teenager" is the one whose age said so ("a 17-year-old").
    if (score === 0 && TEEN.test(noun) && stems.some((r) => /^1[3-9]-year-old$/u.test(r))) score = 1;
    for (const a of adjectives) if (stems.some((r) => adjectiveStem(r) === adjectiveStem(a)) || name.includes(a)) score += 1;
    if (score > 0 && (!best || score > best.score)) best = { entity: m.entity, score };
  }
  return best?.entity;
}

/**
 * The capitalised complements given to `noun` in text[from, to): "ministre de la X" → "x", "le ministre des Y
 * étrangères et de la Z" → "y", "z". A ministry or a body is written with a capital.
 */
function nounComplements(text: string, noun: string, from: number, to: number): Set<string> {
  const found = new Set<string>();
  if (!/^[\p{L}-]+$/u.test(noun)) return found;
  const pattern = new RegExp(`(?<![\\p{L}])${noun}s?(?:\\s+[\\p{Ll}-]+)?((?:\\s+(?:et\\s+|and\\s+)?(?:de\\s+la|de\\s+l['’]|du|des|de|d['’]|of\\s+the|of)\\s*\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Ll}[\\p{L}-]+)?)+)`, 'gu');
  for (const m of text.slice(from, to).matchAll(pattern)) {
    for (const c of m[1]!.matchAll(/(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of\s+the|of)\s*(\p{Lu}[\p{L}-]+)/gu)) found.add(c[1]!.toLowerCase());
  }
  return found;
}

/** Whether `e` is given `noun` with a complement, none of them in `own`: another role (its name, or near its mentions). */
function otherComplement(ctx: AttributionContext, e: FoundEntity, entity: number, noun: string, own: ReadonlySet<string>): boolean {
  const { text, sentenceStarts } = ctx;
  const theirs = nounComplements(e.name, noun, 0, e.name.length);
  for (const m of ctx.outsideMentions) {
    if (m.entity !== entity) continue;
    const [ss, se] = sentenceAt(sentenceStarts, m.start, text.length);
    // Only next to the mention: the role written right before it or in apposition after it.
    for (const c of nounComplements(text, noun, Math.max(ss, m.start - 80), Math.min(se, m.end + 80))) theirs.add(c);
  }
  return theirs.size > 0 && ![...theirs].some((c) => own.has(c));
}

/** The first "la ministre (de l'X)" before `before`, when no name stands next to it: a description the text never names. */
function unnamedEarlier(ctx: AttributionContext, noun: string, before: number, own: ReadonlySet<string>): readonly [number, number] | undefined {
  const { text } = ctx;
  const pattern = new RegExp(`(?<![\\p{L}])(?:[Ll]e|[Ll]a|[Ll]['’]|[Tt]he)\\s*${noun}(?:\\s+(?:de|du|des|d['’]|of)\\s*(?:la\\s+|l['’]|le\\s+|the\\s+)?\\p{Lu}[\\p{L}'’-]*)?(?![\\p{L}])`, 'u');
  const m = pattern.exec(text.slice(0, before));
  if (!m) return undefined;
  // "le ministre des Y" earlier is not "le ministre de la X" now: another role.
  const theirs = nounComplements(text, noun, m.index, Math.min(before, m.index + m[0].length + 60));
  if (own.size > 0 && theirs.size > 0 && ![...theirs].some((c) => own.has(c))) return undefined;
  const start = m.index;
  const end = start + m[0].length;
  // A name in apposition after it, or right before or after it ("la ministre X", "X, la ministre"), names it.
  const near = between(ctx, Math.max(0, start - 4), Math.min(text.length, end + 4)).concat(between(ctx, end, end + 40).filter((x) => /^\s*,\s*$/u.test(text.slice(end, x.start))));
  return near.some((x) => ctx.entities[x.entity]!.kind === 'person') ? undefined : [start, end];
}

/** Whether a description holds a name ("le syndicat Unitaire-Mer"): then it is that one's, not an unnamed body's. */
function namesSomeone(ctx: AttributionContext, span: readonly [number, number]): boolean {
  return between(ctx, span[0], span[1]).some((m) => m.end <= span[1]);
}

export function resolveRole(ctx: AttributionContext, noun: string, adjectives: readonly string[], at: number, add: (e: number, s: number, r: string) => void, possessive = false, span?: readonly [number, number], gender?: 'f' | 'm'): void {
  const { text, entities, sentenceStarts, paragraphOf, last, addSource } = ctx;
  const orgRole = ORG_NOUNS.has(noun) && !ROLE_NOUNS.has(noun);
  const [sentenceStart] = sentenceAt(sentenceStarts, at, text.length);
  // The gender the form or its determiner says ("la ministre") rules out a person known to be of the other.
  const clash = (e: FoundEntity): boolean => genderClash(e, noun) || (!!gender && !!e.gender && e.gender !== gender);
  const fitsKind = (e: FoundEntity): boolean => (orgRole ? e.kind === 'org' : (e.kind === 'person' || e.kind === 'source') && !clash(e));
  // "sa rivale", "son homologue", "his lawyer": someone other than the one the text is about (the possessor).
  const relational = possessive && RELATIONAL_ROLES.has(roleStem(noun));
  const possessor = !relational ? undefined : sentenceStart === 0 ? last?.entity : chainedSubject(ctx, sentenceAt(sentenceStarts, sentenceStart - 1, text.length)[0], fitsKind, 3) ?? last?.entity;
  if (relational) {
    const other = recent(ctx, sentenceStart, 1500, (e) => e.kind === 'person' && entities.indexOf(e) !== possessor);
    if (other) { add(other.entity, 0.8, `"${noun}" of the one the text is about: the other person named`); return; }
  }
  const holder = roleHolder(ctx, noun, adjectives, at, gender);
  const best = holder === undefined ? undefined : { entity: holder };
  if (best) add(best.entity, 0.86, `described as "${noun}" earlier`);
  // A description no earlier mention carries ("the musician" after "X, the band's guitarist"): the subject of the text so
  // far — never the one "son avocate", "his lawyer" belongs to.
  const subjectSoFar = best || sentenceStart === 0 ? undefined : chainedSubject(ctx, sentenceAt(sentenceStarts, sentenceStart - 1, text.length)[0], fitsKind, 3);
  const centre = relational && subjectSoFar === possessor ? undefined : subjectSoFar;
  // "a révélé son avocate à l'AFP" with no other person before and nobody described so: the text does not name the
  // lawyer; it is not whoever was named last (that is the one the lawyer is of).
  if (relational && !best && centre === undefined && span && addSource) {
    const id = addSource(span[0], span[1]);
    if (id !== undefined) { add(id, 0.8, `"${noun}" of the one the text is about, not named`); return; }
  }
  // The sentence right before, in the paragraph, opens on someone it describes and never names ("Le héros du jour,
  // surnommé …, n'en menait pas large. « … », a rigolé le buteur"): the description may well be that one; stay weak.
  const [b0] = sentenceStart > 0 ? sentenceAt(sentenceStarts, sentenceStart - 1, text.length) : [sentenceStart];
  const unnamedBefore = centre !== undefined && sentenceStart > 0 && paragraphOf(b0) === paragraphOf(sentenceStart)
    && /^(?:[^,.;:!?«»"“”]{0,40},\s*)?(?:[Ll]es\s|[Ll]e\s|[Ll]a\s|[Ll]['’]|[Tt]he\s)\s*[\p{Ll}-]{3,}/u.test(text.slice(b0, sentenceStart)) && chainedSubject(ctx, b0, () => true, 1) === undefined;
  // "The national polar agency, which …, said": a body its own qualifiers describe, that no earlier mention carries
  // and that the text is not about, is a body the text does not name, not whichever organisation came last.
  // So is one after a body the text names by another common noun ("The council voted. The nurses' union said …").
  const otherBody = (e: FoundEntity): boolean => DESCRIPTION.test(e.name) && !e.name.toLowerCase().includes(noun) && ![...e.roles].some((r) => roleStem(r) === roleStem(noun));
  if (!best && (centre === undefined || otherBody(entities[centre]!)) && orgRole && adjectives.length > 0 && span && addSource && !namesSomeone(ctx, span)) {
    const id = addSource(span[0], span[1]);
    if (id !== undefined) { add(id, 0.8, `a "${noun}" the text does not name`); return; }
  }
  // "La ministre de l'X a visité … (no name ever given) … La ministre a promis « … »": the same description earlier, with
  // no name next to it, is someone the text never names; the description goes on with that one, not with whoever the
  // sentences before are about.
  const own = nounComplements(text, noun, sentenceStart, sentenceAt(sentenceStarts, at, text.length)[1]);
  const earlier = !best && !orgRole && addSource ? unnamedEarlier(ctx, noun, sentenceStart, own) : undefined;
  const earlierId = earlier ? addSource!(earlier[0], earlier[1]) : undefined;
  if (earlierId !== undefined && !clash(entities[earlierId]!)) add(earlierId, 0.84, `"${noun}" as the text called someone it never names`);
  if (centre !== undefined) add(centre, unnamedBefore ? 0.7 : 0.78, `the subject of the sentences before ("${noun}")`);
  else if (best) { /* resolved above */ }
  // An unnamed source is only what its own description says: "la commissaire" is not "un ingénieur" who spoke last.
  else if (last && (orgRole ? entities[last.entity]!.kind !== 'person' : entities[last.entity]!.kind !== 'org' && !clash(entities[last.entity]!)) && !otherSource(entities[last.entity]!, noun)) add(last.entity, 0.72, `the last speaker ("${noun}")`);
  else {
    const m = recent(ctx, sentenceStart, 1500, (e) => (orgRole ? e.kind === 'org' : e.kind === 'person' && !clash(e)));
    // A description with its own complement ("la commissaire chargée de la gestion des crises") stands for someone the
    // text does not name, rather than for whoever was named last.
    const full = !!span && !orgRole && /^\S+\s*\S+\s+(?:\p{Ll}[\p{L}'’-]*\s+){1,}(?:de|du|des|d['’]|of|chargée?s?|in\s+charge)/u.test(text.slice(span[0], span[1]));
    if (full && addSource) {
      const id = addSource(span![0], span![1]);
      if (id !== undefined) { add(id, 0.8, `a "${noun}" the text does not name`); return; }
    }
    if (m) add(m.entity, 0.7, `the last ${orgRole ? 'organisation' : 'person'} named ("${noun}")`);
    else {
      // Nobody before: a lead that describes before it names ("…, a confié la navigatrice. X a bouclé …"), the first one
      // named in the next sentence of the paragraph; else the description is an unnamed source ("Dans sa décision, le juge estime").
      const [, se] = sentenceAt(sentenceStarts, at, text.length);
      const [, ne] = se < text.length ? sentenceAt(sentenceStarts, se, text.length) : [se, se];
      const next = mentionsFrom(ctx, at).find((x) => x.start < ne && paragraphOf(x.start) === paragraphOf(at) && fitsKind(entities[x.entity]!) && !afterPreposition(ctx, x.start));
      if (next) add(next.entity, 0.72, `named after the description ("${noun}")`);
      else if (span && addSource && !(orgRole && namesSomeone(ctx, span))) {
        const id = addSource(span[0], span[1]);
        if (id !== undefined) add(id, 0.8, `a "${noun}" the text does not name`);
      }
    }
  }
}
