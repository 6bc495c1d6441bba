// Entry point of the VS Code extension: starts the bundled language server and wires
// the quotes view, status bar and commands. It talks to the server only through LSP.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { checkWorkspace, showQuotes, type WorkspaceCheck } from './commands';
import { importPlainCopy } from './importCommand';
import { LANGUAGE_ID, QuotesSource } from './quotesSource';
import { QUOTES_VIEW_ID, QuotesTreeProvider, REVEAL_QUOTE_COMMAND, revealQuote, type QuotesViewNode, type QuotesViewSnapshot } from './quotesView';
import { serverEnvironment } from './serverEnvironment';
import { QuotesStatusBar } from './statusBar';

/** What activate() returns: lets the in-editor tests read what the UI shows. */
export interface ArticleMarkApi {
  readonly client: LanguageClient;
  quotesView(): Promise<QuotesViewSnapshot>;
  statusBarText(): Promise<string>;
  checkWorkspace(): Promise<WorkspaceCheck>;
  quotesViewVisible(): boolean;
  importPlainCopy(file?: vscode.Uri): Promise<vscode.TextEditor | undefined>;
  /** The view's items as its menus get them: a group's children are its quotes. */
  quotesViewItems(parent?: QuotesViewNode): Promise<{ node: QuotesViewNode; contextValue: string | undefined }[]>;
}

let client: LanguageClient | undefined;

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const env = serverEnvironment(process.env);
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { env } },
    debug: { module, transport: TransportKind.ipc, options: { env, execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Scheme-restricted on purpose: other editors' plaintext models (chat inputs) must not get diagnostics.
    documentSelector: [
      { language: LANGUAGE_ID, scheme: 'file' },
      { language: LANGUAGE_ID, scheme: 'untitled' },
    ],
    synchronize: {
      configurationSection: 'articlemark',
      // The project file and registries change what every article means.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.article,articlemark.json}'),
    },
    diagnosticCollectionName: 'articlemark',
    // With pull diagnostics, keep every article open in a tab up to date, not only the visible ones.
    diagnosticPullOptions: { onChange: true, onSave: true, onTabs: true },
  };
  return new LanguageClient('articlemark', 'ArticleMark Language Server', serverOptions, clientOptions);
}

export async function activate(context: vscode.ExtensionContext): Promise<ArticleMarkApi> {
  const languageClient = createClient(context);
  client = languageClient;
  const source = new QuotesSource(() => client);
  const tree = new QuotesTreeProvider(source, () => client);
  const statusBar = new QuotesStatusBar(source);
  const view = vscode.window.createTreeView(QUOTES_VIEW_ID, { treeDataProvider: tree, showCollapseAll: true });
  tree.view = view;

  context.subscriptions.push(
    source,
    tree,
    statusBar,
    view,
    vscode.commands.registerCommand('articlemark.checkWorkspace', checkWorkspace),
    vscode.commands.registerCommand('articlemark.showQuotes', showQuotes),
    vscode.commands.registerCommand('articlemark.restartServer', async () => {
      await languageClient.restart();
      source.fireSoon();
    }),
    vscode.commands.registerCommand(REVEAL_QUOTE_COMMAND, revealQuote),
    // From the Explorer's context menu the command gets the file; from the palette, nothing.
    vscode.commands.registerCommand('articlemark.importPlainCopy', (file?: vscode.Uri) => importPlainCopy(client, file)),
    vscode.commands.registerCommand('articlemark.quotes.goToQuote', (node?: QuotesViewNode) => tree.goToQuote(node)),
    vscode.commands.registerCommand('articlemark.quotes.attribute', (node?: QuotesViewNode) => tree.attribute(node)),
    vscode.commands.registerCommand('articlemark.quotes.copyText', (node?: QuotesViewNode) => tree.copyText(node)),
    vscode.commands.registerCommand('articlemark.quotes.goToDefinition', (node?: QuotesViewNode) => tree.goToDefinition(node)),
    vscode.commands.registerCommand('articlemark.quotes.defineOrCorrect', (node?: QuotesViewNode) => tree.defineOrCorrect(node)),
    vscode.commands.registerCommand('articlemark.quotes.attributeAll', (node?: QuotesViewNode) => tree.attributeAll(node)),
  );

  await languageClient.start();
  // The quotes view (in ArticleMark's activity-bar container) shows only once the server runs.
  await vscode.commands.executeCommand('setContext', 'articlemark.activated', true);
  source.fireSoon();

  return {
    client: languageClient,
    quotesView: () => tree.snapshot(),
    statusBarText: async () => {
      await statusBar.refresh();
      return statusBar.text;
    },
    checkWorkspace,
    quotesViewVisible: () => view.visible,
    importPlainCopy: (file) => importPlainCopy(client, file),
    quotesViewItems: async (parent) => (await tree.getChildren(parent)).map((node) => ({ node, contextValue: tree.getTreeItem(node).contextValue })),
  };
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) await running.stop();
}
