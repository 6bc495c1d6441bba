import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { normalizePath } from '../core';
import { globFiles, isGlobPattern, realPath } from '../node/glob';
import { describeFileError, readArticle, readArticleStream, type ReadResult } from '../node/readText';

/** One article to check: where it is, and how to name it in output. */
export interface InputFile {
  /** Absolute, `/`-separated (the core's convention); `-` input uses the --stdin-filename path. */
  readonly path: string;
  /** Relative to the working directory when inside it, as people type paths. */
  readonly display: string;
  readonly stdin?: boolean;
}

/**
 * The text of one FILE argument of `import` or `suggest`: standard input for `-` (read to its end), else the file;
 * either way with the checks of `check` (binary and non-UTF-8 input refused).
 */
export async function readOneInput(input: string, cwd: string, stdin: NodeJS.ReadableStream): Promise<ReadResult> {
  return input === '-' ? readArticleStream(stdin) : readArticle(resolve(cwd, input));
}

/** An input that gave nothing to check, named on stderr. */
export interface InputProblem {
  readonly input: string;
  readonly message: string;
}

export interface ExpandedInputs {
  readonly files: readonly InputFile[];
  readonly problems: readonly InputProblem[];
}

const ARTICLE_GLOB = '**/*.article';
const isArticlePath = (path: string): boolean => path.endsWith('.article');

export function displayPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  // `..draft.article` is inside; `../x` and another drive's path are not.
  const outside = rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  return normalizePath(outside ? absolute : rel);
}

/** A file named on the command line or found in a folder or glob. */
export function fileInput(absolute: string, cwd: string): InputFile {
  const path = normalizePath(absolute);
  return { path, display: displayPath(path, cwd) };
}

/** The `-` input: `--stdin-filename` gives it a path (for the configuration lookup and output), else it is `<stdin>`. */
export function stdinInput(cwd: string, stdinFilename: string | undefined): InputFile {
  const path = normalizePath(resolve(cwd, stdinFilename ?? '<stdin>'));
  return { path, display: stdinFilename === undefined ? '<stdin>' : displayPath(path, cwd), stdin: true };
}

/**
 * Turns command-line inputs into files, in the order given (each folder's
 * files sorted), each file once. Explicit files are checked whatever their
 * extension; folders and globs only yield `*.article`.
 */
export function expandInputs(inputs: readonly string[], cwd: string, stdinFilename?: string): ExpandedInputs {
  const files: InputFile[] = [];
  const problems: InputProblem[] = [];
  const indexOf = new Map<string, number>();
  // Each file once, however it is reached (a symlinked folder or file, a link back up the tree):
  // the first path given names it. `-` stands for the file its --stdin-filename names (an
  // editor's unsaved text), before or after it.
  const add = (file: InputFile): void => {
    const key = realPath(file.path);
    const index = indexOf.get(key);
    if (index === undefined) {
      indexOf.set(key, files.length);
      files.push(file);
    } else if (file.stdin) {
      files[index] = file;
    }
  };

  for (const input of inputs) {
    if (input === '-') {
      add(stdinInput(cwd, stdinFilename));
      continue;
    }
    const absolute = resolve(cwd, input);
    let stats;
    try {
      stats = statSync(absolute);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && isGlobPattern(input)) {
        // Like a folder, a glob yields articles only: 'stories/*' must not check articlemark.json or the photos.
        const matches = globFiles([input], cwd);
        const articles = matches.filter(isArticlePath);
        if (articles.length === 0) problems.push({ input, message: matches.length === 0 ? 'no files match this pattern' : 'no .article files match this pattern' });
        for (const match of articles) add(fileInput(match, cwd));
      } else {
        problems.push({ input, message: describeFileError(error) });
      }
      continue;
    }
    if (stats.isDirectory()) {
      const found = globFiles([ARTICLE_GLOB], absolute);
      if (found.length === 0) problems.push({ input, message: 'no .article files in this folder' });
      for (const file of found) add(fileInput(file, cwd));
    } else {
      add(fileInput(absolute, cwd));
    }
  }
  return { files, problems };
}
