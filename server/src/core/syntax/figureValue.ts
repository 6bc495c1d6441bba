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

/** A lone `#name` that is not a value is a fragment link. */
export function isFragmentToken(token: string): boolean {
  return /^#[A-Za-z0-9_-]+$/.test(token) && parseFigureValue(token) === undefined;
}
