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
  // One plain loop per kind (no callbacks): this runs once per keystroke on every mention of the document.
  let mentions = SORTED;
  let previous = -1;
  for (const mention of model.mentions) {
    const { start, end } = mention.span;
    if (start < previous) {
      mentions = UNSORTED;
      break;
    }
    previous = start;
    const reach = Math.max(end, mention.textSpan?.end ?? 0) - start;
    if (reach > mentions.reach) mentions = { sorted: true, reach };
  }
  let quotes = SORTED;
  previous = -1;
  for (const quote of model.quotes) {
    const { start, end } = quote.node.span;
    if (start < previous) {
      quotes = UNSORTED;
      break;
    }
    previous = start;
    const reach = Math.max(end, quote.node.attribution?.span.end ?? 0) - start;
    if (reach > quotes.reach) quotes = { sorted: true, reach };
  }
  let figures = SORTED;
  previous = -1;
  for (const figure of model.figures) {
    const { start, end } = figure.node.span;
    if (start < previous) {
      figures = UNSORTED;
      break;
    }
    previous = start;
    if (end - start > figures.reach) figures = { sorted: true, reach: end - start };
  }
  return { mentions, quotes, figures, quotesBySpeaker };
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
