// Rewrites of an article that keep who said what (issue 7, pass 17): the variation real copy shows from one paper to
// the next — quote marks, hard-wrapped wire copy, another speech verb of the same construction, the speech clause
// before or after its quote, sentences joined or split at a semicolon, an apposition between subject and verb, a
// headline in capitals or a dateline. bench/speakers/perturb.ts runs the engine on each rewrite of the tuned sets and
// compares it with the original text; a labelled quote is found again by its words (see `quoteKey`).
// Each rewrite changes only what lies outside the quotes, except the marks themselves (and apostrophes, which
// `quoteKey` folds).
import { findQuotes } from '../../server/src/core/speakers/engine';
import type { QuoteSpan } from '../../server/src/core/speakers/types';
import { TUNED_SETS } from './goldSets';

export type Lang = 'fr' | 'en';
export type Rewrite = (text: string, lang: Lang) => string;

// ---------------------------------------------------------------------------------------------------------------
// Which sets may be rewritten: only those tuned against. The others measure the engine on text nobody tuned on, and
// reading their errors (which this tool prints) would make them tuned.

// The sets the tool runs on: those tuned against (goldSets.ts).
export { TUNED_SETS };
/** Sets that must never be rewritten or have their errors read: held out, unseen, or never tuned against. */
export const REFUSED_SETS: readonly string[] = ['holdout', 'wikinews2-unseen', 'estrep', 'francophone-unseen', 'anglophone-unseen', 'press2-unseen', 'invented2', 'invented4', 'invented6', 'invented8', 'invented10', 'invented12', 'invented14', 'invented16'];

/** The set's name if it is tuned; throws otherwise (a held-out, unseen or never-tuned set is refused by name). */
export function tunedSet(name: string): string {
  if (REFUSED_SETS.includes(name)) throw new Error(`${name} is not tuned against (held out, unseen or never tuned): perturb.ts refuses it`);
  if (!TUNED_SETS.includes(name)) throw new Error(`unknown set ${name} (tuned sets: ${TUNED_SETS.join(', ')})`);
  return name;
}

// ---------------------------------------------------------------------------------------------------------------
// Finding a labelled quote again after a rewrite.

/** A quote's words, whatever the rewrite did to them: no marks or spaces at the ends, one space for any run of
 * whitespace (hard wraps), straight apostrophes, lowercase (a headline in capitals), no trailing comma or stop (an
 * English quote moved before its clause ends on a comma, after it on a stop). */
export function quoteKey(inner: string): string {
  return inner
    .replace(/[’‘]/gu, "'")
    .replace(/[\s\u00a0\u202f]+/gu, ' ')
    .toLowerCase()
    .replace(/^[ «“"„]+|[ »”"“,.;:]+$/gu, '');
}

/** For each key in order, the index of the quote of `keys` it is found at: the next unused quote with the same key,
 * else a quote whose key holds it (a quote that runs on over paragraphs is one quote for the engine); -1 if none. */
export function matchQuotes(wanted: readonly string[], keys: readonly string[]): number[] {
  const used = new Set<number>();
  return wanted.map((w) => {
    const exact = keys.findIndex((k, i) => !used.has(i) && k === w);
    if (exact >= 0) {
      used.add(exact);
      return exact;
    }
    return w === '' ? -1 : keys.findIndex((k) => k.includes(w));
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers.

const inside = (quotes: readonly QuoteSpan[], at: number): boolean => quotes.some((q) => q.open <= at && at < q.end);

/** `text` with each match of `re` replaced, except matches that touch a quote (its marks or its words). */
function replaceOutside(text: string, re: RegExp, replace: (m: RegExpExecArray) => string | undefined): string {
  const quotes = findQuotes(text);
  let out = '';
  let last = 0;
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    if (quotes.some((q) => q.open < end && start < q.end)) continue;
    const by = replace(m as RegExpExecArray);
    if (by === undefined) continue;
    out += text.slice(last, start) + by;
    last = end;
  }
  return out + text.slice(last);
}

/** Each quote of `text` replaced by `mark(inner)`; the rest unchanged. */
function remark(text: string, mark: (inner: string) => string): string {
  let out = '';
  let last = 0;
  for (const q of findQuotes(text)) {
    out += text.slice(last, q.open) + mark(text.slice(q.open + 1, q.end - 1).replace(/^[ \u00a0\u202f]+|[ \u00a0\u202f]+$/gu, ''));
    last = q.end;
  }
  return out + text.slice(last);
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const lower = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** Paragraphs (blank-line separated; a text whose lines are its paragraphs, one per line). */
function paragraphs(text: string): string[] {
  return /\n[ \t]*\n/u.test(text) ? text.trim().split(/\n[ \t]*\n/u) : text.trim().split('\n');
}

/** Each line of a paragraph cut into lines of at most `width` columns (a word longer than that stands alone); the
 * paragraph's own line breaks (a list of sources, a caption) stay. */
function wrapParagraph(paragraph: string, width: number): string {
  return paragraph.split('\n').map((line) => wrapLine(line, width)).join('\n');
}

function wrapLine(text: string, width: number): string {
  const words = text.split(/ +/u).filter((w) => w.length > 0);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/** A headline: a first paragraph of one short line with no final stop. */
function headline(text: string): string | undefined {
  const first = paragraphs(text)[0] ?? '';
  return first.length > 0 && first.length < 160 && !first.includes('\n') && !/[.:]$/u.test(first.trim()) ? first : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Speech verbs, by construction: French past participles (after an auxiliary), French present forms, English past
// and present forms. Each maps to another verb of the same tense, person and construction.

const FR_PARTICIPLE_PLAIN: Record<string, string> = { déclaré: 'affirmé', affirmé: 'assuré', expliqué: 'souligné', indiqué: 'précisé', estimé: 'jugé', ajouté: 'poursuivi', dit: 'déclaré', souligné: 'insisté', précisé: 'indiqué', assuré: 'affirmé', confié: 'expliqué' };
const FR_PRESENT_PLAIN: Record<string, string> = { déclare: 'affirme', affirme: 'assure', explique: 'souligne', indique: 'précise', estime: 'juge', ajoute: 'poursuit', souligne: 'note', assure: 'affirme', confie: 'explique' };
const EN_PLAIN: Record<string, string> = { said: 'stated', says: 'states', added: 'noted', adds: 'notes', explained: 'noted', explains: 'notes', stated: 'said', noted: 'added' };
// The newsroom's colour: verbs of manner, same construction.
const FR_PARTICIPLE_COLOUR: Record<string, string> = { déclaré: 'martelé', affirmé: 'martelé', expliqué: 'confié', indiqué: 'glissé', estimé: 'considéré', ajouté: 'enchaîné', dit: 'lancé', souligné: 'rappelé', précisé: 'détaillé', assuré: 'insisté' };
const FR_PRESENT_COLOUR: Record<string, string> = { déclare: 'martèle', affirme: 'martèle', explique: 'confie', indique: 'glisse', estime: 'considère', ajoute: 'enchaîne', souligne: 'rappelle', assure: 'insiste' };
const EN_COLOUR: Record<string, string> = { said: 'insisted', says: 'insists', added: 'pointed out', adds: 'points out', explained: 'recalled', explains: 'recalls', stated: 'insisted', noted: 'observed' };

// "souligné" → "insisté" changes "a souligné que" into "a insisté que", still French copy's construction; "insisté" is
// kept out of the colour table's inputs so that a verb is rewritten once.
const AUXILIARY = String.raw`(?:a|ont|avait|avaient|aura|aurait|auraient|a-t-(?:il|elle|on)|ont-(?:ils|elles)|avait-(?:il|elle)|aurait-(?:il|elle))`;
const ADVERB = String.raw`(?:[\p{Ll}]+ment|aussi|encore|également|ensuite|enfin|d'ailleurs|d’ailleurs|notamment|alors|pourtant|toutefois|déjà|bien|plus tard)`;

/** The speech verbs of `text` (outside quotes) rewritten with the given tables. */
function swapVerbs(text: string, lang: Lang, participles: Record<string, string>, present: Record<string, string>, english: Record<string, string>): string {
  if (lang === 'en') {
    const re = new RegExp(String.raw`(?<![\p{L}\p{M}'’-])(${Object.keys(english).join('|')})(?![\p{L}\p{M}'’-])`, 'gu');
    return replaceOutside(text, re, (m) => english[m[1]!]);
  }
  const participle = new RegExp(String.raw`(?<![\p{L}\p{M}'’-])(${AUXILIARY}\s+(?:${ADVERB}\s+)?)(${Object.keys(participles).join('|')})(?![\p{L}\p{M}'’-])`, 'giu');
  let out = replaceOutside(text, participle, (m) => m[1]! + participles[m[2]!]!);
  // Present forms: after no apostrophe or reflexive "se" ("l'estime", "se déclare favorable"), alone or with an
  // inverted pronoun ("explique-t-elle"); a form whose rewrite ends in t takes no -t- ("poursuit-il").
  const presentRe = new RegExp(String.raw`(?<![\p{L}\p{M}'’-])(?<!\bse )(${Object.keys(present).join('|')})(-t-(il|elle|on))?(?![\p{L}\p{M}'’-])`, 'gu');
  out = replaceOutside(out, presentRe, (m) => {
    const verb = present[m[1]!]!;
    if (!m[2]) return verb;
    return /[td]$/u.test(verb) ? `${verb}-${m[3]}` : `${verb}-t-${m[3]}`;
  });
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// The speech clause moved: « Q », a déclaré X. ↔ X a déclaré : « Q ». Only where the sentence is exactly that.

const FR_CLAUSE_PARTICIPLES = ['déclaré', 'affirmé', 'expliqué', 'indiqué', 'estimé', 'ajouté', 'souligné', 'précisé', 'assuré', 'dit', 'confié', 'lancé', 'martelé', 'poursuivi', 'rappelé', 'répondu', 'reconnu', 'prévenu', 'averti', 'jugé', 'commenté', 'raconté', 'résumé', 'témoigné', 'regretté', 'insisté', 'conclu'];
const FR_CLAUSE_PRESENT = ['déclare', 'affirme', 'explique', 'indique', 'estime', 'ajoute', 'souligne', 'précise', 'assure', 'dit', 'confie', 'lance', 'martèle', 'poursuit', 'rappelle', 'répond', 'reconnaît', 'raconte', 'résume', 'commente', 'témoigne', 'regrette', 'prévient', 'conclut', 'insiste'];
const EN_CLAUSE = ['said', 'says', 'added', 'adds', 'explained', 'stated', 'noted', 'recalled', 'insisted', 'observed', 'wrote', 'writes'];
// A name: one to four capitalised words of two letters or more (not an initial: "M." is a title), with a title before
// it; no determiner first (a body or a description).
const NAME = String.raw`(?:(?:M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Me)\s+)?(?!(?:Le|La|Les|The|Un|Une|A|An|Ce|Cette|This|That|Il|Elle|He|She|They|Ils|Elles|On|We|I)\s)\p{Lu}[\p{L}\p{M}'’-]+(?:[ \u00a0](?:(?:de|du|des|van|von|al|el|da|di|le|la)[ \u00a0])?\p{Lu}[\p{L}\p{M}'’-]*){0,3}`;
const SENTENCE_START = String.raw`(?<=^|\n|[.!?»”"][ \u00a0]+)`;
// A described subject: a determiner, a noun, maybe an adjective and a complement ("le maire", "la ministre de la
// Culture", "the city's mayor" is left out); not a day or a time word after the noun ("le maire lundi").
const TIME = String.raw`(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|matin|soir|encore|aussi|alors|ensuite|enfin)`;
const FR_ROLE = String.raw`(?:le|la|l['’])[ \u00a0]?(?!${TIME}\b)[\p{Ll}-]{3,}(?:[ \u00a0](?!${TIME}\b)[\p{Ll}-]{3,})?(?:[ \u00a0](?:de[ \u00a0]la|du|des|de|d['’]|de[ \u00a0]l['’])[ \u00a0]?\p{L}[\p{L}-]*)?`;
const EN_ROLE = String.raw`the[ \u00a0](?!(?:statement|report|release|letter)\b)[\p{Ll}-]{3,}(?:[ \u00a0][\p{Ll}-]{3,})?`;
const PRONOUN_INVERTED: Record<string, string> = { il: 'Il', elle: 'Elle', on: 'On' };

/** "« Q », a déclaré X." → "X a déclaré : « Q »."; "“Q,” X said." / "“Q,” said X." → "X said: “Q.”". */
function clauseFront(text: string, lang: Lang): string {
  const quotes = findQuotes(text);
  let out = '';
  let last = 0;
  for (const q of quotes) {
    if (q.open < last) continue;
    const before = text.slice(0, q.open);
    if (!/(?:^|\n|[.!?»”"][ \u00a0]+)$/u.test(before)) continue;
    const after = text.slice(q.end);
    const quote = text.slice(q.open, q.end);
    const inner = text.slice(q.open + 1, q.end - 1);
    let moved: { clause: string; length: number; quote: string } | undefined;
    if (lang === 'fr') {
      const participle = new RegExp(String.raw`^,[ \u00a0]+(a|avait)[ \u00a0]+(${FR_CLAUSE_PARTICIPLES.join('|')})[ \u00a0]+(${NAME}|${FR_ROLE})\.(?=\s|$)`, 'u');
      const pronounParticiple = new RegExp(String.raw`^,[ \u00a0]+(a|avait)-t-(il|elle)[ \u00a0]+(${FR_CLAUSE_PARTICIPLES.join('|')})\.(?=\s|$)`, 'u');
      const present = new RegExp(String.raw`^,[ \u00a0]+(${FR_CLAUSE_PRESENT.join('|')})[ \u00a0]+(${NAME}|${FR_ROLE})\.(?=\s|$)`, 'u');
      const pronounPresent = new RegExp(String.raw`^,[ \u00a0]+(${FR_CLAUSE_PRESENT.join('|')})-(?:t-)?(il|elle)\.(?=\s|$)`, 'u');
      let m: RegExpExecArray | null;
      const fin = /[.!?…]$/u.test(inner.trim()) ? '' : '.';
      if ((m = participle.exec(after))) moved = { clause: `${capital(m[3]!)} ${m[1]} ${m[2]} :`, length: m[0].length, quote: `${quote}${fin}` };
      else if ((m = pronounParticiple.exec(after))) moved = { clause: `${PRONOUN_INVERTED[m[2]!]} ${m[1]} ${m[3]} :`, length: m[0].length, quote: `${quote}${fin}` };
      else if ((m = present.exec(after))) moved = { clause: `${capital(m[2]!)} ${m[1]} :`, length: m[0].length, quote: `${quote}${fin}` };
      else if ((m = pronounPresent.exec(after))) moved = { clause: `${PRONOUN_INVERTED[m[2]!]} ${m[1]} :`, length: m[0].length, quote: `${quote}${fin}` };
    } else {
      // English sets the comma inside the marks: "Q," X said. → X said: "Q."
      if (!inner.endsWith(',')) continue;
      const close = quote.slice(-1);
      const subjectVerb = new RegExp(String.raw`^[ \u00a0]+(${NAME}|he|she|they|${EN_ROLE})[ \u00a0]+(${EN_CLAUSE.join('|')})\.(?=\s|$)`, 'u');
      const verbSubject = new RegExp(String.raw`^[ \u00a0]+(${EN_CLAUSE.join('|')})[ \u00a0]+(${NAME}|${EN_ROLE})\.(?=\s|$)`, 'u');
      let m: RegExpExecArray | null;
      const requoted = `${quote[0]}${inner.slice(0, -1)}.${close}`;
      if ((m = subjectVerb.exec(after))) moved = { clause: `${capital(m[1]!)} ${m[2]}:`, length: m[0].length, quote: requoted };
      else if ((m = verbSubject.exec(after))) moved = { clause: `${capital(m[2]!)} ${m[1]}:`, length: m[0].length, quote: requoted };
    }
    if (!moved) continue;
    out += text.slice(last, q.open) + `${moved.clause} ${moved.quote}`;
    last = q.end + moved.length;
  }
  return out + text.slice(last);
}

/** "X a déclaré : « Q »." → "« Q », a déclaré X."; "X said: “Q.”" → "“Q,” X said.". */
function clauseBack(text: string, lang: Lang): string {
  const quotes = findQuotes(text);
  let out = '';
  let last = 0;
  for (const q of quotes) {
    const inner = text.slice(q.open + 1, q.end - 1);
    const after = text.slice(q.end);
    let m: RegExpExecArray | null;
    if (lang === 'fr') {
      const re = new RegExp(String.raw`${SENTENCE_START}(${NAME}|Il|Elle)[ \u00a0]+(?:(a|avait)[ \u00a0]+(${FR_CLAUSE_PARTICIPLES.join('|')})|(${FR_CLAUSE_PRESENT.join('|')}))[ \u00a0]*:[ \u00a0]*$`, 'u');
      m = re.exec(text.slice(0, q.open));
      const ends = /^\.(?=\s|$)/u.test(after) || (/[.!?…][ \u00a0\u202f]*$/u.test(inner) && /^(?=\s|$)/u.test(after));
      if (!m || m.index < last || !ends) continue;
      const subject = m[1]!;
      const pronoun = subject === 'Il' || subject === 'Elle' ? lower(subject) : undefined;
      let clause: string;
      if (m[2]) clause = pronoun ? `${m[2]}-t-${pronoun} ${m[3]}` : `${m[2]} ${m[3]} ${subject}`;
      else clause = pronoun ? (/[td]$/u.test(m[4]!) ? `${m[4]}-${pronoun}` : `${m[4]}-t-${pronoun}`) : `${m[4]} ${subject}`;
      // The words keep their spacing inside the marks; a final stop moves out after the clause.
      const lead = inner.match(/^[ \u00a0\u202f]*/u)?.[0] ?? '';
      const words = inner.trim().replace(/\.$/u, '');
      out += text.slice(last, m.index) + `${text[q.open]}${lead}${words}${lead}${text[q.end - 1]}, ${clause}.`;
      last = q.end + (after.startsWith('.') ? 1 : 0);
    } else {
      const re = new RegExp(String.raw`${SENTENCE_START}(${NAME}|He|She|They)[ \u00a0]+(${EN_CLAUSE.join('|')})[ \u00a0]*[:,][ \u00a0]*$`, 'u');
      m = re.exec(text.slice(0, q.open));
      if (!m || m.index < last || !/\.$/u.test(inner) || !/^(?=\s|$)/u.test(after)) continue;
      const subject = ['He', 'She', 'They'].includes(m[1]!) ? lower(m[1]!) : m[1]!;
      out += text.slice(last, m.index) + `${text[q.open]}${inner.slice(0, -1)},${text[q.end - 1]} ${subject} ${m[2]}.`;
      last = q.end;
    }
  }
  return out + text.slice(last);
}

// ---------------------------------------------------------------------------------------------------------------
// Sentence boundaries.

const JOINABLE = String.raw`(?:Il|Elle|Ils|Elles|Ce|Cette|Cela|Ces|Le|La|Les|Son|Sa|Ses|Leur|Leurs|He|She|They|It|This|The|His|Her|Their)`;

/** Two sentences of a paragraph joined by a semicolon where the second opens on a pronoun or a determiner (not two
 * joins in a row). */
function joinSentences(text: string, lang: Lang): string {
  const semicolon = lang === 'fr' ? ' ;' : ';';
  let previous = Number.NEGATIVE_INFINITY;
  return replaceOutside(text, new RegExp(String.raw`(?<=[\p{Ll}\d)])\.[ \u00a0]+(${JOINABLE})(?=[ \u00a0])`, 'gu'), (m) => {
    if (m.index - previous < 40) return undefined;
    previous = m.index;
    return `${semicolon} ${lower(m[1]!)}`;
  });
}

/** A sentence split at a semicolon followed by a lowercase word. */
function splitSentences(text: string): string {
  return replaceOutside(text, /[ \u00a0]?;[ \u00a0]+(\p{Ll})/gu, (m) => `. ${m[1]!.toUpperCase()}`);
}

// ---------------------------------------------------------------------------------------------------------------
// An apposition or incise between a named subject and its speech verb.

function insertAfterSubject(text: string, lang: Lang, fr: string, en: string): string {
  const verbs = lang === 'fr'
    ? String.raw`(?:(?:a|avait)[ \u00a0]+(?:${FR_CLAUSE_PARTICIPLES.join('|')})|(?:${FR_CLAUSE_PRESENT.join('|')}))`
    : String.raw`(?:${EN_CLAUSE.join('|')})`;
  // After a sentence's start, a comma, or an English quote ending on its comma ("“…,” X said").
  const re = new RegExp(String.raw`(?<=^|\n|[.!?][ \u00a0]+|,[ \u00a0]+|,["”][ \u00a0]+)(${NAME})(?=[ \u00a0]+${verbs}(?![\p{L}\p{M}]))`, 'gu');
  return replaceOutside(text, re, (m) => (/[ \u00a0]/u.test(m[1]!) ? `${m[1]}, ${lang === 'fr' ? fr : en},` : undefined));
}

/** Right after a speech verb of the clause lists (a colon or comma there introduces the quote). */
const AFTER_VERB = String.raw`(?<![\p{L}\p{M}])(?:${[...EN_CLAUSE, ...FR_CLAUSE_PARTICIPLES, ...FR_CLAUSE_PRESENT].join('|')})`;

/** Each sentence of the body its own paragraph: a break after a full stop, "?" or "!" (or a closing mark after one)
 * followed by a capital, outside quotes; not after an abbreviation or an initial (a capitalised word of one to three
 * letters, "M.", "Dr.", "U.S."). */
function sentenceParagraphs(text: string): string {
  return replaceOutside(text, /(?<=(?:\p{Ll}{2,}|\p{Lu}[\p{Ll}'’-]{3,}|\d)[.!?](?:[ \u00a0]?[»”"])?|[»”"][.!?])[ \u00a0]+(?=\p{Lu}|[«“"])/gu, () => '\n\n');
}

// ---------------------------------------------------------------------------------------------------------------
// Headline and dateline.

function headlineCaps(text: string): string {
  const head = headline(text);
  if (!head) return text;
  const at = text.indexOf(head);
  return text.slice(0, at) + head.toUpperCase() + text.slice(at + head.length);
}

function dateline(text: string, lang: Lang): string {
  const head = headline(text);
  const parts = paragraphs(text);
  const body = parts[head ? 1 : 0];
  // A body that opens on a dateline already, or on a date (Wikinews), keeps it.
  if (!body || /^\p{Lu}{2,}[\p{Lu} -]*,/u.test(body) || /^\d/u.test(body)) return text;
  const at = text.indexOf(body, head ? text.indexOf(head) + head.length : 0);
  const line = lang === 'fr' ? 'PARIS, 12 mars (AFP) - ' : 'WASHINGTON, March 12 (Reuters) - ';
  return text.slice(0, at) + line + text.slice(at);
}

// ---------------------------------------------------------------------------------------------------------------

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** The rewrites, by name. A rewrite that does not apply to a text returns it unchanged. */
export const REWRITES: Readonly<Record<string, Rewrite>> = {
  // Quote marks (guillemets only in French copy: English papers do not use them).
  'guillemets-nbsp': (t, lang) => (lang === 'fr' ? remark(t, (q) => `«${NBSP}${q}${NBSP}»`) : t),
  'guillemets-narrow': (t, lang) => (lang === 'fr' ? remark(t, (q) => `«${NNBSP}${q}${NNBSP}»`) : t),
  'guillemets-tight': (t, lang) => (lang === 'fr' ? remark(t, (q) => `«${q}»`) : t),
  'guillemets-space': (t, lang) => (lang === 'fr' ? remark(t, (q) => `« ${q} »`) : t),
  curly: (t) => remark(t, (q) => `“${q}”`),
  straight: (t) => remark(t, (q) => `"${q}"`),
  'apostrophe-straight': (t) => t.replace(/’/gu, "'"),
  'apostrophe-curly': (t) => t.replace(/(?<=\p{L})'(?=\p{L})/gu, '’'),
  // Hard-wrapped wire copy: lines cut at 70 columns; paragraphs apart by a blank line, by a single line break, or
  // by a line break and an indent.
  wrap: (t) => paragraphs(t).map((p) => wrapParagraph(p, 70)).join('\n\n') + '\n',
  'wrap-single': (t) => paragraphs(t).map((p) => wrapParagraph(p, 70)).join('\n') + '\n',
  'wrap-indent': (t) => paragraphs(t).map((p) => p.split('\n').map((line) => `   ${wrapLine(line, 67)}`).join('\n')).join('\n') + '\n',
  'single-breaks': (t) => paragraphs(t).join('\n') + '\n',
  // Paragraphs of one sentence each (web copy), or the body's paragraphs run into one (print copy).
  'sentence-paragraphs': (t) => sentenceParagraphs(t),
  'one-paragraph': (t) => {
    const parts = paragraphs(t);
    const head = headline(t) !== undefined ? [parts.shift()!] : [];
    return [...head, parts.join(' ')].join('\n\n') + '\n';
  },
  // The colon before a quote after a speech verb as a comma, and back ("X said, "…"" ↔ "X said: "…""); a comma there
  // is English only (French copy writes a colon).
  'colon-comma': (t, lang) => lang === 'fr' ? t : replaceOutside(t, new RegExp(String.raw`(?<=${AFTER_VERB})[ \u00a0]?:[ \u00a0]+(?=["“«])`, 'gu'), () => ', '),
  'comma-colon': (t, lang) => replaceOutside(t, new RegExp(String.raw`(?<=${AFTER_VERB}),[ \u00a0]+(?=["“«])`, 'gu'), () => (lang === 'fr' ? ' : ' : ': ')),
  // Speech verbs.
  verbs: (t, lang) => swapVerbs(t, lang, FR_PARTICIPLE_PLAIN, FR_PRESENT_PLAIN, EN_PLAIN),
  'verbs-colour': (t, lang) => swapVerbs(t, lang, FR_PARTICIPLE_COLOUR, FR_PRESENT_COLOUR, EN_COLOUR),
  // The speech clause moved.
  'clause-front': clauseFront,
  'clause-back': clauseBack,
  // Sentence boundaries.
  'join-semicolon': joinSentences,
  'split-semicolon': (t) => splitSentences(t),
  // Apposition or incise.
  'apposition-age': (t, lang) => insertAfterSubject(t, lang, '54 ans', '54'),
  'incise-relative': (t, lang) => insertAfterSubject(t, lang, "qui s'exprimait devant la presse", 'who spoke to reporters'),
  // Typography of other systems: Windows line ends, a no-break space before French double punctuation (web pages),
  // two spaces after a sentence (typewriter habit).
  crlf: (t) => t.replace(/\r?\n/gu, '\r\n'),
  'nbsp-punctuation': (t, lang) => (lang === 'fr' ? t.replace(/ ([:;!?])/gu, '\u00a0$1') : t),
  // Only after a sentence: not after an initial or an abbreviation ("V. X", "U.S. Attorney", "Gov. X"), so after a
  // lowercase word, a capitalised word of five letters or more, a number or a closing mark.
  'double-space': (t) => t.replace(/(?<=(?:^|[\s(])(?:\p{Ll}[\p{L}'’-]*|\p{Lu}[\p{L}'’-]{4,}|\d+)[.!?]|[»”"][.!?]?)[ ](?=\p{Lu})/gu, '  '),
  // Headline and dateline.
  'headline-caps': (t) => headlineCaps(t),
  dateline,
};

/** Whether an offset of `text` lies inside one of its quotes (for tests). */
export const inQuote = (text: string, at: number): boolean => inside(findQuotes(text), at);
