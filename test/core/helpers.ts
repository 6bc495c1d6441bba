// Shared by the core tests: an in-memory FileHost and short-hands to analyse inline documents.
import { ArticleProject, parse, type ArticleDiagnostic, type DocumentAnalysis, type FileHost, type ProjectOptions, type SyntaxTree } from '../../server/src/core';

/** Glob patterns with `*` (within a segment), `**` (any depth) and `?`, as the Node host's tinyglobby reads them for our needs. */
function globToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      re += '(?:.*/)?';
      i += pattern[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

export class MemoryHost implements FileHost {
  readonly reads: string[] = [];
  constructor(readonly files: Map<string, string> = new Map()) {}
  readFile(path: string): string | undefined {
    this.reads.push(path);
    return this.files.get(path);
  }
  glob(patterns: readonly string[], cwd: string): string[] {
    const res = patterns.map(globToRegExp);
    const prefix = cwd.endsWith('/') ? cwd : `${cwd}/`;
    return [...this.files.keys()].filter((p) => p.startsWith(prefix) && res.some((re) => re.test(p.slice(prefix.length)))).sort();
  }
}

export function memoryHost(files: Record<string, string> = {}): MemoryHost {
  return new MemoryHost(new Map(Object.entries(files)));
}

export function analyze(text: string, files: Record<string, string> = {}, path = '/p/a.article', options: ProjectOptions = {}): DocumentAnalysis {
  return new ArticleProject(memoryHost(files), options).analyze(path, text);
}

export function codes(analysis: DocumentAnalysis): string[] {
  return analysis.diagnostics.map((d) => d.code);
}

export function only(analysis: DocumentAnalysis, code: string): ArticleDiagnostic[] {
  return analysis.diagnostics.filter((d) => d.code === code);
}

/** The source text of every quote (marks included), in document order. */
export function quoteTexts(tree: SyntaxTree): string[] {
  return tree.quotes.map((q) => tree.text.slice(q.span.start, q.span.end));
}

export function quotesOf(text: string): string[] {
  return quoteTexts(parse(text));
}
