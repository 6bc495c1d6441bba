import type { Span } from '../text/lineIndex';
import type { SyntaxTree, TextBlock } from '../syntax/nodes';
import { walk } from '../syntax/parse';
import { addressesIn } from '../text/addresses';
import type { AliasMatch, AliasMatcher } from './aliasMatcher';
import { buildMatcher, type AliasMatcherCache } from './aliasMatcherCache';
import type { Entity } from './entity';
import type { Mention } from './documentModel';
import type { ScopeEntry } from './scope';

/**
 * A block's matches for one matcher, as found when the block started at
 * `at`. An incremental re-parse keeps the blocks an edit did not touch as the
 * same objects (moved in place when the edit changed the length before
 * them), and a block's matches depend only on its own text and inlines: so
 * after a keystroke only the re-scanned blocks are matched again, the others
 * reuse these, shifted by how far the block moved.
 */
interface BlockMatches {
  readonly matcher: AliasMatcher;
  readonly at: number;
  readonly matches: readonly AliasMatch[];
}

/**
 * One edited document's block matches, handed from each analysis to the
 * next (part of its `ModelReuse`): replaced whole by the latest analysis that
 * finds its mentions. Mentions are found on first use, not by every
 * analysis, so which analysis is the latest is told by a token.
 */
export class BlockMatchStore {
  private matches = new Map<TextBlock, BlockMatches>();
  private latest = 0;

  /** A token for an analysis being built; only the latest one's matches are kept. */
  claim(): number {
    return ++this.latest;
  }

  previous(block: TextBlock): BlockMatches | undefined {
    return this.matches.get(block);
  }

  /** The matches of every block of the analysis holding `token`, if no later analysis claimed the store. */
  keep(token: number, matches: Map<TextBlock, BlockMatches>): void {
    if (token === this.latest) this.matches = matches;
  }
}

/**
 * Names and aliases in running text: every text block, outside code,
 * comments, URLs, e-mail addresses, handles, IDs and marked mentions.
 * Matching the text against every name in scope is the costliest step of an
 * analysis, and diagnostics need it only to tell whether a local entity is
 * named somewhere: both are computed on demand.
 */
export class ImplicitNames {
  private regions: Span[] | undefined;
  private found: Mention[] | undefined;
  private readonly token: number;

  constructor(
    private readonly tree: SyntaxTree,
    private readonly blocks: readonly TextBlock[],
    private readonly scope: ReadonlyMap<string, ScopeEntry>,
    private readonly cache: AliasMatcherCache | undefined,
    private readonly store: BlockMatchStore | undefined,
  ) {
    this.token = store ? store.claim() : 0;
  }

  /** Every implicit mention, in document order; found once per analysis. */
  mentions(): Mention[] {
    return (this.found ??= this.find());
  }

  private find(): Mention[] {
    const entities: Entity[] = [];
    for (const { entity } of this.scope.values()) entities.push(entity);
    const matcher = this.cache ? this.cache.matcherFor(entities) : buildMatcher(entities);
    const mentions: Mention[] = [];
    if (matcher.isEmpty) return mentions;
    const kept = this.store ? new Map<TextBlock, BlockMatches>() : undefined;
    for (let b = 0; b < this.blocks.length; b++) {
      const matches = this.blockMatches(this.blocks[b]!, matcher, kept);
      for (let i = 0; i < matches.length; i++) {
        const match = matches[i]!;
        const id = match.ids[0]!;
        // Whole literals, one per shape: a field added after creation costs each of thousands of mentions a second allocation.
        if (match.ids.length === 1) {
          const entity = this.scope.get(id)?.entity;
          mentions.push(entity ? { form: 'implicit', id, span: match.span, textSpan: match.span, entity } : { form: 'implicit', id, span: match.span, textSpan: match.span });
        } else {
          mentions.push({ form: 'implicit', id, span: match.span, textSpan: match.span, ambiguous: match.ids });
        }
      }
    }
    if (kept) this.store!.keep(this.token, kept);
    return mentions;
  }

  /**
   * Which of `ids` have an implicit mention. A first pass with a trie of only
   * their names: when it matches nothing, none of them is named (wherever the
   * full trie would match one of their names, this one finds that name or an
   * overlapping one of theirs). Otherwise the full mentions decide, because
   * a longer name of another entity can take the words. That trie comes
   * from the cache like the full one: the unused entities are the same from
   * one keystroke to the next, and rebuilding a trie of 20,000 names took
   * ~80 ms (the cache compares names, so it answers only for the same ones).
   */
  namedIn(ids: ReadonlySet<string>): Set<string> {
    const named = new Set<string>();
    if (ids.size === 0) return named;
    if (!this.found) {
      const entities: Entity[] = [];
      for (const id of ids) {
        const entity = this.scope.get(id)?.entity;
        if (entity) entities.push(entity);
      }
      const few = this.cache ? this.cache.matcherFor(entities) : buildMatcher(entities);
      if (few.isEmpty || !this.matchAnywhere(few)) return named;
    }
    for (const mention of this.mentions()) {
      for (const id of mention.ambiguous ?? [mention.id]) if (ids.has(id)) named.add(id);
    }
    return named;
  }

  /**
   * The block's matches in document order: from the previous analysis of
   * this document when it saw this block with the same matcher (moved if the
   * block moved), else found now; recorded in `kept` for the next analysis.
   * Match spans are never shared with another block or tree, so moving them
   * cannot disturb anything else.
   */
  private blockMatches(block: TextBlock, matcher: AliasMatcher, kept: Map<TextBlock, BlockMatches> | undefined): readonly AliasMatch[] {
    const at = block.span.start;
    const known = this.store?.previous(block);
    let found: BlockMatches;
    if (known && known.matcher === matcher) {
      if (known.at === at) found = known;
      else {
        const delta = at - known.at;
        found = { matcher, at, matches: known.matches.map(({ span, ids }) => ({ span: { start: span.start + delta, end: span.end + delta }, ids })) };
      }
    } else {
      const matches: AliasMatch[] = [];
      const text = this.tree.text;
      for (const region of regionsOf(block, text)) matcher.matchRange(text, region.start, region.end, matches);
      found = { matcher, at, matches };
    }
    kept?.set(block, found);
    return found.matches;
  }

  /** Whether the matcher finds anything in the running text (stops at the first match). */
  private matchAnywhere(matcher: AliasMatcher): boolean {
    const found: AliasMatch[] = [];
    for (const region of this.textRegions()) {
      matcher.matchRange(this.tree.text, region.start, region.end, found);
      if (found.length > 0) return true;
    }
    return false;
  }

  /** The stretches of running text where names count, in document order. */
  private textRegions(): Span[] {
    if (this.regions) return this.regions;
    const regions: Span[] = [];
    // One push per region, not push(...list): a 10 MB single-line paragraph can hold more regions than a call takes arguments.
    for (const block of this.blocks) for (const region of regionsOf(block, this.tree.text)) regions.push(region);
    return (this.regions = regions);
  }
}

/** One block's stretches of running text where names count, in order. */
function regionsOf(block: TextBlock, text: string): Span[] {
  const regions: Span[] = [];
  const excluded: Span[] = [...block.skips];
  walk(block.inlines, (node) => {
    if (node.type === 'emphasis' || node.type === 'placeholder') return;
    if (node.type === 'bracket') {
      if (node.role === 'mention') excluded.push(node.span);
      else excluded.push({ start: node.textSpan.end, end: node.span.end });
      return;
    }
    excluded.push(node.span);
  });
  if (block.type === 'block-quote' && block.attributionLine) excluded.push(block.attributionLine);
  // Usually already in order (skips come first only in block quotes): sort only when needed.
  if (!isSortedByStart(excluded)) excluded.sort((a, b) => a.start - b.start);
  let at = block.contentStart;
  for (const span of excluded) {
    if (span.start > at) plainRegions(text, at, span.start, regions);
    at = Math.max(at, span.end);
  }
  if (at < block.span.end) plainRegions(text, at, block.span.end, regions);
  return regions;
}

/** The stretch `start`–`end` of plain text, less its e-mail addresses and handles (a name inside them is not a mention). */
function plainRegions(text: string, start: number, end: number, out: Span[]): void {
  let from = start;
  for (const address of addressesIn(text, start, end)) {
    if (address.start > from) out.push({ start: from, end: address.start });
    from = address.end;
  }
  if (from < end) out.push({ start: from, end });
}

function isSortedByStart(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i]!.start < spans[i - 1]!.start) return false;
  return true;
}
