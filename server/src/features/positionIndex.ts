import type { DocumentModel } from '../core';

/** Items sorted by start, and the longest reach from an item's start to the end of anything it covers. */
export interface SortedSpans {
  readonly sorted: boolean;
  readonly reach: number;
}

export interface PositionIndex {
  readonly mentions: SortedSpans;
  readonly quotes: SortedSpans;
  readonly figures: SortedSpans;
  /** Entity ID → how many quotes it speaks in this document. */
  readonly quotesBySpeaker: ReadonlyMap<string, number>;
}

/**
 * What position requests (hover, definition, highlights …) need to find the
 * thing under the cursor without walking a 1 MB document's mentions, quotes and
 * figures from the start: built once per analysed model, on first use.
 */
const indexes = new WeakMap<DocumentModel, PositionIndex>();

export function positionIndex(model: DocumentModel): PositionIndex {
  let index = indexes.get(model);
  if (!index) indexes.set(model, (index = buildIndex(model)));
  return index;
}

function buildIndex(model: DocumentModel): PositionIndex {
  const quotesBySpeaker = new Map<string, number>();
  for (const quote of model.quotes) {
    const speakers = quote.speakers;
    for (let i = 0; i < speakers.length; i++) {
      const id = speakers[i]!.id;
      // A quote counts once per speaker, however often it names them.
      if (speakers.findIndex((speaker) => speaker.id === id) === i) quotesBySpeaker.set(id, (quotesBySpeaker.get(id) ?? 0) + 1);
    }
  }
  const mentions = sortedSpans(model.mentions, (m) => m.span.start, (m) => Math.max(m.span.end, m.textSpan?.end ?? 0));
  const quotes = sortedSpans(model.quotes, (q) => q.node.span.start, (q) => Math.max(q.node.span.end, q.node.attribution?.span.end ?? 0));
  const figures = sortedSpans(model.figures, (f) => f.node.span.start, (f) => f.node.span.end);
  return { mentions, quotes, figures, quotesBySpeaker };
}

/** Whether items come sorted by start, and the longest reach of one from its start (what it covers, the words of a mention included). */
function sortedSpans<T>(items: readonly T[], start: (item: T) => number, end: (item: T) => number): SortedSpans {
  let reach = 0;
  let previous = -1;
  for (const item of items) {
    const at = start(item);
    if (at < previous) return UNSORTED;
    previous = at;
    reach = Math.max(reach, end(item) - at);
  }
  return reach === 0 ? SORTED : { sorted: true, reach };
}

const SORTED: SortedSpans = { sorted: true, reach: 0 };
// Never expected (the model lists them in document order); callers then walk every item, as before the index.
const UNSORTED: SortedSpans = { sorted: false, reach: Infinity };

/**
 * The first index whose item starts at or after `offset - reach`: no item
 * before it can cover `offset`. 0 when the items are not sorted.
 */
export function firstCandidate<T>(items: readonly T[], spans: SortedSpans, start: (item: T) => number, offset: number): number {
  if (!spans.sorted) return 0;
  const from = offset - spans.reach;
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (start(items[middle]!) < from) low = middle + 1;
    else high = middle;
  }
  return low;
}
