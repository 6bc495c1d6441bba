import { resolve } from 'node:path';
import { EXIT_OK, EXIT_TROUBLE, UsageError, stringOption, type Command } from '../command';
import { exportModel } from '../exportModel';
import { checkOptions, FileChecker } from '../checkFiles';
import { fileInput, stdinInput } from '../inputs';
import { writeJson } from '../jsonOutput';
import { readArticle, readArticleStream } from '../../node/readText';
import { reportProblems } from '../terminal';

const USAGE = `Usage: articlemark export FILE [options]

Writes the document model of one article as JSON (schema:
docs/schemas/export.schema.json): front matter, entities with aliases and
properties, mentions, quotes, figures and diagnostics. FILE may be - for
standard input.

Options:
  -f, --format FORMAT      json (the only format for now)
  -c, --config FILE        use this articlemark.json instead of looking for one
      --stdin-filename P   path of the standard input text, for configuration and output
  -h, --help               show this help

Exit codes: 0 written (whatever the findings), 2 the tool could not do its job.
`;

export const exportCommand: Command = {
  name: 'export',
  summary: 'write the document model of an article as JSON',
  usage: USAGE,
  options: {
    format: { type: 'string', short: 'f' },
    config: { type: 'string', short: 'c' },
    'stdin-filename': { type: 'string' },
  },
  async run(values, positionals, io) {
    const format = stringOption(values, 'format') ?? 'json';
    if (format !== 'json') throw new UsageError(`unknown format "${format}" (use json)`);
    if (positionals.length !== 1) throw new UsageError('give exactly one FILE');
    const input = positionals[0]!;
    const stdinFilename = stringOption(values, 'stdin-filename');
    // As in check: a name for standard input without - would be silently ignored.
    if (stdinFilename !== undefined && input !== '-') throw new UsageError('--stdin-filename needs - as FILE');
    const file = input === '-' ? stdinInput(io.cwd, stdinFilename) : fileInput(resolve(io.cwd, input), io.cwd);
    const read = file.stdin ? await readArticleStream(io.stdin) : readArticle(file.path);
    if ('problem' in read) {
      reportProblems([{ path: file.display, message: read.problem }], io);
      return EXIT_TROUBLE;
    }
    const { analysis, problems } = new FileChecker(checkOptions(values, io.cwd)).analyze(file, read.text);
    writeJson(io.stdout, exportModel(analysis, { displayPath: file.display, cwd: io.cwd }));
    reportProblems(problems, io);
    return problems.length > 0 ? EXIT_TROUBLE : EXIT_OK;
  },
};
