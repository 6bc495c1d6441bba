// Converts plain copy (a wire story, a pasted web page, a hard-wrapped
// text) into ArticleMark: front matter, entity definitions, marked mentions, blank-line paragraphs,
// quotes attributed where the speaker engine is confident, web debris dropped.
// Removing the markup gives back the prose (escapes keep literal characters).
import { parse } from '../syntax/parse';
import { unwrapHardWraps } from '../text/hardWraps';
import { analyzeSpeakers, detectLang } from './engine';
import type { SpeakerAnalysis } from './types';

/** Lines of site furniture, not article text: advertising, comment boxes, sharing and sign-in prompts. */
const DEBRIS = /^(?:.*(?<![\p{L}])(?:publicité|advertis\w*|sponsored)(?![\p{L}]).*|contactez-nous.*|.*\bcommentaires?\b.*\b(?:inscrits?|connect|ouvert|fermé)\w*.*|connectez-vous.*|.*créez un compte.*|à lire aussi|a lire aussi|lire aussi|read more|related articles?|share (?:this|on)\b.*|subscribe\b.*|sign (?:in|up)\b.*|log in\b.*|cookies?\b.*|newsletter\b.*|follow us\b.*|partager\b.*|abonnez-vous.*)$/iu;

export interface ImportResult {
  readonly article: string;
  readonly lang: 'fr' | 'en';
  /** Lines left out as web debris, as written. */
  readonly dropped: readonly string[];
  /** The prose paragraphs kept, in order: what the article's text says once its markup is removed. */
  readonly paragraphs: readonly string[];
  readonly analysis: SpeakerAnalysis;
}

export function isDebris(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 100 && DEBRIS.test(t);
}

/** Backslash-escapes what ArticleMark would read as markup in plain prose (not the `@` of an e-mail address: after a letter or digit it is plain text). */
function escapeProse(s: string, lineStart: boolean): string {
  let out = s.replace(/([\\[\]*`])/gu, '\\$1').replace(/(?<![\p{L}\p{M}\p{Nd}])@(?=[\p{L}\d-])/gu, '\\@').replace(/<!--/gu, '<\\!--');
  if (lineStart) out = out.replace(/^(#|>|-(?=\s)|\+(?=\s)|\d+\.(?=\s))/u, (m) => (m === '-' || m === '+' ? `\\${m}` : m.startsWith('#') || m === '>' ? `\\${m}` : m.replace('.', '\\.')));
  return out;
}

function yamlString(s: string): string {
  return JSON.stringify(s);
}

export interface PreparedCopy {
  /** The text the engine reads: debris lines blanked, hard-wrapped lines joined. */
  readonly prepared: string;
  /** Where an offset of `prepared` is in the input (`suggest` reports ranges in the file). */
  readonly toInput: (offset: number) => number;
  readonly lang: 'fr' | 'en';
  readonly dropped: string[];
  readonly analysis: SpeakerAnalysis;
}

/**
 * The speaker analysis import uses. Debris lines are blanked, not removed,
 * and a hard-wrapped text has its lines joined (text/hardWraps.ts), so that
 * `suggest` and import read the same text and agree on confidence.
 */
export function analyzeForImport(input: string): PreparedCopy {
  const dropped: string[] = [];
  const blanked = input.replace(/[^\r\n]+/gu, (line) => {
    if (!isDebris(line)) return line;
    dropped.push(line);
    return ' '.repeat(line.length);
  });
  const { text: prepared, toInput } = unwrapHardWraps(blanked);
  const lang = detectLang(prepared);
  return { prepared, toInput, lang, dropped, analysis: analyzeSpeakers(prepared, { lang }) };
}

export function importPlainText(input: string): ImportResult {
  const { prepared: body, lang, dropped, analysis } = analyzeForImport(input);
  const paragraphs = body.split(/\r?\n/u).map((l) => l.trim()).filter((l) => l !== '');
  const title = paragraphs[0] ?? '';

  // What to insert where: mention brackets around names, "@id" after confidently attributed quotes.
  const speakers = new Set<number>();
  const attributions = new Map<number, number>();
  for (const q of analysis.quotes) {
    if (!q.confident || !q.candidates[0]) continue;
    attributions.set(q.quote.end, q.candidates[0].entity);
    speakers.add(q.candidates[0].entity);
  }
  const defined = new Set<number>();
  analysis.entities.forEach((e, i) => {
    if (e.kind === 'person' || e.kind === 'org' || speakers.has(i)) defined.add(i);
  });
  const marked = analysis.mentions.filter((m) => defined.has(m.entity) && (analysis.entities[m.entity]!.kind !== 'source' || speakers.has(m.entity)));
  // Quotes left open in their paragraph would be errors: their marks become literal.
  const literal = new Set(parse(body).quotes.filter((q) => q.unclosed || q.mismatchedClose).map((q) => q.open.start));

  let out = '';
  let at = 0;
  const emit = (to: number): void => {
    let chunk = '';
    for (let i = at; i < to; i++) {
      const c = body[i]!;
      chunk += literal.has(i) && c === '"' ? '\\"' : c;
    }
    out += chunk
      .split('\n')
      .map((l, n) => escapeProse(l, n > 0 || at === 0 || body[at - 1] === '\n'))
      .join('\n')
      .replace(/\\\\"/gu, '\\"');
    at = to;
  };
  const events = [
    ...marked.map((m) => ({ at: m.start, kind: 'mention' as const, m })),
    ...[...attributions.keys()].map((end) => ({ at: end, kind: 'attr' as const, end })),
  ].sort((a, b) => a.at - b.at);
  for (const ev of events) {
    if (ev.at < at) continue;
    emit(ev.at);
    if (ev.kind === 'mention') {
      const words = body.slice(ev.m.start, ev.m.end);
      out += `[${escapeProse(words, false)}](@${analysis.entities[ev.m.entity]!.id})`;
      at = ev.m.end;
    } else {
      out += `@${analysis.entities[attributions.get(ev.end)!]!.id}`;
    }
  }
  emit(body.length);

  const definitions: string[] = [];
  for (const i of [...defined].sort((a, b) => a - b)) {
    const e = analysis.entities[i]!;
    definitions.push(`@${e.kind === 'other' ? 'org' : e.kind} ${e.id}: ${e.name.replace(/\s+/gu, ' ')}`);
    const aliases = [...new Set(e.aliases)].filter((a) => a !== e.name && !a.includes(';'));
    if (aliases.length > 0) definitions.push(`  aka: ${aliases.join('; ')}`);
  }
  const front = ['---', `title: ${yamlString(title)}`, `lang: ${lang}`, '---'];
  // One paragraph per non-empty line; the inserted markup never holds a newline.
  const prose = out.split(/\r?\n/u).map((l) => l.trim()).filter((l) => l !== '').join('\n\n');
  const article = [...front, ...definitions, '', prose, ''].join('\n');
  return { article, lang, dropped, paragraphs, analysis };
}
