// The engine's rules must generalise: no capitalised name that the gold gives
// as a speaker or alias of a corpus quote (the shared corpus, and the second set of
// real Wikinews articles in bench/speakers/wikinews2) may appear in its source files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const repo = resolve(__dirname, '..', '..');
const engineDir = join(repo, 'server', 'src', 'core', 'speakers');
const sources = [
  ...readdirSync(engineDir).filter((f) => f.endsWith('.ts')).map((f) => join(engineDir, f)),
  join(repo, 'server', 'src', 'cli', 'commands', 'import.ts'),
  join(repo, 'server', 'src', 'cli', 'commands', 'suggest.ts'),
];

interface GoldRecord { speaker: string | null; aliases: string[] }
// Reads only the speaker names (never prints them), from both splits, to check the rules are free of them.
const names = new Set<string>();
const goldFiles = [
  ...['dev', 'holdout'].map((split) => join(repo, 'bench', 'speakers', 'gold', `${split}.json`)),
  ...['tune', 'unseen'].map((half) => join(repo, 'bench', 'speakers', 'wikinews2', `${half}.json`)),
];
for (const goldFile of goldFiles) {
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as GoldRecord[];
  for (const r of gold) {
    for (const form of [r.speaker, ...r.aliases]) {
      for (const word of (form ?? '').split(/[\s,;:()'’"]+/u)) {
        // Capitalised words of 4+ letters that are names, not generic title words.
        // Generic words of titles and body names ("Director General", "Observatoire de …",
        // "Food Standards …") are not names: the engine's role and body lexicons hold them.
        if (/^\p{Lu}[\p{L}-]{3,}$/u.test(word) && !/^(?:The|Les|Une|President|Président|Minister|Ministre|Director|General|Observatoire|Food)$/u.test(word)) names.add(word);
      }
    }
  }
}

test('the gold yields names to look for', () => assert.ok(names.size > 50));

for (const file of sources) {
  test(`no corpus name in ${file.slice(repo.length + 1)}`, () => {
    const text = readFileSync(file, 'utf8');
    const found = [...names].filter((n) => new RegExp(`(?<![\\p{L}])${n}(?![\\p{L}])`, 'u').test(text));
    assert.equal(found.length, 0, `${found.length} corpus name(s) in the rules`);
  });
}
