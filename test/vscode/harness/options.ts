// Command-line options of run-in-code-server.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

export interface HarnessOptions {
  readonly extensionDevelopmentPath: string;
  readonly extensionTestsPath: string;
  readonly workspace: string;
  readonly screenshots: string | undefined;
  /** Seconds allowed from code-server start to the suite's exit code. */
  readonly timeoutSeconds: number;
  /** Copy code-server's own log to stdout as well. */
  readonly verbose: boolean;
}

export const usage = `usage: node --import tsx test/vscode/harness/run-in-code-server.ts \\
  --extension-development-path DIR   extension folder (with package.json) loaded as the development extension
  --extension-tests-path FILE        compiled JS module exporting run(): Promise<void>
  --workspace DIR                    folder the workbench opens
  [--screenshots DIR]                where screenshots the suite requests are written (enables the endpoint)
  [--timeout SECONDS]                limit from code-server start to the suite's result (default 180)
  [--verbose]                        also print code-server's log`;

export class UsageError extends Error {}

export function parseOptions(argv: readonly string[], cwd = process.cwd()): HarnessOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        'extension-development-path': { type: 'string' },
        'extension-tests-path': { type: 'string' },
        workspace: { type: 'string' },
        screenshots: { type: 'string' },
        timeout: { type: 'string' },
        verbose: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) throw new UsageError('');

  const required = (name: 'extension-development-path' | 'extension-tests-path' | 'workspace'): string => {
    const value = values[name];
    if (!value) throw new UsageError(`--${name} is required`);
    return resolve(cwd, value);
  };
  const extensionDevelopmentPath = required('extension-development-path');
  const extensionTestsPath = required('extension-tests-path');
  const workspace = required('workspace');

  if (!existsSync(resolve(extensionDevelopmentPath, 'package.json'))) {
    throw new UsageError(`--extension-development-path ${extensionDevelopmentPath} has no package.json`);
  }
  if (!existsSync(extensionTestsPath) || !statSync(extensionTestsPath).isFile()) {
    throw new UsageError(`--extension-tests-path ${extensionTestsPath} is not a file (compile the suite first?)`);
  }
  if (!existsSync(workspace) || !statSync(workspace).isDirectory()) {
    throw new UsageError(`--workspace ${workspace} is not a folder`);
  }

  let timeoutSeconds = 180;
  if (values.timeout !== undefined) {
    timeoutSeconds = Number(values.timeout);
    if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) {
      throw new UsageError(`--timeout must be a positive number of seconds, got ${values.timeout}`);
    }
  }

  return {
    extensionDevelopmentPath,
    extensionTestsPath,
    workspace,
    screenshots: values.screenshots ? resolve(cwd, values.screenshots) : undefined,
    timeoutSeconds,
    verbose: values.verbose ?? false,
  };
}
