/// <reference types="mocha" />
// Shared by the in-editor tests: the workspace, waiting for the server, screenshots.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { ArticleMarkApi } from '../../../client/src/extension';

export const EXTENSION_ID = 'articlemark.articlemark';

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the suite needs the test/vscode/workspace folder open');
  return folder.uri;
}

export function fileUri(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relative.split('/'));
}

/** Every file of the workspace as it was before the tests, so edits can be undone on disk. */
function snapshotWorkspace(): Map<string, string> {
  const files = new Map<string, string>();
  const visit = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) visit(full);
      else files.set(full, readFileSync(full, 'utf8'));
    }
  };
  visit(workspaceRoot().fsPath);
  return files;
}

async function restoreWorkspace(files: Map<string, string>): Promise<void> {
  // Throw away unsaved edits first, or the editors would keep the tests' changes.
  await vscode.commands.executeCommand('workbench.action.files.revert');
  for (const document of vscode.workspace.textDocuments) {
    if (document.isDirty) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  for (const [path, text] of files) {
    if (readFileSync(path, 'utf8') !== text) writeFileSync(path, text);
  }
}

/**
 * For a suite that edits the workspace: snapshots it and activates the extension before
 * the suite, and puts every file back after it (after `cleanUp`, e.g. resetting settings).
 */
export function restoresWorkspace(cleanUp?: () => Thenable<void>): void {
  let files: Map<string, string>;
  suiteSetup(async () => {
    files = snapshotWorkspace();
    await activateExtension();
  });
  suiteTeardown(async () => {
    await cleanUp?.();
    await restoreWorkspace(files);
  });
}

export async function activateExtension(): Promise<ArticleMarkApi> {
  const extension = vscode.extensions.getExtension<ArticleMarkApi>(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not loaded`);
  return extension.activate();
}

export async function openArticle(relative: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fileUri(relative));
  return vscode.window.showTextDocument(document);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls until `probe` returns a value other than undefined, or fails with the last state. */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(100);
  }
}

export function diagnosticsOf(uri: vscode.Uri, code?: string): vscode.Diagnostic[] {
  const all = vscode.languages.getDiagnostics(uri);
  return code === undefined ? all : all.filter((diagnostic) => codeOf(diagnostic) === code);
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' ? code.value : code);
}

/** Finds `needle` (the `occurrence`-th one) in the document and returns the position `delta` characters into it. */
export function positionOf(document: vscode.TextDocument, needle: string, delta = 0, occurrence = 1): vscode.Position {
  let index = -1;
  for (let seen = 0; seen < occurrence; seen++) {
    index = document.getText().indexOf(needle, index + 1);
    if (index < 0) throw new Error(`${JSON.stringify(needle)} not found ${occurrence} time(s) in ${document.uri.path}`);
  }
  return document.positionAt(index + delta);
}

export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n')
    // The server escapes Markdown punctuation in names (Jean\-Yves): compare the text a writer reads.
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1');
}

/** Asks the harness for a screenshot of the workbench; undefined when no harness offers it. */
export async function screenshot(name: string, options: { selector?: string; delayMs?: number } = {}): Promise<string | undefined> {
  const url = process.env.ARTICLEMARK_SCREENSHOT_URL;
  if (!url) return undefined;
  // The chat side bar takes a third of the window and shows nothing of ours.
  await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar').then(undefined, () => undefined);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, ...options }),
  });
  const body = (await response.json()) as { path?: string; error?: string };
  if (!response.ok || !body.path) throw new Error(`screenshot ${name} refused: ${body.error ?? response.status}`);
  return body.path;
}
