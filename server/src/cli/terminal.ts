import { flag, type CliIO, type OptionValues } from './command';
import type { ToolProblem } from './report';

/** Colours on a terminal only, unless NO_COLOR / FORCE_COLOR or --color / --no-color say otherwise. */
export function useColour(values: OptionValues, io: CliIO): boolean {
  if (flag(values, 'no-color')) return false;
  if (flag(values, 'color')) return true;
  if (io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '') return false;
  // As Node and chalk read it: 0 and false turn colours off even on a terminal, any other value on.
  const force = io.env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  return io.stdout.isTTY === true;
}

/** Each problem on its own line of stderr, naming the file or input it is about. */
export function reportProblems(problems: readonly ToolProblem[], io: CliIO): void {
  for (const problem of problems) io.stderr.write(`articlemark: ${problem.path ? `${problem.path}: ` : ''}${problem.message}\n`);
}
