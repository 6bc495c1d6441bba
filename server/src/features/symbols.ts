import { SymbolKind, type DocumentSymbol } from '../protocol';
import type { DocumentModel, QuoteInfo } from '../core';
import { quoteSpeakerIds, withoutComments } from './namedIds';
import { sectionEnds } from './sections';
import { ENTITY_SYMBOL } from './symbolKinds';

/** Headings as the outline, then the document's entities, then its quotes grouped by speaker. */
export function documentSymbols(model: DocumentModel): DocumentSymbol[] {
  const { lines, tree } = model;
  const symbols: DocumentSymbol[] = [];
  const stack: { level: number; symbol: DocumentSymbol }[] = [];
  const headings = tree.blocks.filter((b) => b.type === 'heading');
  const ends = sectionEnds(headings, tree.text.length);
  headings.forEach((block, i) => {
    const end = ends[i]!;
    const name = readable(tree.text.slice(block.contentStart, block.span.end)) || '(heading)';
    const symbol: DocumentSymbol = { name, kind: SymbolKind.String, range: lines.rangeOf({ start: block.span.start, end }), selectionRange: lines.rangeOf(block.span), children: [] };
    while (stack.length > 0 && stack.at(-1)!.level >= block.level) stack.pop();
    (stack.length > 0 ? stack.at(-1)!.symbol.children! : symbols).push(symbol);
    stack.push({ level: block.level, symbol });
  });
  for (const entity of model.localEntities) {
    const d = entity.definition;
    symbols.push({ name: `@${entity.id}`, detail: `${entity.kind} — ${entity.name}`, kind: ENTITY_SYMBOL[entity.kind], range: lines.rangeOf(d.span), selectionRange: lines.rangeOf(d.idSpan) });
  }
  const quotes = quoteGroups(model);
  if (quotes) symbols.push(quotes);
  return symbols;
}

function quoteGroups(model: DocumentModel): DocumentSymbol | undefined {
  const groups = new Map<string, QuoteInfo[]>();
  for (const quote of model.quotes) {
    if (quote.nested) continue;
    const key = speakerLabel(quote);
    const group = groups.get(key);
    if (group) group.push(quote);
    else groups.set(key, [quote]);
  }
  if (groups.size === 0) return undefined;
  const { lines } = model;
  // A group and the Quotes node span their first quote only, not the text from their first quote to their last:
  // groups interleave, and an editor takes a symbol whose range holds the cursor for where the cursor is. VS Code's
  // breadcrumbs said "Quotes > Unattributed" on a quote of another speaker, and its sticky scroll pinned the first
  // quote of each group above every paragraph after it.
  const children: DocumentSymbol[] = [...groups].map(([speaker, quotes]) => ({
    name: speaker,
    detail: `${quotes.length} quote${quotes.length === 1 ? '' : 's'}`,
    kind: SymbolKind.Object,
    range: lines.rangeOf(quotes[0]!.node.span),
    selectionRange: lines.rangeOf(quotes[0]!.node.span),
    children: quotes.map((quote) => ({
      name: excerpt(quote.text),
      kind: SymbolKind.String,
      range: lines.rangeOf(quote.node.span),
      selectionRange: lines.rangeOf(quote.node.open),
    })),
  }));
  const first = model.quotes.find((quote) => !quote.nested)!.node;
  return { name: 'Quotes', kind: SymbolKind.Array, range: lines.rangeOf(first.span), selectionRange: lines.rangeOf(first.open), children };
}

/** Who the quote is attributed to: an ID that resolves nowhere is named as such, not taken for no attribution. */
function speakerLabel(quote: QuoteInfo): string {
  if (quote.notSpeech) return 'Not speech';
  const speakers = quoteSpeakerIds(quote);
  if (speakers.length === 0) return 'Unattributed';
  return speakers.map(({ id, entity }) => entity?.name ?? `@${id} (not defined)`).join(' + ');
}

/** At most 60 UTF-16 units with the ellipsis, never cutting an emoji's surrogate pair in half. */
function excerpt(text: string): string {
  const flat = readable(text);
  if (flat.length <= 60) return flat || '(empty quote)';
  const end = /[\ud800-\udbff]/.test(flat[58]!) ? 58 : 59;
  return `${flat.slice(0, end)}…`;
}

/** Text as the reader reads it, on one line: comments left out, runs of whitespace as one space. */
function readable(text: string): string {
  return withoutComments(text).replace(/\s+/g, ' ').trim();
}
