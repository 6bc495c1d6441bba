import type { FigureValue } from './nodes';

// `#` `~`? (`<` | `>`)? (`+` | `-`)? DIGITS (`_` DIGITS)* (`.` DIGITS)? `%`?
const VALUE_RE = /^#(~)?([<>])?([+-])?(\d+(?:_\d+)*)(?:\.(\d+))?(%)?$/;

/** Reads a figure's `#…` token; undefined when it does not follow the value grammar. */
export function parseFigureValue(token: string): FigureValue | undefined {
  const match = VALUE_RE.exec(token);
  if (!match) return undefined;
  const [, approx, bound, sign, whole, fraction, percent] = match;
  const digits = `${sign === '-' ? '-' : ''}${whole!.replace(/_/g, '')}${fraction ? `.${fraction}` : ''}`;
  return {
    raw: token,
    value: Number(digits),
    approximate: approx === '~',
    ...(bound ? { bound: bound === '<' ? ('less' as const) : ('more' as const) } : {}),
    percent: percent === '%',
  };
}

/**
 * The value a bad `#…` token means when only one reading is possible, written in the value grammar: a comma as the
 * decimal mark (`#12,5%` → `#12.5%`), or `.` and `,` as digit groups (`#2.900.000`, `#1.234,5` → `#2_900_000`,
 * `#1_234.5`). Undefined for `#2,900`, which is 2.9 or 2900 depending on the copy's language, and for anything else.
 */
export function figureValueFix(token: string): string | undefined {
  const match = /^(#~?[<>]?[+-]?)(\d+(?:[.,]\d+)+)(%?)$/.exec(token);
  if (!match) return undefined;
  const [, head, body, percent] = match;
  const groups = body!.split(/[.,]/);
  const marks = body!.replace(/\d/g, '');
  const last = marks[marks.length - 1]!;
  // Several marks of one kind group digits; two kinds, the last one (once, at the end) is the decimal mark.
  const decimal = marks.includes(last === '.' ? ',' : '.') && marks.indexOf(last) === marks.length - 1 ? groups.pop() : undefined;
  if (decimal === undefined && marks.length === 1) {
    // One comma: a decimal mark, unless three digits follow (then it may group them).
    if (groups[1]!.length === 3) return undefined;
    return fixed(`${head}${groups[0]}.${groups[1]}${percent}`);
  }
  if (decimal === undefined && new Set(marks).size > 1) return undefined;
  if (groups[0]!.length > 3 || groups.slice(1).some((g) => g.length !== 3)) return undefined;
  return fixed(`${head}${groups.join('_')}${decimal === undefined ? '' : `.${decimal}`}${percent}`);
}

/** `token` when it follows the value grammar. */
function fixed(token: string): string | undefined {
  return parseFigureValue(token) ? token : undefined;
}

/** A lone `#name` that is not a value is a fragment link. */
export function isFragmentToken(token: string): boolean {
  return /^#[A-Za-z0-9_-]+$/.test(token) && parseFigureValue(token) === undefined;
}
