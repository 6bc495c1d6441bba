// The launcher (dist/server.js) loads the server through a V8 code cache in a
// private folder: written after a first start, reused by the next, ignored when
// damaged or when the folder is not private, and never needed for correctness.
import assert from 'node:assert/strict';
import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { tempDir } from '../support/tempDir';
import { exampleWorkspace, LspClient } from './lspClient';

/** Starts the server with `env`, checks faulty.article, stops it (the cache is written at exit); returns the finding codes. */
async function check(dir: string, env: Record<string, string>): Promise<string[]> {
  const client = await LspClient.start({ folders: [dir], env });
  let exited: Promise<unknown> = Promise.resolve();
  try {
    const diagnostics: Diagnostic[] = await client.pull(client.open(join(dir, 'faulty.article')));
    exited = new Promise((resolve) => client.process.once('exit', resolve));
    return diagnostics.map((d) => String(d.code)).sort();
  } finally {
    await client.stop();
    await exited;
  }
}

const cacheFiles = (dir: string): string[] => readdirSync(dir).filter((name) => name.endsWith('.bin'));

describe('V8 code cache of the server bundle', () => {
  const dir = exampleWorkspace();
  const expected = (JSON.parse(readFileSync(join(dir, 'faulty.expected.json'), 'utf8')) as { code: string }[]).map((e) => e.code).sort();

  it('is written by a first start and reused, unchanged, by the next', async () => {
    const cache = join(tempDir('cache'), 'cache');
    assert.deepEqual(await check(dir, { ARTICLEMARK_CODE_CACHE_DIR: cache }), expected);
    const [file] = cacheFiles(cache);
    assert.ok(file, 'a cache file after the first start');
    const first = statSync(join(cache, file));
    assert.ok(first.size > 100_000);
    assert.equal(first.mode & 0o077, 0, 'readable by its owner only');
    assert.deepEqual(await check(dir, { ARTICLEMARK_CODE_CACHE_DIR: cache }), expected);
    // Rewritten only when missing or rejected by V8: the same file means it was accepted.
    assert.equal(statSync(join(cache, file)).mtimeMs, first.mtimeMs);
    assert.deepEqual(cacheFiles(cache), [file]);
  });

  it('starts from a damaged cache file and replaces it', async () => {
    const cache = join(tempDir('cache'), 'cache');
    await check(dir, { ARTICLEMARK_CODE_CACHE_DIR: cache });
    const file = join(cache, cacheFiles(cache)[0]!);
    writeFileSync(file, Buffer.alloc(4096, 7));
    assert.deepEqual(await check(dir, { ARTICLEMARK_CODE_CACHE_DIR: cache }), expected);
    assert.notEqual(readFileSync(file)[0], 7, 'replaced by a good cache');
  });

  it('is not used when turned off, nor in a folder others may write to', async () => {
    const off = join(tempDir('cache'), 'cache');
    assert.deepEqual(await check(dir, { ARTICLEMARK_CODE_CACHE_DIR: off, ARTICLEMARK_CODE_CACHE: 'off' }), expected);
    assert.throws(() => readdirSync(off), 'no folder created');
    if (process.platform === 'win32') return;
    const shared = tempDir('cache');
    chmodSync(shared, 0o777);
    assert.deepEqual(await check(dir, { ARTICLEMARK_CODE_CACHE_DIR: shared }), expected);
    assert.deepEqual(cacheFiles(shared), []);
  });
});
