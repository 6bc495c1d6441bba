// Runs the in-editor suite in a desktop VS Code through @vscode/test-electron:
// the one at VSCODE_PATH when set, else a downloaded one. Without VSCODE_PATH on a
// machine that cannot resolve the download host, it skips loudly (exit 0); any
// other failure exits 1.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';

const root = resolve(__dirname, '..', '..');
const offlineCodes = new Set(['ENOTFOUND', 'EAI_AGAIN']);

/** The download goes through several layers that wrap or stringify the network error. */
export function isOfflineError(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === 'string' && offlineCodes.has(code)) return true;
    if (typeof message === 'string' && /\b(ENOTFOUND|EAI_AGAIN)\b/.test(message)) return true;
    current = cause;
  }
  return typeof error === 'string' && /\b(ENOTFOUND|EAI_AGAIN)\b/.test(error);
}

function banner(lines: string[]): void {
  const width = Math.max(...lines.map((line) => line.length)) + 4;
  const rule = '#'.repeat(width);
  console.log(['', rule, ...lines.map((line) => `# ${line.padEnd(width - 4)} #`), rule, ''].join('\n'));
}

async function main(): Promise<number> {
  const vscodeExecutablePath = process.env.VSCODE_PATH || undefined;
  // A scratch copy would be safer, but the suite restores every file it edits.
  const workspace = join(root, 'test', 'vscode', 'workspace');
  // VS Code's profile for this run only (settings, logs, caches): removed when it ends.
  const userData = mkdtempSync(join(tmpdir(), 'articlemark-vscode-'));
  try {
    const code = await runTests({
      ...(vscodeExecutablePath ? { vscodeExecutablePath } : {}),
      extensionDevelopmentPath: root,
      extensionTestsPath: join(root, 'dist', 'test', 'vscode', 'suite', 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', userData],
    });
    return code === 0 ? 0 : 1;
  } catch (error) {
    if (!vscodeExecutablePath && isOfflineError(error)) {
      banner([
        'SKIPPED: the desktop VS Code suite did NOT run.',
        `VS Code could not be downloaded (${String((error as Error).message ?? error).split('\n')[0]}).`,
        'Set VSCODE_PATH=/path/to/code to run it here, or use `npm run test:vscode` (code-server).',
      ]);
      return 0;
    }
    console.error('desktop VS Code suite failed:', error);
    return 1;
  } finally {
    rmSync(userData, { recursive: true, force: true });
  }
}

if (require.main === module) void main().then((code) => process.exit(code));
