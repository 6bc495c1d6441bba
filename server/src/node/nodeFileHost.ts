import { existsSync } from 'node:fs';
import { normalizePath, type FileHost } from '../core';
import { eachFileOnce, globFiles } from './glob';
import { readArticle } from './readText';

/**
 * The core's file access on Node: the one implementation the CLI and the
 * language server share. Editor buffers (overlays) win over the disk, and a
 * file that exists but cannot be used (unreadable, binary, not UTF-8) is
 * remembered so a caller can name it instead of treating it as absent.
 */
export class NodeFileHost implements FileHost {
  /** Path → why it could not be read, for files that exist. */
  readonly readProblems = new Map<string, string>();
  private readonly overlays = new Map<string, string>();

  /**
   * `recordProblems: false` for a host whose read problems nobody reports (the language server's): they would only pile up.
   * `beforeDiskRead` is told of each read that goes to the disk (not to an overlay), before it happens.
   */
  constructor(private readonly options: { readonly recordProblems?: boolean; readonly beforeDiskRead?: (path: string) => void } = {}) {}

  get overlayCount(): number {
    return this.overlays.size;
  }

  setOverlay(path: string, text: string | undefined): void {
    if (text === undefined) this.overlays.delete(normalizePath(path));
    else this.overlays.set(normalizePath(path), text);
  }

  readFile(path: string): string | undefined {
    const overlay = this.overlays.get(normalizePath(path));
    if (overlay !== undefined) return overlay;
    this.options.beforeDiskRead?.(path);
    const result = readArticle(path);
    if ('text' in result) return result.text;
    if (this.options.recordProblems !== false && result.problem !== 'no such file or directory' && !result.problem.includes('ENOTDIR')) {
      this.readProblems.set(normalizePath(path), result.problem);
    }
    return undefined;
  }

  exists(path: string): boolean {
    return this.overlays.has(normalizePath(path)) || existsSync(path);
  }

  /** Each file once, however symlinks lead to it: a registry listed twice would define its entities twice. */
  glob(patterns: readonly string[], cwd: string): string[] {
    return [...eachFileOnce(globFiles(patterns, cwd)).keys()];
  }
}
