// Builds articlemark.vsix from a staging folder holding only what the extension runs.
// Why a staging folder: package.json's "files" (what npm publishes for the CLI) and
// .vscodeignore (what the .vsix holds) cannot coexist in one folder for vsce, and
// both are wanted. The staged manifest drops "files"; .vscodeignore applies as usual.
// What to stage is read from .vscodeignore's `!` lines, so the list lives in one place.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { globSync } from 'tinyglobby';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = resolve(root, process.argv[2] ?? 'articlemark.vsix');
// The manifest is written below, without the npm-only fields.
const kept = readFileSync(join(root, '.vscodeignore'), 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('!'))
  .map((line) => line.slice(1).trim())
  .filter((pattern) => pattern !== 'package.json');

const stage = mkdtempSync(join(tmpdir(), 'articlemark-vsix-'));
try {
  for (const pattern of kept) {
    const files = globSync(pattern, { cwd: root });
    if (files.length === 0) {
      if (pattern.startsWith('docs/images/')) continue; // Only needed when the README shows screenshots.
      throw new Error(`${pattern} matches nothing: run the production build first`);
    }
    for (const file of files) cpSync(join(root, file), join(stage, file));
  }
  cpSync(join(root, '.vscodeignore'), join(stage, '.vscodeignore'));
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  delete manifest.files;
  // Nothing to install or run at packaging time: the runtime dependencies are bundled.
  delete manifest.scripts;
  delete manifest.devDependencies;
  delete manifest.dependencies;
  writeFileSync(join(stage, 'package.json'), JSON.stringify(manifest, null, 2));

  const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
  const result = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out], { cwd: stage, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  const list = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: stage, encoding: 'utf8' });
  console.log(`packaged files:\n${list.stdout.trim()}`);
  console.log(`${out}: ${(statSync(out).size / 1024).toFixed(0)} KiB`);
} finally {
  rmSync(stage, { recursive: true, force: true });
}
