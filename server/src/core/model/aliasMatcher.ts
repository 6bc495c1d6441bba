import { isLetterOrDigit, isWhitespace } from '../text/chars';
import type { Span } from '../text/lineIndex';

interface TrieNode {
  readonly children: Map<number, TrieNode>;
  /** Entity IDs whose name or alias ends here. */
  ids?: string[];
}

export interface AliasMatch {
  readonly span: Span;
  /** More than one ID means the words name several entities: ambiguous. */
  readonly ids: readonly string[];
  readonly text: string;
}

const APOSTROPHES = new Map([[0x2019, 0x27]]);
const SPACE = 32;

function fold(c: number): number {
  if (isWhitespace(c)) return SPACE;
  return APOSTROPHES.get(c) ?? c;
}

/**
 * Finds every entity name and alias in running text in one pass: a character
 * trie walked from each word start, longest match wins. The first letter
 * matches in either case; whitespace runs match one space; ’ matches '.
 */
export class AliasMatcher {
  private readonly root: TrieNode = { children: new Map() };
  private size = 0;

  add(phrase: string, id: string): void {
    const normalized = phrase.normalize('NFC').trim().replace(/\s+/gu, ' ');
    if (normalized === '') return;
    let node = this.root;
    for (let i = 0; i < normalized.length; i++) {
      let c = fold(normalized.charCodeAt(i));
      if (i === 0) c = lowerFirst(c);
      let child = node.children.get(c);
      if (!child) {
        child = { children: new Map() };
        node.children.set(c, child);
      }
      node = child;
    }
    node.ids ??= [];
    if (!node.ids.includes(id)) node.ids.push(id);
    this.size++;
  }

  get isEmpty(): boolean {
    return this.size === 0;
  }

  /** Matches in text[start, end), word-bounded (apostrophes and hyphens are boundaries). */
  matchRange(text: string, start: number, end: number, out: AliasMatch[]): void {
    if (this.isEmpty) return;
    let i = start;
    // Whether the previous character is a letter or digit, carried along so each character is classified once.
    let previousIsWord = i > start && isLetterOrDigit(text.charCodeAt(i - 1));
    while (i < end) {
      const c = text.charCodeAt(i);
      const isWord = isLetterOrDigit(c);
      if (!isWord || previousIsWord || !this.root.children.has(lowerFirst(fold(c)))) {
        previousIsWord = isWord;
        i++;
        continue;
      }
      const match = this.longestAt(text, i, end);
      if (match) {
        out.push(match);
        i = match.span.end;
        previousIsWord = isLetterOrDigit(text.charCodeAt(i - 1));
      } else {
        previousIsWord = true;
        i++;
      }
    }
  }

  private longestAt(text: string, start: number, end: number): AliasMatch | undefined {
    let node: TrieNode | undefined = this.root;
    let best: { end: number; ids: string[] } | undefined;
    let i = start;
    let first = true;
    while (node && i < end) {
      let c = fold(text.charCodeAt(i));
      if (first) c = lowerFirst(c);
      first = false;
      node = node.children.get(c);
      if (!node) break;
      if (c === SPACE) {
        while (i + 1 < end && isWhitespace(text.charCodeAt(i + 1))) i++;
      }
      i++;
      if (node.ids && (i >= end || !isLetterOrDigit(text.charCodeAt(i)) || !isLetterOrDigit(text.charCodeAt(i - 1)))) {
        best = { end: i, ids: node.ids };
      }
    }
    if (!best) return undefined;
    return { span: { start, end: best.end }, ids: best.ids, text: text.slice(start, best.end) };
  }
}

function lowerFirst(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 128) return c;
  return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}
