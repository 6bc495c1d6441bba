// dist/cli.js loads the CLI bundle through the same V8 code cache as the
// server's launcher: written by a first run, reused by the next, replaced when
// damaged, and never needed for the output.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { tempDir } from '../support/tempDir';
import { ensureBuilt, EXAMPLES, ROOT, run } from './run';

const cacheFiles = (dir: string): string[] => readdirSync(dir).filter((name) => name.endsWith('.bin'));
const freshCacheDir = (): string => join(tempDir('cli-cache'), 'cache');

describe('V8 code cache of the CLI bundle', () => {
  before(ensureBuilt);
  const check = (cache: string, env: NodeJS.ProcessEnv = {}) =>
    run(['check', '--format', 'json', '--no-exit', join(EXAMPLES, 'faulty.article')], { cwd: ROOT, env: { ARTICLEMARK_CODE_CACHE_DIR: cache, ...env } });

  it('is written by a first run and reused, unchanged, by the next, with the same output', () => {
    const cache = freshCacheDir();
    const first = check(cache);
    assert.equal(first.code, 0, first.stderr);
    const [file] = cacheFiles(cache);
    assert.ok(file?.startsWith('cli-'), `a cli-… cache file after the first run, not ${String(file)}`);
    const written = statSync(join(cache, file));
    assert.ok(written.size > 50_000);
    assert.equal(written.mode & 0o077, 0, 'readable by its owner only');
    const second = check(cache);
    assert.equal(second.stdout, first.stdout);
    assert.equal(second.stderr, first.stderr);
    // Rewritten only when missing or rejected by V8: the same file means it was accepted.
    assert.equal(statSync(join(cache, file)).mtimeMs, written.mtimeMs);
    assert.deepEqual(cacheFiles(cache), [file]);
  });

  it('runs from a damaged cache file and replaces it', () => {
    const cache = freshCacheDir();
    const expected = check(cache).stdout;
    const file = join(cache, cacheFiles(cache)[0]!);
    writeFileSync(file, Buffer.alloc(4096, 7));
    assert.equal(check(cache).stdout, expected);
    assert.notEqual(readFileSync(file)[0], 7, 'replaced by a good cache');
  });

  it('a folder that cannot be made, where mkdir -p would never give up (under /proc), means starting without it', { skip: !existsSync('/proc/self') && 'no /proc here' }, () => {
    // /proc answers ENOENT to a mkdir there, and Node's recursive mkdir then retries its parent forever.
    for (const cache of ['/proc/articlemark-code-cache', '/proc/articlemark/code-cache']) {
      const result = run(['check', '--format', 'json', '--no-exit', join(EXAMPLES, 'faulty.article')], { cwd: ROOT, env: { ARTICLEMARK_CODE_CACHE_DIR: cache }, timeout: 30_000 });
      assert.equal(result.code, 0, `${cache}: ${result.code === null ? 'killed after 30 s' : result.stderr}`);
      assert.ok(JSON.parse(result.stdout));
    }
  });

  it('is not used when turned off', () => {
    const cache = freshCacheDir();
    const result = check(cache, { ARTICLEMARK_CODE_CACHE: 'off' });
    assert.equal(result.code, 0, result.stderr);
    assert.ok(JSON.parse(result.stdout));
    assert.throws(() => readdirSync(cache), 'no folder created');
  });
});
