// Starts code-server on loopback with throw-away state and stops its whole process group.
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { findFreePort } from './free-port';
import { spawnGroup, type GroupProcess } from './process-group';
import type { Tools } from './tool-cache';

export interface RunningCodeServer {
  readonly port: number;
  readonly baseUrl: string;
  readonly process: GroupProcess;
}

/** Where code-server's output goes: kept beside the screenshots and tailed when a run fails. */
export function codeServerLog(scratch: string): string {
  return join(scratch, 'code-server.log');
}

/**
 * Environment for code-server: scratch XDG and temporary folders, nothing inherited from a surrounding VS Code.
 * Its extension hosts make IPC sockets (vscode-ipc-*.sock) and TypeScript's server a folder in the temporary
 * folder and leave them when killed: in the scratch folder they go with it, unless its path is too long for a
 * socket's (107 bytes, of which "/vscode-ipc-UUID.sock" takes 53).
 */
function serverEnvironment(tools: Tools, scratch: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    // A VS Code terminal's IPC hooks would make code-server talk to that editor.
    if (key.startsWith('VSCODE_') || key === 'ELECTRON_RUN_AS_NODE') continue;
    if (key.startsWith('npm_')) continue;
    env[key] = value;
  }
  const tmp = join(scratch, 'tmp');
  return {
    ...env,
    PATH: `${tools.nodeBinDir}:${process.env.PATH ?? ''}`,
    XDG_CONFIG_HOME: join(scratch, 'xdg-config'),
    XDG_DATA_HOME: join(scratch, 'xdg-data'),
    XDG_CACHE_HOME: join(scratch, 'xdg-cache'),
    ...(Buffer.byteLength(tmp) + 53 <= 107 ? { TMPDIR: tmp } : {}),
  };
}

/**
 * User settings of the throw-away profile: no AI features (they start an agent-host
 * process and chat views that cost seconds on two cores), no update, gallery or
 * telemetry traffic (offline it only produces errors), and nothing (start-up
 * editor, empty side bar) in the way of screenshots. Nothing here concerns the extension under test.
 */
export const userSettings: Readonly<Record<string, unknown>> = {
  'chat.disableAIFeatures': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'workbench.enableExperiments': false,
  'workbench.startupEditor': 'none',
  // With AI features off the secondary side bar would open empty beside every screenshot.
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.tips.enabled': false,
  'git.enabled': false,
  'github.gitAuthentication': false,
  'npm.autoDetect': 'off',
};

async function waitForHealth(baseUrl: string, server: GroupProcess, limitMs: number, abort: AbortSignal): Promise<void> {
  const deadline = Date.now() + limitMs;
  let exitCode: number | undefined;
  void server.exited.then((code) => (exitCode = code));
  for (;;) {
    abort.throwIfAborted();
    if (exitCode !== undefined) throw new Error(`code-server exited with code ${exitCode} before it was healthy`);
    try {
      const response = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`code-server did not answer ${baseUrl}/healthz within ${limitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

export async function startCodeServer(
  tools: Tools,
  scratch: string,
  abort: AbortSignal,
  onStarted: (server: GroupProcess) => void,
): Promise<RunningCodeServer> {
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  for (const dir of ['user-data/User', 'extensions', 'xdg-config', 'xdg-data', 'xdg-cache', 'tmp']) {
    await mkdir(join(scratch, dir), { recursive: true });
  }
  await writeFile(join(scratch, 'user-data', 'User', 'settings.json'), `${JSON.stringify(userSettings, null, 2)}\n`);
  const log = createWriteStream(codeServerLog(scratch));
  await new Promise((resolve, reject) => log.once('open', resolve).once('error', reject));

  const args = [
    tools.codeServerEntry,
    '--user-data-dir', join(scratch, 'user-data'),
    '--extensions-dir', join(scratch, 'extensions'),
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
  ];
  const server = spawnGroup(tools.node, args, {
    cwd: scratch,
    env: serverEnvironment(tools, scratch),
    stdio: ['ignore', log, log],
  });
  // The caller registers the stop before anything can fail below.
  onStarted(server);
  void server.exited.then(() => log.end());
  await waitForHealth(baseUrl, server, 30_000, abort);
  // code-server loads VS Code's server on the first page request (~3 s); do that now,
  // while the browser starts, rather than when the workbench is opened.
  await fetch(`${baseUrl}/`, { signal: AbortSignal.any([abort, AbortSignal.timeout(30_000)]) }).then((r) => r.arrayBuffer());
  return { port, baseUrl, process: server };
}
