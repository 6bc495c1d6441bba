// Characters a web page leaves in its copy that a reader never sees: soft hyphens (U+00AD, where a line may break),
// zero-width spaces, joiners and non-joiners, word joiners, direction marks, a byte-order mark. Pasted into a name
// ("Jeanne Dupont" followed by three soft hyphens, "Du\u00adpont") they split it or end it, and the rules that read words, spaces and
// names around a quote no longer see it. The engine reads the text without them; every offset it gives back is
// mapped to the text as given, so ranges stay exact (in UTF-16 code units) and never take in the hidden characters.

const CLASS = String.raw`[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]`;
const INVISIBLE = new RegExp(CLASS, 'u');
const INVISIBLES = new RegExp(`${CLASS}+`, 'gu');

/** A name or alias without its invisible characters (a caller's definitions may have been pasted from the web too). */
export const dropInvisibles = (s: string): string => s.replace(INVISIBLES, '');

export interface Reading {
  /** The text without its invisible characters. */
  readonly text: string;
  /** An offset of the text as given, as an offset of the reading text (an invisible character: the next kept one). */
  readonly toReading: (at: number) => number;
  /** A start offset of the reading text (a range's first character), as an offset of the text as given. */
  readonly startOf: (at: number) => number;
  /** An end offset of the reading text (just after a range's last character), as an offset of the text as given. */
  readonly endOf: (at: number) => number;
}

/** The text as the engine reads it, or undefined when it holds no invisible character (the usual case: no copy made). */
export function withoutInvisibles(input: string): Reading | undefined {
  if (!INVISIBLE.test(input)) return undefined;
  // kept[i]: where the reading text's i-th character is in the input; runs of invisible characters are few, so the
  // reading text is built from slices between them.
  const kept = new Int32Array(input.length + 1);
  const parts: string[] = [];
  let from = 0;
  let n = 0;
  const keep = (to: number): void => {
    for (let at = from; at < to; at++) kept[n++] = at;
    parts.push(input.slice(from, to));
  };
  for (const m of input.matchAll(INVISIBLES)) {
    keep(m.index);
    from = m.index + m[0].length;
  }
  keep(input.length);
  kept[n] = input.length;
  const text = parts.join('');
  // toReading by binary search over kept (sorted): the first kept character at or after `at`.
  const toReading = (at: number): number => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const clamp = (at: number): number => Math.max(0, Math.min(n, at));
  return {
    text,
    toReading,
    startOf: (at) => kept[clamp(at)]!,
    endOf: (at) => (clamp(at) === 0 ? kept[0]! : kept[clamp(at) - 1]! + 1),
  };
}
