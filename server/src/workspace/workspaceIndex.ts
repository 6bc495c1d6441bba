import { isInside, normalizePath } from '../core';
import { eachFileOnce, globFiles, realPath } from '../node/glob';

/**
 * The `*.article` files of every workspace folder. A folder is listed the
 * first time a workspace-wide feature asks (not in `initialize`: a large
 * workspace must not delay the opened document's first diagnostics), then
 * kept current from file-watcher events, so no request rescans the disk.
 *
 * Each file is listed once however symlinks or nested folders lead to it
 * (else references, symbols and rename edits would come twice): the first
 * path in sorted order names it, as in `articlemark check`.
 */
export class WorkspaceIndex {
  /** Folder → its files (path → real path); undefined until listed. */
  private readonly folders = new Map<string, Map<string, string> | undefined>();

  addFolder(folder: string): void {
    this.folders.set(normalizePath(folder), undefined);
  }

  removeFolder(folder: string): void {
    this.folders.delete(normalizePath(folder));
  }

  get folderPaths(): string[] {
    return [...this.folders.keys()];
  }

  /** Files listed, counted once per folder that lists them (for the leak tests). */
  get listedCount(): number {
    let count = 0;
    for (const files of this.folders.values()) count += files?.size ?? 0;
    return count;
  }

  /** A file appeared or disappeared on disk. */
  update(path: string, exists: boolean): void {
    const normalized = normalizePath(path);
    if (!normalized.endsWith('.article')) return;
    for (const [root, files] of this.folders) {
      // A folder not listed yet will see the disk as it is then.
      if (!files || !isInside(root, normalized)) continue;
      if (exists) files.set(normalized, realPath(normalized));
      else files.delete(normalized);
    }
  }

  /**
   * A folder appeared (created, or renamed from elsewhere): an editor reports
   * it alone, not each file in it. Lists it for the listed folders that hold it.
   */
  addTree(dir: string): void {
    const normalized = normalizePath(dir);
    let found: Map<string, string> | undefined;
    for (const [root, files] of this.folders) {
      if (!files || !isInside(root, normalized)) continue;
      found ??= eachFileOnce(globFiles(['**/*.article'], normalized));
      for (const [path, real] of found) files.set(path, real);
    }
  }

  /** A folder disappeared (deleted, or renamed): its files go with it; true when it held some. */
  removeTree(dir: string): boolean {
    const normalized = normalizePath(dir);
    let removed = false;
    for (const files of this.folders.values()) {
      for (const path of files ? [...files.keys()] : []) {
        if (!isInside(normalized, path)) continue;
        files!.delete(path);
        removed = true;
      }
    }
    return removed;
  }

  /** Every file of the workspace once, sorted. */
  files(): string[] {
    return [...this.byRealPath().values()].sort();
  }

  /** Every file of the workspace once: real path → the path that names it. */
  byRealPath(): Map<string, string> {
    const all: [string, string][] = [];
    for (const files of this.listed()) all.push(...files);
    all.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const named = new Map<string, string>();
    for (const [path, real] of all) if (!named.has(real)) named.set(real, path);
    return named;
  }

  /** Lists the folders not listed yet. */
  listed(): Map<string, string>[] {
    const lists: Map<string, string>[] = [];
    for (const [root, listed] of this.folders) {
      let files = listed;
      if (!files) this.folders.set(root, (files = eachFileOnce(globFiles(['**/*.article'], root))));
      lists.push(files);
    }
    return lists;
  }
}
