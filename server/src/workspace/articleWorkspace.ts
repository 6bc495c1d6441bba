import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Location, TextDocumentContentChangeEvent } from '../protocol';
import { ArticleProject, LineIndex, type DocumentAnalysis, type Span } from '../core';
import { NodeFileHost } from '../node/nodeFileHost';
import { DEFAULT_SETTINGS, type ServerSettings } from './settings';
import { pathToUri, uriToPath } from './uris';
import { WorkspaceIndex } from './workspaceIndex';

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
  readonly host = new NodeFileHost();
  readonly index = new WorkspaceIndex(this.host);
  // Incremental: a keystroke re-parses the blocks around it, not the whole document.
  readonly project = new ArticleProject(this.host, { incremental: true });
  /** By path; by URI for a document that is not a file (it is never analysed). */
  private readonly documents = new Map<string, TextDocument>();
  /** Lines of files read from disk (registries, mostly), for `locationOf`; dropped when the file changes, opens or closes. */
  private readonly diskLines = new Map<string, LineIndex | null>();
  settings: ServerSettings = DEFAULT_SETTINGS;

  /**
   * Takes the client's settings; true when the severities changed. Only then
   * are the analyses dropped: settings arrive after the first document was
   * analysed, and an editor re-sends them unchanged.
   */
  applySettings(settings: ServerSettings): boolean {
    const rulesChanged = !sameRules(this.settings.rules, settings.rules);
    this.settings = settings;
    if (rulesChanged) this.project.setEditorRules(settings.rules);
    return rulesChanged;
  }

  /** Opens a document; true when other analysed documents read it (their findings may change). */
  open(uri: string, languageId: string, version: number, text: string): boolean {
    const document = TextDocument.create(uri, languageId, version, text);
    this.documents.set(keyOf(uri), document);
    this.diskLines.delete(keyOf(uri));
    return this.afterEdit(document);
  }

  /** Applies an edit; true when other analysed documents read this one (their findings may change). */
  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): boolean {
    const key = keyOf(uri);
    const current = this.documents.get(key);
    if (!current) return false;
    const updated = TextDocument.update(current, changes, version);
    this.documents.set(key, updated);
    return this.afterEdit(updated);
  }

  /** Closes a document; true when other analysed documents read it (the disk copy is their truth again). */
  close(uri: string): boolean {
    const path = uriToPath(uri);
    this.documents.delete(path ?? uri);
    if (!path) return false;
    this.diskLines.delete(path);
    const affectsOthers = this.project.hasDependents(path);
    this.host.setOverlay(path, undefined);
    this.project.invalidate(path);
    this.project.documentClosed(path);
    return affectsOthers;
  }

  document(uri: string): TextDocument | undefined {
    return this.documents.get(keyOf(uri));
  }

  openUris(): string[] {
    return [...this.documents.values()].map((document) => document.uri);
  }

  /**
   * Keeps the host's overlay current so other documents see unsaved
   * definitions, and drops exactly the analyses that read this file.
   */
  private afterEdit(document: TextDocument): boolean {
    const path = uriToPath(document.uri);
    if (!path) return false;
    const affectsOthers = this.project.hasDependents(path);
    this.host.setOverlay(path, document.getText());
    this.project.invalidate(path);
    return affectsOthers;
  }

  /** The analysis of an open document (its editor text) or of a file on disk. */
  analysis(uri: string): OpenAnalysis | undefined {
    const path = uriToPath(uri);
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

  /** A file changed on disk (a watched-file event). */
  fileChanged(path: string): void {
    this.diskLines.delete(path);
  }

  /** Every article of the workspace plus open documents outside it, one URI per file, for workspace-wide features. */
  allUris(): string[] {
    const uris = new Map(this.index.files().map((path) => [path, pathToUri(path)]));
    for (const [key, document] of this.documents) uris.set(key, document.uri);
    return [...uris.values()];
  }
}

const keyOf = (uri: string): string => uriToPath(uri) ?? uri;

function sameRules(a: ServerSettings['rules'], b: ServerSettings['rules']): boolean {
  const keys = Object.keys(a) as (keyof typeof a)[];
  return keys.length === Object.keys(b).length && keys.every((code) => a[code] === b[code]);
}
