// What the server bundle does when it starts is part of the time from start to
// the first diagnostics. esbuild copies a CommonJS package's exports once for
// each bundled file that imports a value from it: the protocol package has
// ~300, so server modules import it through server/src/protocol.ts, once.
// The speaker engine creates ~300 Unicode-class regexes when it loads; the
// server loads it on the first quick fix or quotes request, not at start.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const REPO = join(__dirname, '..', '..');
const bundle = readFileSync(join(REPO, 'dist', 'server-main.js'), 'utf8');

/** How many times the bundle converts the CommonJS module at `path` for an import (esbuild names it by its path from the build's folder: node_modules may be a link elsewhere). */
function conversionsOf(path: string): number {
  const name = new RegExp(`var (require_\\w+) = __commonJS\\(\\{\\s*"(?:[^"]*/)?${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}"`).exec(bundle)?.[1];
  assert.ok(name, `${path} is in the bundle`);
  return bundle.split(`__toESM(${name}())`).length - 1;
}

/** The lines of a bundle that contain `needle`. */
function linesWith(source: string, needle: string): string[] {
  return source.split('\n').filter((line) => line.includes(needle));
}

/** The speaker engine module `name` is wrapped to run on demand, and only the lazy loader in core/speakerAccess.ts runs it. */
function assertLoadedOnDemand(source: string, name: string): void {
  assert.equal(linesWith(source, `var init_${name} = __esm(`).length, 1, `${name} is wrapped to be evaluated lazily`);
  const calls = linesWith(source, `init_${name}()`);
  assert.equal(calls.length, 1, `init_${name}() is called once, from the loader: ${calls.join(' | ')}`);
  assert.match(calls[0]!, /\?\?= \(init_/, 'the one call is the lazy loader');
}

describe('server bundle start-up', () => {
  it('copies the protocol package exports once, not once per feature module', () => {
    assert.equal(conversionsOf('node_modules/vscode-languageserver/lib/common/api.js'), 1);
  });

  it('evaluates the speaker engine on first use, not when the bundle loads', () => {
    // esbuild wraps a module that is require()d in an init function.
    assertLoadedOnDemand(bundle, 'candidates');
    // Nor any module of it at the top level, which an import from the core's index would bring in.
    const topLevel = bundle.split('\n').filter((line) => /^init_\w+\(\);$/.test(line)).map((line) => line.slice(5, -3));
    const engine = topLevel.filter((name) => bundle.includes(`// server/src/core/speakers/${name}.ts`));
    assert.deepEqual(engine, [], `speaker modules evaluated at start: ${engine.join(', ')}`);
  });

  it('the CLI evaluates the speaker engine only for import and suggest', () => {
    assertLoadedOnDemand(readFileSync(join(REPO, 'dist', 'cli-main.js'), 'utf8'), 'importText');
  });
});
