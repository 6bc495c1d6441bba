import { normalizePath } from '../core';
import type { FileHost } from '../core';

/**
 * The `*.article` files of every workspace folder. Listed once per folder and
 * then kept current from file-watcher events, so no request rescans the disk.
 */
export class WorkspaceIndex {
  private readonly folders = new Map<string, Set<string>>();

  constructor(private readonly host: FileHost) {}

  addFolder(folder: string): void {
    const root = normalizePath(folder);
    this.folders.set(root, new Set(this.host.glob(['**/*.article'], root)));
  }

  removeFolder(folder: string): void {
    this.folders.delete(normalizePath(folder));
  }

  get folderPaths(): string[] {
    return [...this.folders.keys()];
  }

  /** A file appeared or disappeared on disk. */
  update(path: string, exists: boolean): void {
    const normalized = normalizePath(path);
    if (!normalized.endsWith('.article')) return;
    for (const [root, files] of this.folders) {
      if (!normalized.startsWith(`${root}/`)) continue;
      if (exists) files.add(normalized);
      else files.delete(normalized);
    }
  }

  files(): string[] {
    const all = new Set<string>();
    for (const files of this.folders.values()) for (const file of files) all.add(file);
    return [...all].sort();
  }
}
