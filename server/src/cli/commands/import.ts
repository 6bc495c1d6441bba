import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importPlainText } from '../../core/speakerAccess';
import { opensWithArticleFrontMatter } from '../../core/syntax/frontMatter';
import { describeFileError } from '../../node/readText';
import { readOneInput } from '../inputs';
import { EXIT_OK, EXIT_TROUBLE, UsageError, stringOption, type Command } from '../command';

const USAGE = `Usage: articlemark import FILE.txt [-o FILE.article]   (FILE may be - for standard input)

Converts plain copy (a wire story, a pasted web page) into ArticleMark: front
matter (title from the first line with words, lang detected), entity
definitions for the people and organisations found, mentions marked, one
paragraph per line, quotes attributed where the speaker engine is confident.
Lines of web debris (advertising, comment boxes, breadcrumbs, footers) are
dropped and listed on standard error. An article (a file that opens with
ArticleMark front matter) is refused.

Options:
  -o, --output FILE   write the article there instead of standard output
  -h, --help          show this help
`;

export const importCommand: Command = {
  name: 'import',
  summary: 'convert plain copy into an ArticleMark article',
  usage: USAGE,
  options: { output: { type: 'string', short: 'o' } },
  async run(values, positionals, io) {
    if (positionals.length !== 1) throw new UsageError('import takes exactly one FILE');
    // The same reader as check and export: binary and non-UTF-8 files are refused, not read as garbage.
    const read = await readOneInput(positionals[0]!, io.cwd, io.stdin);
    if ('problem' in read) {
      io.stderr.write(`articlemark import: cannot read ${positionals[0] === '-' ? 'standard input' : positionals[0]}: ${read.problem}\n`);
      return EXIT_TROUBLE;
    }
    // An article read as plain copy comes out mangled (its markup escaped, marked up again, its
    // front matter made the title), and `-o` may be the file itself: refuse it instead.
    if (opensWithArticleFrontMatter(read.text)) {
      io.stderr.write(`articlemark import: ${positionals[0]} is already an article (it opens with front matter): edit it, and check it with articlemark check\n`);
      return EXIT_TROUBLE;
    }
    const result = importPlainText(read.text);
    for (const line of result.dropped) io.stderr.write(`dropped: ${line}\n`);
    const output = stringOption(values, 'output');
    if (!output) {
      io.stdout.write(result.article);
      return EXIT_OK;
    }
    try {
      writeFileSync(resolve(io.cwd, output), result.article);
    } catch (error) {
      io.stderr.write(`articlemark import: cannot write ${output}: ${describeFileError(error, 'write')}\n`);
      return EXIT_TROUBLE;
    }
    return EXIT_OK;
  },
};
