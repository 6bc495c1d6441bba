// Runs every *.test.ts under test/ (except the in-editor suites, which run
// inside VS Code) with Node's built-in runner, TypeScript loaded through tsx.
// Node 20's --test does not expand globs itself, hence this file.
//
// The tests run with a temporary folder of their own (TMPDIR), made here and
// removed at the end: two runs side by side do not see each other's files, and
// a run that leaves anything in it fails, naming what was left, so tests keep
// cleaning up after themselves (test/support/tempDir.ts does it for them).
import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';

const skip = new Set(['vscode', 'fixtures']);
function collect(dir, out) {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (!skip.has(name)) collect(full, out);
    } else if (name.endsWith('.test.ts')) {
      out.push(full);
    }
  }
  return out;
}

/**
 * Caches kept per user, not per run, which the tests may create and need not
 * remove: tsx's compiled files and the launcher's V8 code cache (dist/server.js
 * and dist/cli.js write it in the temporary folder by default).
 */
const caches = /^(tsx-\d+|articlemark-code-cache(-\d+)?)$/;

const only = process.argv.slice(2);
const files = only.length > 0 ? only : collect('test', []);
const temp = mkdtempSync(join(tmpdir(), 'articlemark-test-run-'));
// Some tests run the CLI as another user (`nobody`) in folders they make here: it must be able to reach them.
chmodSync(temp, 0o755);
const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], {
  stdio: 'inherit',
  env: { ...process.env, TMPDIR: temp, TMP: temp, TEMP: temp },
});
// Ctrl-C reaches the test runner too; stay alive to remove the folder once it has stopped.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  const left = readdirSync(temp).filter((name) => !caches.test(name)).sort();
  rmSync(temp, { recursive: true, force: true });
  if (signal !== null) process.exit(1);
  if (left.length > 0) {
    console.error(`\nrun-tests: the tests left ${left.length} ${left.length === 1 ? 'entry' : 'entries'} in their temporary folder ${temp} (now removed):`);
    for (const name of left) console.error(`  ${name}`);
    console.error('Make temporary folders with tempDir() from test/support/tempDir.ts, which removes them; stop the servers a test starts.');
    process.exit(1);
  }
  process.exit(code ?? 1);
});
