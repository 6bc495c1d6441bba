/**
 * Everything the core needs from the outside world. The core never touches
 * the file system itself: the CLI and the language server each hand it one
 * implementation (the server's also sees unsaved editor buffers).
 */
export interface FileHost {
  /** The file's text, or undefined when it does not exist or cannot be read. */
  readFile(path: string): string | undefined;
  /**
   * Whether something is at `path`, readable or not. An articlemark.json that
   * cannot be read still ends the search for one (its folder gets the defaults,
   * not the file of a folder above). Hosts without it count readable files only.
   */
  exists?(path: string): boolean;
  /** Absolute paths of the files matching the glob patterns, relative to `cwd`, sorted; each file once, however symlinks lead to it. */
  glob(patterns: readonly string[], cwd: string): string[];
}
