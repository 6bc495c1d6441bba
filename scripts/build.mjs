// Bundles every entry point into dist/ as CommonJS. `vscode` is provided by the
// editor at run time, so it stays external.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const entries = {
  cli: 'server/src/cli/main.ts',
  server: 'server/src/server.ts',
  client: 'client/src/extension.ts',
};

const production = process.argv.includes('--production');

await Promise.all(
  Object.entries(entries)
    .filter(([, file]) => existsSync(file))
    .map(([name, file]) =>
      build({
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
        banner: name === 'client' ? undefined : { js: '#!/usr/bin/env node' },
      }),
    ),
);
