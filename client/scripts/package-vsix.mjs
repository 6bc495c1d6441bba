// Builds articlemark.vsix from a staging folder holding only what the extension runs.
// Why a staging folder: package.json's "files" (what npm publishes for the CLI) and
// .vscodeignore (what the .vsix holds) cannot coexist in one folder for vsce, and
// both are wanted. The staged manifest drops "files"; .vscodeignore applies as usual.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = resolve(root, process.argv[2] ?? 'articlemark.vsix');
const staged = [
  'dist/client.js',
  'dist/server.js',
  'syntaxes',
  'language-configuration.json',
  'README.md',
  'LICENSE',
  'images/icon.png',
  'images/quotes.svg',
  'docs/images',
  '.vscodeignore',
];

const stage = mkdtempSync(join(tmpdir(), 'articlemark-vsix-'));
try {
  for (const path of staged) {
    const from = join(root, path);
    if (!existsSync(from)) {
      if (path === 'docs/images') continue; // Only needed when the README shows screenshots.
      throw new Error(`${path} is missing: run the production build first`);
    }
    cpSync(from, join(stage, path), { recursive: true });
  }
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
