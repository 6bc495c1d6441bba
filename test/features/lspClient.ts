// A small LSP client for protocol tests and the bench: starts the BUILT server
// (dist/server.js) over stdio and talks JSON-RPC to it.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { ClientCapabilities, Diagnostic, InitializeResult, PublishDiagnosticsParams, Registration, ServerCapabilities, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { serverEnvironment } from '../../client/src/serverEnvironment';
import { tempDir } from '../support/tempDir';

export const REPO = resolve(__dirname, '../..');
// ARTICLEMARK_SERVER_JS points the bench at another build (an earlier commit's, for before/after runs).
export const SERVER = process.env['ARTICLEMARK_SERVER_JS'] ?? join(REPO, 'dist/server.js');

/** A fresh copy of examples/ to work in, so tests may edit files; removed when the process exits. */
export function exampleWorkspace(): string {
  const dir = tempDir('lsp');
  cpSync(join(REPO, 'examples'), dir, { recursive: true });
  return dir;
}

export const uriOf = (path: string): string => pathToFileURL(path).href;

/** A server on a fresh copy of examples/ with the seed story open: where most protocol suites start. */
export async function startOnExampleStory(): Promise<{ client: LspClient; dir: string; story: string; uri: string }> {
  const dir = exampleWorkspace();
  const client = await LspClient.start({ folders: [dir] });
  const story = readFileSync(join(dir, 'le-drian-choigou.article'), 'utf8');
  const uri = client.open(join(dir, 'le-drian-choigou.article'));
  return { client, dir, story, uri };
}

/** A message written as is (see `LspClient.together`): a request when it has an ID. */
export interface RawMessage {
  readonly id?: string;
  readonly method: string;
  readonly params?: unknown;
}

export interface RawResponse {
  readonly result?: unknown;
  readonly error?: { readonly code: number; readonly message: string };
}

export type PullReport = { kind: 'full'; resultId?: string; items: Diagnostic[] } | { kind: 'unchanged'; resultId: string };

export interface StartOptions {
  readonly folders: readonly string[];
  /** Whether the client pulls diagnostics (else the server pushes them). */
  readonly pull?: boolean;
  readonly settings?: unknown;
  /** Holds back the answer to the server's settings request until this settles (to test settings that arrive late). */
  readonly settingsAfter?: Promise<unknown>;
  /** Extra environment variables for the server process. */
  readonly env?: Readonly<Record<string, string>>;
  /** Start the server with this process's environment as it is, not as the VS Code extension passes it (for the bench). */
  readonly fullEnvironment?: boolean;
  /** Whether the client reports changes on disk (`didChangeWatchedFiles` registration; true unless false, as some editors cannot). */
  readonly watchFiles?: boolean;
  /** Whether the client takes completion edits with an insert and a replace range (`insertReplaceSupport`, as VS Code does). */
  readonly insertReplace?: boolean;
}

export class LspClient {
  readonly connection: MessageConnection;
  readonly published = new Map<string, PublishDiagnosticsParams>();
  private readonly waiters: { uri: string; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  exited: number | null | undefined = undefined;
  /** What the server registered dynamically (`client/registerCapability`), in order. */
  readonly registrations: Registration[] = [];
  /** The refresh requests the server sent (`workspace/semanticTokens/refresh`, …), in order. */
  readonly refreshes: string[] = [];
  /** What the server advertised in its `initialize` answer. */
  capabilities: ServerCapabilities = {};
  stderr = '';
  /** Waiters for answers to `together` requests, by ID. */
  private rawWaiters: Map<string, (response: RawResponse) => void> | undefined;

  private constructor(readonly process: ChildProcessWithoutNullStreams) {
    process.on('exit', (code) => (this.exited = code));
    process.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.connection = createMessageConnection(new StreamMessageReader(process.stdout), new StreamMessageWriter(process.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.set(params.uri, params);
      for (const waiter of [...this.waiters]) {
        if (waiter.uri === params.uri) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve(params);
        }
      }
    });
    this.connection.onRequest('client/registerCapability', (params: { registrations: Registration[] }) => {
      this.registrations.push(...params.registrations);
      return null;
    });
    this.connection.onRequest('workspace/diagnostic/refresh', () => null);
    for (const method of ['workspace/inlayHint/refresh', 'workspace/semanticTokens/refresh']) {
      this.connection.onRequest(method, () => {
        this.refreshes.push(method);
        return null;
      });
    }
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.listen();
  }

  static async start(options: StartOptions): Promise<LspClient> {
    // ARTICLEMARK_SERVER_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=prof") lets a profiling run pass Node flags to the server.
    const nodeArgs = process.env['ARTICLEMARK_SERVER_NODE_ARGS']?.split(' ').filter(Boolean) ?? [];
    const env = { ...process.env, ...options.env };
    const child = spawn(process.execPath, [...nodeArgs, SERVER, '--stdio'], { stdio: 'pipe', env: options.fullEnvironment ? env : serverEnvironment(env) });
    const client = new LspClient(child);
    const settings = options.settings ?? {};
    client.connection.onRequest('workspace/configuration', async (params: { items: { section?: string }[] }) => {
      await options.settingsAfter;
      return params.items.map(() => settings);
    });
    const capabilities: ClientCapabilities = {
      textDocument: {
        ...(options.pull === false ? {} : { diagnostic: { dynamicRegistration: false } }),
        publishDiagnostics: { relatedInformation: true },
        hover: { contentFormat: ['markdown'] },
        rename: { prepareSupport: true },
        ...(options.insertReplace ? { completion: { completionItem: { insertReplaceSupport: true } } } : {}),
      },
      workspace: {
        configuration: true,
        workspaceFolders: true,
        diagnostics: { refreshSupport: true },
        semanticTokens: { refreshSupport: true },
        inlayHint: { refreshSupport: true },
        didChangeWatchedFiles: { dynamicRegistration: options.watchFiles !== false },
      },
    };
    const initialized = await client.connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities,
      workspaceFolders: options.folders.map((folder, i) => ({ uri: uriOf(folder), name: `folder${i}` })),
    });
    client.capabilities = initialized.capabilities;
    await client.connection.sendNotification('initialized', {});
    return client;
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /**
   * Writes these messages in a single write, so that the server reads them
   * together whatever the timing (a request with its $/cancelRequest, an edit
   * that lands between a request's stages); resolves to the answers of the
   * requests among them, by ID. IDs are strings, so they never clash with the
   * connection's own numeric ones.
   */
  together(messages: readonly RawMessage[]): Record<string, Promise<RawResponse>> {
    let waiters = this.rawWaiters;
    if (!waiters) {
      const byId = (waiters = this.rawWaiters = new Map());
      // A second reader of the same output: the connection drops answers to requests it did not send.
      new StreamMessageReader(this.process.stdout).listen((message) => {
        const { id } = message as { id?: unknown };
        if (typeof id === 'string') byId.get(id)?.(message as RawResponse);
      });
    }
    const answers: Record<string, Promise<RawResponse>> = {};
    for (const { id } of messages) if (id !== undefined) answers[id] = new Promise((resolveAnswer) => waiters.set(id, resolveAnswer));
    const frames = messages.map((message) => {
      const body = JSON.stringify({ jsonrpc: '2.0', ...message });
      return `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
    });
    this.process.stdin.write(frames.join(''));
    return answers;
  }

  open(path: string, text = readFileSync(path, 'utf8'), version = 1): string {
    const uri = uriOf(path);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'articlemark', version, text } });
    return uri;
  }

  change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): void {
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  async pull(uri: string): Promise<Diagnostic[]> {
    const report = await this.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    return report.items;
  }

  /** A pull as VS Code makes it: naming the result the client holds, so an unchanged one comes back as `unchanged`. */
  pullReport(uri: string, previousResultId?: string): Promise<PullReport> {
    return this.request<PullReport>('textDocument/diagnostic', { textDocument: { uri }, ...(previousResultId ? { previousResultId } : {}) });
  }

  /** Waits for the next push for `uri`. */
  nextPublish(uri: string): Promise<PublishDiagnosticsParams> {
    return new Promise((resolveWait) => this.waiters.push({ uri, resolve: resolveWait }));
  }

  async stop(): Promise<void> {
    try {
      await this.request('shutdown', null);
      void this.connection.sendNotification('exit');
    } finally {
      setTimeout(() => this.process.kill(), 500).unref();
      this.connection.dispose();
    }
  }
}

/** The offset-free way to find a position in test text: line and character of the n-th occurrence of `needle` (+ delta). */
export function positionOf(text: string, needle: string, delta = 0, occurrence = 0): { line: number; character: number } {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`"${needle}" not found`);
  }
  const offset = index + delta;
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}
