// The `articlemark/importPlainCopy` request: plain copy (a wire story, a pasted web page) converted as
// `articlemark import` converts it, for the editor's *Import Plain Copy* command. The server does it so that the
// extension's bundle holds no engine: one engine, the one the CLI runs.
import { RequestType } from '../protocol';
import { importPlainText, opensWithArticleFrontMatter } from '../core';

export interface ImportParams {
  /** The plain copy. */
  readonly text: string;
}

export type ImportAnswer =
  | {
      /** The article, as `articlemark import` writes it. */
      readonly article: string;
      readonly lang: 'fr' | 'en';
      /** Lines left out as web debris, as written. */
      readonly dropped: readonly string[];
    }
  | {
      /** Why the text was not converted, in words for the writer. */
      readonly refused: string;
    };

export const ImportRequest = new RequestType<ImportParams, ImportAnswer, void>('articlemark/importPlainCopy');

export function importAnswer(params: ImportParams): ImportAnswer {
  if (typeof params?.text !== 'string') return { refused: 'There is no text to import.' };
  if (!/[\p{L}\p{N}]/u.test(params.text)) return { refused: 'There is no copy to import: the text has no words.' };
  if (opensWithArticleFrontMatter(params.text)) return { refused: 'This is already an article (it opens with front matter): edit it instead.' };
  const { article, lang, dropped } = importPlainText(params.text);
  return { article, lang, dropped };
}
