import { LineIndex } from '../../core';
import { analyzeForImport } from '../../core/speakerAccess';
import { EXIT_OK, EXIT_TROUBLE, UsageError, stringOption, type Command } from '../command';
import { readOneInput } from '../inputs';
import { writeJson } from '../jsonOutput';

const USAGE = `Usage: articlemark suggest FILE --format json   (FILE may be - for standard input)

Lists each quote of FILE with its likely speakers, best first, as JSON:
{"quotes":[{"text","range","confident","notSpeech","candidates":[{"id","name","confidence"}]}]}.
"confident" is true exactly for the quotes \`articlemark import\` attributes.

Options:
  -f, --format FORMAT   json (the only format)
  -h, --help            show this help
`;

export interface SuggestedQuote {
  readonly text: string;
  readonly range: ReturnType<LineIndex['rangeOf']>;
  readonly confident: boolean;
  readonly notSpeech: boolean;
  readonly candidates: readonly { id: string; name: string; confidence: number }[];
}

/** The suggestions for a text, ranges in the text as given. Same engine and options as import. */
export function suggestQuotes(text: string): { quotes: SuggestedQuote[] } {
  const { analysis, prepared, toInput } = analyzeForImport(text);
  const lines = new LineIndex(text);
  return {
    quotes: analysis.quotes.map((q) => ({
      // As the engine read it: a hard-wrapped quote's lines joined.
      text: prepared.slice(q.quote.open + 1, q.quote.end - 1).trim(),
      range: lines.rangeOf({ start: toInput(q.quote.open), end: toInput(q.quote.end) }),
      confident: q.confident,
      notSpeech: q.notSpeech,
      candidates: q.candidates.map((c) => ({ id: analysis.entities[c.entity]!.id, name: analysis.entities[c.entity]!.name, confidence: c.confidence })),
    })),
  };
}

export const suggestCommand: Command = {
  name: 'suggest',
  summary: 'list likely speakers for each quote',
  usage: USAGE,
  options: { format: { type: 'string', short: 'f', default: 'json' } },
  async run(values, positionals, io) {
    if (positionals.length !== 1) throw new UsageError('suggest takes exactly one FILE');
    if ((stringOption(values, 'format') ?? 'json') !== 'json') throw new UsageError('the only format is json');
    // The same reader as check and export: binary and non-UTF-8 files are refused, not read as garbage.
    const read = await readOneInput(positionals[0]!, io.cwd, io.stdin);
    if ('problem' in read) {
      io.stderr.write(`articlemark suggest: cannot read ${positionals[0] === '-' ? 'standard input' : positionals[0]}: ${read.problem}\n`);
      return EXIT_TROUBLE;
    }
    writeJson(io.stdout, suggestQuotes(read.text));
    return EXIT_OK;
  },
};
