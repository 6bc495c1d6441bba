// Reads the numbers a writer typed ("près de 2.900", "3,000", "2,9 millions",
// "-3,5", "baisse de 3,5") with the conventions of the document's language, to
// compare with a figure's value.

// Spaces that group digits: a space, a no-break space, a thin space (U+2009), a
// figure space (U+2007) and the narrow no-break space French typography uses.
const GROUP_SPACES = ' \\u00a0\\u2007\\u2009\\u202f';
// A hyphen-minus or a minus sign before a number is its sign; an en dash may be one too (word processors and French
// copy type the minus so) or a range's dash (`de 10 –15`), so it reads either way.
const NUMERAL_RE = new RegExp(`(?<![\\p{L}\\p{N}])([-−–]?)(\\d+(?:[.,${GROUP_SPACES}]\\d+)*)`, 'gu');
const SCALES: readonly [RegExp, number][] = [
  [/^[\s\u00a0\u202f]*(?:trillions?|tn)(?![\p{L}])/iu, 1e12],
  // Md, Mds and Mrd are the French abbreviations of milliard ("3 Md€"); b as in "$1.5B".
  [/^[\s\u00a0\u202f]*(?:milliards?|billions?|bn|b|mds?|mrds?)(?![\p{L}])/iu, 1e9],
  [/^[\s\u00a0\u202f]*(?:millions?|mn|m)(?![\p{L}])/iu, 1e6],
  [/^[\s\u00a0\u202f]*(?:mille|thousands?|k)(?![\p{L}])/iu, 1e3],
];

/**
 * Words that say a number is a fall ("baisse de 3,5 %", "down 3.5%", "a 2%
 * drop"): with one in the figure's words, an unsigned number also reads as
 * negative, so `[baisse de 3,5 %](#-3.5%)` and `(#3.5%)` both match. Stems,
 * French and English, at the start of a word.
 */
const FALL_RE = new RegExp(
  '(?<![\\p{L}\\p{M}])(?:' +
    // French stems, which take many endings (baisse, baissé, baissera …).
    'baiss|recul|chut[eé]|diminu|repli|contract|pertes?(?![\\p{L}])|perd|moins(?![\\p{L}])|d[ée]ficit|d[ée]gringol|plong|effondr|fl[ée]chi|r[ée]gress|r[ée]duc|r[ée]dui|n[ée]gati|' +
    // English words, whole: "down" but not "downtown".
    '(?:down|fell|falls?|falling|drops?|dropped|dropping|declin(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|lost|loss(?:es)?|shr(?:ank|unk|inks?|inking)|minus|slid|slides?|sliding|slump(?:s|ed|ing)?|plung(?:e|es|ed|ing)|tumbl(?:e|es|ed|ing)|lower(?:ed)?|cuts?|cutting|negative)(?![\\p{L}])' +
    ')',
  'iu',
);

/** Languages that write 3,000 for three thousand (comma groups, point decimal). */
const COMMA_GROUPING = new Set(['en', 'zh', 'ja', 'ko', 'he', 'th']);

type Convention = 'comma-decimal' | 'point-decimal';

/** Group separators under each convention: built once, not per numeral read. */
const COMMA_DECIMAL_GROUPS = new RegExp(`[.${GROUP_SPACES}]`, 'u');
const POINT_DECIMAL_GROUPS = new RegExp(`[,${GROUP_SPACES}]`, 'u');

export interface WrittenNumber {
  readonly text: string;
  /** Every value the numeral can mean under the language's conventions (and with its scale word). */
  readonly readings: readonly number[];
}

/**
 * Answers by language and text: every analysis of a document reads the same
 * figures again (an analysis runs on each keystroke), and the regular
 * expressions cost more than a lookup. Bounded like `isValidId`'s answers.
 */
const memo = new Map<string, readonly WrittenNumber[]>();

/** The numbers written in `text` (the words of a figure), read with the conventions of `lang`. The result is shared: do not change it. */
export function writtenNumbers(text: string, lang: string | undefined): readonly WrittenNumber[] {
  // No language and an empty one read the same way.
  const key = `${lang ?? ''}\u0000${text}`;
  let found = memo.get(key);
  if (!found) {
    if (memo.size >= 10_000) memo.clear();
    memo.set(key, (found = readNumbers(text, lang)));
  }
  return found;
}

function readNumbers(text: string, lang: string | undefined): WrittenNumber[] {
  const base = lang?.toLowerCase().split('-')[0];
  const conventions: Convention[] =
    base === undefined || base === '' ? ['comma-decimal', 'point-decimal'] : COMMA_GROUPING.has(base) ? ['point-decimal'] : ['comma-decimal'];
  const found: WrittenNumber[] = [];
  const falling = FALL_RE.test(text);
  for (const match of text.matchAll(NUMERAL_RE)) {
    const sign = match[1] ? -1 : 1;
    const eitherSign = match[1] === '–';
    const raw = match[2]!;
    const end = match.index + match[1]!.length + raw.length;
    const after = text.slice(end, end + 16);
    let scale = 1;
    let scaleWord = '';
    for (const [re, factor] of SCALES) {
      const word = re.exec(after);
      if (!word) continue;
      scale = factor;
      // Named with the number: "3 milliards" is what the text says, not "3" (a tab or spaces between them quoted as one space).
      scaleWord = word[0].replace(/\s+/gu, ' ');
      break;
    }
    const readings = new Set<number>();
    for (const convention of conventions) {
      const value = read(raw, convention);
      if (value === undefined) continue;
      readings.add(sign * value);
      if (scale !== 1) readings.add(sign * value * scale);
      // The other sign: a fall said in words makes an unsigned number negative too; an en dash may be no sign.
      const other = falling && !match[1] ? -value : eitherSign ? value : undefined;
      if (other !== undefined) {
        readings.add(other);
        if (scale !== 1) readings.add(other * scale);
      }
    }
    if (readings.size > 0) found.push({ text: match[1]! + raw + scaleWord, readings: [...readings] });
  }
  return found;
}

/**
 * Group separators must be followed by exactly three digits; the decimal
 * separator is the language's, but a lone `.` before fewer or more than three
 * digits is read as a decimal point in any language ("1.5").
 */
function read(raw: string, convention: Convention): number | undefined {
  const decimal = convention === 'comma-decimal' ? ',' : '.';
  const at = raw.lastIndexOf(decimal);
  let whole = at >= 0 ? raw.slice(0, at) : raw;
  let fraction = at >= 0 ? raw.slice(at + 1) : '';
  if (convention === 'comma-decimal' && at < 0) {
    const point = /^(\d+)\.(\d{1,2}|\d{4,})$/.exec(raw);
    if (point) {
      whole = point[1]!;
      fraction = point[2]!;
    }
  }
  const groups = whole.split(convention === 'comma-decimal' ? COMMA_DECIMAL_GROUPS : POINT_DECIMAL_GROUPS);
  if (groups.some((g, i) => !/^\d+$/.test(g) || (i > 0 && g.length !== 3))) return undefined;
  if (fraction !== '' && !/^\d+$/.test(fraction)) return undefined;
  const digits = groups.join('');
  return Number(fraction === '' ? digits : `${digits}.${fraction}`);
}

export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
