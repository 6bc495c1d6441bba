// `require`, not `import`: esbuild then bundles tinyglobby's CommonJS build.
// Its ES build pulls in fdir's `createRequire(import.meta.url)`, which is
// undefined in our CommonJS bundle and crashes at start-up.
import tinyglobby = require('tinyglobby');
import { realpathSync } from 'node:fs';
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

/** The file `path` leads to through symlinks; `path` itself when it does not exist (an unsaved editor buffer's, a deleted file's). */
export function realPath(path: string): string {
  try {
    return normalizePath(realpathSync(path));
  } catch {
    return path;
  }
}

/**
 * Each file of `paths` once, however symlinks lead to it (a linked folder or
 * file, a link back up the tree, which globs follow): the first path names it,
 * as in `articlemark check`. Path → the file's real path.
 */
export function eachFileOnce(paths: readonly string[]): Map<string, string> {
  const once = new Map<string, string>();
  const seen = new Set<string>();
  for (const path of paths) {
    const real = realPath(path);
    if (seen.has(real)) continue;
    seen.add(real);
    once.set(path, real);
  }
  return once;
}
