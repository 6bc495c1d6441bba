import { resolve } from 'node:path';
import { ArticleProject, type DocumentAnalysis } from '../core';
import { stringOption, type OptionValues } from './command';
import { NodeFileHost } from '../node/nodeFileHost';
import { displayPath, type InputFile } from './inputs';
import { readArticle } from '../node/readText';
import { toCliFinding, type FileReport, type ToolProblem } from './report';

export interface CheckOptions {
  /** `--config FILE`, absolute. */
  readonly configPath?: string;
  readonly cwd: string;
}

/** The options of a command that takes `--config FILE`. */
export function checkOptions(values: OptionValues, cwd: string): CheckOptions {
  const config = stringOption(values, 'config');
  return config === undefined ? { cwd } : { cwd, configPath: resolve(cwd, config) };
}

/** A tool problem tagged with the index of the first file that ran into it, so merged output stays in input order. */
export interface IndexedProblem extends ToolProblem {
  readonly index: number;
}

export interface IndexedReport {
  readonly index: number;
  /** Undefined when the file could not be checked (its problem is in `problems`). */
  readonly report?: FileReport;
}

/**
 * Checks a batch of files with one project (so configuration and registries
 * are read once per batch). Used in the main thread and in each worker.
 */
export class FileChecker {
  private readonly host = new NodeFileHost();
  private readonly project: ArticleProject;
  private readonly reportedConfigs = new Set<string>();

  constructor(private readonly options: CheckOptions) {
    this.project = new ArticleProject(this.host, options.configPath ? { configPath: options.configPath } : {});
  }

  check(file: InputFile, index: number, stdinText?: string): { report?: FileReport; problems: IndexedProblem[] } {
    let text: string;
    if (file.stdin) {
      text = stdinText ?? '';
    } else {
      const read = readArticle(file.path);
      if ('problem' in read) return { problems: [{ index, path: file.display, message: read.problem }] };
      text = read.text;
    }
    const { analysis, problems } = this.analyze(file, text);
    return {
      report: { path: file.display, absolutePath: file.path, findings: analysis.diagnostics.map((d) => toCliFinding(d, (path) => displayPath(path, this.options.cwd))) },
      problems: problems.map((problem) => ({ index, ...problem })),
    };
  }

  /**
   * Analyses one text. Its problems: the configuration's (each configuration
   * file named once per checker) and the files the core needed but could not
   * read (an unreadable articlemark.json, registry or `uses` file).
   */
  analyze(file: InputFile, text: string): { analysis: DocumentAnalysis; problems: ToolProblem[] } {
    const problems: ToolProblem[] = [];
    const analysis = this.project.analyze(file.path, text);
    const config = analysis.config;
    const configProblems = config.path && !this.reportedConfigs.has(config.path) ? this.project.configProblems(config) : [];
    if (config.path && configProblems.length > 0) {
      this.reportedConfigs.add(config.path);
      const shown = displayPath(config.path, this.options.cwd);
      // Only a --config file is loaded without having been read: the host knows why it exists but cannot be read, else it is missing.
      const readProblem = this.host.readProblems.get(config.path);
      this.host.readProblems.delete(config.path);
      for (const problem of configProblems) {
        const message = problem.unread ? (readProblem ?? 'no such file or directory') : problem.message;
        problems.push({ path: shown, message: problem.fatal ? `${message}; checking with the default configuration` : message });
      }
    }
    for (const [path, message] of this.host.readProblems) problems.push({ path: displayPath(path, this.options.cwd), message });
    this.host.readProblems.clear();
    return { analysis, problems };
  }
}

/** Puts problems in a stable order and drops repeats (several workers may meet the same bad registry). */
export function orderProblems(problems: readonly IndexedProblem[]): ToolProblem[] {
  const first = new Map<string, IndexedProblem>();
  for (const problem of problems) {
    const key = `${problem.path ?? ''}\0${problem.message}`;
    const known = first.get(key);
    if (!known || problem.index < known.index) first.set(key, problem);
  }
  return [...first.values()]
    .sort((a, b) => a.index - b.index || (a.path ?? '').localeCompare(b.path ?? '') || a.message.localeCompare(b.message))
    .map(({ path, message }) => (path === undefined ? { message } : { path, message }));
}
