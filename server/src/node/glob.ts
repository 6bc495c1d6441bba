// `require`, not `import`: esbuild then bundles tinyglobby's CommonJS build.
// Its ES build pulls in fdir's `createRequire(import.meta.url)`, which is
// undefined in our CommonJS bundle and crashes at start-up.
import tinyglobby = require('tinyglobby');
import { normalizePath } from '../core';

// Dependencies and dot-folders (.git, .vscode…) never hold articles to check.
const IGNORE = ['**/node_modules/**'];

/** Absolute, `/`-separated, sorted paths of the files matching `patterns` under `cwd`. */
export function globFiles(patterns: readonly string[], cwd: string): string[] {
  return tinyglobby
    .globSync([...patterns], { cwd, absolute: true, onlyFiles: true, dot: false, ignore: IGNORE })
    .map(normalizePath)
    .sort();
}

export const isGlobPattern = (input: string): boolean => tinyglobby.isDynamicPattern(input);
