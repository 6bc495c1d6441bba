import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { ArticleProject, type DocumentAnalysis } from '../core';
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
 */
export class ArticleWorkspace {
  readonly host = new NodeFileHost();
  readonly index = new WorkspaceIndex(this.host);
  readonly project = new ArticleProject(this.host);
  private readonly documents = new Map<string, TextDocument>();
  settings: ServerSettings = DEFAULT_SETTINGS;

  applySettings(settings: ServerSettings): void {
    this.settings = settings;
    this.project.setEditorRules(settings.rules);
  }

  /** Opens a document; true when other analysed documents read it (their findings may change). */
  open(uri: string, languageId: string, version: number, text: string): boolean {
    const document = TextDocument.create(uri, languageId, version, text);
    this.documents.set(uri, document);
    return this.afterEdit(document);
  }

  /** Applies an edit; true when other analysed documents read this one (their findings may change). */
  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): boolean {
    const current = this.documents.get(uri);
    if (!current) return false;
    const updated = TextDocument.update(current, changes, version);
    this.documents.set(uri, updated);
    return this.afterEdit(updated);
  }

  close(uri: string): void {
    this.documents.delete(uri);
    const path = uriToPath(uri);
    if (!path) return;
    this.host.setOverlay(path, undefined);
    // The disk copy is the truth again for the documents that use this one.
    this.project.invalidate(path);
  }

  document(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }

  openUris(): string[] {
    return [...this.documents.keys()];
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
    if (!path) return undefined;
    const document = this.documents.get(uri);
    const analysis = document ? this.project.analyze(path, document.getText(), document.version) : this.project.analyzeFile(path);
    if (!analysis) return undefined;
    return document ? { uri, path, document, analysis } : { uri, path, analysis };
  }

  analysisOfPath(path: string): OpenAnalysis | undefined {
    return this.analysis(pathToUri(path));
  }

  /** Every article of the workspace plus open documents outside it, for workspace-wide features. */
  allUris(): string[] {
    const uris = new Set(this.index.files().map(pathToUri));
    for (const uri of this.documents.keys()) uris.add(uri);
    return [...uris];
  }
}
