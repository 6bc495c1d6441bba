// What the server bundle does when it starts is part of the time from start to
// the first diagnostics. esbuild copies a CommonJS package's exports once for
// each bundled file that imports a value from it: the protocol package has
// ~300, so server modules import it through server/src/protocol.ts, once.
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

describe('server bundle start-up', () => {
  it('copies the protocol package exports once, not once per feature module', () => {
    assert.equal(conversionsOf('node_modules/vscode-languageserver/lib/common/api.js'), 1);
  });
});
