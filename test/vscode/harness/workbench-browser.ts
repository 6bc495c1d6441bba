// Drives code-server's web workbench in headless Debian Chromium through
// playwright-core: switches on the smoke-test driver (which makes the workbench
// honour the extension-test payload), forwards the page console, and resolves with
// the extension host's exit code delivered through window.codeAutomationExit.
import { chromium, type Browser, type ConsoleMessage } from 'playwright-core';
import type { ScreenshotRequest } from './screenshot-server';

export const CHROMIUM_PATH = '/usr/bin/chromium';

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Runs in the page before any workbench script. A built workbench reads its
 * configuration from the data-settings attribute of #vscode-workbench-web-configuration
 * and ignores the test payload unless developmentOptions.enableSmokeTestDriver is on;
 * code-server has no flag for it. Serving a patched page (page.route) would make
 * Chromium block the workbench's websocket, so the attribute read is patched instead.
 * A plain string: a serialized function could carry transpiler helpers into the page.
 */
const enableSmokeTestDriver = `(() => {
  const original = Element.prototype.getAttribute;
  Element.prototype.getAttribute = function (name) {
    const value = original.call(this, name);
    if (name !== 'data-settings' || this.id !== 'vscode-workbench-web-configuration' || !value) return value;
    try {
      const settings = JSON.parse(value);
      settings.developmentOptions = Object.assign({}, settings.developmentOptions, { enableSmokeTestDriver: true });
      return JSON.stringify(settings);
    } catch (error) {
      console.error('[harness] could not patch workbench settings', error);
      return value;
    }
  };
})();`;

function definedEntries(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/** `env` adds to the harness's environment (e.g. scratch XDG folders: Chromium writes crash-report folders there). */
export async function launchBrowser(env: Record<string, string>): Promise<Browser> {
  return chromium.launch({
    env: { ...definedEntries(process.env), ...env },
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: chromiumArgs,
    // The harness handles signals itself and closes the browser in its cleanup.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    timeout: 30_000,
  });
}

/**
 * Console text without the styling of VS Code's log service, which prints
 * console.log('%c INFO', 'color: #33f', message); Playwright joins those with spaces.
 */
export function consoleText(message: ConsoleMessage): string {
  return message.text().replace(/^%c\s*(TRACE|DEBUG|INFO|WARN|ERR)\s+color: #[0-9a-fA-F]{3,6}\s?/, '$1 ');
}

export interface WorkbenchSession {
  /** Resolves with the extension host's exit code: 0 when the suite passed. */
  readonly exitCode: Promise<number>;
  takeScreenshot(request: ScreenshotRequest, file: string): Promise<void>;
}

export async function openWorkbench(
  browser: Browser,
  url: string,
  forward: (message: ConsoleMessage | Error) => void,
): Promise<WorkbenchSession> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.addInitScript({ content: enableSmokeTestDriver });

  let deliver: (code: number) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const exitCode = new Promise<number>((resolve, reject) => {
    deliver = resolve;
    fail = reject;
  });
  // A page closed by the harness's own cleanup (timeout, Ctrl-C) rejects after nobody awaits any more.
  exitCode.catch(() => undefined);
  await page.exposeFunction('codeAutomationExit', (code: unknown) => {
    deliver(typeof code === 'number' ? code : 1);
  });

  page.on('console', forward);
  page.on('pageerror', forward);
  page.on('crash', () => fail(new Error('the workbench page crashed')));
  page.on('close', () => fail(new Error('the workbench page closed before the suite finished')));

  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 });

  return {
    exitCode,
    async takeScreenshot(request, file) {
      if (request.delayMs) await page.waitForTimeout(request.delayMs);
      if (request.selector) {
        await page.locator(request.selector).first().screenshot({ path: file, timeout: 10_000 });
      } else {
        await page.screenshot({ path: file, fullPage: request.fullPage ?? false, timeout: 10_000 });
      }
    },
  };
}
