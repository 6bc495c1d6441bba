// Shared by the tables of invented sentences (discourse.test.ts, styles.test.ts):
// what the engine says of each quote, and the shape of a case.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeSpeakers } from '../../server/src/core/speakers/engine';

export interface QuoteVerdict {
  /** The best candidate's name. */
  readonly top: string | undefined;
  readonly confident: boolean;
  readonly notSpeech: boolean;
  readonly kind: string | undefined;
}

export function speakers(text: string): QuoteVerdict[] {
  const a = analyzeSpeakers(text);
  return a.quotes.map((q) => {
    const e = q.candidates[0] ? a.entities[q.candidates[0].entity] : undefined;
    return { top: e?.name, confident: q.confident, notSpeech: q.notSpeech, kind: e?.kind };
  });
}

export interface Case {
  readonly title: string;
  readonly text: string;
  /** The best candidate of quote `at` (0 by default), or of every quote in order (none: no quote is speech). */
  readonly top: string | readonly string[];
  readonly at?: number;
  readonly confident?: boolean;
}

/** Whether the engine's name is the expected one, a title before it allowed ("Me X" for "X"). */
export const named = (actual: string | undefined, expected: string): boolean => !!actual && (actual === expected || actual.endsWith(` ${expected}`));

/** A case of the pass tables (pass8.test.ts, pass9.test.ts): one quote's best candidate, or null when it is not speech. */
export interface PassCase {
  readonly title: string;
  readonly text: string;
  /** The best candidate of quote `at` (0 by default; its name may carry a title before); null: not speech. */
  readonly top: string | null;
  readonly at?: number;
  readonly confident?: boolean;
  readonly kind?: string;
}

/** One test per case. */
export function testPassCases(cases: readonly PassCase[]): void {
  for (const c of cases) {
    test(c.title, () => {
      const got = speakers(c.text)[c.at ?? 0];
      assert.ok(got, 'quote found');
      if (c.top === null) assert.equal(got.notSpeech, true, `speech? top ${got.top}`);
      else assert.ok(named(got.top, c.top), `top ${got.top}, expected ${c.top}`);
      if (c.confident !== undefined) assert.equal(got.confident, c.confident, 'confidence');
      if (c.kind !== undefined) assert.equal(got.kind, c.kind, 'kind');
    });
  }
}
