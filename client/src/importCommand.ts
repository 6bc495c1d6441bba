// *Import Plain Copy*: a wire story or a pasted web page turned into an article, as `articlemark import` turns it
// (the server runs the same engine). The copy is the file chosen in the Explorer, else the active editor's text
// (unless it is an article), else a file picked in a dialog; the article opens in a new editor, unsaved, named after
// the copy.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { isArticleText } from './articleText';
import { LANGUAGE_ID } from './quotesSource';
import { importSummary } from './wording';

/** The `articlemark/importPlainCopy` request's answer (server/src/features/importRequest.ts), restated: the client bundle holds no server code. */
type ImportAnswer = { article: string; lang: 'fr' | 'en'; dropped: string[] } | { refused: string };

export const IMPORT_REQUEST = 'articlemark/importPlainCopy';

/** The copy to import: its text, and the file it came from when there is one. */
async function copyToImport(fromExplorer: vscode.Uri | undefined): Promise<{ text: string; uri?: vscode.Uri } | undefined> {
  if (fromExplorer) return { text: new TextDecoder().decode(await vscode.workspace.fs.readFile(fromExplorer)), uri: fromExplorer };
  const active = vscode.window.activeTextEditor?.document;
  // An article open is not the copy the writer means: they pick a file.
  if (active && !isArticleText(active.languageId, active.getText())) {
    return { text: active.getText(), ...(active.isUntitled ? {} : { uri: active.uri }) };
  }
  const [picked] = (await vscode.window.showOpenDialog({ canSelectMany: false, openLabel: 'Import', filters: { 'Plain text': ['txt'], 'All files': ['*'] } })) ?? [];
  return picked ? { text: new TextDecoder().decode(await vscode.workspace.fs.readFile(picked)), uri: picked } : undefined;
}

/** Where the article opens: unsaved, named `copy.article` beside `copy.txt` when no such file exists yet (Save then proposes it). */
async function articleUri(copy: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
  if (!copy || copy.scheme !== 'file') return undefined;
  const target = copy.with({ path: copy.path.replace(/(\.[^./]*)?$/u, '.article') });
  if (target.path === copy.path) return undefined;
  const untitled = target.with({ scheme: 'untitled' });
  // An earlier import of the same copy, still unsaved, holds that name: the new article goes to an editor of its own,
  // or it would be inserted in front of the first one (two front matters, every definition twice).
  if (vscode.workspace.textDocuments.some((document) => document.uri.toString() === untitled.toString() && document.getText() !== '')) return undefined;
  try {
    await vscode.workspace.fs.stat(target);
    return undefined;
  } catch {
    return untitled;
  }
}

/** Runs the command; the new article's editor, or undefined when nothing was imported (cancelled, refused). */
export async function importPlainCopy(client: LanguageClient | undefined, fromExplorer?: vscode.Uri): Promise<vscode.TextEditor | undefined> {
  if (!client?.isRunning()) {
    void vscode.window.showErrorMessage('ArticleMark: the language server is not running; restart it (ArticleMark: Restart Language Server) and try again.');
    return undefined;
  }
  const copy = await copyToImport(fromExplorer instanceof vscode.Uri ? fromExplorer : undefined);
  if (!copy) return undefined;
  const answer = await client.sendRequest<ImportAnswer>(IMPORT_REQUEST, { text: copy.text });
  if ('refused' in answer) {
    void vscode.window.showWarningMessage(`ArticleMark: ${answer.refused}`);
    return undefined;
  }
  const target = await articleUri(copy.uri);
  let document: vscode.TextDocument;
  if (target) {
    document = await vscode.workspace.openTextDocument(target);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(target, new vscode.Position(0, 0), answer.article);
    await vscode.workspace.applyEdit(edit);
    if (document.languageId !== LANGUAGE_ID) document = await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
  } else {
    document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: answer.article });
  }
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  if (answer.dropped.length > 0) {
    const output = client.outputChannel;
    output.appendLine(`Import of ${copy.uri ? vscode.workspace.asRelativePath(copy.uri) : 'the active editor'}: ${answer.dropped.length} line(s) of web debris dropped:`);
    for (const line of answer.dropped) output.appendLine(`  dropped: ${line}`);
  }
  void vscode.window.showInformationMessage(importSummary(answer.lang, answer.dropped.length));
  return editor;
}
