import { parseArgs } from 'node:util';
import { isMainThread, workerData } from 'node:worker_threads';
import { EXIT_OK, EXIT_TROUBLE, UsageError, type CliIO, type Command } from './command';
import { checkCommand } from './commands/check';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { suggestCommand } from './commands/suggest';
import { isCheckWorker, runCheckWorker } from './parallel';
import { TOOL_VERSION } from './version';
import { nearIds } from '../core/rules/nearIds';

// ---------------------------------------------------------------------------
// The sub-commands. To add one, write server/src/cli/commands/NAME.ts exporting
// a `Command` (see ./command.ts), import it here and add it to this list:
// one line each. `articlemark --help` lists them in this order.
const COMMANDS: readonly Command[] = [
  checkCommand,
  exportCommand,
  importCommand,
  suggestCommand,
];
// ---------------------------------------------------------------------------

function mainUsage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const list = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n');
  return `Usage: articlemark <command> [options]\n\nCommands:\n${list}\n\nRun \`articlemark <command> --help\` (or \`articlemark help <command>\`) for its options. \`articlemark --version\` prints the version.\n`;
}

/** `unknown command "chek": did you mean "check"?`, for a typo; the list of commands follows either way. */
function unknownCommand(name: string): string {
  const near = nearIds(name.toLowerCase(), COMMANDS.map((c) => c.name));
  return `unknown command "${name}"${near.length > 0 ? `: did you mean "${near[0]!}"?` : ''}`;
}

/**
 * parseArgs's messages are written for programmers (an unknown option's tells how to pass a positional
 * argument starting with '-', and leaves a quote open; a missing value is "Option '-f, --format <value>'
 * argument missing"): say it in the words of the usage text.
 */
function usageMessage(error: Error, code: string | undefined): string {
  const option = /'(?:-\w, )?(-[^' ]*)/.exec(error.message)?.[1];
  if (option === undefined) return error.message;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option "${option}" (the options are listed below)`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && error.message.endsWith('argument missing')) return `${option} needs a value`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && error.message.endsWith('does not take an argument')) return `${option} takes no value`;
  return error.message;
}

export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    // `articlemark help check`, as git and npm read it: that command's help.
    const topic = name === 'help' && rest.length > 0 ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    if (topic) {
      io.stdout.write(topic.usage);
      return EXIT_OK;
    }
    if (name === 'help' && rest.length > 0) {
      io.stderr.write(`articlemark: ${unknownCommand(rest[0]!)}\n\n${mainUsage()}`);
      return EXIT_TROUBLE;
    }
    (name === undefined ? io.stderr : io.stdout).write(mainUsage());
    return name === undefined ? EXIT_TROUBLE : EXIT_OK;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${TOOL_VERSION}\n`);
    return EXIT_OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`articlemark: ${unknownCommand(name)}\n\n${mainUsage()}`);
    return EXIT_TROUBLE;
  }
  try {
    const { values, positionals } = parseArgs({
      args: [...rest],
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    if (values['help'] === true) {
      io.stdout.write(command.usage);
      return EXIT_OK;
    }
    return await command.run(values, positionals, io);
  } catch (error) {
    // parseArgs reports unknown options and missing values with ERR_PARSE_ARGS_* codes.
    const code = (error as NodeJS.ErrnoException).code;
    if (error instanceof UsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))) {
      io.stderr.write(`articlemark ${command.name}: ${usageMessage(error as Error, code)}\n\n${command.usage}`);
      return EXIT_TROUBLE;
    }
    io.stderr.write(`articlemark ${command.name}: internal error: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT_TROUBLE;
  }
}

// The bundle is also the worker script for large trees (see ./parallel.ts).
if (!isMainThread && isCheckWorker(workerData)) {
  runCheckWorker();
} else if (require.main === module) {
  // A reader that stops early (`articlemark check . | head`) closes the pipe: that is not a failure
  // of the check, so no stack trace, and the exit code still says what was found.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
  }
  const io: CliIO = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env };
  runCli(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`articlemark: internal error: ${String(error)}\n`);
      process.exitCode = EXIT_TROUBLE;
    },
  );
}
