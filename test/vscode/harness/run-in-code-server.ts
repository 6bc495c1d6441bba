// Runs an extension's compiled test suite inside a real VS Code: code-server's
// server and web workbench, driven by headless Chromium. Exits with the suite's
// result and always stops what it started. See README.md.
//
//   node --import tsx test/vscode/harness/run-in-code-server.ts \
//     --extension-development-path . --extension-tests-path dist/test/vscode/suite/index.js \
//     --workspace test/vscode/workspace [--screenshots DIR] [--timeout SECONDS]
import { existsSync } from 'node:fs';
import { copyFile, cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { codeServerLog, startCodeServer } from './code-server-process';
import { parseOptions, usage, UsageError, type HarnessOptions } from './options';
import { PageConsole } from './page-console';
import { PhaseTimer } from './phase-timer';
import { startScreenshotServer, type ScreenshotServer } from './screenshot-server';
import { writeSuiteEntry } from './suite-entry';
import { ensureTools } from './tool-cache';
import { CHROMIUM_PATH, launchBrowser, openWorkbench } from './workbench-browser';

/** Exit codes besides the suite's own (0 passed, 1 failed). */
export const EXIT_USAGE = 2;
export const EXIT_HARNESS_ERROR = 3;
export const EXIT_TIMEOUT = 124;
export const EXIT_INTERRUPTED = 130;

class TimedOut extends Error {}
class Interrupted extends Error {}

interface Cleanup {
  readonly name: string;
  readonly run: () => Promise<void>;
  /** Synchronous last resort when the process exits without running `run`. */
  readonly now?: () => void;
}

const print = (line: string): void => console.log(`[harness] ${line}`);

function remoteUri(port: number, path: string): string {
  return `vscode-remote://127.0.0.1:${port}${pathToFileURL(path).pathname}`;
}

/** The workbench URL carrying the extension-test payload (honoured once the smoke-test driver is on). */
export function workbenchUrl(
  server: { baseUrl: string; port: number },
  options: HarnessOptions,
  suiteEntry: string,
  env: Record<string, string>,
): string {
  const payload = [
    ['extensionDevelopmentPath', remoteUri(server.port, options.extensionDevelopmentPath)],
    ['extensionTestsPath', remoteUri(server.port, suiteEntry)],
    ['extensionEnvironment', JSON.stringify(env)],
  ];
  return `${server.baseUrl}/?folder=${encodeURIComponent(options.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** Rejects as soon as the run is aborted (timeout or signal), else settles like `work`. */
function unlessAborted<T>(work: Promise<T>, abort: AbortSignal): Promise<T> {
  if (abort.aborted) return Promise.reject(abort.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(abort.reason);
    abort.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => abort.removeEventListener('abort', onAbort));
  });
}

async function tail(file: string, lines: number): Promise<string> {
  try {
    return (await readFile(file, 'utf8')).trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Keeps code-server's log and the workbench/extension-host logs beside the screenshots, as test artefacts. */
async function keepLogs(scratch: string, artefacts: string): Promise<void> {
  const target = join(artefacts, 'logs');
  await rm(target, { recursive: true, force: true });
  await mkdir(target, { recursive: true });
  await copyFile(codeServerLog(scratch), join(target, 'code-server.log')).catch(() => undefined);
  await cp(join(scratch, 'user-data', 'logs'), target, { recursive: true }).catch(() => undefined);
}

async function run(options: HarnessOptions): Promise<number> {
  if (!existsSync(CHROMIUM_PATH)) {
    print(`${CHROMIUM_PATH} is missing: run test/vscode/harness/install-debian-deps.sh as root`);
    return EXIT_HARNESS_ERROR;
  }

  const controller = new AbortController();
  const abort = controller.signal;
  const cleanups: Cleanup[] = [];
  const onSignal = (signal: NodeJS.Signals): void => {
    if (!abort.aborted) {
      print(`${signal}: stopping`);
      controller.abort(new Interrupted(signal));
      return;
    }
    // A second signal: do not wait for a graceful stop.
    for (const cleanup of cleanups) cleanup.now?.();
    process.exit(EXIT_INTERRUPTED);
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.on(signal, onSignal);
  const onExit = (): void => {
    for (const cleanup of cleanups) cleanup.now?.();
  };
  process.on('exit', onExit);

  const timer = new PhaseTimer(print);
  const pageConsole = new PageConsole(options.verbose, (line) => console.log(line));
  let scratch: string | undefined;
  let screenshots: ScreenshotServer | undefined;
  let deadline: NodeJS.Timeout | undefined;
  try {
    const tools = await timer.run('install', () => ensureTools(abort, print), (installed) =>
      installed.cached ? `cached in ${installed.root}` : `installed into ${installed.root}`,
    );

    // The time limit covers everything after the install, which may legitimately take minutes.
    deadline = setTimeout(() => controller.abort(new TimedOut(`no result within ${options.timeoutSeconds} s`)), options.timeoutSeconds * 1000);

    const scratchDir = await mkdtemp(join(tmpdir(), 'articlemark-code-server-'));
    scratch = scratchDir;
    if (process.env.ARTICLEMARK_HARNESS_KEEP_SCRATCH) {
      // For debugging: code-server's user data holds the workbench and extension host logs.
      print(`keeping scratch folder ${scratchDir}`);
    } else {
      cleanups.push({ name: 'scratch folder', run: () => rm(scratchDir, { recursive: true, force: true }) });
    }

    const environment: Record<string, string> = { ARTICLEMARK_REAL_EDITOR: 'code-server' };
    if (options.screenshots) {
      await mkdir(options.screenshots, { recursive: true });
      const started = await startScreenshotServer(options.screenshots, print);
      screenshots = started;
      cleanups.push({ name: 'screenshot endpoint', run: () => started.close() });
      environment.ARTICLEMARK_SCREENSHOT_URL = started.url;
    }

    // Independent: code-server and the browser start side by side.
    // Chromium writes a crash-report folder under XDG_CONFIG_HOME even with its own profile folder.
    const browserEnv = { XDG_CONFIG_HOME: join(scratchDir, 'browser-config'), XDG_CACHE_HOME: join(scratchDir, 'browser-cache') };
    const [running, browser] = await Promise.all([
      timer.run(
        'code-server start',
        () =>
          startCodeServer(tools, scratchDir, abort, (group) =>
            cleanups.push({ name: 'code-server', run: () => group.stop(), now: () => group.killNow() }),
          ),
        (started) => `pid ${started.process.child.pid} on ${started.baseUrl}`,
      ),
      timer.run('browser start', () => {
        const launching = launchBrowser(browserEnv);
        cleanups.push({ name: 'browser', run: async () => (await launching.catch(() => undefined))?.close() });
        return unlessAborted(launching, abort);
      }),
    ]);

    const suiteEntry = await writeSuiteEntry(scratchDir, options.extensionTestsPath);
    const url = workbenchUrl(running, options, suiteEntry, environment);
    const code = await timer.run(
      'suite',
      async () => {
        const session = await unlessAborted(openWorkbench(browser, url, pageConsole.handle), abort);
        screenshots?.setTaker((request, file) => session.takeScreenshot(request, file));
        return unlessAborted(session.exitCode, abort);
      },
      (result) => `exit code ${result}`,
    );
    if (code !== 0 && pageConsole.suiteLines === 0 && !options.verbose) {
      // The suite printed nothing: the reason is in the workbench's log (e.g. the entry failed to load).
      print(`the suite printed nothing; last workbench console lines:\n${pageConsole.recent()}`);
    }
    return code;
  } catch (error) {
    const reason: unknown = abort.aborted ? abort.reason : error;
    if (reason instanceof Interrupted) return EXIT_INTERRUPTED;
    if (!options.verbose) print(`last workbench console lines (all with --verbose):\n${pageConsole.recent()}`);
    if (reason instanceof TimedOut) {
      print(`timeout: ${reason.message}`);
      return EXIT_TIMEOUT;
    }
    print(`error: ${(reason as Error).stack ?? String(reason)}`);
    if (scratch) print(`last lines of code-server's log:\n${await tail(codeServerLog(scratch), 40)}`);
    return EXIT_HARNESS_ERROR;
  } finally {
    clearTimeout(deadline);
    if (scratch && options.verbose) print(`code-server log:\n${await tail(codeServerLog(scratch), 10_000)}`);
    if (scratch && options.screenshots) await keepLogs(scratch, options.screenshots);
    await timer.run('cleanup', async () => {
      for (const cleanup of cleanups.reverse()) {
        await cleanup.run().catch((error: unknown) => print(`cleanup of ${cleanup.name} failed: ${String(error)}`));
      }
    });
    cleanups.length = 0;
    process.off('exit', onExit);
    for (const signal of signals) process.off(signal, onSignal);
    print(timer.summary());
  }
}

async function main(): Promise<void> {
  let options: HarnessOptions;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (error.message) console.error(`run-in-code-server: ${error.message}`);
    console.error(usage);
    process.exit(error.message ? EXIT_USAGE : 0);
  }
  const code = await run(options);
  print(code === 0 ? 'suite passed' : `exiting with ${code}`);
  process.exit(code);
}

if (require.main === module) void main();
