import { isLetterOrDigit, isWhitespace } from '../text/chars';
import type { Span } from '../text/lineIndex';

export interface AliasMatch {
  readonly span: Span;
  /** More than one ID means the words name several entities: ambiguous. */
  readonly ids: readonly string[];
}

const SPACE = 32;
const ROOT = 0;

/** Folded code units, filled on first use: whitespace → space, ’ → ', and (for a first letter) lowercase. 0 = not yet known. */
const foldTable = new Uint16Array(0x10000);
const foldFirstTable = new Uint16Array(0x10000);

function fold(c: number): number {
  let f = foldTable[c]!;
  if (f === 0) {
    f = isWhitespace(c) ? SPACE : c === 0x2019 ? 0x27 : c;
    foldTable[c] = f;
  }
  return f;
}

function foldFirst(c: number): number {
  let f = foldFirstTable[c]!;
  if (f === 0) {
    f = lowerFirst(fold(c));
    foldFirstTable[c] = f;
  }
  return f;
}

const FILTER_SIZE = 1 << 16;

function mix(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

function filterIndex(h: number): number {
  return (h ^ (h >>> 16)) & (FILTER_SIZE - 1);
}

function slot(node: number, c: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) >>> 0;
}

function lowerFirst(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 128) return c;
  return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

/**
 * Finds every entity name and alias in running text in one pass: a character
 * trie walked from each word start, longest match wins. The first letter
 * matches in either case; whitespace runs match one space; ’ matches '.
 *
 * The trie is flat: node numbers, and one open-addressing hash table of edges
 * (node, code unit) → child in typed arrays, so a step costs a multiply and an
 * array read instead of a Map lookup per node, and building it allocates a few
 * arrays instead of a Map per character of every name.
 */
export class AliasMatcher {
  /** IDs whose name or alias ends at a node, by node number. */
  private readonly ids: (string[] | undefined)[] = [undefined];
  private edgeNode = new Int32Array(1024).fill(-1);
  private edgeChar = new Uint16Array(1024);
  private edgeChild = new Int32Array(1024);
  private edgeCount = 0;
  /** The root's children by folded first code unit (0: none), the fast rejection at a word start. */
  private readonly rootChild = new Int32Array(0x10000);
  /**
   * A one-hash filter of the phrases' first words (the run of letters and
   * digits a phrase starts with). A match must end on a word boundary, so the
   * text's first word at a match equals the phrase's: a word whose hash is not
   * here starts no match and is skipped without walking the trie. False
   * positives only cost a walk.
   */
  private readonly firstWords = new Uint8Array(FILTER_SIZE);
  /** First characters of phrases that do not start with a letter or digit: never filtered. */
  private readonly unfiltered = new Uint8Array(0x10000);
  private size = 0;

  add(phrase: string, id: string): void {
    const normalized = phrase.normalize('NFC').trim().replace(/\s+/gu, ' ');
    if (normalized === '') return;
    let node = ROOT;
    for (let i = 0; i < normalized.length; i++) {
      const c = i === 0 ? foldFirst(normalized.charCodeAt(i)) : fold(normalized.charCodeAt(i));
      let child = i === 0 ? this.rootChild[c]! || -1 : this.child(node, c);
      if (child < 0) {
        child = this.ids.length;
        this.ids.push(undefined);
        if (i === 0) this.rootChild[c] = child;
        else this.insertEdge(node, c, child);
      }
      node = child;
    }
    let h = foldFirst(normalized.charCodeAt(0));
    if (isLetterOrDigit(normalized.charCodeAt(0))) {
      for (let i = 1; i < normalized.length && isLetterOrDigit(normalized.charCodeAt(i)); i++) h = mix(h, normalized.charCodeAt(i));
      this.firstWords[filterIndex(h)] = 1;
    } else {
      this.unfiltered[h] = 1;
    }
    const ids = (this.ids[node] ??= []);
    if (!ids.includes(id)) ids.push(id);
    this.size++;
  }

  get isEmpty(): boolean {
    return this.size === 0;
  }

  /** Matches in text[start, end), word-bounded (apostrophes and hyphens are boundaries). */
  matchRange(text: string, start: number, end: number, out: AliasMatch[]): void {
    if (this.size === 0) return;
    const rootChild = this.rootChild;
    const firstWords = this.firstWords;
    const unfiltered = this.unfiltered;
    let i = start;
    // Whether the previous character is a letter or digit, carried along so each character is classified once.
    let previousIsWord = false;
    while (i < end) {
      const c = text.charCodeAt(i);
      const isWord = isLetterOrDigit(c);
      if (!isWord || previousIsWord) {
        previousIsWord = isWord;
        i++;
        continue;
      }
      const folded = foldFirst(c);
      const first = rootChild[folded]!;
      if (first === 0) {
        previousIsWord = true;
        i++;
        continue;
      }
      if (unfiltered[folded] === 0) {
        let h = folded;
        let j = i + 1;
        for (; j < end; j++) {
          const d = text.charCodeAt(j);
          if (!isLetterOrDigit(d)) break;
          h = mix(h, d);
        }
        if (firstWords[filterIndex(h)] === 0) {
          // No phrase starts with this word: go past it.
          previousIsWord = true;
          i = j;
          continue;
        }
      }
      const matchEnd = this.longestAt(text, i, end, first, out);
      if (matchEnd > 0) {
        i = matchEnd;
        previousIsWord = isLetterOrDigit(text.charCodeAt(i - 1));
      } else {
        previousIsWord = true;
        i++;
      }
    }
  }

  /** From the node after the first character at `start`: pushes the longest word-bounded match and returns its end, or returns -1. */
  private longestAt(text: string, start: number, end: number, firstNode: number, out: AliasMatch[]): number {
    // Locals, not fields, in the loop: this is the hottest code of an analysis.
    const ids = this.ids;
    const edgeNode = this.edgeNode;
    const edgeChar = this.edgeChar;
    const edgeChild = this.edgeChild;
    const mask = edgeNode.length - 1;
    let node = firstNode;
    let bestEnd = -1;
    let bestNode = -1;
    let i = start + 1;
    for (;;) {
      if (ids[node] !== undefined && (i >= end || !isLetterOrDigit(text.charCodeAt(i)) || !isLetterOrDigit(text.charCodeAt(i - 1)))) {
        bestEnd = i;
        bestNode = node;
      }
      if (i >= end) break;
      const c = fold(text.charCodeAt(i));
      let s = slot(node, c) & mask;
      let next = -1;
      for (;;) {
        const n = edgeNode[s]!;
        if (n === node && edgeChar[s] === c) {
          next = edgeChild[s]!;
          break;
        }
        if (n === -1) break;
        s = (s + 1) & mask;
      }
      if (next < 0) break;
      node = next;
      if (c === SPACE) {
        while (i + 1 < end && isWhitespace(text.charCodeAt(i + 1))) i++;
      }
      i++;
    }
    if (bestEnd < 0) return -1;
    out.push({ span: { start, end: bestEnd }, ids: ids[bestNode]! });
    return bestEnd;
  }

  private child(node: number, c: number): number {
    const mask = this.edgeNode.length - 1;
    let s = slot(node, c) & mask;
    for (;;) {
      const n = this.edgeNode[s]!;
      if (n === node && this.edgeChar[s] === c) return this.edgeChild[s]!;
      if (n === -1) return -1;
      s = (s + 1) & mask;
    }
  }

  private insertEdge(node: number, c: number, child: number): void {
    // Keep the table at most half full so probes stay short.
    if ((this.edgeCount + 1) * 2 > this.edgeNode.length) this.grow();
    const mask = this.edgeNode.length - 1;
    let s = slot(node, c) & mask;
    while (this.edgeNode[s] !== -1) s = (s + 1) & mask;
    this.edgeNode[s] = node;
    this.edgeChar[s] = c;
    this.edgeChild[s] = child;
    this.edgeCount++;
  }

  private grow(): void {
    const { edgeNode, edgeChar, edgeChild } = this;
    const size = edgeNode.length * 2;
    this.edgeNode = new Int32Array(size).fill(-1);
    this.edgeChar = new Uint16Array(size);
    this.edgeChild = new Int32Array(size);
    this.edgeCount = 0;
    for (let s = 0; s < edgeNode.length; s++) if (edgeNode[s] !== -1) this.insertEdge(edgeNode[s]!, edgeChar[s]!, edgeChild[s]!);
  }
}
