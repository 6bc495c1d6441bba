// scripts/run-tests.mjs (what `npm test` runs) fails a run whose tests leave
// anything in their temporary folder, and removes that folder either way.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const ROOT = resolve(__dirname, '../..');
const FIXTURES = join(ROOT, 'test/fixtures/run-tests');

function runTests(file: string): { code: number | null; stderr: string } {
  // Without NODE_TEST_CONTEXT, which the outer run sets: the inner runner would take itself for one of its test files.
  const { NODE_TEST_CONTEXT: _outer, ...env } = process.env;
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/run-tests.mjs'), join(FIXTURES, file)], { cwd: ROOT, encoding: 'utf8', env });
  return { code: result.status, stderr: result.stderr };
}

test('a run whose test leaves a folder in the temporary folder fails, names it, and removes it', () => {
  const { code, stderr } = runTests('leaves-a-folder.test.mjs');
  assert.equal(code, 1, stderr);
  assert.match(stderr, /left 1 entry in their temporary folder/);
  assert.match(stderr, /^ {2}articlemark-fixture-leak-\w{6}$/m);
  const folder = /temporary folder (\S+) \(now removed\)/.exec(stderr)?.[1];
  assert.ok(folder, stderr);
  assert.equal(existsSync(folder), false);
});

test('a run whose test makes its folder with tempDir() passes and reports nothing', () => {
  const { code, stderr } = runTests('cleans-up.test.mjs');
  assert.equal(code, 0, stderr);
  assert.doesNotMatch(stderr, /run-tests:/);
});
