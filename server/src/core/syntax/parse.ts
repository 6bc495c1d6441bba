import { isWhitespace } from '../text/chars';
import { LineStarts, type Span } from '../text/lineIndex';
import { partitionPoint } from '../text/partition';
import { parseBlocks } from './blocks';
import { findComments } from './comments';
import { parseFrontMatter } from './frontMatter';
import { InlineScanner, type InlineContext } from './inline';
import type { Mutable } from '../mutable';
import type { AttributeList, Attribution, BareMentionNode, Block, BlockQuoteBlock, BracketNode, CommentNode, Inline, QuoteNode, SyntaxProblem, SyntaxTree } from './nodes';
import { continues, QuotePairer } from './quotes';
import { closeStartOf, openStartOf, ParsedQuote, spanEndOf } from './quoteNode';
import { blockEnd } from './paragraphNode';

export interface ParseOptions {
  /** `single` makes single marks the primary quotes (British style); the document's `quotes:` key wins. */
  readonly quotes?: 'double' | 'single';
}

/**
 * What an incremental re-parse needs to know about a tree beyond the tree
 * itself: the problems of each phase apart (the tree lists them phase by
 * phase), where each block's inline problems start, and which blocks end
 * with a quote still open (a place a re-parse must not start or stop).
 */
export interface TreeLayout {
  readonly bodyStart: number;
  readonly singlePrimary: boolean;
  readonly frontMatterProblems: readonly SyntaxProblem[];
  readonly commentProblems: readonly SyntaxProblem[];
  readonly blockProblems: readonly SyntaxProblem[];
  readonly inlineProblems: readonly SyntaxProblem[];
  /** Index into `inlineProblems` of each block's first problem; one more entry than blocks. */
  readonly inlineProblemStarts: readonly number[];
  /** Per block: a paragraph that ended with a quote still open (whether or not it ran on). */
  readonly openAtEnd: readonly boolean[];
}

/**
 * Spans are not shared between nodes, with a few fixed exceptions a re-parse
 * relies on when it moves nodes: an attribute list's span is its bracket's
 * `parenSpan`, a mismatched close is the quote's `close`, a block quote's
 * quote spans its block, and an attribution points into the inline nodes it
 * was read from — except a block quote's `— @-`, the one attribution span of
 * its own, listed here.
 */
export const ownAttributionSpans = new WeakSet<Span>();

/** Layouts of the trees `parse` and `reparse` made, until a re-parse consumes them. */
export const layouts = new WeakMap<SyntaxTree, TreeLayout>();

/** Parses ArticleMark text into a syntax tree with exact offsets. Never throws; problems are reported in the tree. */
export function parse(text: string, options: ParseOptions = {}): SyntaxTree {
  const fm = parseFrontMatter(text);
  const commentProblems: SyntaxProblem[] = [];
  const comments = findComments(text, fm.bodyStart, commentProblems);
  const blockProblems: SyntaxProblem[] = [];
  // The block parser meets every line break: with \n breaks alone it collects the line starts for the model's LineIndex.
  const lines = text.indexOf('\r') < 0 ? new LineStarts(text) : undefined;
  lines?.breaksIn(text, 0, fm.bodyStart);
  const blocks = parseBlocks(text, fm.bodyStart, text.length, comments, blockProblems, lines);
  const singlePrimary = isSinglePrimary(fm.frontMatter?.data['quotes'], options);
  const scan = new BlockScan(text, blocks, comments, singlePrimary);
  scan.run(0, blocks.length);
  const quotes = scan.quotes;
  finishQuotes(text, blocks, quotes, 0, 0, blocks.length);
  const layout: TreeLayout = {
    bodyStart: fm.bodyStart,
    singlePrimary,
    frontMatterProblems: fm.problems,
    commentProblems,
    blockProblems,
    inlineProblems: scan.problems,
    inlineProblemStarts: scan.problemStarts,
    openAtEnd: scan.openAtEnd,
  };
  const tree: SyntaxTree = {
    text,
    ...(fm.frontMatter ? { frontMatter: fm.frontMatter } : {}),
    blocks,
    quotes,
    comments,
    problems: allProblems(layout),
  };
  layouts.set(tree, layout);
  if (lines) lineStartsOf.set(tree, lines);
  return tree;
}

/** Line starts of the trees `parse` made from text with \n breaks alone (a re-parse's tree has none: its LineIndex searches the text). */
export const lineStartsOf = new WeakMap<SyntaxTree, LineStarts>();

export function isSinglePrimary(quotesKey: unknown, options: ParseOptions): boolean {
  return quotesKey === 'single' || (quotesKey !== 'double' && options.quotes === 'single');
}

/** The tree's problems, phase by phase, as a full parse finds them. */
export function allProblems(layout: TreeLayout): SyntaxProblem[] {
  return [...layout.frontMatterProblems, ...layout.commentProblems, ...layout.blockProblems, ...layout.inlineProblems];
}

/**
 * Scans the inline content of a run of blocks and pairs their quote marks; a
 * quote left open at the end of a paragraph runs on into the next one when
 * that one opens with the same mark (newsroom convention).
 */
export class BlockScan {
  readonly quotes: QuoteNode[] = [];
  readonly problems: SyntaxProblem[] = [];
  readonly problemStarts: number[] = [];
  readonly openAtEnd: boolean[] = [];
  /** Set when the last block scanned ran a quote on into the block after the run. */
  carriedOut = false;

  constructor(
    private readonly text: string,
    private readonly blocks: readonly Block[],
    private readonly comments: readonly CommentNode[],
    private readonly singlePrimary: boolean,
  ) {}

  run(from: number, to: number): void {
    const { text, blocks, quotes, problems, comments } = this;
    const singlePrimary = this.singlePrimary;
    // One context, scanner and pairer for the run, moved from block to block.
    const context: Mutable<InlineContext> = { text, comments, quotes, problems, blockIndex: from, inHeading: false, singlePrimary };
    const scanner = new InlineScanner(context);
    const pairer = new QuotePairer({ blockIndex: from, inHeading: false, singlePrimary }, quotes);
    /** Set while a quote left open runs on from the previous paragraph into this one. */
    let carried = false;
    let continuationMark = -1;
    for (let index = from; index < to; index++) {
      const block = blocks[index]!;
      this.problemStarts.push(problems.length);
      this.openAtEnd.push(false);
      if (block.type === 'definition') continue;
      const inHeading = block.type === 'heading';
      context.blockIndex = index;
      context.inHeading = inHeading;
      const contentEnd = blockEnd(block);
      block.inlines = scanner.scan(block.contentStart, contentEnd, block.skips);

      if (block.type !== 'paragraph') {
        pairer.reset(index, inHeading);
        scanner.pairMarks(pairer, -1);
        pairer.finish(contentEnd);
        if (block.type === 'block-quote') quotes.push(blockQuote(text, block, index));
        continue;
      }

      if (!carried) pairer.reset(index, false);
      scanner.pairMarks(pairer, continuationMark);
      carried = false;
      continuationMark = -1;
      const open = pairer.firstOpenMark;
      if (open === undefined) continue;
      this.openAtEnd[this.openAtEnd.length - 1] = true;
      const next = blocks[index + 1];
      const resume = next?.type === 'paragraph' ? firstContentChar(text, next.contentStart, blockEnd(next)) : -1;
      if (next && resume >= 0 && continues(open, text[resume]!)) {
        if (index + 1 === to) {
          // The run ends here but the quote goes on: the caller must scan further.
          this.carriedOut = true;
          pairer.finish(contentEnd);
          continue;
        }
        pairer.continueInto(contentEnd, resume + 1, index + 1);
        carried = true;
        continuationMark = resume;
      } else {
        pairer.finish(contentEnd);
      }
    }
    this.problemStarts.push(problems.length);
  }
}

/**
 * Orders the quotes of blocks [from, to), numbers them from `firstIndex`, and
 * links nesting, attributions and split quotes, which never reach outside
 * those blocks when the run starts and ends where no quote is open.
 */
export function finishQuotes(text: string, blocks: readonly Block[], quotes: QuoteNode[], firstIndex: number, from: number, to: number): void {
  sortQuotes(quotes);
  for (let i = 0; i < quotes.length; i++) quotes[i]!.index = firstIndex + i;
  assignParents(quotes);
  attachAttributions(text, blocks, quotes, from, to);
  findSplitQuotes(text, quotes);
}

/** Document order: by opening mark, the outer of two quotes that open together first. */
function quoteBefore(a: QuoteNode, b: QuoteNode): boolean {
  const aStart = openStartOf(a);
  const bStart = openStartOf(b);
  return aStart < bStart || (aStart === bStart && spanEndOf(a) > spanEndOf(b));
}

/**
 * Sorts the quotes into document order. They come out of the pairers nearly
 * sorted (in closing order, a bracket's quotes before those of its block), so
 * an insertion sort does it in about one pass; past a few moves per quote
 * (many quotes out of place in one long paragraph) the library sort takes
 * over, so the cost stays linear. No two quotes open at one mark with one end,
 * so either sort gives the same order.
 */
function sortQuotes(quotes: QuoteNode[]): void {
  let budget = 4 * quotes.length + 16;
  for (let i = 1; i < quotes.length; i++) {
    const quote = quotes[i]!;
    let j = i - 1;
    if (!quoteBefore(quote, quotes[j]!)) continue;
    while (j >= 0 && quoteBefore(quote, quotes[j]!)) {
      quotes[j + 1] = quotes[j]!;
      j--;
      budget--;
    }
    quotes[j + 1] = quote;
    if (budget < 0) {
      quotes.sort((a, b) => openStartOf(a) - openStartOf(b) || spanEndOf(b) - spanEndOf(a));
      return;
    }
  }
}

/** The first non-space offset in [start, end), or -1. */
export function firstContentChar(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) if (!isWhitespace(text.charCodeAt(i))) return i;
  return -1;
}

function blockQuote(text: string, block: BlockQuoteBlock, index: number): QuoteNode {
  const contentEnd = block.attributionLine ? block.attributionLine.start : block.span.end;
  const parts: Span[] = [];
  let start = block.contentStart;
  for (const skip of block.skips) {
    if (skip.start >= contentEnd) break;
    let end = skip.start;
    while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
    parts.push({ start, end });
    start = skip.end;
  }
  if (start < contentEnd) parts.push({ start, end: contentEnd });
  return new ParsedQuote('>', block.span.start, -1, block.span.end, block.span, parts, -1, false, false, false, index);
}

function assignParents(quotes: QuoteNode[]): void {
  const stack: QuoteNode[] = [];
  for (const quote of quotes) {
    const start = openStartOf(quote);
    while (stack.length > 0 && spanEndOf(stack[stack.length - 1]!) <= start) stack.pop();
    const parent = stack.length > 0 ? stack[stack.length - 1] : undefined;
    if (parent && spanEndOf(quote) <= spanEndOf(parent)) quote.parent = parent.index;
    stack.push(quote);
  }
}

/** Suffix (`"…"@id`), bracket (`["…"](@id)`) and block quote (`> — @id`) attributions. */
function attachAttributions(text: string, blocks: readonly Block[], quotes: QuoteNode[], from: number, to: number): void {
  const finder = new AttributionFinder(text, quotes);
  for (let index = from; index < to; index++) {
    const block = blocks[index]!;
    if (block.type === 'definition') continue;
    finder.visit(block.inlines);
    if (block.type === 'block-quote' && block.attributionLine) {
      const quote = finder.blockQuote(index, block.span.start);
      const line = block.attributionLine;
      const speaker = block.inlines.find(
        (node) => node.span.start >= line.start && (node.type === 'bare-mention' || (node.type === 'bracket' && node.role === 'mention')),
      );
      const notSpeech = /^(?:—|–|--)[ \t\u00a0]*(@-)(?![\p{L}\p{N}])/u.exec(text.slice(line.start, line.end));
      if (quote && notSpeech) {
        const at = line.start + notSpeech[0].length - 2;
        const span = { start: at, end: at + 2 };
        ownAttributionSpans.add(span);
        quote.attribution = { form: 'blockquote', span, ids: [], notSpeech: true };
      } else if (quote && speaker) {
        quote.attribution = attributionFromMention(speaker);
      }
    }
  }

  const suffixes = finder.suffixes;
  if (suffixes === undefined) return;
  for (const quote of quotes) {
    const closeStart = closeStartOf(quote);
    if (closeStart < 0 || quote.attribution) continue;
    const mention = suffixes.get(closeStart + 1);
    if (mention) quote.attribution = { form: 'suffix', span: mention.span, ids: mention.ids, notSpeech: mention.notSpeech, mention };
  }
}

/**
 * The inline nodes that attribute quotes, found in one walk without a closure
 * per block; the lookups are built when first needed (most blocks of prose
 * have no bracket quote, and only block quotes have attribution lines).
 */
class AttributionFinder {
  /** Bare mentions right after a quote mark, by start: candidate suffixes. */
  suffixes: Map<number, BareMentionNode> | undefined;

  constructor(
    private readonly text: string,
    private readonly quotes: readonly QuoteNode[],
  ) {}

  visit(inlines: readonly Inline[]): void {
    for (let i = 0; i < inlines.length; i++) {
      const node = inlines[i]!;
      if (node.type === 'bare-mention') {
        if (node.afterQuoteMark) (this.suffixes ??= new Map()).set(node.span.start, node);
      } else if (node.type === 'bracket') {
        if (node.role === 'quote' && node.attributes) this.bracketQuote(node, node.attributes);
        this.visit(node.children);
      }
    }
  }

  /** The block quote of block `index`, which opens at the block's start. */
  blockQuote(index: number, blockStart: number): QuoteNode | undefined {
    const quote = this.openingAt(blockStart);
    return quote?.mark === '>' && quote.blockIndex === index ? quote : undefined;
  }

  /**
   * The quote that opens at `offset`, found by binary search (the quotes are
   * in order of their opening marks; no two open at one offset) rather than
   * a map of every quote built for the first lookup.
   */
  private openingAt(offset: number): QuoteNode | undefined {
    const quotes = this.quotes;
    const at = partitionPoint(quotes.length, (i) => openStartOf(quotes[i]!) < offset);
    const quote = at < quotes.length ? quotes[at] : undefined;
    return quote && openStartOf(quote) === offset ? quote : undefined;
  }

  private bracketQuote(node: BracketNode, attrs: AttributeList): void {
    // The scanner gave the `quote` role because a quote opens at the text's first non-space character.
    const found = this.openingAt(firstContentChar(this.text, node.textSpan.start, node.textSpan.end));
    const quote = found?.mark !== '>' ? found : undefined;
    if (quote) {
      quote.attribution = {
        form: 'bracket',
        span: attrs.idSpan ?? attrs.notSpeechSpan ?? attrs.span,
        ids: attrs.ids,
        notSpeech: attrs.notSpeech,
      };
    }
  }
}

function attributionFromMention(node: Inline): Attribution {
  if (node.type === 'bare-mention') return { form: 'blockquote', span: node.span, ids: node.ids, notSpeech: node.notSpeech, mention: node };
  if (node.type !== 'bracket') return { form: 'blockquote', span: node.span, ids: [], notSpeech: false };
  const attrs = node.attributes;
  return { form: 'blockquote', span: attrs?.idSpan ?? node.span, ids: attrs?.ids ?? [], notSpeech: attrs?.notSpeech ?? false, mention: node };
}

export function walk(inlines: readonly Inline[], visit: (node: Inline) => void): void {
  for (const node of inlines) {
    visit(node);
    if (node.type === 'bracket') walk(node.children, visit);
  }
}

/**
 * `"We will rebuild," he said, "whatever it costs."` is one logical quote: the
 * first part ends with a comma, the second starts lowercase, and only a short
 * speech clause stands between them.
 */
function findSplitQuotes(text: string, quotes: QuoteNode[]): void {
  let previous: QuoteNode | undefined;
  for (const quote of quotes) {
    if (quote.parent !== undefined || quote.mark === '>') continue;
    const a = previous;
    previous = quote;
    const aClose = a ? closeStartOf(a) : -1;
    if (!a || aClose < 0 || a.blockIndex !== quote.blockIndex) continue;
    // Most quotes of a paragraph are further apart than a speech clause: that is known before any slice or regex.
    const start = openStartOf(quote);
    if (start - (aClose + 1) > 120) continue;
    const between = text.slice(aClose + 1, start);
    const endsWithComma = text[aClose - 1] === ',' || /^(?:@[\p{L}\p{N}+-]*)?\s*,/u.test(between);
    // `\s` takes the no-break spaces U+00A0 and U+202F too.
    const firstWord = text.slice(start + 1, start + 4).replace(/^\s+/, '');
    const startsLower = firstWord !== '' && firstWord[0] !== firstWord[0]!.toUpperCase();
    // The speech clause sits between two commas (`," he said, "`): prose that runs
    // into the second quote (`… a-t-il dit que "des modalités"`) is another quote.
    const clauseEndsWithComma = /,\s*$/.test(between);
    if (endsWithComma && clauseEndsWithComma && startsLower && between.length <= 120 && !/[.!?;]/.test(between.replace(/^@\S*/, '').replace(/[«»"“”„]/g, ''))) {
      // Chains: a third part joins the group of the first two.
      const group = a.splitParts ?? [a.index];
      group.push(quote.index);
      a.splitParts = group;
      quote.splitParts = group;
    }
  }
}
