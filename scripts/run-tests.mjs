// Runs every *.test.ts under test/ (except the in-editor suites, which run
// inside VS Code) with Node's built-in runner, TypeScript loaded through tsx.
// Node 20's --test does not expand globs itself, hence this file.
//
// The tests run with a temporary folder of their own (TMPDIR), made here and
// removed at the end: two runs side by side do not see each other's files, and
// a run that leaves anything in it fails, naming what was left, so tests keep
// cleaning up after themselves (test/support/tempDir.ts does it for them). So
// does a run that leaves a process running (a server a test did not stop).
import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';

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
// In a process group of its own, so that Ctrl-C or a kill of this script stops the whole run (the runner, each
// test file's process, the servers they started) before the folder is removed.
const group = process.platform !== 'win32';
const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], {
  stdio: 'inherit',
  env: { ...process.env, TMPDIR: temp, TMP: temp, TEMP: temp },
  detached: group,
});
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    interrupted = true;
    try {
      // SIGTERM, not SIGINT: a background job starts with SIGINT ignored, and so would its children.
      if (group && child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
      else child.kill('SIGTERM');
    } catch {
      // Already gone.
    }
  });
}
child.on('exit', async (code, signal) => {
  const running = group && !interrupted && child.pid !== undefined ? await stillRunning(child.pid) : [];
  const left = readdirSync(temp).filter((name) => !caches.test(name)).sort();
  rmSync(temp, { recursive: true, force: true });
  // Stopped half-way, the tests had no chance to clean up: nothing to report.
  if (interrupted) process.exit(130);
  if (signal !== null) process.exit(1);
  if (running.length > 0) {
    console.error(`\nrun-tests: ${running.length} ${running.length === 1 ? 'process' : 'processes'} the tests started still ran 10 s after the test runner ended (now killed):`);
    for (const line of running) console.error(`  ${line}`);
  }
  if (left.length > 0) {
    console.error(`\nrun-tests: the tests left ${left.length} ${left.length === 1 ? 'entry' : 'entries'} in their temporary folder ${temp} (now removed):`);
    for (const name of left) console.error(`  ${name}`);
  }
  if (running.length > 0 || left.length > 0) {
    console.error('Make temporary folders with tempDir() from test/support/tempDir.ts, which removes them; stop the servers a test starts.');
    process.exit(1);
  }
  process.exit(code ?? 1);
});

/**
 * The processes of the run's group still alive once the runner has exited (a server a test did not stop),
 * killed. A server whose client has gone exits on its own, so it gets a while to do so first.
 */
async function stillRunning(pgid) {
  const alive = () => {
    try {
      process.kill(-pgid, 0);
      return true;
    } catch {
      return false;
    }
  };
  for (let waited = 0; waited < 10_000 && alive(); waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
  if (!alive()) return [];
  const listed = spawnSync('ps', ['-eo', 'pid=,pgid=,args='], { encoding: 'utf8' }).stdout ?? '';
  const lines = listed.split('\n').map((line) => line.trim().split(/\s+/)).filter((f) => Number(f[1]) === pgid).map((f) => `${f[0]} ${f.slice(2).join(' ')}`);
  try {
    process.kill(-pgid, 'SIGKILL');
  } catch {
    // Gone meanwhile.
  }
  return lines.length > 0 ? lines : ['(ps listed none)'];
}
