import { parseBlocks } from './blocks';
import { findComments } from './comments';
import type { Block, CommentNode, QuoteNode, SyntaxProblem, SyntaxTree } from './nodes';
import { openStartOf } from './quoteNode';
import { allProblems, BlockScan, finishQuotes, isSinglePrimary, layouts, parse, type ParseOptions, type TreeLayout } from './parse';
import { OffsetShifter } from './shift';
import type { Mutable } from '../mutable';
import { partitionPoint } from '../text/partition';

/** One replaced stretch: old text [start, oldEnd) became new text [start, newEnd). */
export interface TextChange {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/** The smallest single change that turns `before` into `after` (common prefix and suffix kept), or undefined when equal. */
export function changeBetween(before: string, after: string): TextChange | undefined {
  if (before === after) return undefined;
  const shorter = Math.min(before.length, after.length);
  // Whole chunks are compared as strings (the engine compares flat memory; a charCodeAt loop over a
  // megabyte of freshly concatenated text costs milliseconds), then characters within the chunk that differs.
  let start = 0;
  while (start + CHUNK <= shorter && before.substring(start, start + CHUNK) === after.substring(start, start + CHUNK)) start += CHUNK;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  const room = shorter - start;
  let tail = 0;
  while (tail + CHUNK <= room && before.substring(before.length - tail - CHUNK, before.length - tail) === after.substring(after.length - tail - CHUNK, after.length - tail)) tail += CHUNK;
  while (tail < room && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

const CHUNK = 4096;

/**
 * Parses `text`, an edit of `previous.text`, re-scanning only the blocks around
 * the change: the blocks before it are kept as they are and the blocks after
 * it are kept and moved. The result equals `parse(text, options)`; for the
 * same text and options it is `previous` itself.
 *
 * `previous` is consumed: the nodes it shares with the result are moved in
 * place, so it no longer describes its own text and must not be used again.
 * Falls back to a full parse when the change may reach the front matter (its
 * fences, or the first line of a document without one) or makes a quote run
 * on into the paragraphs kept after it.
 */
export function reparse(previous: SyntaxTree, text: string, options: ParseOptions = {}): SyntaxTree {
  const layout = layouts.get(previous);
  if (!layout || isSinglePrimary(previous.frontMatter?.data['quotes'], options) !== layout.singlePrimary) return parse(text, options);
  const change = changeBetween(previous.text, text);
  // Trees are never changed once made (but by a re-parse that consumes them): the same text may share one.
  if (!change) return previous;
  if (!headUnchanged(previous, layout, change)) return parse(text, options);
  layouts.delete(previous);
  return new Reparse(previous, layout, text, change).run() ?? parse(text, options);
}

/** The front matter, and so the body's start and the quote style, cannot have changed. */
function headUnchanged(previous: SyntaxTree, layout: TreeLayout, change: TextChange): boolean {
  if (previous.frontMatter) {
    const bodyStart = layout.bodyStart;
    return change.start > bodyStart || (change.start === bodyStart && previous.text.charCodeAt(bodyStart - 1) === 10);
  }
  // No front matter: only the first line could start one (and an opened, unclosed one could be closed anywhere).
  if (layout.frontMatterProblems.length > 0) return false;
  const firstBreak = previous.text.indexOf('\n');
  return firstBreak >= 0 && change.start > firstBreak;
}

class Reparse {
  private readonly oldText: string;
  private readonly delta: number;

  constructor(
    private readonly previous: SyntaxTree,
    private readonly layout: TreeLayout,
    private readonly text: string,
    private readonly change: TextChange,
  ) {
    this.oldText = previous.text;
    this.delta = change.newEnd - change.oldEnd;
  }

  run(): SyntaxTree | undefined {
    const { previous, layout, text, change, delta } = this;
    const oldBlocks = previous.blocks;

    // Comments come first in the scanning order: one added or removed may hide or show any text after it.
    const commentProblems: SyntaxProblem[] = [];
    const comments = this.matchComments(findComments(text, layout.bodyStart, commentProblems));

    // The blocks to scan again: from a cut before the change to a cut after it.
    const first = this.cutAtOrBefore(Math.min(change.start, comments.changedStart));
    const last = this.cutAfter(first, Math.max(change.oldEnd, comments.changedOldEnd, comments.changedNewEnd - delta));
    const start = first === 0 ? layout.bodyStart : oldBlocks[first]!.span.start;
    const oldEnd = last < oldBlocks.length ? oldBlocks[last]!.span.start : this.oldText.length;

    // From here on the previous tree is changed in place (its layout is gone: it cannot be re-parsed again).
    // The kept comments first: the block and inline scans of the region look them up.
    const shifter = new OffsetShifter(delta);
    for (let k = comments.list.length - comments.keptAfter; k < comments.list.length; k++) shifter.comment(comments.list[k]!);

    const regionProblems: SyntaxProblem[] = [];
    const fresh = parseBlocks(text, start, oldEnd + delta, comments.list, regionProblems);
    const region: Region = { first, last, count: fresh.length, start, oldEnd };
    const blocks: Block[] = oldBlocks.slice(0, first);
    for (const block of fresh) blocks.push(block);
    for (let k = last; k < oldBlocks.length; k++) {
      shifter.block(oldBlocks[k]!);
      blocks.push(oldBlocks[k]!);
    }

    const scan = new BlockScan(text, blocks, comments.list, layout.singlePrimary);
    scan.run(first, first + fresh.length);
    // A quote now runs on into the blocks kept after the region: they would have to be paired again.
    if (scan.carriedOut) return undefined;

    const quotes = this.mergeQuotes(blocks, scan.quotes, region, shifter);
    const inline = this.mergeInlineProblems(scan, region, shifter);
    const merged: TreeLayout = {
      bodyStart: layout.bodyStart,
      singlePrimary: layout.singlePrimary,
      frontMatterProblems: layout.frontMatterProblems,
      commentProblems,
      blockProblems: this.mergeBlockProblems(regionProblems, region, shifter),
      inlineProblems: inline.problems,
      inlineProblemStarts: inline.starts,
      openAtEnd: [...layout.openAtEnd.slice(0, first), ...scan.openAtEnd, ...layout.openAtEnd.slice(last)],
    };
    const tree: SyntaxTree = {
      text,
      ...(previous.frontMatter ? { frontMatter: previous.frontMatter } : {}),
      blocks,
      quotes,
      comments: comments.list,
      problems: allProblems(merged),
    };
    layouts.set(tree, merged);
    return tree;
  }

  /**
   * The new text's comments, keeping the old comment objects before and after
   * the change (inline nodes point at them). The region scanned again covers
   * every comment that differs: a `<!--` typed in one paragraph may hide text
   * up to a `-->` many blocks further on.
   */
  private matchComments(fresh: readonly CommentNode[]): CommentMatch {
    const old = this.previous.comments;
    const { change, delta } = this;
    let head = 0;
    while (head < old.length && head < fresh.length && old[head]!.span.end <= change.start && sameComment(old[head]!, fresh[head]!, 0)) head++;
    let tail = 0;
    while (
      tail < old.length - head &&
      tail < fresh.length - head &&
      old[old.length - 1 - tail]!.span.start >= change.oldEnd &&
      sameComment(old[old.length - 1 - tail]!, fresh[fresh.length - 1 - tail]!, delta)
    ) {
      tail++;
    }
    const changedOld = old.slice(head, old.length - tail);
    const changedNew = fresh.slice(head, fresh.length - tail);
    return {
      list: [...old.slice(0, head), ...changedNew, ...old.slice(old.length - tail)],
      keptAfter: tail,
      changedStart: Math.min(changedOld[0]?.span.start ?? Infinity, changedNew[0]?.span.start ?? Infinity),
      changedOldEnd: changedOld.length > 0 ? changedOld[changedOld.length - 1]!.span.end : -Infinity,
      changedNewEnd: changedNew.length > 0 ? changedNew[changedNew.length - 1]!.span.end : -Infinity,
    };
  }

  /** The last block at or before `offset` that a scan may start at, or 0 (the start of the body). */
  private cutAtOrBefore(offset: number): number {
    let k = lastBlockStartingAtOrBefore(this.previous.blocks, offset);
    while (k > 0 && !this.isCut(k)) k--;
    return Math.max(k, 0);
  }

  /** The first block after `first`, beyond `offset`, that a scan may stop before (blocks.length: the end of the text). */
  private cutAfter(first: number, offset: number): number {
    const blocks = this.previous.blocks;
    let k = first + 1;
    while (k < blocks.length && !(blocks[k - 1]!.span.end >= offset && this.isCut(k))) k++;
    return Math.min(k, blocks.length);
  }

  /**
   * A scan may start or stop at block `k` when a blank line separates it from
   * the block before (so neither runs into the other, whatever the other
   * becomes) and no quote was left open at the end of the block before (so
   * none can run on into it). A comment is always inside a block, or on a
   * bad definition's line, which ends the block before it whatever that block
   * is: a blank line inside a comment between two blocks separates them too.
   */
  private isCut(k: number): boolean {
    const before = this.previous.blocks[k - 1]!;
    const block = this.previous.blocks[k]!;
    return !this.layout.openAtEnd[k - 1] && hasBlankLine(this.oldText, before.span.end, block.span.start) && !this.hasBadDefinition(before.span.end, block.span.start);
  }

  /**
   * Text other than blank lines and comments between two blocks: a bad
   * definition, which makes no block. Indented lines after it continue it (as
   * its properties), and a blank line inside a comment on its line does not end
   * it: the scan must start before it to know that.
   */
  private hasBadDefinition(from: number, to: number): boolean {
    const text = this.oldText;
    const comments = this.previous.comments;
    let c = partitionPoint(comments.length, (k) => comments[k]!.span.end <= from);
    for (let i = from; i < to; i++) {
      if (c < comments.length && comments[c]!.span.start <= i) {
        i = comments[c]!.span.end - 1;
        c++;
      } else if (!isSpace(text.charCodeAt(i)) && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) return true;
    }
    return false;
  }

  private mergeQuotes(blocks: readonly Block[], fresh: QuoteNode[], region: Region, shifter: OffsetShifter): QuoteNode[] {
    const old = this.previous.quotes;
    const head = firstQuoteOpeningAtOrAfter(old, region.start);
    const tail = firstQuoteOpeningAtOrAfter(old, region.oldEnd);
    finishQuotes(this.text, blocks, fresh, head, region.first, region.first + region.count);
    const quoteDelta = fresh.length - (tail - head);
    const blockDelta = region.count - (region.last - region.first);
    const quotes = old.slice(0, head);
    for (const quote of fresh) quotes.push(quote);
    // A split quote's parts share one list of indices: it is renumbered once.
    const renumbered = new Set<number[]>();
    for (let i = tail; i < old.length; i++) {
      const quote = old[i] as Mutable<QuoteNode>;
      shifter.quote(quote);
      const group = quote.splitParts;
      if (group && !renumbered.has(group)) {
        renumbered.add(group);
        for (let j = 0; j < group.length; j++) group[j]! += quoteDelta;
      }
      quote.index += quoteDelta;
      if (quote.parent !== undefined) quote.parent += quoteDelta;
      quote.blockIndex += blockDelta;
      quotes.push(quote);
    }
    return quotes;
  }

  /** Block problems lie on their lines, in order: those before and after the region are kept. */
  private mergeBlockProblems(fresh: readonly SyntaxProblem[], region: Region, shifter: OffsetShifter): SyntaxProblem[] {
    const old = this.layout.blockProblems;
    const problems: SyntaxProblem[] = [];
    let i = 0;
    for (; i < old.length && old[i]!.span.start < region.start; i++) problems.push(old[i]!);
    for (const problem of fresh) problems.push(problem);
    for (; i < old.length; i++) {
      const problem = old[i]!;
      if (problem.span.start < region.oldEnd) continue;
      shifter.problem(problem);
      problems.push(problem);
    }
    return problems;
  }

  private mergeInlineProblems(scan: BlockScan, { first, last }: Region, shifter: OffsetShifter): { problems: SyntaxProblem[]; starts: number[] } {
    const old = this.layout.inlineProblems;
    const oldStarts = this.layout.inlineProblemStarts;
    const problems = old.slice(0, oldStarts[first]);
    const starts = oldStarts.slice(0, first);
    const base = problems.length;
    for (let k = 0; k < scan.problemStarts.length - 1; k++) starts.push(base + scan.problemStarts[k]!);
    for (const problem of scan.problems) problems.push(problem);
    const moved = problems.length - oldStarts[last]!;
    for (let k = last; k < oldStarts.length; k++) starts.push(oldStarts[k]! + moved);
    for (let i = oldStarts[last]!; i < old.length; i++) {
      shifter.problem(old[i]!);
      problems.push(old[i]!);
    }
    return { problems, starts };
  }
}

/** The blocks scanned again: old blocks [first, last) became `count` new ones; old text [start, oldEnd). */
interface Region {
  readonly first: number;
  readonly last: number;
  readonly count: number;
  readonly start: number;
  readonly oldEnd: number;
}

interface CommentMatch {
  readonly list: CommentNode[];
  /** How many comments at the end of `list` are old ones kept from after the change. */
  readonly keptAfter: number;
  readonly changedStart: number;
  readonly changedOldEnd: number;
  readonly changedNewEnd: number;
}

function sameComment(old: CommentNode, fresh: CommentNode, delta: number): boolean {
  return old.span.start + delta === fresh.span.start && old.span.end + delta === fresh.span.end && old.closed === fresh.closed && old.body === fresh.body;
}

/** A line with nothing but spaces between `from` (the end of a block's last line) and `to` (the start of the next block). */
function hasBlankLine(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i += 2;
    else if (c === 10 || c === 13) i++;
    else {
      // Not a line break: skip the rest of this (non-blank) line.
      while (i < to && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
      continue;
    }
    let j = i;
    while (j < to && isSpace(text.charCodeAt(j))) j++;
    if (j < to && (text.charCodeAt(j) === 10 || text.charCodeAt(j) === 13)) return true;
    i = j;
  }
  return false;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f;
}

function lastBlockStartingAtOrBefore(blocks: readonly Block[], offset: number): number {
  return partitionPoint(blocks.length, (i) => blocks[i]!.span.start <= offset) - 1;
}

function firstQuoteOpeningAtOrAfter(quotes: readonly QuoteNode[], offset: number): number {
  return partitionPoint(quotes.length, (i) => openStartOf(quotes[i]!) < offset);
}
