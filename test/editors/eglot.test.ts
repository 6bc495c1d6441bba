// A second real LSP client: Emacs with eglot (Debian's emacs-nox and
// elpa-eglot) starts the built server over stdio and shows its diagnostics.
// Skipped, with the reason, where Emacs or eglot is not installed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { tempDir } from '../support/tempDir';

const REPO = resolve(__dirname, '../..');
const hasEglot = spawnSync('emacs', ['--batch', '--eval', "(progn (require 'eglot) (kill-emacs 0))"], { encoding: 'utf8' }).status === 0;

test('Emacs with eglot shows the faulty example\'s findings', { skip: hasEglot ? false : 'emacs with eglot is not installed (apt-get install emacs-nox elpa-eglot)' }, () => {
  const dir = tempDir('eglot');
  cpSync(join(REPO, 'examples'), join(dir, 'examples'), { recursive: true });
  const run = spawnSync('emacs', ['--batch', '-l', join(__dirname, 'eglot-check.el'), join(dir, 'examples/faulty.article')], {
    encoding: 'utf8',
    env: { ...process.env, ARTICLEMARK_SERVER: join(REPO, 'dist/server.js') },
    timeout: 90_000,
  });
  assert.equal(run.status, 0, run.stderr);
  const lines = run.stdout.trim().split('\n');
  const found = lines.filter((line) => /^\d+ /.test(line)).map((line) => {
    const [lineNumber, , code] = line.split(' ');
    return `${lineNumber} ${code}`;
  });
  const expected = (JSON.parse(readFileSync(join(REPO, 'examples/faulty.expected.json'), 'utf8')) as { code: string; line: number }[]).map(
    (e) => `${e.line} ${e.code}`,
  );
  assert.deepEqual([...found].sort(), [...expected].sort());
});
