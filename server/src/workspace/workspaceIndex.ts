import { normalizePath } from '../core';
import type { FileHost } from '../core';

/**
 * The `*.article` files of every workspace folder. A folder is listed the
 * first time a workspace-wide feature asks (not in `initialize`: a large
 * workspace must not delay the opened document's first diagnostics), then
 * kept current from file-watcher events, so no request rescans the disk.
 */
export class WorkspaceIndex {
  /** Folder → its files; undefined until listed. */
  private readonly folders = new Map<string, Set<string> | undefined>();

  constructor(private readonly host: FileHost) {}

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
      if (!files || !normalized.startsWith(`${root}/`)) continue;
      if (exists) files.add(normalized);
      else files.delete(normalized);
    }
  }

  files(): string[] {
    const all = new Set<string>();
    for (const files of this.listed()) for (const file of files) all.add(file);
    return [...all].sort();
  }

  /** Lists the folders not listed yet. */
  listed(): Set<string>[] {
    const sets: Set<string>[] = [];
    for (const [root, listed] of this.folders) {
      let files = listed;
      if (!files) this.folders.set(root, (files = new Set(this.host.glob(['**/*.article'], root))));
      sets.push(files);
    }
    return sets;
  }
}
