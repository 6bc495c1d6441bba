// Reads the numbers a writer typed ("près de 2.900", "3,000", "2,9 millions")
// with the conventions of the document's language, to compare with a figure's value.

const NUMERAL_RE = /\d{1,3}(?:[ .,\u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?/g;
const SCALES: readonly [RegExp, number][] = [
  [/^[\s\u00a0\u202f]*(?:milliards?|billions?|bn)\b/iu, 1e9],
  [/^[\s\u00a0\u202f]*(?:millions?|mn|m)\b/iu, 1e6],
  [/^[\s\u00a0\u202f]*(?:mille|thousands?|k)\b/iu, 1e3],
];

/** Languages that write 3,000 for three thousand (comma groups, point decimal). */
const COMMA_GROUPING = new Set(['en', 'zh', 'ja', 'ko', 'he', 'th']);

export interface WrittenNumber {
  readonly text: string;
  /** Every value the numeral can mean under the language's conventions (and with its scale word). */
  readonly readings: readonly number[];
}

export function writtenNumbers(text: string, lang: string | undefined): WrittenNumber[] {
  const base = lang?.toLowerCase().split('-')[0];
  const conventions: ('comma-decimal' | 'point-decimal')[] =
    base === undefined || base === '' ? ['comma-decimal', 'point-decimal'] : COMMA_GROUPING.has(base) ? ['point-decimal'] : ['comma-decimal'];
  const found: WrittenNumber[] = [];
  for (const match of text.matchAll(NUMERAL_RE)) {
    const raw = match[0];
    const after = text.slice(match.index + raw.length, match.index + raw.length + 16);
    const scale = SCALES.find(([re]) => re.test(after))?.[1] ?? 1;
    const readings = new Set<number>();
    for (const convention of conventions) {
      const value = read(raw, convention);
      if (value !== undefined) {
        readings.add(value);
        if (scale !== 1) readings.add(value * scale);
      }
    }
    if (readings.size > 0) found.push({ text: raw, readings: [...readings] });
  }
  return found;
}

function read(raw: string, convention: 'comma-decimal' | 'point-decimal'): number | undefined {
  const decimal = convention === 'comma-decimal' ? ',' : '.';
  const group = convention === 'comma-decimal' ? /[ .\u00a0\u202f]/g : /[ ,\u00a0\u202f]/g;
  const lastSep = Math.max(raw.lastIndexOf(decimal));
  let whole = raw;
  let fraction = '';
  // A decimal separator followed by exactly three digits after grouped digits is a group, not a decimal.
  if (lastSep >= 0) {
    whole = raw.slice(0, lastSep);
    fraction = raw.slice(lastSep + 1);
  }
  const wholeDigits = whole.replace(group, '');
  if (!/^\d+$/.test(wholeDigits) || (fraction !== '' && !/^\d+$/.test(fraction))) return undefined;
  return Number(fraction === '' ? wholeDigits : `${wholeDigits}.${fraction}`);
}

export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
