// The commands a writer runs from the palette.
import * as vscode from 'vscode';
import { QUOTES_VIEW_ID } from './quotesView';
import { checkSummary, count } from './wording';

export interface WorkspaceCheck {
  files: number;
  errors: number;
  warnings: number;
}

const diagnosticsWait = 5_000;
const quietMs = 500;

/**
 * Resolves once every given document has had diagnostics published and publishing has
 * gone quiet (opening a registry re-checks the articles that use it), or after a time
 * limit: a clean file may never get an event.
 */
function diagnosticsFor(uris: readonly vscode.Uri[]): Promise<void> {
  const pending = new Set(uris.map((uri) => uri.toString()));
  for (const uri of uris) if (vscode.languages.getDiagnostics(uri).length > 0) pending.delete(uri.toString());
  return new Promise((resolve) => {
    let quiet: NodeJS.Timeout | undefined;
    const done = (): void => {
      clearTimeout(limit);
      clearTimeout(quiet);
      listener.dispose();
      resolve();
    };
    const settle = (): void => {
      clearTimeout(quiet);
      if (pending.size === 0) quiet = setTimeout(done, quietMs);
    };
    const limit = setTimeout(done, diagnosticsWait);
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      for (const uri of event.uris) pending.delete(uri.toString());
      settle();
    });
    settle();
  });
}

/**
 * Opening each article in a tab hands it to the language server, and its findings
 * reach the Problems panel whether the server pushes diagnostics or the client pulls them.
 */
export async function checkWorkspace(): Promise<WorkspaceCheck> {
  const uris = await vscode.workspace.findFiles('**/*.article', '**/node_modules/**');
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: `ArticleMark: checking ${count(uris.length, 'article')}` },
    async () => {
      const active = vscode.window.activeTextEditor;
      // The server pulls diagnostics for documents in editor tabs: each article gets a tab.
      for (const uri of uris) await vscode.window.showTextDocument(uri, { preview: false, preserveFocus: true });
      if (active) await vscode.window.showTextDocument(active.document, { viewColumn: active.viewColumn });
      await diagnosticsFor(uris);
    },
  );
  // Matched by path: the URIs findFiles returns need not be spelled like the diagnostics' ones.
  const articles = new Set(uris.map((uri) => uri.path));
  let errors = 0;
  let warnings = 0;
  for (const [uri, diagnostics] of vscode.languages.getDiagnostics()) {
    if (!articles.has(uri.path)) continue;
    for (const diagnostic of diagnostics) {
      if (diagnostic.severity === vscode.DiagnosticSeverity.Error) errors++;
      else if (diagnostic.severity === vscode.DiagnosticSeverity.Warning) warnings++;
    }
  }
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  const check = { files: uris.length, errors, warnings };
  void vscode.window.showInformationMessage(checkSummary(check));
  return check;
}

export async function showQuotes(): Promise<void> {
  await vscode.commands.executeCommand(`${QUOTES_VIEW_ID}.focus`);
}
