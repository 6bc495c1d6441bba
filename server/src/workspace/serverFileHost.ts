// `require`, not `import`: esbuild then bundles tinyglobby's CommonJS build. The
// ESM build calls createRequire(import.meta.url), which is undefined in our CJS
// bundle and crashes the server at load — why this does not reuse NodeFileHost
// (see the report: the same bug is in server/src/node/nodeFileHost.ts).
import tinyglobby = require('tinyglobby');
import { readFileSync } from 'node:fs';
import { normalizePath, type FileHost } from '../core';

/** The core's file access for the server: the disk, overlaid by the editor's unsaved text. */
export class ServerFileHost implements FileHost {
  private readonly overlays = new Map<string, string>();

  setOverlay(path: string, text: string | undefined): void {
    if (text === undefined) this.overlays.delete(normalizePath(path));
    else this.overlays.set(normalizePath(path), text);
  }

  readFile(path: string): string | undefined {
    const overlay = this.overlays.get(normalizePath(path));
    if (overlay !== undefined) return overlay;
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  }

  glob(patterns: readonly string[], cwd: string): string[] {
    return tinyglobby
      .globSync([...patterns], { cwd, absolute: true, onlyFiles: true, dot: false, ignore: ['**/node_modules/**'] })
      .map(normalizePath)
      .sort();
  }
}
