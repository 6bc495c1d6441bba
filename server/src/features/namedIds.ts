// What the writer wrote after a quote or in a figure's source list, for the features that show it
// (hover, outline, the quotes view): each ID in the order written, with its entity when it resolves,
// so that an ID that resolves nowhere is shown as such instead of as no attribution or no source.
// Also the comment-free text those features show.
import type { Entity, QuoteInfo } from '../core';

export interface NamedId {
  readonly id: string;
  /** Undefined when the ID resolves nowhere. */
  readonly entity: Entity | undefined;
}

/** `ids` in the order written, each with the entity among `resolved` that has it. */
export function namedIds(ids: readonly { readonly id: string }[], resolved: readonly Entity[]): NamedId[] {
  return ids.map(({ id }) => ({ id, entity: resolved.find((e) => e.id === id) }));
}

/** Who a quote is attributed to, as written (its speakers when it has no attribution of its own). */
export function quoteSpeakerIds(quote: QuoteInfo): NamedId[] {
  const ids = quote.attribution?.ids ?? [];
  return ids.length > 0 ? namedIds(ids, quote.speakers) : quote.speakers.map((entity) => ({ id: entity.id, entity }));
}

/**
 * `text` without its comments, each with the spaces or tabs around it read as one space: comments are recognised
 * before anything else, so every `<!--` opens one, and an unclosed one runs to the end.
 */
export function withoutComments(text: string): string {
  return text.replace(/[ \t]*<!--[\s\S]*?(?:-->|$)[ \t]*/g, ' ');
}
