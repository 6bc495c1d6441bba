// Proves the real-editor harness tells a passing suite from a failing one, and
// cleans up after itself: runs it on the sanity fixture (must exit 0 and write
// the screenshot its suite requests) and on the broken fixture (must exit 1, the
// suite's own failure, not a harness error). Not part of `npm test`; CI runs
//   npm run test:vscode:harness-selftest
// Needs Debian chromium and libkrb5-dev (install-debian-deps.sh) and, the first
// time, a few minutes to install Node 24 and code-server into the cache.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startScreenshotServer } from './screenshot-server.ts';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../..');
const fixtures = join(repo, 'test/vscode/fixtures');
const harness = join(here, 'run-in-code-server.ts');
const timeoutSeconds = process.env.ARTICLEMARK_SELFTEST_TIMEOUT ?? '240';

let artefacts;
before(async () => {
  artefacts = await mkdtemp(join(tmpdir(), 'articlemark-harness-selftest-'));
});
after(async () => {
  if (!process.env.ARTICLEMARK_SELFTEST_KEEP) await rm(artefacts, { recursive: true, force: true });
});

/** Processes whose environment carries the token: everything a harness run started. */
function processesWithToken(token) {
  const found = [];
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      if (readFileSync(`/proc/${pid}/environ`, 'latin1').includes(token)) found.push(Number(pid));
    } catch {
      // Gone meanwhile, or not ours to read.
    }
  }
  return found;
}

/** Runs the harness on one fixture, echoing its output; resolves with code and output. */
function runHarness(fixture, extraArgs = []) {
  const token = `articlemark-selftest-${randomBytes(6).toString('hex')}`;
  const dir = join(fixtures, fixture);
  const args = [
    '--import', 'tsx', harness,
    '--extension-development-path', dir,
    '--extension-tests-path', join(dir, 'suite', 'index.js'),
    '--workspace', join(dir, 'workspace'),
    '--timeout', timeoutSeconds,
    ...extraArgs,
  ];
  return new Promise((resolvePromise, reject) => {
    // The token is inherited by code-server, its extension hosts and Chromium.
    const child = spawn(process.execPath, args, {
      cwd: repo,
      env: { ...process.env, ARTICLEMARK_SELFTEST_TOKEN: token },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    };
    child.stdout.setEncoding('utf8').on('data', collect);
    child.stderr.setEncoding('utf8').on('data', collect);
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, output, token }));
  });
}

async function assertNothingLeft(token) {
  // Killed processes may need a moment to be reaped.
  for (let attempt = 0; attempt < 20; attempt++) {
    if (processesWithToken(token).length === 0) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  assert.deepEqual(processesWithToken(token), [], 'processes started by the harness are still running');
}

test('the screenshot endpoint validates requests and answers with the written file', async () => {
  const written = [];
  const server = await startScreenshotServer(artefacts, () => undefined);
  try {
    const post = (body) =>
      fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    assert.equal((await post({ name: 'early' })).status, 503, 'no page yet');
    server.setTaker(async (request, file) => {
      written.push([request, file]);
    });
    assert.equal((await post({ name: '../escape' })).status, 400);
    assert.equal((await post({ name: 'ok', delayMs: -1 })).status, 400);
    assert.equal((await fetch(server.url.replace('/screenshot', '/other'), { method: 'POST' })).status, 404);
    const response = await post({ name: 'hover-card', selector: '.monaco-hover', delayMs: 5 });
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { path: join(artefacts, 'hover-card.png') });
    assert.deepEqual(written, [[{ name: 'hover-card', selector: '.monaco-hover', delayMs: 5, fullPage: undefined }, join(artefacts, 'hover-card.png')]]);
  } finally {
    await server.close();
  }
});

test('the sanity fixture passes inside code-server, with its screenshot', async () => {
  const shots = join(artefacts, 'sanity');
  const { code, output, token } = await runHarness('sanity-extension', ['--screenshots', shots]);
  assert.equal(code, 0, 'the harness must exit 0 for a passing suite');
  assert.match(output, /4 passing/);
  const png = join(shots, 'sanity-editor.png');
  assert.ok(existsSync(png), `${png} missing`);
  assert.deepEqual([...readFileSync(png).subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'not a PNG');
  await assertNothingLeft(token);
});

test('the broken fixture fails inside code-server, and the harness says so', async () => {
  const { code, output, token } = await runHarness('broken-extension');
  assert.equal(code, 1, 'the harness must exit with the suite failure (1), not pass and not crash');
  assert.match(output, /1 failing/);
  assert.match(output, /activation fails on purpose/);
  await assertNothingLeft(token);
});
