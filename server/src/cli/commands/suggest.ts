import { resolve } from 'node:path';
import { ArticleProject, LineIndex, opensWithArticleFrontMatter, type DocumentModel } from '../../core';
import { analyzeForImport, suggestionFor } from '../../core/speakerAccess';
import { NodeFileHost } from '../../node/nodeFileHost';
import { EXIT_OK, EXIT_TROUBLE, UsageError, stringOption, type Command } from '../command';
import { readOneInput } from '../inputs';
import { writeJson } from '../jsonOutput';

const USAGE = `Usage: articlemark suggest FILE --format json   (FILE may be - for standard input)

Lists each quote of FILE with its likely speakers, best first, as JSON:
{"quotes":[{"text","range","confident","notSpeech","candidates":[{"id","name","confidence"}]}]}.
"confident" is true exactly for the quotes \`articlemark import\` attributes.
An article (a .article file, or text opening with ArticleMark front matter) is
read as the editor reads it: its entities and registries known, each quote's
"speakers" the IDs it is attributed to, a candidate the article does not
define carrying the "definition" lines that would define it, and "confident"
true where *Attribute all* would attribute the quote.

Options:
  -f, --format FORMAT   json (the only format)
  -h, --help            show this help
`;

export interface SuggestedQuote {
  readonly text: string;
  readonly range: ReturnType<LineIndex['rangeOf']>;
  readonly confident: boolean;
  readonly notSpeech: boolean;
  /** Article input only: the IDs the article attributes the quote to. */
  readonly speakers?: readonly string[];
  readonly candidates: readonly { id: string; name: string; confidence: number; definition?: readonly string[] }[];
}

/**
 * The suggestions for an article's quotes (not those nested in another), as the editor's quick fix ranks them: the
 * whole document read, its entities and registries known, speakers it does not define offered with their definition.
 */
export function suggestArticleQuotes(model: DocumentModel): { quotes: SuggestedQuote[] } {
  const quotes: SuggestedQuote[] = [];
  model.quotes.forEach((quote, index) => {
    const block = quote.node.mark === '>';
    if (quote.nested || (!block && !quote.node.close)) return;
    const reading = suggestionFor(model, index);
    quotes.push({
      // Without the spaces French puts inside « », as for plain copy.
      text: quote.text.trim(),
      // Opening to closing mark (a block quote: its lines), as the editor's quotes request gives it.
      range: model.lines.rangeOf(quote.node.span),
      confident: reading?.confident ?? false,
      notSpeech: quote.notSpeech || (reading?.notSpeech ?? false),
      speakers: (quote.attribution?.ids ?? []).map((ref) => ref.id).filter((id) => id !== '-'),
      candidates: (reading?.candidates ?? []).map((c) => ({ id: c.id, name: c.name, confidence: c.confidence, ...(c.definition ? { definition: c.definition } : {}) })),
    });
  });
  return { quotes };
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
    const input = positionals[0]!;
    // An article is read as one: as plain copy its definitions and markup would be prose.
    const article = (input !== '-' && input.endsWith('.article')) || opensWithArticleFrontMatter(read.text);
    if (article) {
      const path = input === '-' ? resolve(io.cwd, 'stdin.article') : resolve(io.cwd, input);
      const { model } = new ArticleProject(new NodeFileHost()).analyze(path, read.text);
      writeJson(io.stdout, suggestArticleQuotes(model));
    } else {
      writeJson(io.stdout, suggestQuotes(read.text));
    }
    return EXIT_OK;
  },
};
