// Position lookups the speaker engine asks for at every word: which offsets
// lie in a quote, and which mentions start in a range. Built once per text so
// that no per-word scan over all quotes or mentions is needed.
import { partitionPoint } from '../text/partition';
import type { QuoteSpan } from './types';

/** Per UTF-16 offset: 0 outside quotes, 1 on a quote mark, 2 inside a quote. */
export function quoteMask(length: number, quotes: readonly QuoteSpan[]): Uint8Array {
  const mask = new Uint8Array(length + 1);
  for (const q of quotes) {
    mask.fill(2, q.open, Math.min(q.end, length));
    mask[q.open] = 1;
    if (q.end - 1 > q.open) mask[q.end - 1] = 1;
  }
  return mask;
}

/** Index of the first item whose `start` is at or after `at` (items sorted by start). */
export function firstFrom<T extends { readonly start: number }>(items: readonly T[], at: number): number {
  return partitionPoint(items.length, (i) => items[i]!.start < at);
}

/** The items whose `start` lies in [from, to), in order. */
export function startingIn<T extends { readonly start: number }>(items: readonly T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let i = firstFrom(items, from); i < items.length && items[i]!.start < to; i++) out.push(items[i]!);
  return out;
}

/** Counts the runs of newlines before an offset (a paragraph number), by binary search. */
export function paragraphCounter(text: string): (at: number) => number {
  const runs: { start: number }[] = [];
  const re = /\n\s*/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) runs.push({ start: m.index });
  return (at) => firstFrom(runs, at);
}
