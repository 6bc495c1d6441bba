import { EXIT_FINDINGS, EXIT_OK, EXIT_TROUBLE, UsageError, flag, stringOption, type CliIO, type Command } from '../command';
import { checkOptions, orderProblems } from '../checkFiles';
import { formatGithub } from '../formats/github';
import { checkOutput } from '../formats/json';
import { toSarif } from '../formats/sarif';
import { formatText } from '../formats/text';
import { expandInputs } from '../inputs';
import { writeJson } from '../jsonOutput';
import { checkInWorkers, checkSerially, workerCount } from '../parallel';
import { readArticleStream } from '../../node/readText';
import { countFindings, plural, type CheckResult, type FileReport, type ToolProblem } from '../report';
import { reportProblems, useColour } from '../terminal';

const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `Usage: articlemark check [options] [paths…]

Checks articles and prints their findings. Paths are files (checked whatever
their extension), folders (searched for *.article, skipping node_modules,
dot-folders and dot-files), globs (quoted; *.article matches only), or - for
standard input. Default: the current folder.

Options:
  -f, --format FORMAT      text (default), json, sarif or github
  -q, --quiet              report errors only
      --max-warnings N     exit 1 when there are more than N warnings
  -c, --config FILE        use this articlemark.json instead of looking for one
      --stdin-filename P   path of the standard input text, for configuration and output
      --no-exit            exit 0 even when findings are over the bar (2 still means trouble)
      --jobs N             worker threads to use (1: none; default: automatic)
      --color, --no-color  force colours on or off (default: on a terminal only)
  -h, --help               show this help

Exit codes: 0 no error (and warnings within --max-warnings), 1 findings over
the bar, 2 the tool could not do its job (wins over 1).
`;

function parseCount(values: Parameters<Command['run']>[0], name: string): number | undefined {
  const raw = stringOption(values, name);
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw)) throw new UsageError(`--${name} takes a whole number, not "${raw}"`);
  return Number(raw);
}

function render(format: Format, result: CheckResult, io: CliIO, colour: boolean, ranFine: boolean): void {
  switch (format) {
    case 'text':
      io.stdout.write(formatText(result, colour));
      return;
    case 'json':
      writeJson(io.stdout, checkOutput(result));
      return;
    case 'sarif':
      writeJson(io.stdout, toSarif(result, io.cwd, ranFine));
      return;
    case 'github':
      io.stdout.write(formatGithub(result));
      return;
  }
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'check articles and report findings (text, json, sarif, github)',
  usage: USAGE,
  options: {
    format: { type: 'string', short: 'f' },
    quiet: { type: 'boolean', short: 'q' },
    'max-warnings': { type: 'string' },
    config: { type: 'string', short: 'c' },
    'stdin-filename': { type: 'string' },
    'no-exit': { type: 'boolean' },
    jobs: { type: 'string' },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
  },
  async run(values, positionals, io) {
    const format = (stringOption(values, 'format') ?? 'text') as Format;
    if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${format}" (use ${FORMATS.join(', ')})`);
    const maxWarnings = parseCount(values, 'max-warnings');
    const jobs = parseCount(values, 'jobs');
    const quiet = flag(values, 'quiet');
    const stdinFilename = stringOption(values, 'stdin-filename');
    const inputs = positionals.length > 0 ? positionals : ['.'];
    if (stdinFilename !== undefined && !inputs.includes('-')) throw new UsageError('--stdin-filename needs - among the paths');

    const options = checkOptions(values, io.cwd);
    const expanded = expandInputs(inputs, io.cwd, stdinFilename);
    const problems: ToolProblem[] = expanded.problems.map((p) => ({ path: p.input, message: p.message }));

    let stdinText: string | undefined;
    const stdinFile = expanded.files.find((file) => file.stdin);
    if (stdinFile) {
      const decoded = await readArticleStream(io.stdin);
      if ('problem' in decoded) problems.push({ path: stdinFile.display, message: decoded.problem });
      else stdinText = decoded.text;
    }
    const files = expanded.files.filter((file) => !file.stdin || stdinText !== undefined);
    const workers = stdinText !== undefined ? 0 : workerCount(files.length, jobs);
    const checked = workers > 0 ? await checkInWorkers(files, options, workers) : checkSerially(files, options, stdinText);
    problems.push(...orderProblems(checked.problems));

    const reports: FileReport[] = [];
    for (const { report } of checked.results) {
      if (!report) continue;
      reports.push(quiet ? { ...report, findings: report.findings.filter((f) => f.severity === 'error') } : report);
    }
    const result: CheckResult = { files: reports, problems };
    const trouble = problems.length > 0;
    render(format, result, io, useColour(values, io), !trouble);
    reportProblems(problems, io);

    const counts = countFindings(reports);
    const tooManyWarnings = maxWarnings !== undefined && counts.warning > maxWarnings;
    // On stderr whatever the format: a CI job failing on warnings alone must say why.
    if (tooManyWarnings) io.stderr.write(`articlemark: ${plural(counts.warning, 'warning')}, more than --max-warnings ${maxWarnings}\n`);
    const overTheBar = counts.error > 0 || tooManyWarnings;
    if (trouble) return EXIT_TROUBLE;
    if (overTheBar && !flag(values, 'no-exit')) return EXIT_FINDINGS;
    return EXIT_OK;
  },
};
