import type { ParseArgsConfig } from 'node:util';

/** Option values as `util.parseArgs` returns them. */
export type OptionValues = Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;

/** Where a command writes; tests and workers can hand in their own. */
export interface CliIO {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream;
  readonly stdin: NodeJS.ReadableStream;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
}

/**
 * One `articlemark <name>` sub-command. Commands live in ./commands/, one per
 * file, and are listed once in main.ts.
 */
export interface Command {
  readonly name: string;
  /** One line for `articlemark --help`. */
  readonly summary: string;
  /** The usage text for `articlemark <name> --help`, options included. */
  readonly usage: string;
  readonly options: NonNullable<ParseArgsConfig['options']>;
  /** Returns the process exit code: 0 fine, 1 findings over the bar, 2 the tool could not do its job. */
  run(values: OptionValues, positionals: readonly string[], io: CliIO): Promise<number>;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_TROUBLE = 2;

/** Thrown for wrong command-line usage; main prints it and exits 2. */
export class UsageError extends Error {}

export function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

export function flag(values: OptionValues, name: string): boolean {
  return values[name] === true;
}
