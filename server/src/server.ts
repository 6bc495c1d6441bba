// The ArticleMark language server: connection, capabilities and wiring. Each
// feature lives in features/, the documents and the index in workspace/.
import {
  CodeActionKind,
  CodeActionTriggerKind,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  FileChangeType,
  LSPErrorCodes,
  RegistrationRequest,
  ResponseError,
  TextDocumentSyncKind,
  WatchKind,
  type CancellationToken,
  type InitializeParams,
  type InitializeResult,
  type Location,
} from './protocol';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { dirname, isInside, lineBreakOf, relativePath, type ConfigProblem, type DocumentAnalysis, type DocumentModel, type Entity, type LoadedConfig } from './core';
import { throwIfCancelled, yieldToEventLoop, type RequestToken } from './features/cancellation';
import { ATTRIBUTE_ALL_KIND, codeActions } from './features/codeActions';
import { completion } from './features/completion';
import { configDiagnostics } from './features/configDiagnostics';
import { definition } from './features/definition';
import { DiagnosticReports } from './features/diagnosticReports';
import { documentLinks } from './features/documentLinks';
import { foldingRanges } from './features/folding';
import { highlights } from './features/highlights';
import { hover } from './features/hover';
import { inlayHints } from './features/inlayHints';
import { positionIndex } from './features/positionIndex';
import { QuotesRequest, quotesOf } from './features/quotesRequest';
import { ImportRequest, importAnswer } from './features/importRequest';
import { references } from './features/references';
import { prepareRename, rename } from './features/rename';
import { selectionRanges } from './features/selectionRanges';
import { SEMANTIC_LEGEND, SemanticTokensHistory, semanticTokens } from './features/semanticTokens';
import { documentSymbols } from './features/symbols';
import { workspaceSymbols } from './features/workspaceSymbols';
import { ArticleWorkspace, isWatchedFile, type OpenAnalysis } from './workspace/articleWorkspace';
import { readArticle } from './node/readText';
import { RequestTimings } from './node/requestTimings';
import { readSettings } from './workspace/settings';
import { pathToUri, uriToPath } from './workspace/uris';

const connection = createConnection(ProposedFeatures.all);
const workspace = new ArticleWorkspace();
/** Each open document's last semantic tokens, for delta answers. */
const tokenHistory = new SemanticTokensHistory();
const reports = new DiagnosticReports((path) => workspace.uriOfPath(path));
const timings = RequestTimings.fromEnvironment();
let pullDiagnostics = false;
let canRefreshDiagnostics = false;
let canRefreshInlayHints = false;
let canRefreshSemanticTokens = false;
let canFetchConfiguration = false;
let canWatchFiles = false;
/** The client takes completion edits with an insert and a replace range (LSP 3.16). */
let canInsertReplace = false;
/** After `shutdown`, requests are refused (LSP: InvalidRequest) until `exit`; those already running finish. */
let shutDown = false;

/**
 * Runs a handler so that a cancelled request answers RequestCancelled, one
 * whose documents changed while it ran (it yields between files) answers
 * ContentModified, and an internal error is logged, never fatal.
 */
function guarded<P, R>(name: string, handler: (params: P, token: RequestToken) => R | Promise<R>) {
  return async (params: P, cancellation: CancellationToken): Promise<R> => {
    if (shutDown) throw new ResponseError(ErrorCodes.InvalidRequest, 'The server is shutting down');
    // Let a $/cancelRequest that arrived with the request be read first.
    await yieldToEventLoop();
    const revision = workspace.revision;
    const token: RequestToken = {
      get isCancellationRequested() {
        return cancellation.isCancellationRequested;
      },
      get contentModified() {
        return workspace.revision !== revision;
      },
    };
    throwIfCancelled(token);
    try {
      const result = await (timings ? timings.time(name, () => handler(params, token)) : handler(params, token));
      throwIfCancelled(token);
      return result;
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      connection.console.error(`${name} failed: ${message}`);
      throw new ResponseError(LSPErrorCodes.RequestFailed, `${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

const analysisOf = (uri: string): OpenAnalysis | undefined => workspace.analysis(uri);
const modelOf = (uri: string): DocumentModel | undefined => analysisOf(uri)?.analysis.model;

function locate(entity: Entity): Location | undefined {
  return workspace.locationOf(entity.path, entity.definition.idSpan);
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const capabilities = params.capabilities;
  pullDiagnostics = capabilities.textDocument?.diagnostic !== undefined;
  canRefreshDiagnostics = capabilities.workspace?.diagnostics?.refreshSupport === true;
  canRefreshInlayHints = capabilities.workspace?.inlayHint?.refreshSupport === true;
  canRefreshSemanticTokens = capabilities.workspace?.semanticTokens?.refreshSupport === true;
  canFetchConfiguration = capabilities.workspace?.configuration === true;
  canWatchFiles = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  workspace.clientWatchesFiles = canWatchFiles;
  canInsertReplace = capabilities.textDocument?.completion?.completionItem?.insertReplaceSupport === true;
  const folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
  for (const folder of folders) {
    const path = uriToPath(folder.uri);
    if (path) workspace.index.addFolder(path);
  }
  // The client answers this with `initialized` and the open documents: meanwhile, read what their
  // first analysis needs (configuration, registries), which also readies the YAML reader it runs.
  setImmediate(() => {
    for (const folder of workspace.index.folderPaths) {
      try {
        workspace.project.prepare(folder);
      } catch (error) {
        connection.console.error(`Reading the configuration of ${folder} failed: ${String(error)}`);
      }
    }
  });
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      ...(pullDiagnostics ? { diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: false } } : {}),
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      renameProvider: { prepareProvider: true },
      documentHighlightProvider: true,
      // `+` for the second ID of a list (`@le-drian+cho`): articles turn the editor's quick suggestions off (prose).
      completionProvider: { triggerCharacters: ['@', '+', ' ', '/'] },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, ATTRIBUTE_ALL_KIND] },
      documentSymbolProvider: true,
      workspaceSymbolProvider: true,
      foldingRangeProvider: true,
      selectionRangeProvider: true,
      semanticTokensProvider: { legend: SEMANTIC_LEGEND, full: { delta: true }, range: true },
      documentLinkProvider: { resolveProvider: false },
      inlayHintProvider: true,
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'articlemark-language-server', version: '0.1.0' },
  };
});

connection.onShutdown(() => {
  shutDown = true;
});

connection.onInitialized(async () => {
  // Subscribe before the first await: a folder change sent right after `initialized` must not be lost.
  connection.workspace.onDidChangeWorkspaceFolders((event) => {
    for (const removed of event.removed) {
      const path = uriToPath(removed.uri);
      if (!path) continue;
      workspace.removeFolder(path);
      // Its configuration's problems leave the Problems panel with it (an article still open there shows them again).
      forgetConfigsUnder(path);
    }
    for (const added of event.added) {
      const path = uriToPath(added.uri);
      if (path) workspace.index.addFolder(path);
    }
    refreshDependents();
  });
  // Documents opened meanwhile are checked with the default severities, not held back: when the
  // settings say otherwise, their diagnostics are refreshed.
  const settingsLoaded = loadSettings();
  if (canWatchFiles) {
    // Registered once and never withdrawn, so under a fixed ID: the library's `client.register` makes a random
    // one, and loading Node's crypto module for it cost ~6 ms here, before the first document's diagnostics.
    await connection.sendRequest(RegistrationRequest.type, {
      registrations: [{ id: 'articlemark-file-watchers', method: DidChangeWatchedFilesNotification.method, registerOptions: { watchers: WATCHERS } }],
    });
  }
  if (await settingsLoaded) refreshDiagnostics();
});

/**
 * Articles and configurations, and anything created or deleted: an editor
 * reports a folder deleted or renamed as one event for the folder, none for
 * the files in it, and only to a watcher whose pattern matches the folder.
 */
const WATCHERS = [{ globPattern: '**/*.article' }, { globPattern: '**/articlemark.json' }, { globPattern: '**/*', kind: WatchKind.Create | WatchKind.Delete }];

/** Reads the settings (asked of the client, or as pushed); true when severities changed. */
async function loadSettings(pushed?: unknown): Promise<boolean> {
  try {
    const section = canFetchConfiguration ? await connection.workspace.getConfiguration('articlemark') : pushed;
    return workspace.applySettings(readSettings(section));
  } catch (error) {
    connection.console.error(`Reading settings failed: ${String(error)}`);
    return false;
  }
}

connection.onDidChangeConfiguration(async (change) => {
  const settings = change.settings as { articlemark?: unknown } | null | undefined;
  await loadSettings(settings?.articlemark);
  refreshDiagnostics();
  if (canRefreshInlayHints) void connection.languages.inlayHint.refresh().catch(() => undefined);
});

// ------------------------------------------------------------ documents and diagnostics

const pendingPush = new Set<string>();
let pushScheduled = false;

/** Push mode: coalesce a burst of edits into one publish per document. */
function schedulePush(uri: string): void {
  if (pullDiagnostics) return;
  pendingPush.add(uri);
  if (pushScheduled) return;
  pushScheduled = true;
  setImmediate(() => {
    pushScheduled = false;
    const uris = [...pendingPush];
    pendingPush.clear();
    for (const target of uris) {
      try {
        const found = workspace.document(target) ? analysisOf(target) : undefined;
        if (!found) continue;
        void connection.sendDiagnostics({ uri: target, version: found.document?.version, diagnostics: reports.lspDiagnostics(found.analysis) });
        publishConfigProblems(found.analysis);
        indexWhenIdle(found);
      } catch (error) {
        connection.console.error(`Diagnostics for ${target} failed: ${String(error)}`);
      }
    }
  });
}

/**
 * Once the diagnostics are out and typing has paused, index the model for
 * position requests (its implicit mentions included: matching every name in
 * scope takes ~20–30 ms at 1 MB), so the next hover or completion does not
 * wait for it; after the first ones, list the workspace folders too (for
 * references, rename, workspace symbols). Not at once: the next keystroke
 * would wait behind work its own analysis throws away.
 */
const INDEX_AFTER_MS = 150;
const idleIndexing = new Map<string, ReturnType<typeof setTimeout>>();

function indexWhenIdle(found: OpenAnalysis): void {
  const { uri, analysis } = found;
  const version = found.document?.version;
  clearTimeout(idleIndexing.get(uri));
  const timer = setTimeout(() => {
    idleIndexing.delete(uri);
    // Only for the text the editor still has: a newer edit brings its own analysis.
    if (workspace.document(uri)?.version === version) positionIndex(analysis.model);
    workspace.index.listed();
  }, INDEX_AFTER_MS);
  timer.unref();
  idleIndexing.set(uri, timer);
}

/**
 * The problems of the articlemark.json an analysis used, published as that
 * file's diagnostics (pushed in both diagnostic modes: no editor pulls for a
 * JSON file). Only when they changed: the configuration was read again (a new
 * object) or its registries now match other files.
 */
const publishedConfigs = new Map<string, { config: LoadedConfig; signature: string }>();

function publishConfigProblems(analysis: DocumentAnalysis): void {
  // After the article's own diagnostics are out: the first look may list the disk for each registry pattern.
  setImmediate(() => publishConfigProblemsNow(analysis));
}

function publishConfigProblemsNow(analysis: DocumentAnalysis): void {
  const config = analysis.config;
  if (!config.path) return;
  const problems = [...workspace.project.configProblems(config), ...unreadableRegistryProblems(config)];
  const signature = JSON.stringify(problems);
  const published = publishedConfigs.get(config.path);
  if (published?.config === config && published.signature === signature) return;
  publishedConfigs.set(config.path, { config, signature });
  // Nothing to clear on a file never shown with problems.
  if (problems.length === 0 && (published === undefined || published.signature === '[]')) return;
  const text = workspace.host.readFile(config.path);
  // Deleted since this analysis (its event may not have come yet): nothing to show on it.
  if (text === undefined) forgetConfig(config.path);
  else void connection.sendDiagnostics({ uri: pathToUri(config.path), diagnostics: configDiagnostics(text, problems) });
}

/**
 * Registry files the patterns match but that cannot be read: an article shows
 * their IDs as unknown, and only here can the editor say why (the CLI names
 * them on stderr). Read again for the reason: such files are rare.
 */
function unreadableRegistryProblems(config: LoadedConfig): ConfigProblem[] {
  const paths = workspace.project.unreadableRegistries(config);
  // Asked at every pull: read once per registry set (a new set after any change to its files).
  let problems = unreadableProblems.get(paths);
  if (!problems) {
    problems = paths.map((path) => {
      const read = readArticle(path);
      const why = 'problem' in read ? read.problem : 'cannot be read';
      return { message: `registry file "${relativePath(config.dir, path)}": ${why}; its entities are not loaded`, fatal: false, key: 'registries' };
    });
    unreadableProblems.set(paths, problems);
  }
  return problems;
}
const unreadableProblems = new WeakMap<readonly string[], ConfigProblem[]>();

/** Forgets the problems published for every configuration file under a folder gone from the workspace or the disk. */
function forgetConfigsUnder(folder: string): void {
  for (const config of [...publishedConfigs.keys()]) if (isInside(folder, config)) forgetConfig(config);
}

/** A configuration file was deleted: its problems go with it. */
function forgetConfig(path: string): void {
  if (!publishedConfigs.delete(path)) return;
  void connection.sendDiagnostics({ uri: pathToUri(path), diagnostics: [] });
}

/** After a registry, `uses` file or configuration changed: every open document may have new findings. */
function refreshDiagnostics(): void {
  if (pullDiagnostics) {
    if (canRefreshDiagnostics) void connection.languages.diagnostics.refresh().catch(() => undefined);
  } else {
    for (const uri of workspace.openUris()) schedulePush(uri);
  }
}

/**
 * After a file other documents read changed (a registry, a `uses` file): their
 * IDs may resolve to other entities, so their findings, the colours of their
 * mentions (the entity kind) and the speaker names after attributions may all
 * be stale, though their own text is not.
 */
function refreshDependents(): void {
  refreshDiagnostics();
  if (canRefreshSemanticTokens) void connection.languages.semanticTokens.refresh().catch(() => undefined);
  if (canRefreshInlayHints) void connection.languages.inlayHint.refresh().catch(() => undefined);
}

connection.onDidOpenTextDocument((params) => {
  const { uri, languageId, version, text } = params.textDocument;
  // No event reports a change on disk outside the watched folders: look now, so reopening an article shows it.
  const stale = workspace.staleUnwatched();
  for (const { path, kind } of stale) diskChanged(path, kind);
  const affectsOthers = workspace.open(uri, languageId, version, text) || stale.length > 0;
  schedulePush(uri);
  if (affectsOthers) refreshDependents();
});

connection.onDidChangeTextDocument((params) => {
  const uri = params.textDocument.uri;
  const affectsOthers = workspace.change(uri, params.textDocument.version, params.contentChanges);
  schedulePush(uri);
  if (affectsOthers) refreshDependents();
});

connection.onDidCloseTextDocument((params) => {
  const uri = params.textDocument.uri;
  const affectsOthers = workspace.close(uri);
  reports.forget(uri);
  tokenHistory.forget(uri);
  clearTimeout(idleIndexing.get(uri));
  idleIndexing.delete(uri);
  if (!pullDiagnostics) void connection.sendDiagnostics({ uri, diagnostics: [] });
  if (affectsOthers) refreshDependents();
});

connection.onDidChangeWatchedFiles((params) => {
  let affected = false;
  for (const change of params.changes) {
    const path = uriToPath(change.uri);
    if (!path) continue;
    if (!isWatchedFile(path)) {
      // A folder perhaps (see WATCHERS); other files only matter when something read them.
      if (change.type === FileChangeType.Changed || !workspace.otherPathChanged(path, change.type === FileChangeType.Created)) continue;
      if (change.type === FileChangeType.Deleted) forgetConfigsUnder(path);
      affected = true;
      continue;
    }
    affected = true;
    diskChanged(path, change.type === FileChangeType.Created ? 'created' : change.type === FileChangeType.Deleted ? 'deleted' : 'changed', change.uri);
  }
  if (affected) refreshDependents();
});

/** An article, registry or configuration changed on disk: told by the client's watcher, or found stale when a document opens. */
function diskChanged(path: string, kind: 'created' | 'changed' | 'deleted', uri = pathToUri(path)): void {
  workspace.index.update(path, kind !== 'deleted');
  workspace.fileChanged(path);
  // An open document's editor text stays the truth; its disk copy changing does not matter.
  if (!workspace.document(uri) || kind !== 'changed') workspace.project.invalidate(path, kind);
  if (kind === 'deleted') forgetConfig(path);
}

connection.languages.diagnostics.on(
  guarded('diagnostics', (params) => {
    const found = analysisOf(params.textDocument.uri);
    if (!found) return { kind: 'full' as const, items: [] };
    // Asked after its close (a client may): no result ID, which nothing would ever forget.
    if (!found.document) return { kind: 'full' as const, items: reports.lspDiagnostics(found.analysis) };
    publishConfigProblems(found.analysis);
    indexWhenIdle(found);
    return reports.report(params.textDocument.uri, found.analysis, params.previousResultId);
  }),
);

// ------------------------------------------------------------ features

connection.onHover(guarded('hover', (params) => {
  const model = modelOf(params.textDocument.uri);
  return model ? hover(model, params.position, locate) : null;
}));

connection.onDefinition(guarded('definition', (params) => {
  const model = modelOf(params.textDocument.uri);
  return model ? definition(model, params.position, locate) : null;
}));

connection.onReferences(guarded('references', async (params, token) => {
  const model = modelOf(params.textDocument.uri);
  return model ? references(model, params.position, params.context.includeDeclaration, workspace.allUris(), analysisOf, locate, token, workspace.fileIdentity()) : [];
}));

connection.onPrepareRename(guarded('prepareRename', (params) => {
  const model = modelOf(params.textDocument.uri);
  return model ? prepareRename(model, params.position) : null;
}));

connection.onRenameRequest(guarded('rename', async (params, token) => {
  const model = modelOf(params.textDocument.uri);
  return model ? rename(model, params.position, params.newName, workspace.allUris(), analysisOf, token, workspace.fileIdentity()) : null;
}));

connection.onDocumentHighlight(guarded('documentHighlight', (params) => {
  const model = modelOf(params.textDocument.uri);
  return model ? highlights(model, params.position) : [];
}));

connection.onCompletion(guarded('completion', (params) => {
  const model = modelOf(params.textDocument.uri);
  return model ? completion(model, params.position, { articlePaths: () => workspace.index.files(), insertReplace: canInsertReplace }) : [];
}));

connection.onCodeAction(guarded('codeAction', (params, token) => {
  const found = analysisOf(params.textDocument.uri);
  if (!found) return [];
  throwIfCancelled(token);
  // Code actions are asked on every cursor move; the registries only matter for an unknown ID.
  const registries = () => {
    const paths = workspace.project.registryPaths(found.path);
    const baseName = (path: string): string => path.split('/').pop() ?? path;
    const names = new Map<string, number>();
    for (const path of paths) names.set(baseName(path), (names.get(baseName(path)) ?? 0) + 1);
    // A file name, or the path from the article when two registries share it (desk-a/people.article, desk-b/people.article).
    const nameOf = (path: string): string => (names.get(baseName(path))! > 1 ? relativePath(dirname(found.path), path) : baseName(path));
    return paths.flatMap((path) => {
      const registry = workspace.analysisOfPath(path);
      if (!registry) return [];
      const text = registry.analysis.model.tree.text;
      return [{ uri: registry.uri, name: nameOf(path), endPosition: registry.analysis.model.lines.positionAt(text.length), endsWithNewline: /[\r\n]\s*$/.test(text), lineBreak: lineBreakOf(text), empty: /^\uFEFF?\s*$/.test(text) }];
    });
  };
  return codeActions({
    uri: params.textDocument.uri,
    model: found.analysis.model,
    diagnostics: found.analysis.diagnostics,
    range: params.range,
    registries,
    pause: async () => {
      await yieldToEventLoop();
      throwIfCancelled(token);
    },
    ...(params.context.only ? { only: params.context.only } : {}),
    automatic: params.context.triggerKind === CodeActionTriggerKind.Automatic,
  });
}));

connection.onDocumentSymbol(guarded('documentSymbol', (params) => {
  const model = modelOf(params.textDocument.uri);
  return model ? documentSymbols(model) : [];
}));

connection.onWorkspaceSymbol(guarded('workspaceSymbol', (params, token) => workspaceSymbols(params.query, workspace.allUris(), analysisOf, token)));

connection.onFoldingRanges(guarded('foldingRange', (params) => {
  const model = modelOf(params.textDocument.uri);
  return model ? foldingRanges(model) : [];
}));

connection.onSelectionRanges(guarded('selectionRange', (params) => {
  const model = modelOf(params.textDocument.uri);
  return model ? selectionRanges(model, params.positions) : [];
}));

// Only an open document's answers are kept for deltas: nothing would forget those of one asked about after its close.
connection.languages.semanticTokens.on(guarded('semanticTokens', (params) => {
  const found = analysisOf(params.textDocument.uri);
  if (!found) return { data: [] };
  const { model, config } = found.analysis;
  return found.document ? tokenHistory.full(params.textDocument.uri, model, config.config.checkHeadingQuotes) : semanticTokens(model, config.config.checkHeadingQuotes);
}));

connection.languages.semanticTokens.onDelta(guarded('semanticTokensDelta', (params) => {
  const found = analysisOf(params.textDocument.uri);
  if (!found) return { data: [] };
  const { model, config } = found.analysis;
  const check = config.config.checkHeadingQuotes;
  return found.document ? tokenHistory.delta(params.textDocument.uri, model, check, params.previousResultId) : semanticTokens(model, check);
}));

connection.languages.semanticTokens.onRange(guarded('semanticTokensRange', (params) => {
  const analysis = analysisOf(params.textDocument.uri)?.analysis;
  return analysis ? semanticTokens(analysis.model, analysis.config.config.checkHeadingQuotes, params.range) : { data: [] };
}));

connection.onDocumentLinks(guarded('documentLink', (params) => {
  const model = modelOf(params.textDocument.uri);
  return model ? documentLinks(model) : [];
}));

connection.languages.inlayHint.on(guarded('inlayHint', (params) => {
  if (!workspace.settings.inlayHints) return [];
  const model = modelOf(params.textDocument.uri);
  return model ? inlayHints(model, params.range) : [];
}));

connection.onRequest(QuotesRequest, guarded('articlemark/quotes', (params) => {
  const analysis = analysisOf(params.textDocument.uri)?.analysis;
  return analysis ? quotesOf(analysis.model, analysis.config.config.checkHeadingQuotes) : { quotes: [] };
}));

connection.onRequest(ImportRequest, guarded('articlemark/importPlainCopy', (params) => importAnswer(params)));

// For the tests that check nothing grows without bound over a long session: off unless the environment asks.
if (process.env['ARTICLEMARK_TEST_HOOKS'] === '1') {
  connection.onRequest('articlemark/test/retained', () => {
    // With --expose-gc, the heap after a full collection: what the server really keeps.
    const collect = (globalThis as { gc?: () => void }).gc;
    collect?.();
    return {
      ...workspace.retained(),
      tokenHistory: tokenHistory.size,
      diagnosticReports: reports.size,
      idleIndexing: idleIndexing.size,
      publishedConfigs: publishedConfigs.size,
      pendingPush: pendingPush.size,
      ...(collect ? { heapUsed: process.memoryUsage().heapUsed } : {}),
    };
  });
}

process.on('uncaughtException', (error) => connection.console.error(`Uncaught: ${error.stack ?? error.message}`));
process.on('unhandledRejection', (reason) => connection.console.error(`Unhandled rejection: ${String(reason)}`));

connection.listen();
