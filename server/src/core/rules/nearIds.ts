import { RecentList } from '../model/recentList';

/**
 * IDs close to `typed`: within a small edit distance, or sharing a prefix or a
 * hyphenated part. Best first, at most five. Compares `typed` with every ID:
 * the definition that `NearIdIndex.near` answers the same as, with less work.
 */
export function nearIds(typed: string, ids: readonly string[]): string[] {
  const id = typed.normalize('NFC');
  const scored: Scored[] = [];
  for (let i = 0; i < ids.length; i++) score(id, ids[i]!, scored);
  return best(scored);
}

interface Scored {
  readonly id: string;
  readonly score: number;
}

/** The edit distance that counts as near, for an ID (composed) of this length. */
function allowedDistance(length: number): number {
  return Math.min(2, Math.max(1, Math.floor(length / 3)));
}

/** Adds `candidate` to `scored` when it is near `id` (already composed). */
function score(id: string, candidate: string, scored: Scored[]): void {
  const distance = editDistance(id, candidate, 3);
  const parts = candidate.split('-');
  const sharesPart = id.length >= 3 && (parts.includes(id) || id.split('-').some((part) => part.length >= 3 && parts.includes(part)));
  if (distance <= allowedDistance(id.length) || sharesPart || (id.length >= 3 && candidate.startsWith(id))) {
    scored.push({ id: candidate, score: distance - (sharesPart ? 1 : 0) });
  }
}

/** The five best, in the order candidates were added on a tie of score and collation (the sort is stable). */
function best(scored: Scored[]): string[] {
  return scored.sort((a, b) => a.score - b.score || a.id.localeCompare(b.id)).slice(0, 5).map((s) => s.id);
}

/**
 * `nearIds` over one list of IDs, for many typed IDs. Every keystroke in a
 * half-typed `@id` asks for a new one, and computing its edit distance to
 * each of 20,000 IDs took 30–140 ms. An ID is near for one of three reasons
 * only, and each has a cheap test that every such ID passes:
 * - within `allowedDistance` (at most 2) edits: each edit changes the length
 *   by at most one, so the lengths differ by at most that many; and a
 *   substitution changes at most two of the characters present, an insertion
 *   or deletion one, a transposition none, so the sets of characters (hashed
 *   to 64 bits, kept per ID: merged characters only hide differences) differ
 *   by at most twice the distance;
 * - sharing a hyphenated part of 3 or more characters (looked for first as
 *   a substring);
 * - starting with the typed ID.
 * Only the IDs that pass are tested and scored by `score` itself, in list
 * order, so the answer is `nearIds`' exactly, ties included. Answers are kept
 * per typed ID while the list is the same (see `NearIdCache`).
 */
export class NearIdIndex {
  /** How many IDs were compared with a typed one by a full edit distance (for tests of the work done). */
  distances = 0;
  private readonly signatures: Int32Array;
  private readonly answers = new Map<string, readonly string[]>();

  constructor(readonly ids: readonly string[]) {
    this.signatures = new Int32Array(ids.length * 2);
    for (let i = 0; i < ids.length; i++) signatureInto(ids[i]!, this.signatures, i * 2);
  }

  near(typed: string): string[] {
    let answer = this.answers.get(typed);
    if (!answer) {
      // Bounded: a long session types many IDs into one scope.
      if (this.answers.size >= 256) this.answers.clear();
      this.answers.set(typed, (answer = this.compute(typed.normalize('NFC'))));
    }
    return [...answer];
  }

  private compute(id: string): string[] {
    const allowed = allowedDistance(id.length);
    const signature = new Int32Array(2);
    signatureInto(id, signature, 0);
    // The parts that can be shared; the whole ID is one of them when it has no hyphen.
    const parts = id.length >= 3 ? id.split('-').filter((part) => part.length >= 3) : [];
    const { ids, signatures } = this;
    const scored: Scored[] = [];
    for (let i = 0; i < ids.length; i++) {
      const candidate = ids[i]!;
      const close =
        Math.abs(candidate.length - id.length) <= allowed &&
        popcount(signature[0]! ^ signatures[i * 2]!) + popcount(signature[1]! ^ signatures[i * 2 + 1]!) <= 2 * allowed;
      if (!close && !(id.length >= 3 && candidate.startsWith(id)) && !sharesAny(candidate, parts)) continue;
      this.distances++;
      score(id, candidate, scored);
    }
    return best(scored);
  }
}

/** Whether one of `parts` is a hyphenated part of `candidate` (looked for as a substring first: most IDs hold none). */
function sharesAny(candidate: string, parts: readonly string[]): boolean {
  for (let k = 0; k < parts.length; k++) if (candidate.includes(parts[k]!) && candidate.split('-').includes(parts[k]!)) return true;
  return false;
}

/**
 * The last few indexes, by their list of IDs: the scope is a new object after
 * every keystroke, and its IDs usually the same. A project keeps one.
 */
export class NearIdCache {
  private readonly indexes = new RecentList<NearIdIndex>(4);

  indexFor(ids: readonly string[]): NearIdIndex {
    return this.indexes.find((index) => sameIds(index.ids, ids)) ?? this.indexes.add(new NearIdIndex(ids));
  }
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The characters of `id` as bits of two 32-bit words at `at`: a set, so that popcount of an XOR bounds the edits apart. */
function signatureInto(id: string, out: Int32Array, at: number): void {
  for (let i = 0; i < id.length; i++) {
    const bit = Math.imul(id.charCodeAt(i), 0x9e3779b1) >>> 26;
    out[at + (bit >> 5)]! |= 1 << (bit & 31);
  }
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/** Optimal string alignment distance, stopping early past `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]![j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = value;
    }
  }
  return rows[a.length]![b.length]!;
}
