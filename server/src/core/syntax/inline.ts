import { invalidIdMessage, isAstralSymbolAt, isAstralSymbolBefore, isDigit, isHandleChar, isLetterOrDigit, isPunctuation, isUppercase, isValidId, isWhitespace } from '../text/chars';
import type { Mutable } from '../mutable';
import { partitionPoint } from '../text/partition';
import type { Span } from '../text/lineIndex';
import { figureValueFix, isFragmentToken, parseFigureValue } from './figureValue';
import type {
  AttributeList,
  AttributePair,
  BracketNode,
  BracketRole,
  CommentNode,
  IdRef,
  Inline,
  QuoteNode,
  SyntaxFix,
  SyntaxProblem,
} from './nodes';
import { QuotePairer, type MarkEvent } from './quotes';
import { closeStartOf, openStartOf } from './quoteNode';

export interface InlineContext {
  readonly text: string;
  /** All comments of the document, in order. */
  readonly comments: readonly CommentNode[];
  readonly quotes: QuoteNode[];
  readonly problems: SyntaxProblem[];
  readonly blockIndex: number;
  readonly inHeading: boolean;
  readonly singlePrimary: boolean;
}

const PAIR_RE = /^([\p{L}\p{N}_-]+)=("(?:[^"\\]|\\.)*"|[^\s"]*)/u;

/**
 * The characters that may start a construct or are quote marks: < ` \ ! [ * @ T X " ' and
 * « » ‘ ’ “ ” „ ‹ ›, and `:`, where bare URLs are recognised (`http:`, `https:`, `mailto:` end
 * there; looking for them at every `h` and `m` cost more than the rest of the scan).
 * The scan jumps from one to the next with this regex: the regex engine skips prose in
 * machine code about twice as fast as a charCodeAt loop, which slows down once it has
 * seen texts of several string representations (as a server or CLI always does).
 */
const SPECIAL_RE = /[<`\\![*@TX"':\u00ab\u00bb\u2018\u2019\u201c-\u201e\u2039\u203a]/g;

/**
 * `[words](@id)` whose words hold no character SPECIAL_RE stops at (so no
 * construct and no quote inside) and no line break, and whose `@id` is one
 * ASCII ID: the general path reads these as a mention with nothing else in it.
 */
const PLAIN_MENTION_RE = /\[([^<`\\![\]*@TX"':\u00ab\u00bb\u2018\u2019\u201c-\u201e\u2039\u203a\n\r]*)\]\(@([a-z0-9]+(?:-[a-z0-9]+)*)\)/y;

/**
 * Shortcuts that give the same tree as the general path, faster. Tests turn
 * them off to check that they do (test/core/inlineFastPaths.test.ts).
 */
export const fastPaths = { mention: true };

/** The non-ASCII quote marks, by code: « » ‘ ’ “ ” „ ‹ › (with " and ' the marks the scanner knows). */
function isQuoteCode(c: number): boolean {
  return c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201e && c !== 0x201a && c !== 0x201b) || c === 0x2039 || c === 0x203a;
}

/** `<https://…>` / `<mailto:…>`, sticky: matched at `lastIndex` in the whole text. */
const AUTOLINK_RE = /<((?:https?:\/\/|mailto:)[^\s<>]*)>/y;

/** One space, then the lowercase word a plural possessive qualifies ("boys' game"). */
const POSSESSED_WORD = /^[ \u00a0]([\p{Ll}]+)/u;
/** Words that follow the end of a quote rather than a possessive: who spoke, and how. */
const WORDS_AFTER_A_QUOTE = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'said', 'says', 'say', 'told', 'tells', 'asked', 'asks', 'added', 'adds', 'explained', 'continued', 'replied', 'insisted', 'warned', 'wrote', 'writes', 'according']);

/**
 * The mark with code `c` as one of the string constants the pairer compares
 * with: `text[i]` made a new string for each mark beyond Latin-1 (’ “ ” …),
 * and comparing it took a look at its characters.
 */
function markChar(c: number): string {
  switch (c) {
    case 34:
      return '"';
    case 39:
      return "'";
    case 0xab:
      return '«';
    case 0xbb:
      return '»';
    case 0x2018:
      return '‘';
    case 0x2019:
      return '’';
    case 0x201c:
      return '“';
    case 0x201d:
      return '”';
    case 0x201e:
      return '„';
    case 0x2039:
      return '‹';
    case 0x203a:
      return '›';
    default:
      return String.fromCharCode(c);
  }
}

function isNoBreakSpace(c: number): boolean {
  return c === 0xa0 || c === 0x202f;
}
const URL_TRAILING = new Set(['.', ',', ';', ':', '!', '?', '"', "'", '»', '”', '’', ')', ']', '*']);

/**
 * Scans inline content in the scanning order the language fixes: comments,
 * code spans, escapes, URLs and `[…](…)` spans are opaque; quote marks,
 * emphasis and bare mentions are found in what remains.
 *
 * One scanner serves every block of a parse (`scan` starts afresh each time):
 * a scanner, its arrays and a context per block were a tenth of what a parse
 * of plain prose allocated. The context is read when a scan runs, so a caller
 * may change its block index and heading flag between scans.
 */
export class InlineScanner {
  private readonly text: string;
  private inlines: Inline[] = [];
  /**
   * The quote marks of the last scan, in order, the first `markCount` of
   * these: valid until the next scan, which overwrites them (a pairer reads a
   * mark's fields and keeps none of them, so the objects serve every block
   * instead of one new object per mark).
   */
  private readonly marks: Mutable<MarkEvent>[] = [];
  markCount = 0;
  private readonly emphasis: { offset: number; length: number }[] = [];
  private start = 0;
  private end = 0;
  private skips: readonly Span[] = [];
  private skipIndex = 0;
  private commentIndex = 0;
  /**
   * The last search's answer: no special character in [knownFrom,
   * knownSpecial), and one at knownSpecial (or it is the text's length). The
   * regex runs past the end of a block to the next special character, often
   * in a later block: the next scan starts from that answer instead of
   * searching those characters again (about a fifth of a plain article).
   */
  private knownFrom = 0;
  private knownSpecial = -1;

  /**
   * `[` → the `]` that closes it (≥ 0), or `-1 - end` when none does before
   * `end`: what earlier walks of matchBracket learnt on their way. Without it,
   * each `[` of `[[[…]]]` or of many unclosed `[` walked to its end again
   * (quadratic: 150 KB of them took 10 s). Shared with the scanners of nested
   * bracket texts (see matchBracket for why the answers hold there), dropped
   * when this scanner starts another block.
   */
  private bracketMatches: Map<number, number> | undefined;

  constructor(
    private readonly ctx: InlineContext,
    /** How many bracket texts this scan is nested in (see MAX_BRACKET_NESTING). */
    private readonly nesting = 0,
    private readonly sharedMatches?: Map<number, number>,
  ) {
    this.text = ctx.text;
  }

  /** Scans [start, end) but for the `skips`; returns its inline nodes (a new array, the caller's to keep). */
  scan(start: number, end: number, skips: readonly Span[]): Inline[] {
    this.start = start;
    this.end = end;
    this.skips = skips;
    this.skipIndex = 0;
    this.commentIndex = firstCommentAtOrAfter(this.ctx.comments, start);
    this.inlines = NO_INLINES;
    this.bracketMatches = this.sharedMatches;
    // Setting a length is a call into the runtime: only when there is something to drop.
    this.markCount = 0;
    if (this.emphasis.length > 0) this.emphasis.length = 0;
    const text = this.text;
    // `end` when no skip is left (the loop stops there anyway): an integer, so the test stays a small-integer compare.
    let skipStart = skips.length > 0 ? skips[0]!.start : end;
    let i = start;
    while (i < end) {
      if (i >= skipStart) {
        const skip = skips[this.skipIndex]!;
        if (i < skip.end) i = skip.end;
        this.skipIndex++;
        skipStart = this.skipIndex < skips.length ? skips[this.skipIndex]!.start : end;
        continue;
      }
      let at = this.knownSpecial;
      if (i < this.knownFrom || i > at) {
        SPECIAL_RE.lastIndex = i;
        at = SPECIAL_RE.test(text) ? SPECIAL_RE.lastIndex - 1 : text.length;
        this.knownFrom = i;
        this.knownSpecial = at;
      }
      if (at >= end) break;
      if (at >= skipStart) {
        i = skipStart;
        continue;
      }
      i = at;
      const c = text.charCodeAt(i);
      switch (c) {
        case 60 /* < */:
          i = this.lessThan(i);
          break;
        case 96 /* ` */:
          i = this.codeSpan(i);
          break;
        case 92 /* \ */:
          i = this.escape(i);
          break;
        case 58 /* : */:
          i = this.colon(i);
          break;
        case 33 /* ! */:
          i = text.charCodeAt(i + 1) === 91 ? this.bracket(i, true) : i + 1;
          break;
        case 91 /* [ */:
          i = this.bracket(i, false);
          break;
        case 42 /* * */:
          i = this.star(i);
          break;
        case 64 /* @ */:
          i = this.at(i);
          break;
        case 84 /* T */: {
          // Only TODO and TK: most capital Ts start other words.
          const n = text.charCodeAt(i + 1);
          i = n === 79 /* O */ || n === 75 /* K */ ? this.placeholder(i) : i + 1;
          break;
        }
        case 88 /* X */:
          i = text.charCodeAt(i + 1) === 88 ? this.placeholder(i) : i + 1;
          break;
        default:
          this.quoteMark(i);
          i++;
      }
    }
    return this.inlines;
  }

  /** Hands the marks of the last scan to `pairer`, but for the one at offset `except` (-1: none). */
  pairMarks(pairer: QuotePairer, except: number): void {
    // The single quotes open before a mark, counted on from the last mark that asked, not again from the first for
    // each: a paragraph of 32,000 `'80s` took 4 s.
    const before = { counted: 0, open: 0 };
    for (let m = 0; m < this.markCount; m++) {
      const mark = this.marks[m]!;
      if (mark.offset === except || (this.ctx.singlePrimary && this.isPluralPossessive(m, except))) continue;
      // Only a mark before a digit can stand for a century: the test costs one look for every other mark.
      if (isDigit(this.text.charCodeAt(mark.offset + 1)) && this.isElidedCentury(m, except, before)) continue;
      pairer.process(mark);
    }
  }

  /**
   * `the '80s`, `the class of ’24`: a mark before two digits (and no third)
   * stands for a century, an apostrophe, where single marks are quotes (British
   * style, headings). A `’` after a space can close nothing; a `'` is a quote
   * only when a later mark of this scope can close it, beyond those that close
   * the single quotes already open, before another single quote opens
   * (`'24 hours is too long,' he said`; `'Like the '80s,' he said` has one).
   * `before` counts the quotes open before the marks: asked for `m`, it counts on from where it stopped (the marks
   * are asked about in order, with one `except`).
   */
  private isElidedCentury(m: number, except: number, before: { counted: number; open: number }): boolean {
    const mark = this.marks[m]!;
    const text = this.text;
    const at = mark.offset;
    if (!isDigit(text.charCodeAt(at + 2)) || isDigit(text.charCodeAt(at + 3))) return false;
    if (mark.char === '’') return this.isCurlyCentury(at);
    if (mark.char !== "'" || !mark.canOpen || mark.canClose) return false;
    for (; before.counted < m; before.counted++) {
      const earlier = this.marks[before.counted]!;
      // A `’24` is an apostrophe: it closes nothing (`the '80s and the class of ’24` has no quote).
      if (earlier.offset === except || (earlier.char === '’' && this.isCurlyCentury(earlier.offset))) continue;
      if (earlier.char === '‘' || (earlier.char === "'" && earlier.canOpen && !(earlier.canClose && before.open > 0))) before.open++;
      else if (before.open > 0 && (earlier.char === '’' || (earlier.char === "'" && earlier.canClose))) before.open--;
    }
    let open = before.open;
    for (let k = m + 1; k < this.markCount; k++) {
      const later = this.marks[k]!;
      if (later.offset === except || (later.char !== "'" && later.char !== '’' && later.char !== '‘')) continue;
      if (later.char === '’' && this.isCurlyCentury(later.offset)) continue;
      if (later.char !== '‘' && later.canClose && !(this.ctx.singlePrimary && this.isPluralPossessive(k, except))) {
        if (open === 0) return false;
        open--;
      } else if (later.canOpen) return true;
    }
    return true;
  }

  /** A `’` after a space (or at the start) before exactly two digits, as in `the class of ’24`: always an apostrophe. */
  private isCurlyCentury(at: number): boolean {
    const text = this.text;
    return (at === 0 || isWhitespace(text.charCodeAt(at - 1))) && isDigit(text.charCodeAt(at + 1)) && isDigit(text.charCodeAt(at + 2)) && !isDigit(text.charCodeAt(at + 3));
  }

  /**
   * British style: the mark of `boys'` in 'It is the boys' game,' he said is
   * an apostrophe, not the end of the quote, when a later mark of this scope
   * can close the quote with no single quote opening in between, and the word
   * after it does not say who spoke ('Ask the boys' she said).
   */
  private isPluralPossessive(m: number, except: number): boolean {
    const mark = this.marks[m]!;
    const curly = mark.char === '’';
    if (!curly && !(mark.char === "'" && mark.canClose && !mark.canOpen)) return false;
    const at = mark.offset;
    const before = this.text.charCodeAt(at - 1);
    if (before !== 115 /* s */ && before !== 83 /* S */) return false;
    const word = POSSESSED_WORD.exec(this.text.slice(at + 1, at + 24));
    if (!word || WORDS_AFTER_A_QUOTE.has(word[1]!)) return false;
    for (let k = m + 1; k < this.markCount; k++) {
      const later = this.marks[k]!;
      if (later.offset === except) continue;
      if (curly ? later.char === '‘' : later.char === "'" && later.canOpen) return false;
      if (curly ? later.char === '’' : later.char === "'" && later.canClose) return true;
    }
    return false;
  }

  /** Appends a node; a scope with none keeps the shared empty list (most paragraphs of prose, most bracket texts). */
  private add(node: Inline): void {
    if (this.inlines === NO_INLINES) this.inlines = [node];
    else this.inlines.push(node);
  }

  // ------------------------------------------------------------ neighbours

  /** The character before `i` in this scope, or -1 at the start of the scope or of a line after a skipped prefix. */
  private prev(i: number): number {
    if (i <= this.start) return -1;
    // Skips are passed in order, so only the last one passed can end here. (Index -1 is never read: out of bounds, V8 looks the key up the prototype chain.)
    if (this.skipIndex > 0 && this.skips[this.skipIndex - 1]!.end === i) return 10;
    return this.text.charCodeAt(i - 1);
  }

  private next(i: number): number {
    return i + 1 < this.end ? this.text.charCodeAt(i + 1) : -1;
  }

  // ------------------------------------------------------------ opaque constructs

  /**
   * Where the first comment at or after `from` starts, or the scope's end: comments come first in the
   * scanning order, so no code span or escape found later reaches into one.
   */
  private commentStartFrom(from: number): number {
    const comments = this.ctx.comments;
    // A binary search, as commentAt: the code spans a bracket walk skips lie ahead of the scan's own comment index.
    const comment = comments[firstCommentAtOrAfter(comments, from)];
    return comment ? Math.min(comment.span.start, this.end) : this.end;
  }

  /** The comment that starts at `i`, if one does (a `<!--` inside another comment starts none). */
  private commentAt(i: number): CommentNode | undefined {
    const comments = this.ctx.comments;
    // A binary search: the walks that ask (matchBracket, matchParen) run ahead of the scan's own comment index.
    const comment = comments[firstCommentAtOrAfter(comments, i)];
    return comment !== undefined && comment.span.start === i ? comment : undefined;
  }

  /**
   * The text an attribute list or a destination is read from: the document's own when no comment
   * starts in `span` (offsets as they are), else the text of `span` alone with spaces in place of
   * its comments, as on a definition line (offsets from `span.start`).
   */
  private parenSource(span: Span): string {
    const comments = this.ctx.comments;
    let k = firstCommentAtOrAfter(comments, span.start);
    if (k >= comments.length || comments[k]!.span.start >= span.end) return this.text;
    let source = '';
    let at = span.start;
    for (; k < comments.length && comments[k]!.span.start < span.end; k++) {
      const comment = comments[k]!.span;
      const end = Math.min(comment.end, span.end);
      source += this.text.slice(at, comment.start) + ' '.repeat(end - comment.start);
      at = end;
    }
    return source + this.text.slice(at, span.end);
  }

  /**
   * `@a @b` in one list: the fix that joins them as `@a+b`, when only spaces stand between the two tokens (not a
   * comment or another token, which the join would remove) and every ID is valid and new. `second`: the IDs after `@`.
   */
  private joinedIds(ids: readonly IdRef[] | undefined, first: Span, second: string, span: Span): SyntaxFix | undefined {
    const parts = second.split('+');
    const valid = parts.every((part) => isValidId(part) && !ids?.some((ref) => ref.id === part));
    if (!ids || !valid || this.text.slice(first.start + 1, first.end).split('+').length !== ids.length) return undefined;
    if (!/^[ \t\r\n]*$/.test(this.text.slice(first.end, span.start))) return undefined;
    const joined = [...ids.map((ref) => ref.id), ...parts].join('+');
    return { title: `Join as @${joined}`, span: { start: first.end, end: span.start + 1 }, newText: '+' };
  }

  private lessThan(i: number): number {
    const comments = this.ctx.comments;
    // Comments passed inside another construct's span are behind us: without this, one of them left every later comment of the block unseen.
    while (this.commentIndex < comments.length && comments[this.commentIndex]!.span.start < i) this.commentIndex++;
    const comment = comments[this.commentIndex];
    if (comment && comment.span.start === i) {
      this.add(comment);
      this.commentIndex++;
      return Math.min(comment.span.end, this.end);
    }
    AUTOLINK_RE.lastIndex = i;
    const auto = AUTOLINK_RE.exec(this.text);
    // Within the scope and at most 2 KB long: no slice of the text per `<`.
    if (auto && i + auto[0].length <= Math.min(this.end, i + 2048)) {
      this.add({ type: 'url', span: { start: i, end: i + auto[0].length }, url: auto[1]! });
      return i + auto[0].length;
    }
    return i + 1;
  }

  private codeSpan(i: number): number {
    const end = this.codeSpanEnd(i);
    if (end < 0) return this.backticksEnd(i);
    this.add({ type: 'code', span: { start: i, end } });
    return end;
  }

  /** The end of the code span whose opening backticks start at `i`, or -1: it closes with a run as long, before the scope's end and before a comment. */
  private codeSpanEnd(i: number): number {
    const n = this.backticksEnd(i) - i;
    const fence = '`'.repeat(n);
    const limit = this.commentStartFrom(i + n);
    let search = i + n;
    while (search < limit) {
      const close = this.text.indexOf(fence, search);
      if (close < 0 || close + n > limit) break;
      let m = 0;
      while (this.text.charCodeAt(close + m) === 96) m++;
      if (m === n) return close + n;
      search = close + m;
    }
    return -1;
  }

  private escape(i: number): number {
    const next = this.next(i);
    // ASCII punctuation, and the quote marks (« » ‘ ’ “ ” „ ‹ ›): a mark typed by mistake, or left open in copy, can
    // be made literal like a straight one.
    // The `<` of a comment is the comment's: the backslash before it is literal.
    if (next === 60 && this.commentAt(i + 1)) return i + 1;
    if ((next > 32 && next < 127 && isPunctuation(next)) || isQuoteCode(next)) {
      this.add({ type: 'escape', span: { start: i, end: i + 2 } });
      return i + 2;
    }
    return i + 1;
  }

  /** A `:` that ends `http`, `https` or `mailto`: the URL started at that word, which the scan has passed without emitting anything (letters only). */
  private colon(i: number): number {
    const text = this.text;
    let start = -1;
    if (text.charCodeAt(i + 1) === 47 && text.charCodeAt(i + 2) === 47) {
      if (text.startsWith('https', i - 5)) start = i - 5;
      else if (text.startsWith('http', i - 4)) start = i - 4;
    } else if (text.startsWith('mailto', i - 6)) {
      start = i - 6;
    }
    if (start < this.start) return i + 1;
    // Letters a construct already took (`@http:`, a code span) are not a URL's start.
    const last = this.inlines.length > 0 ? this.inlines[this.inlines.length - 1]! : undefined;
    if (last && last.span.end > start) return i + 1;
    const end = this.url(start);
    return end > start + 1 ? end : i + 1;
  }

  private url(i: number): number {
    const text = this.text;
    if (!(text.startsWith('https://', i) || text.startsWith('http://', i) || text.startsWith('mailto:', i))) return i + 1;
    const before = this.prev(i);
    if (before >= 0 && isLetterOrDigit(before)) return i + 1;
    let j = i;
    while (j < this.end) {
      const c = text.charCodeAt(j);
      if (isWhitespace(c) || c === 60 || c === 62) break;
      j++;
    }
    // Trailing punctuation belongs to the sentence; a `)` only when unbalanced.
    while (j > i) {
      const last = text[j - 1]!;
      if (!URL_TRAILING.has(last)) break;
      if (last === ')') {
        const slice = text.slice(i, j);
        if (count(slice, '(') >= count(slice, ')')) break;
      }
      j--;
    }
    const minimum = text.startsWith('mailto:', i) ? 8 : text.startsWith('https', i) ? 9 : 8;
    if (j - i < minimum) return i + 1;
    this.add({ type: 'url', span: { start: i, end: j }, url: text.slice(i, j) });
    return j;
  }

  private placeholder(i: number): number {
    const before = this.prev(i);
    if (before >= 0 && isLetterOrDigit(before)) return i + 1;
    for (const word of ['TODO', 'TK', 'XXX']) {
      if (this.text.startsWith(word, i)) {
        const after = i + word.length < this.end ? this.text.charCodeAt(i + word.length) : -1;
        if (after >= 0 && isLetterOrDigit(after)) continue;
        this.add({ type: 'placeholder', span: { start: i, end: i + word.length }, word });
        return i + word.length;
      }
    }
    return i + 1;
  }

  // ------------------------------------------------------------ quotes

  private quoteMark(i: number): void {
    const code = this.text.charCodeAt(i);
    const prev = this.prev(i);
    const next = this.next(i);
    // An apostrophe inside a word (l'homme, aujourd’hui): the commonest mark in French copy, settled on codes alone.
    if ((code === 39 || code === 0x2019) && prev >= 0 && next >= 0 && isLetterOrDigit(prev) && isLetterOrDigit(next)) return;
    const char = markChar(code);
    let canOpen = true;
    let canClose = true;
    if (code === 34 || code === 39) {
      // French writers put a no-break space inside the marks: look past one.
      const inner = isNoBreakSpace(next) ? this.next(i + 1) : next;
      const innerBefore = isNoBreakSpace(prev) ? this.prev(i - 1) : prev;
      canOpen = inner >= 0 && !isWhitespace(inner) && (prev < 0 || isWhitespace(prev) || isPunctuation(prev) || isAstralSymbolBefore(this.text, i));
      canClose = innerBefore >= 0 && !isWhitespace(innerBefore) && (next < 0 || isWhitespace(next) || isPunctuation(next) || isAstralSymbolAt(this.text, i + 1));
      if (!canOpen && !canClose) return;
    }
    const mark = this.markCount < this.marks.length ? this.marks[this.markCount] : undefined;
    if (mark === undefined) {
      this.marks.push({ offset: i, char, canOpen, canClose });
    } else {
      mark.offset = i;
      mark.char = char;
      mark.canOpen = canOpen;
      mark.canClose = canClose;
    }
    this.markCount++;
  }

  // ------------------------------------------------------------ emphasis

  private star(i: number): number {
    let n = 0;
    while (i + n < this.end && this.text.charCodeAt(i + n) === 42) n++;
    if (n > 2) return i + n;
    const prev = this.prev(i);
    const next = i + n < this.end ? this.text.charCodeAt(i + n) : -1;
    const canClose = prev >= 0 && !isWhitespace(prev);
    const canOpen = next >= 0 && !isWhitespace(next);
    if (canClose) {
      for (let k = this.emphasis.length - 1; k >= 0; k--) {
        const opener = this.emphasis[k]!;
        if (opener.length === n) {
          this.emphasis.length = k;
          this.add({
            type: 'emphasis',
            span: { start: opener.offset, end: i + n },
            strong: n === 2,
            openMark: { start: opener.offset, end: opener.offset + n },
            closeMark: { start: i, end: i + n },
          });
          return i + n;
        }
      }
    }
    if (canOpen) this.emphasis.push({ offset: i, length: n });
    return i + n;
  }

  // ------------------------------------------------------------ mentions

  private at(i: number): number {
    const text = this.text;
    const prev = this.prev(i);
    // After ' or ’ the @ follows an elided article (l'@ump) unless single marks are the primary quotes.
    const afterQuoteMark = (prev === 34 || prev === 39 || isQuoteCode(prev)) && (this.ctx.singlePrimary || (prev !== 39 && prev !== 0x2019)) && this.mayClose(i - 1);
    if (!afterQuoteMark && prev >= 0 && isLetterOrDigit(prev)) return i + 1; // an e-mail address
    let j = i + 1;
    while (j < this.end) {
      const c = text.charCodeAt(j);
      if (isHandleChar(c) || (afterQuoteMark && c === 43)) j++;
      else break;
    }
    // `@-`, or `@` and hyphens and pluses only, after a quote mark: not speech. Sliced only when it starts with a hyphen.
    if (afterQuoteMark && j > i + 1 && text.charCodeAt(i + 1) === 45 && (j === i + 2 || !/[\p{L}\p{N}]/u.test(text.slice(i + 1, j)))) {
      this.add({ type: 'bare-mention', span: { start: i, end: i + 2 }, ids: [], notSpeech: true, afterQuoteMark });
      return i + 2;
    }
    // Sentence punctuation after a mention is not part of it.
    let trimmedEnd = j;
    for (let c = text.charCodeAt(trimmedEnd - 1); trimmedEnd > i + 1 && (c === 46 || c === 45 || c === 43); c = text.charCodeAt(trimmedEnd - 1)) trimmedEnd--;
    if (trimmedEnd === i + 1) return i + 1;
    const trimmed = text.slice(i + 1, trimmedEnd);
    if (!afterQuoteMark && !looksLikeId(trimmed)) return j;
    // Nearly every mention names one entity: a one-element literal, not an array grown by push.
    const ids: IdRef[] = trimmed.indexOf('+') < 0 ? [{ id: trimmed, span: { start: i + 1, end: trimmedEnd } }] : splitIds(trimmed, i + 1);
    this.add({ type: 'bare-mention', span: { start: i, end: i + 1 + trimmed.length }, ids, notSpeech: false, afterQuoteMark });
    return i + 1 + trimmed.length;
  }

  /**
   * Whether the quote mark at `m` may be a closing one, so that an `@` right after it may be an attribution. A mark
   * that also opens quotes (" ' “ « ‹ „ ‘) does not close with nothing but a space, a line start or an opening
   * bracket before it: the `@` after it starts the quoted words ("@X se trompe", a quoted post). », ”, ’ and › may:
   * French sets a space before ».
   */
  private mayClose(m: number): boolean {
    const code = this.text.charCodeAt(m);
    if (code === 0xbb || code === 0x201d || code === 0x2019 || code === 0x203a) return true;
    const before = this.prev(m);
    const inner = (code === 34 || code === 39) && isNoBreakSpace(before) ? this.prev(m - 1) : before;
    return inner >= 0 && !isWhitespace(inner) && inner !== 40 && inner !== 91 && inner !== 123;
  }

  // ------------------------------------------------------------ brackets

  private bracket(i: number, image: boolean): number {
    if (!image && fastPaths.mention) {
      const after = this.plainMention(i);
      if (after >= 0) return after;
    }
    const text = this.text;
    const open = image ? i + 1 : i;
    const close = this.matchBracket(open);
    if (close < 0 || text.charCodeAt(close + 1) !== 40 /* ( */) return i + 1;
    const parenClose = this.matchParen(close + 1);
    if (parenClose < 0) return i + 1;

    const textSpan = { start: open + 1, end: close };
    const parenSpan = { start: close + 2, end: parenClose };
    const span = { start: i, end: parenClose + 1 };
    // Most bracket texts are plain words (`[Jean-Yves Le Drian](@le-drian)`): with nothing that may start a construct, there is nothing to scan or pair.
    SPECIAL_RE.lastIndex = textSpan.start;
    const plain = !SPECIAL_RE.test(this.text) || SPECIAL_RE.lastIndex > textSpan.end;
    let children: Inline[] = NO_INLINES;
    let bracketQuotes: readonly QuoteNode[] = NO_QUOTES;
    // Past MAX_BRACKET_NESTING the bracket text is left unscanned, as plain text: each level is a few frames of recursion here and in every walk of the tree.
    if (!plain && this.nesting < MAX_BRACKET_NESTING) {
      const quotesBefore = this.ctx.quotes.length;
      const skips = this.skips.length === 0 ? this.skips : this.skips.filter((s) => s.start >= textSpan.start && s.end <= textSpan.end);
      const inner = new InlineScanner(this.ctx, this.nesting + 1, (this.bracketMatches ??= new Map()));
      children = inner.scan(textSpan.start, textSpan.end, skips);
      // A quote cannot start inside […] and end outside it: the bracket text is its own scope.
      const pairer = new QuotePairer({ blockIndex: this.ctx.blockIndex, inHeading: this.ctx.inHeading, singlePrimary: this.ctx.singlePrimary }, this.ctx.quotes);
      inner.pairMarks(pairer, -1);
      pairer.finish(textSpan.end);
      bracketQuotes = this.ctx.quotes.slice(quotesBefore);
    }

    const node = this.classify(image, span, textSpan, parenSpan, children, bracketQuotes);
    this.add(node);
    return parenClose + 1;
  }

  /**
   * `[plain words](@id)`, most brackets of a marked-up article, matched by one
   * regex, with the node the general path makes for it, field for field; -1
   * for anything else. At start the first analysis runs cold, before V8 has
   * optimised the parser: the general path's character loops (matchBracket,
   * matchParen, classify, attributeList) cost ~9 µs a bracket then.
   */
  private plainMention(i: number): number {
    const text = this.text;
    PLAIN_MENTION_RE.lastIndex = i;
    const match = PLAIN_MENTION_RE.exec(text);
    if (match === null) return -1;
    const end = i + match[0].length;
    // Inside this scope, and no skipped prefix inside the match (the scan is before the next skip).
    if (end > this.end || (this.skipIndex < this.skips.length && this.skips[this.skipIndex]!.start < end)) return -1;
    const id = match[2]!;
    if (!isValidId(id)) return -1;
    const close = i + 1 + match[1]!.length;
    const parenSpan = { start: close + 2, end: end - 1 };
    const attributes: AttributeList = { span: parenSpan, ids: [{ id, span: { start: close + 3, end: end - 1 } }], idSpan: { start: close + 2, end: end - 1 }, notSpeech: false, pairs: NO_PAIRS };
    this.add({ type: 'bracket', role: 'mention', span: { start: i, end }, textSpan: { start: i + 1, end: close }, parenSpan, children: NO_INLINES, attributes });
    return end;
  }

  private classify(image: boolean, span: Span, textSpan: Span, parenSpan: Span, children: Inline[], quotes: readonly QuoteNode[]): BracketNode {
    // Comments come first: read as spaces, they separate tokens and are part of none.
    const text = this.parenSource(parenSpan);
    // An offset in `text` plus `base` is one in the document.
    const base = text === this.text ? 0 : parenSpan.start;
    const end = parenSpan.end - base;
    // The first token and what follows it, found on character codes: this runs for every bracket, and most are `(@id)`.
    let tokenStart = parenSpan.start - base;
    while (tokenStart < end && isWhitespace(text.charCodeAt(tokenStart))) tokenStart++;
    let tokenEnd = tokenStart;
    while (tokenEnd < end && !isWhitespace(text.charCodeAt(tokenEnd))) tokenEnd++;
    const firstToken = text.slice(tokenStart, tokenEnd);
    let restText: string | undefined;
    const rest = (): string => (restText ??= text.slice(tokenEnd, end).trim());
    const c0 = text.charCodeAt(tokenStart);
    const isUrl = tokenEnd > tokenStart && (c0 === 104 || c0 === 72 || c0 === 109 || c0 === 77) && /^(?:https?:\/\/|mailto:)/i.test(firstToken);
    const isFragment = isFragmentToken(firstToken) && (rest() === '' || /^"(?:[^"\\]|\\.)*"$/.test(rest()));
    // An empty `()` is an attribute list that lacks its `@id`, not a link to nowhere.
    const isAttribute = !isUrl && !isFragment && (firstToken === '' || firstToken.startsWith('@') || firstToken.startsWith('#') || firstToken.includes('='));
    if (image || !isAttribute) {
      const role: BracketRole = image ? 'image' : 'link';
      const destinationSpan = { start: tokenStart + base, end: tokenEnd + base };
      const titleMatch = /^"((?:[^"\\]|\\.)*)"/.exec(rest());
      if (titleMatch) {
        const titleStart = text.indexOf(titleMatch[0], tokenEnd) + base;
        const title = titleMatch[1]!.replace(/\\(.)/g, '$1');
        const titleSpan = { start: titleStart + 1, end: titleStart + titleMatch[0].length - 1 };
        return { type: 'bracket', role, span, textSpan, parenSpan, children, destination: firstToken, destinationSpan, title, titleSpan };
      }
      return { type: 'bracket', role, span, textSpan, parenSpan, children, destination: firstToken, destinationSpan };
    }
    const attributes = this.attributeList(parenSpan, text, base);
    let role: BracketRole = 'mention';
    if (attributes.valueSpan) role = 'figure';
    else if (isWholeQuote(this.text, textSpan, quotes)) role = 'quote';
    // A bad `@…` token was already reported by attributeList: one finding per mistake.
    if (role === 'mention' && attributes.ids.length === 0 && !attributes.notSpeech && !attributes.idSpan) {
      this.ctx.problems.push({
        code: 'bad-attribute',
        span: parenSpan.end > parenSpan.start ? { start: parenSpan.start, end: parenSpan.end } : { start: span.start, end: span.end },
        message: 'A mention needs the entity it refers to: `[text](@id)`. A figure needs its value: `[text](#2900 @source)`.',
      });
    }
    return { type: 'bracket', role, span, textSpan, parenSpan, children, attributes };
  }

  /** The list in `parenSpan`, read from `text` (see parenSource), whose offsets are `base` less than the document's. */
  private attributeList(parenSpan: Span, text: string, base: number): AttributeList {
    const problems = this.ctx.problems;
    // A one-element literal for the usual single `@id`: an array grown by push keeps room for 16.
    let ids: IdRef[] | undefined;
    let pairs: AttributePair[] | undefined;
    let idSpan: Span | undefined;
    let notSpeechSpan: Span | undefined;
    let valueSpan: Span | undefined;
    let valueText: string | undefined;
    const end = parenSpan.end - base;
    let i = parenSpan.start - base;
    while (i < end) {
      if (isWhitespace(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const tokenStart = i;
      const first = text.charCodeAt(i);
      // `@…` and `#…` tokens (nearly all of them) cannot be key=value pairs: no slice, no regex.
      const pair = first === 64 || first === 35 ? null : PAIR_RE.exec(text.slice(i, end));
      if (pair) {
        i += pair[0].length;
        const quoted = pair[2]!.startsWith('"');
        const valueStart = base + tokenStart + pair[1]!.length + 1 + (quoted ? 1 : 0);
        const value = quoted ? pair[2]!.slice(1, -1).replace(/\\(.)/g, '$1') : pair[2]!;
        (pairs ??= []).push({
          key: pair[1]!,
          value,
          span: { start: base + tokenStart, end: base + i },
          valueSpan: { start: valueStart, end: base + (quoted ? i - 1 : i) },
        });
        continue;
      }
      while (i < end && !isWhitespace(text.charCodeAt(i))) i++;
      const span = { start: base + tokenStart, end: base + i };
      if (first === 64 /* @ */ && (idSpan || notSpeechSpan)) {
        // `@-` says "no speaker, no source": with an `@id` too, the list says both, and the first token wins.
        const secondIsNone = i - tokenStart === 2 && text.charCodeAt(tokenStart + 1) === 45 /* - */;
        const message =
          notSpeechSpan && secondIsNone
            ? 'Only one `@` token per attribute list: `@-` is already there.'
            : notSpeechSpan || secondIsNone
              ? 'Only one `@` token per attribute list: `@-` (no speaker, no source) and an `@id` cannot go together; keep one.'
              : 'Only one `@` token per attribute list: write several speakers as `@a+b`.';
        const join = notSpeechSpan || secondIsNone || !idSpan ? undefined : this.joinedIds(ids, idSpan, text.slice(tokenStart + 1, i), span);
        problems.push({ code: 'bad-attribute', span, message, ...(join ? { fixes: [join] } : {}) });
        continue;
      }
      if (first === 64 /* @ */ && i - tokenStart === 2 && text.charCodeAt(tokenStart + 1) === 45 /* - */) {
        notSpeechSpan = span;
      } else if (first === 64) {
        idSpan = span;
        // `@a+b`: the parts between `+` signs, empty ones included (each is reported).
        let at = tokenStart + 1;
        for (;;) {
          let partEnd = at;
          while (partEnd < i && text.charCodeAt(partEnd) !== 43 /* + */) partEnd++;
          const part = text.slice(at, partEnd);
          const partSpan = { start: base + at, end: base + partEnd };
          if (!isValidId(part)) {
            // An empty part (`@`, `@a+`, `@+a`) is reported on the whole token, which shows where the ID is missing.
            problems.push(
              part === ''
                ? { code: 'bad-attribute', span: { start: span.start, end: span.end }, message: `\`${text.slice(tokenStart, i)}\` is missing an entity ID: write \`@id\`, or \`@a+b\` for several.` }
                : composedIdProblem(part, partSpan) ?? { code: 'bad-attribute', span: partSpan, message: invalidIdMessage(part) },
            );
          } else {
            if (ids === undefined) ids = [{ id: part, span: partSpan }];
            else ids.push({ id: part, span: partSpan });
          }
          if (partEnd >= i) break;
          at = partEnd + 1;
        }
      } else if (first === 35 /* # */) {
        if (valueSpan) {
          problems.push({ code: 'bad-attribute', span, message: 'A figure has one value.' });
          continue;
        }
        valueSpan = span;
        valueText = text.slice(tokenStart, i);
      } else {
        const token = text.slice(tokenStart, i);
        // `lieu:usine`: a pair written with a colon, which the pair it means reads whole.
        const colon = token.indexOf(':');
        const pairMeant = colon > 0 ? PAIR_RE.exec(`${token.slice(0, colon)}=${token.slice(colon + 1)}`) : null;
        const fix = pairMeant && pairMeant[0].length === token.length ? { title: `Write ${pairMeant[0]}`, span: { start: span.start + colon, end: span.start + colon + 1 }, newText: '=' } : undefined;
        problems.push({ code: 'bad-attribute', span, message: `"${token}" is not something an attribute list knows: use @id, @-, #value, key=value or key="…".`, ...(fix ? { fixes: [fix] } : {}) });
      }
    }
    const value = valueText === undefined ? undefined : parseFigureValue(valueText);
    if (valueText !== undefined && value === undefined && valueSpan) {
      const meant = figureValueFix(valueText);
      problems.push({
        code: 'bad-figure-value',
        span: { start: valueSpan.start, end: valueSpan.end },
        message: `"${valueText}" is not a figure value: write digits with an optional ~, < or >, sign, decimal point and %, e.g. #~2900, #>80%, #1_200.5.`,
        ...(meant ? { fixes: [{ title: `Write ${meant}`, span: { start: valueSpan.start, end: valueSpan.end }, newText: meant }] } : {}),
      });
    }
    const keptPairs = pairs ?? NO_PAIRS;
    // A mention's list (`(@id)`, nearly every list) as one literal: fields added one by one went to a second object.
    if (idSpan && ids && !notSpeechSpan && !value && !valueSpan && valueText === undefined) return { span: parenSpan, ids, idSpan, notSpeech: false, pairs: keptPairs };
    // Fields assigned in the order the spread literal had (exports keep their key order), without a spread per field: this runs per bracket.
    const list: Partial<Mutable<AttributeList>> = { span: parenSpan, ids: ids ?? [] };
    if (idSpan) list.idSpan = idSpan;
    list.notSpeech = notSpeechSpan !== undefined;
    if (notSpeechSpan) list.notSpeechSpan = notSpeechSpan;
    if (value) list.value = value;
    if (valueSpan) list.valueSpan = valueSpan;
    if (valueText !== undefined) list.valueText = valueText;
    list.pairs = keptPairs;
    return list as AttributeList;
  }

  /**
   * The `]` matching the `[` at `open`: brackets in the text balance; escapes,
   * code and comments are skipped. The walk's only state is where it is and
   * the depth, so from each `[` it passes it walks on exactly as a walk from
   * that `[` would: it records their answers too (`bracketMatches`). A `]`
   * found so holds for a nested scan too (a smaller end past it): every skip
   * on the way ended before it. "None" holds only for the same end.
   */
  private matchBracket(open: number): number {
    const known = this.bracketMatches?.get(open);
    if (known !== undefined && (known >= 0 ? known < this.end : known === -1 - this.end)) return known >= 0 ? known : -1;
    const text = this.text;
    let depth = 0;
    // The `[` passed and not closed yet, innermost last (always depth - 1 of them).
    let nested: number[] | undefined;
    let comment: CommentNode | undefined;
    for (let i = open; i < this.end; i++) {
      const c = text.charCodeAt(i);
      // A backslash before a comment is literal (comments come first).
      if (c === 92) i += this.commentAt(i + 1) ? 0 : 1;
      else if (c === 96) {
        const after = this.skipCode(i);
        if (after > i + 1) i = after - 1;
      } else if (c === 60 && (comment = this.commentAt(i))) {
        // The parse's own comments: `<!-->` does not end at its own `-->`.
        if (comment.span.end > this.end) return this.unmatched(nested);
        i = comment.span.end - 1;
      } else if (c === 91) {
        if (depth > 0) (nested ??= []).push(i);
        depth++;
      } else if (c === 93) {
        depth--;
        if (depth === 0) return i;
        (this.bracketMatches ??= new Map()).set(nested!.pop()!, i);
      }
    }
    return this.unmatched(nested);
  }

  /** matchBracket's "none" for the `[` it passed too: none of them closes before this end either. */
  private unmatched(nested: readonly number[] | undefined): number {
    if (nested) {
      const matches = (this.bracketMatches ??= new Map());
      for (const at of nested) matches.set(at, -1 - this.end);
    }
    return -1;
  }

  private skipCode(i: number): number {
    const end = this.codeSpanEnd(i);
    return end >= 0 ? end : this.backticksEnd(i);
  }

  /** The end of the run of backticks at `i`. */
  private backticksEnd(i: number): number {
    while (this.text.charCodeAt(i) === 96) i++;
    return i;
  }

  /** The `)` closing the `(` at `open`; comments (which come first), quoted titles and nested parentheses are respected. */
  private matchParen(open: number): number {
    const text = this.text;
    let depth = 0;
    let inString = false;
    // Where the last comment passed ends: it stands for spaces, as parenSource reads it.
    let afterComment = -1;
    for (let i = open; i < this.end; i++) {
      const c = text.charCodeAt(i);
      if (c === 60) {
        const comment = this.commentAt(i);
        if (comment) {
          if (comment.span.end > this.end) return -1;
          i = comment.span.end - 1;
          afterComment = comment.span.end;
          continue;
        }
      }
      if (c === 92) {
        // A backslash before a comment is literal.
        if (!this.commentAt(i + 1)) i++;
        continue;
      }
      if (c === 34) {
        // A `"` opens a string only at the start of a token or after `=`.
        const before = i === afterComment ? 32 : text.charCodeAt(i - 1);
        if (inString) inString = false;
        else if (isWhitespace(before) || before === 61 || before === 40) inString = true;
        continue;
      }
      if (inString) continue;
      if (c === 40) depth++;
      else if (c === 41) {
        depth--;
        if (depth === 0) return i;
      } else if (c === 10 || c === 13) {
        // An attribute list or destination does not run over a blank line.
        if (/^[ \t]*(?:\r?\n|\r)/.test(text.slice(i + (c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1), i + 200))) return -1;
      }
    }
    return -1;
  }
}

const NO_QUOTES: readonly QuoteNode[] = [];

/** Bracket texts nested deeper than this are not scanned: 8,000 nested `[a …](@id)` overflowed the stack. */
export const MAX_BRACKET_NESTING = 64;

/**
 * The inline nodes of every block and bracket text that has none, and of a
 * block not scanned yet: one shared list, never written to (nodes are only
 * ever added by `InlineScanner.add`, which replaces it).
 */
export const NO_INLINES: Inline[] = [];

/** The pairs of every attribute list without `key=value`: one shared empty list, never written to. */
const NO_PAIRS: AttributePair[] = [];

function isWholeQuote(text: string, textSpan: Span, quotes: readonly QuoteNode[]): boolean {
  if (quotes.length === 0) return false;
  const inside = text.slice(textSpan.start, textSpan.end);
  const start = textSpan.start + (inside.length - inside.trimStart().length);
  const end = textSpan.end - (inside.length - inside.trimEnd().length);
  return quotes.some((q) => openStartOf(q) === start && closeStartOf(q) >= 0 && closeStartOf(q) + 1 === end);
}

/** An ID valid but for an accent typed as a separate character: the problem, with the fix that composes it. */
function composedIdProblem(part: string, span: Span): SyntaxProblem | undefined {
  const composed = part.normalize('NFC');
  if (composed === part || !isValidId(composed)) return undefined;
  return { code: 'bad-attribute', span, message: invalidIdMessage(part), fixes: [{ title: `Use the ID "${composed}"`, span: { ...span }, newText: composed }] };
}

/** No `_` or `.` and no uppercase letter: a handle or a domain otherwise. */
function looksLikeId(word: string): boolean {
  let ascii = true;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c === 95 || c === 46 || (c >= 65 && c <= 90)) return false;
    if (c >= 128) ascii = false;
  }
  // Beyond ASCII, ask the case mapping, per code point (once every `_` and `.` has been looked for: `@élysée.fr` is a handle).
  return ascii || ![...word].some(isUppercase);
}

/** The non-empty parts of `a+b` (written at `at`) as ID references. */
function splitIds(handle: string, at: number): IdRef[] {
  const ids: IdRef[] = [];
  for (const part of handle.split('+')) {
    if (part !== '') ids.push({ id: part, span: { start: at, end: at + part.length } });
    at += part.length + 1;
  }
  return ids;
}

function firstCommentAtOrAfter(comments: readonly CommentNode[], offset: number): number {
  return comments.length === 0 ? 0 : partitionPoint(comments.length, (i) => comments[i]!.span.start < offset);
}

function count(text: string, ch: string): number {
  let n = 0;
  for (const c of text) if (c === ch) n++;
  return n;
}
