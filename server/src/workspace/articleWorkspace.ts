import { statSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Location, TextDocumentContentChangeEvent } from '../protocol';
import { ArticleProject, isInside, LineIndex, type DocumentAnalysis, type Span } from '../core';
import { realPath } from '../node/glob';
import { NodeFileHost } from '../node/nodeFileHost';
import { DEFAULT_SETTINGS, type ServerSettings } from './settings';
import { pathToUri, uriToPath } from './uris';
import { WorkspaceIndex } from './workspaceIndex';

/** The files whose changes the server asks the client to report (other paths: only when created or deleted). */
export const isWatchedFile = (path: string): boolean => path.endsWith('.article') || path.endsWith('/articlemark.json');

export interface OpenAnalysis {
  readonly uri: string;
  readonly path: string;
  readonly document?: TextDocument;
  readonly analysis: DocumentAnalysis;
}

/**
 * Open documents (editor text wins over the disk), the workspace index and the
 * project that analyses them. Every analysis goes through ArticleProject's
 * per-version cache, so only a document that changed is re-analysed.
 *
 * Documents are keyed by path, not by URI string: a client may spell a file's
 * URI otherwise than Node does (VS Code encodes `(`, `@`, the drive colon …).
 * Keyed by path, each file has one URI everywhere: the editor's spelling for an
 * open document, Node's for the others.
 */
export class ArticleWorkspace {
  // Nothing here reports a file that cannot be read (every directory named while typing a `uses` path is one).
  readonly host = new NodeFileHost({ recordProblems: false, beforeDiskRead: (path) => this.stampUnwatched(path) });
  /** Whether the client reports changes on disk in the workspace folders (`workspace/didChangeWatchedFiles`). */
  clientWatchesFiles = false;
  /**
   * Files read from disk that no watched-file event would report changed (outside
   * every workspace folder, or all of them when the client does not watch): their
   * modification time and size when read, checked again when a document opens.
   */
  private readonly unwatchedStamps = new Map<string, string>();
  readonly index = new WorkspaceIndex();
  // Incremental: a keystroke re-parses the blocks around it, not the whole document.
  readonly project = new ArticleProject(this.host, { incremental: true });
  /** By path (an untitled document's is made up, see `untitledPath`); by URI for other documents that are not files (never analysed). */
  private readonly documents = new Map<string, TextDocument>();
  /** Untitled document (a new file not saved yet) → the path it is analysed under. */
  private readonly untitled = new Map<string, string>();
  /** Lines of files read from disk (registries, mostly), for `locationOf`; dropped when the file changes, opens or closes. */
  private readonly diskLines = new Map<string, LineIndex | null>();
  settings: ServerSettings = DEFAULT_SETTINGS;
  /**
   * Counts the changes to what analyses read (documents, files on disk,
   * folders, rule settings), so that a request that yields between files can
   * tell its answer would mix two versions of the workspace.
   */
  private changes = 0;

  get revision(): number {
    return this.changes;
  }

  /**
   * Takes the client's settings; true when the severities changed. Only then
   * are the analyses dropped: settings arrive after the first document was
   * analysed, and an editor re-sends them unchanged.
   */
  applySettings(settings: ServerSettings): boolean {
    const rulesChanged = !sameRules(this.settings.rules, settings.rules);
    this.settings = settings;
    if (rulesChanged) {
      this.changes++;
      this.project.setEditorRules(settings.rules);
    }
    return rulesChanged;
  }

  /** Opens a document; true when other analysed documents read it (their findings may change). */
  open(uri: string, languageId: string, version: number, text: string): boolean {
    const document = TextDocument.create(uri, languageId, version, text);
    if (uri.startsWith('untitled:') && !this.untitled.has(uri)) this.untitled.set(uri, this.untitledPath(uri));
    const key = this.keyOf(uri);
    this.documents.set(key, document);
    this.diskLines.delete(key);
    return this.afterEdit(document);
  }

  /** Applies an edit; true when other analysed documents read this one (their findings may change). */
  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): boolean {
    const key = this.keyOf(uri);
    const current = this.documents.get(key);
    if (!current) return false;
    const updated = TextDocument.update(current, changes, version);
    this.documents.set(key, updated);
    return this.afterEdit(updated);
  }

  /** Closes a document; true when other analysed documents read it (the disk copy is their truth again). */
  close(uri: string): boolean {
    this.changes++;
    const path = this.pathOf(uri);
    this.documents.delete(path ?? uri);
    if (!path) return false;
    if (this.untitled.delete(uri)) {
      this.project.invalidate(path);
      this.project.documentClosed(path);
      return false;
    }
    this.diskLines.delete(path);
    const affectsOthers = this.project.hasDependents(path);
    this.host.setOverlay(path, undefined);
    this.project.invalidate(path);
    this.project.documentClosed(path);
    return affectsOthers;
  }

  document(uri: string): TextDocument | undefined {
    return this.documents.get(this.keyOf(uri));
  }

  openUris(): string[] {
    return [...this.documents.values()].map((document) => document.uri);
  }

  /**
   * Keeps the host's overlay current so other documents see unsaved
   * definitions, and drops exactly the analyses that read this file.
   */
  private afterEdit(document: TextDocument): boolean {
    this.changes++;
    const path = this.pathOf(document.uri);
    if (!path) return false;
    // Nothing can read an untitled document: no overlay, no dependents.
    if (this.untitled.has(document.uri)) {
      this.project.invalidate(path);
      return false;
    }
    const affectsOthers = this.project.hasDependents(path);
    this.host.setOverlay(path, document.getText());
    this.project.invalidate(path);
    return affectsOthers;
  }

  /** The analysis of an open document (its editor text) or of a file on disk. */
  analysis(uri: string): OpenAnalysis | undefined {
    const path = this.pathOf(uri);
    return path ? this.analysisOfPath(path) : undefined;
  }

  analysisOfPath(path: string): OpenAnalysis | undefined {
    const document = this.documents.get(path);
    if (document) return { uri: document.uri, path, document, analysis: this.project.analyze(path, document.getText(), document.version) };
    const analysis = this.project.analyzeFile(path);
    return analysis ? { uri: pathToUri(path), path, analysis } : undefined;
  }

  /**
   * Where `span` of the file at `path` is: in an open document's current
   * analysis, else in the file as read from disk. The disk text is read once,
   * not per hover, and agrees with the project's parse of that file (both are
   * dropped by the same watched-file events, see `fileChanged`).
   */
  locationOf(path: string, span: Span): Location | undefined {
    const document = this.documents.get(path);
    if (document) return { uri: document.uri, range: this.project.analyze(path, document.getText(), document.version).model.lines.rangeOf(span) };
    let lines = this.diskLines.get(path);
    if (lines === undefined) {
      const text = this.host.readFile(path);
      this.diskLines.set(path, (lines = text === undefined ? null : new LineIndex(text)));
    }
    return lines ? { uri: pathToUri(path), range: lines.rangeOf(span) } : undefined;
  }

  /** The URI of the file at `path` (of an open document: the editor's spelling), for locations in diagnostics. */
  uriOfPath(path: string): string {
    return this.documents.get(path)?.uri ?? pathToUri(path);
  }

  /** The path a document is analysed under: its file's, or an untitled document's made-up one. */
  private pathOf(uri: string): string | undefined {
    return uriToPath(uri) ?? this.untitled.get(uri);
  }

  private keyOf(uri: string): string {
    return this.pathOf(uri) ?? uri;
  }

  /**
   * An untitled document is checked as if it were saved at the top of the first
   * workspace folder (that folder's articlemark.json and registries apply, and
   * `uses` paths start there); the URI is encoded into a file name no real file has.
   */
  private untitledPath(uri: string): string {
    const folder = this.index.folderPaths[0] ?? '';
    return `${folder}/${encodeURIComponent(uri)}`;
  }

  /**
   * A workspace folder was removed. No watcher reports changes to its files
   * any more, so what was read from them would go stale (and, folder after
   * folder, pile up): everything read from disk is read again when asked.
   */
  removeFolder(path: string): void {
    this.changes++;
    this.index.removeFolder(path);
    this.diskLines.clear();
    this.project.invalidate();
  }

  /**
   * The unwatched files that changed on disk since the server read them (see
   * `unwatchedStamps`), each forgotten here; the caller handles them as
   * watched-file events. For a document being opened: reopening an article then
   * reads its registries as they are now, not as they were when first read.
   */
  staleUnwatched(): { path: string; kind: 'changed' | 'deleted' }[] {
    const stale: { path: string; kind: 'changed' | 'deleted' }[] = [];
    for (const [path, stamp] of [...this.unwatchedStamps]) {
      const now = stampOf(path);
      if (now === stamp) continue;
      this.unwatchedStamps.delete(path);
      stale.push({ path, kind: now === undefined ? 'deleted' : 'changed' });
    }
    return stale;
  }

  private stampUnwatched(path: string): void {
    if (this.clientWatchesFiles && isWatchedFile(path) && this.index.folderPaths.some((folder) => isInside(folder, path))) return;
    const stamp = stampOf(path);
    if (stamp === undefined) this.unwatchedStamps.delete(path);
    else this.unwatchedStamps.set(path, stamp);
  }

  /** A file changed on disk (a watched-file event). */
  fileChanged(path: string): void {
    this.changes++;
    this.diskLines.delete(path);
  }

  /**
   * Something that is neither an article nor a configuration appeared or
   * disappeared on disk: a folder, perhaps (an editor reports a folder deleted or
   * renamed alone, not each file in it). True when that may change analyses:
   * a folder created, or a deleted path the workspace read from or listed.
   */
  otherPathChanged(path: string, created: boolean): boolean {
    if (created) {
      if (!isDirectory(path)) return false;
      this.index.addTree(path);
    } else if (!this.index.removeTree(path) && !this.project.hasRead(path)) {
      return false;
    }
    this.changes++;
    for (const file of [...this.diskLines.keys()]) if (file === path || isInside(path, file)) this.diskLines.delete(file);
    this.project.invalidate(path, created ? 'created' : 'deleted');
    return true;
  }

  /** How many entries each long-lived structure holds, the project's caches included (for the leak tests). */
  retained(): Record<string, number> {
    return {
      ...this.project.retained(),
      documents: this.documents.size,
      untitled: this.untitled.size,
      diskLines: this.diskLines.size,
      overlays: this.host.overlayCount,
      unwatchedStamps: this.unwatchedStamps.size,
      readProblems: this.host.readProblems.size,
      folders: this.index.folderPaths.length,
      listedFiles: this.index.listedCount,
    };
  }

  /**
   * Every article of the workspace plus open documents outside it, one URI per
   * file however symlinks lead to it (an open document's wins), for workspace-wide features.
   */
  allUris(): string[] {
    const uris = new Map<string, string>();
    for (const [real, path] of this.index.byRealPath()) uris.set(real, pathToUri(path));
    for (const [key, document] of this.documents) uris.set(document.uri.startsWith('file:') ? realPath(key) : key, document.uri);
    return [...uris.values()];
  }

  /**
   * Names a file by what it is, not how it was reached: its real path. For one
   * request (symlinks may change between two), so each path is resolved once.
   */
  fileIdentity(): (path: string) => string {
    const known = new Map<string, string>();
    return (path) => {
      let real = known.get(path);
      if (real === undefined) known.set(path, (real = realPath(path)));
      return real;
    };
  }
}


/**
 * What tells a file's content or readability changed without reading it: modification time, size, and the change
 * time a permission fix moves (undefined when it is gone).
 */
function stampOf(path: string): string | undefined {
  const stat = statSync(path, { throwIfNoEntry: false });
  return stat?.isFile() ? `${stat.mtimeMs}:${stat.ctimeMs}:${stat.size}` : undefined;
}

function isDirectory(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

function sameRules(a: ServerSettings['rules'], b: ServerSettings['rules']): boolean {
  const keys = Object.keys(a) as (keyof typeof a)[];
  return keys.length === Object.keys(b).length && keys.every((code) => a[code] === b[code]);
}
