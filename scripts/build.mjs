// Bundles every entry point into dist/ as CommonJS. `vscode` is provided by the
// editor at run time, so it stays external. The language server is two files:
// dist/server-main.js (the server) and dist/server.js, a small launcher that
// loads it through a V8 code cache (see server/src/node/launcher.ts); the
// launcher gets a hash of the server bundle to name its cache by.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

const entries = {
  cli: 'server/src/cli/main.ts',
  'server-main': 'server/src/server.ts',
  client: 'client/src/extension.ts',
};

const production = process.argv.includes('--production');

const options = (name, file) => ({
  entryPoints: [file],
  outfile: `dist/${name}.js`,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['vscode'],
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  banner: name === 'client' || name === 'server-main' ? undefined : { js: '#!/usr/bin/env node' },
});

await Promise.all(
  Object.entries(entries)
    .filter(([, file]) => existsSync(file))
    .map(([name, file]) => build(options(name, file))),
);

const serverHash = createHash('sha256').update(readFileSync('dist/server-main.js')).digest('hex').slice(0, 16);
await build({ ...options('server', 'server/src/node/launcher.ts'), sourcemap: false, define: { SERVER_MAIN_HASH: JSON.stringify(serverHash) } });
