import { normalizePath, type FileHost } from '../core';
import { globFiles } from './glob';
import { readArticle } from './readText';

/**
 * The core's file access for the CLI. Like NodeFileHost (which the CLI does
 * not bundle, see ./glob.ts), plus two things a batch tool needs: a file that
 * exists but cannot be used (unreadable, binary, not UTF-8) is remembered so
 * it can be named on stderr instead of silently treated as absent, and
 * standard input can stand in for a path.
 */
export class CliFileHost implements FileHost {
  /** Path → problem, for files that exist but could not be used. */
  readonly readProblems = new Map<string, string>();
  private readonly overlays = new Map<string, string>();

  setOverlay(path: string, text: string): void {
    this.overlays.set(normalizePath(path), text);
  }

  readFile(path: string): string | undefined {
    const overlay = this.overlays.get(normalizePath(path));
    if (overlay !== undefined) return overlay;
    const result = readArticle(path);
    if ('text' in result) return result.text;
    if (result.problem !== 'no such file or directory' && !result.problem.includes('ENOTDIR')) {
      this.readProblems.set(normalizePath(path), result.problem);
    }
    return undefined;
  }

  glob(patterns: readonly string[], cwd: string): string[] {
    return globFiles(patterns, cwd);
  }
}
