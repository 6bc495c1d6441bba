import { readFileSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import type { FileHost } from '../core';
import { normalizePath } from '../core';

/** The core's file access on Node: one implementation shared by the CLI and the language server. */
export class NodeFileHost implements FileHost {
  /** Text the editor holds for a path, which wins over the disk. */
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
    return globSync([...patterns], { cwd, absolute: true, onlyFiles: true, dot: false, ignore: ['**/node_modules/**'] })
      .map(normalizePath)
      .sort();
  }
}
