import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { Span } from '../text/lineIndex';
import type { FrontMatter, SyntaxFix, SyntaxProblem } from './nodes';

/** Keys whose values are read as strings whatever YAML makes of them (`lang: no` is Norwegian). */
const STRING_KEYS = ['title', 'date', 'lang', 'byline', 'source', 'quotes'] as const;
export const KNOWN_KEYS = [...STRING_KEYS, 'uses'] as const;

const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):?(\d{2}))?)?$/;
const BCP47_RE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

export interface FrontMatterResult {
  readonly frontMatter?: FrontMatter;
  /** Offset where the body starts. */
  readonly bodyStart: number;
  readonly problems: SyntaxProblem[];
}

/** Length of a `---` (or, closing only, `...`) fence line at `at`, including its line break; 0 when none. */
function fenceLength(text: string, at: number, closing: boolean): number {
  const three = text.slice(at, at + 3);
  if (three !== '---' && !(closing && three === '...')) return 0;
  let i = at + 3;
  while (text[i] === ' ' || text[i] === '\t') i++;
  if (i === text.length) return i - at;
  if (text[i] === '\n') return i + 1 - at;
  if (text[i] === '\r') return (text[i + 1] === '\n' ? i + 2 : i + 1) - at;
  return 0;
}

export function parseFrontMatter(text: string): FrontMatterResult {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const open = fenceLength(text, start, false);
  // The body starts after a byte-order mark (an editor may send one): a definition or heading on the first line is one.
  if (open === 0) return { bodyStart: start, problems: [] };
  const contentStart = start + open;
  // Find the closing fence at the start of a line.
  let lineStart = contentStart;
  while (lineStart <= text.length) {
    const close = lineStart < text.length ? fenceLength(text, lineStart, true) : 0;
    if (close > 0) return cachedYaml(text, start, contentStart, lineStart, lineStart + close);
    const nl = nextLineStart(text, lineStart);
    if (nl < 0) break;
    lineStart = nl;
  }
  return {
    bodyStart: start,
    problems: [
      {
        code: 'bad-front-matter',
        span: { start, end: start + 3 },
        message: 'The front matter opened here is never closed with a `---` line, so it is read as text.',
      },
    ],
  };
}

function nextLineStart(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return i + 1;
    if (c === 13) return text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  }
  return -1;
}

/**
 * Front matter results by the exact text up to the closing fence. Every
 * keystroke in the body re-parses a document whose front matter has not
 * changed, and reading even a few lines of YAML costs more than scanning
 * 100 KB of prose. Results are never mutated, so sharing them is safe.
 */
const recentResults = new Map<string, FrontMatterResult>();
const RECENT_LIMIT = 32;

function cachedYaml(text: string, start: number, contentStart: number, contentEnd: number, end: number): FrontMatterResult {
  const key = text.slice(0, end);
  let result = recentResults.get(key);
  if (!result) {
    result = readYaml(text, start, contentStart, contentEnd, end);
    if (recentResults.size >= RECENT_LIMIT) recentResults.delete(recentResults.keys().next().value!);
    recentResults.set(key, result);
  }
  return result;
}

function readYaml(text: string, start: number, contentStart: number, contentEnd: number, end: number): FrontMatterResult {
  // The YAML reader knows \n and \r\n but not a lone \r (classic Mac line ends), which it would read as part of
  // the line: given as \n, which is as long, so its offsets stay offsets in the text.
  const source = text.slice(contentStart, contentEnd).replace(/\r(?!\n)/g, '\n');
  const problems: SyntaxProblem[] = [];
  const span: Span = { start, end };
  const contentSpan: Span = { start: contentStart, end: contentEnd };
  const doc = parseDocument(source, { version: '1.2', schema: 'core', uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const at = contentStart + Math.min(error.pos[0], source.length);
      const errEnd = contentStart + Math.min(Math.max(error.pos[1], error.pos[0] + 1), source.length);
      const fix = quoteValueFix(text, at, contentSpan);
      problems.push({
        code: 'bad-front-matter',
        span: { start: at, end: Math.max(errEnd, at) },
        message: `The front matter is not valid YAML: ${firstLine(error.message)}${fix ? ' A value containing ": " must be quoted.' : ''}`,
        ...(fix ? { fixes: [fix] } : {}),
      });
    }
    return { frontMatter: unusable(span, contentSpan), bodyStart: end, problems };
  }

  const data: Record<string, unknown> = {};
  const keySpans: Record<string, Span> = {};
  const valueSpans: Record<string, Span> = {};
  const uses: { path: string; span: Span }[] = [];
  const root = doc.contents;
  const spanOf = (node: YamlNode | null | undefined): Span | undefined =>
    node?.range ? { start: contentStart + node.range[0], end: contentStart + node.range[1] } : undefined;

  if (root !== null && !isMap(root)) {
    problems.push({
      code: 'bad-front-matter',
      span: spanOf(root) ?? contentSpan,
      message: 'The front matter must be a list of `key: value` lines.',
    });
    return { frontMatter: unusable(span, contentSpan), bodyStart: end, problems };
  }
  for (const pair of root?.items ?? []) {
    const keyNode = pair.key as YamlNode | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
    const valueNode = pair.value as YamlNode | null;
    const kSpan = spanOf(keyNode);
    const vSpan = spanOf(valueNode);
    if (kSpan) keySpans[key] = kSpan;
    if (vSpan) valueSpans[key] = vSpan;
    if ((STRING_KEYS as readonly string[]).includes(key)) {
      if (isScalar(valueNode)) {
        const raw = valueNode.source ?? (valueNode.value === null ? '' : String(valueNode.value));
        data[key] = String(raw);
      } else if (valueNode !== null) {
        problems.push({ code: 'bad-front-matter', span: vSpan ?? kSpan ?? contentSpan, message: `\`${key}\` must be a single value.` });
      } else {
        data[key] = '';
      }
    } else if (key === 'uses') {
      const items = isSeq(valueNode) ? valueNode.items : [valueNode];
      const paths: string[] = [];
      for (const item of items) {
        const itemSpan = spanOf(item as YamlNode) ?? vSpan ?? contentSpan;
        if (isScalar(item) && typeof item.value === 'string' && item.value.trim() !== '') {
          paths.push(item.value);
          uses.push({ path: item.value, span: itemSpan });
        } else if (item !== null) {
          problems.push({ code: 'bad-front-matter', span: itemSpan, message: '`uses` takes a path or a list of paths to registry files.' });
        }
      }
      data[key] = paths;
    } else {
      data[key] = valueNode === null ? null : (valueNode as { toJSON?: () => unknown }).toJSON?.() ?? null;
    }
  }
  const date = data['date'];
  if (typeof date === 'string' && date !== '' && !isIsoDate(date)) {
    problems.push({ code: 'bad-front-matter', span: valueSpans['date'] ?? contentSpan, message: `\`date\` must be an ISO 8601 date such as 2015-12-21, not "${date}".` });
  }
  const lang = data['lang'];
  if (typeof lang === 'string' && lang !== '' && !BCP47_RE.test(lang)) {
    problems.push({ code: 'bad-front-matter', span: valueSpans['lang'] ?? contentSpan, message: `\`lang\` must be a language tag such as fr or en-GB, not "${lang}".` });
  }
  const quotes = data['quotes'];
  if (typeof quotes === 'string' && quotes !== 'double' && quotes !== 'single') {
    problems.push({ code: 'bad-front-matter', span: valueSpans['quotes'] ?? contentSpan, message: '`quotes` is `double` (the default) or `single` (British style).' });
  }
  return { frontMatter: { span, contentSpan, data, keySpans, valueSpans, uses, ok: true }, bodyStart: end, problems };
}

/** ISO 8601 in shape and in its numbers: 2015-13-45 and 25:99 are no dates. */
function isIsoDate(date: string): boolean {
  const m = ISO_DATE_RE.exec(date);
  if (!m) return false;
  const [year, month, day, hour = 0, minute = 0, second = 0, zoneHour = 0, zoneMinute = 0] = m.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  const leap = year! % 4 === 0 && (year! % 100 !== 0 || year! % 400 === 0);
  const monthDays = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return month! >= 1 && month! <= 12 && day! >= 1 && day! <= monthDays && hour <= 23 && minute <= 59 && second <= 60 && zoneHour <= 14 && zoneMinute <= 59;
}

/** Front matter that is there but unreadable: its span only, `ok: false`. */
function unusable(span: Span, contentSpan: Span): FrontMatter {
  return { span, contentSpan, data: {}, keySpans: {}, valueSpans: {}, uses: [], ok: false };
}

function firstLine(message: string): string {
  const line = message.split('\n')[0]!.trim();
  return /[.!?]$/.test(line) ? line : `${line}.`;
}

/** When the line with the error is `key: value: more`, offer to quote the value. */
function quoteValueFix(text: string, at: number, content: Span): SyntaxFix | undefined {
  let lineStart = at;
  while (lineStart > content.start && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
  let lineEnd = at;
  while (lineEnd < content.end && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
  const line = text.slice(lineStart, lineEnd);
  const match = /^([ \t]*[^\s:#][^:]*:[ \t]+)(.*?:(?:[ \t].*)?)[ \t]*$/.exec(line);
  if (!match) return undefined;
  const value = match[2]!;
  if (/^["'[{|>]/.test(value)) return undefined;
  const valueStart = lineStart + match[1]!.length;
  return {
    span: { start: valueStart, end: valueStart + value.length },
    newText: `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`,
    title: 'Quote this value',
  };
}

/**
 * Whether the text opens as articles do: readable YAML front matter giving at least one of the keys ArticleMark knows
 * (a rule of dashes around a headline is not). Import refuses such a text: read as plain copy, an article comes out
 * mangled (its markup escaped, marked up again, its front matter made the title).
 */
export function opensWithArticleFrontMatter(text: string): boolean {
  const frontMatter = parseFrontMatter(text).frontMatter;
  return frontMatter !== undefined && frontMatter.ok && KNOWN_KEYS.some((key) => key in frontMatter.data);
}
