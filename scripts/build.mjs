// Bundles every entry point into dist/ as CommonJS. `vscode` is provided by the
// editor at run time, so it stays external. The language server and the CLI
// are two files each: the bundle (dist/server-main.js, dist/cli-main.js) and
// a small launcher (dist/server.js, dist/cli.js) that loads it through a V8
// code cache (see server/src/node/launcher.ts); each launcher gets a hash of
// its bundle to name its cache by.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

const entries = {
  'cli-main': 'server/src/cli/main.ts',
  'server-main': 'server/src/server.ts',
  client: 'client/src/extension.ts',
};

const production = process.argv.includes('--production');

// The protocol libraries require child_process and crypto when they load, for
// paths this server never takes at start (resolving global modules, naming
// pipes). Node compiles each built-in it loads: loading these two on first
// use instead is a few milliseconds less before the server can answer.
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(build) {
    build.onResolve({ filter: /^(child_process|crypto)$/ }, (args) =>
      args.importer.includes('node_modules') ? { path: args.path, namespace: 'lazy-builtin' } : undefined,
    );
    // Every way of looking at the module (a property, `in`, its keys for an import helper) loads it.
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      loader: 'js',
      contents: `let loaded;
const real = () => (loaded ??= require(${JSON.stringify(`node:${args.path}`)}));
module.exports = new Proxy({}, {
  get: (_, key) => real()[key],
  has: (_, key) => key in real(),
  ownKeys: () => Reflect.ownKeys(real()),
  getOwnPropertyDescriptor: (_, key) => {
    const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
    return descriptor && { ...descriptor, configurable: true };
  },
});`,
    }));
  },
};

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
  banner: name === 'server' || name === 'cli' ? { js: '#!/usr/bin/env node' } : undefined,
  plugins: name === 'server-main' ? [lazyBuiltins] : [],
});

await Promise.all(
  Object.entries(entries)
    .filter(([, file]) => existsSync(file))
    .map(([name, file]) => build(options(name, file))),
);

// The launchers: dist/server.js and dist/cli.js, the commands package.json's `bin` names.
await Promise.all(
  ['server', 'cli'].map((name) => {
    const bundle = `${name}-main`;
    const hash = createHash('sha256').update(readFileSync(`dist/${bundle}.js`)).digest('hex').slice(0, 16);
    return build({
      ...options(name, 'server/src/node/launcher.ts'),
      sourcemap: false,
      define: { BUNDLE_NAME: JSON.stringify(bundle), BUNDLE_HASH: JSON.stringify(hash) },
    });
  }),
);
