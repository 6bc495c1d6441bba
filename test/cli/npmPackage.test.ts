// What `npm install articlemark` gets: the files a user's help text and README point to must ship.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ensureBuilt, ROOT, run } from './run';

/** The package's file list as `npm pack` would write it (no scripts run, nothing written). */
function packedFiles(): Set<string> {
  const packed = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(packed.status, 0, packed.stderr);
  const [listing] = JSON.parse(packed.stdout) as { files: { path: string }[] }[];
  return new Set(listing!.files.map((file) => file.path));
}

describe('npm package', () => {
  ensureBuilt();
  const files = packedFiles();

  it('holds the commands package.json names as bin', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    for (const target of Object.values(manifest.bin)) assert.ok(files.has(target.replace(/^\.\//, '')), target);
  });

  it('holds every docs file a command\'s help or the README links to', () => {
    const commands = ['check', 'import', 'suggest', 'export'];
    const named = new Set<string>();
    for (const command of commands) {
      const help = run([command, '--help'], { cwd: ROOT });
      assert.equal(help.code, 0, `${command} --help`);
      for (const [path] of help.stdout.matchAll(/docs\/[\w./-]+\.(?:md|json)/g)) named.add(path);
    }
    for (const [, path] of readFileSync(join(ROOT, 'README.md'), 'utf8').matchAll(/\]\((docs\/[\w./-]+\.(?:md|json))(?:#[\w-]*)?\)/g)) named.add(path!);
    assert.ok(named.has('docs/schemas/export.schema.json'), 'export --help names its schema');
    const missing = [...named].filter((path) => !files.has(path));
    assert.deepEqual(missing, []);
  });
});
