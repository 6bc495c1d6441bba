// The speaker engine never throws: bad or extreme input gets an answer. These are shapes that once made a rule build
// a regular expression from the text itself (a run of 20,000 capitalised initials was too large to compile, and the
// engine threw). Sizes are those of a long pasted document, not a timing: the extremes bench measures speed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeSpeakers } from '../../server/src/core/speakers/engine';
import { analyzeForImport } from '../../server/src/core/speakers/importText';

const SHAPES: Record<string, string> = {
  'a run of initials': 'A. '.repeat(30_000),
  'a run of initials after a role held at a place': `L'envoyé à ${'A. '.repeat(30_000)}Paul Martin a dit « oui ».`,
  'a run of initials after a role, ending on a place written alone later': `the envoy to the ${'B. '.repeat(25_000)}Tarik Smith said "yes". Visas to ${'B. '.repeat(25_000).trim()} until May.`,
};

for (const [name, text] of Object.entries(SHAPES)) {
  test(`the engine and import's reading answer on ${name}`, () => {
    const analysis = analyzeSpeakers(text);
    assert.ok(Array.isArray(analysis.quotes));
    assert.ok(analyzeForImport(text));
  });
}
