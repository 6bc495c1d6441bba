import type { ArticleDiagnostic, RuleCode, Severity } from '../core';

/** One finding as the CLI reports it: 1-based lines and columns, columns in UTF-16 code units. */
export interface CliFinding {
  readonly code: RuleCode;
  readonly severity: Severity;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly data?: Record<string, unknown>;
  /** Other places that explain this one (the first definition of a duplicate, say). */
  readonly related?: readonly RelatedLocation[];
}

export interface RelatedLocation {
  /** As shown in output, like FileReport.path. */
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly message: string;
}

export interface FileReport {
  /** As shown in output (relative to the working directory when inside it). */
  readonly path: string;
  readonly absolutePath: string;
  readonly findings: readonly CliFinding[];
}

/** Something that kept the tool from doing its whole job (exit code 2). */
export interface ToolProblem {
  /** The file or input it is about, as shown in output. */
  readonly path?: string;
  readonly message: string;
}

export interface CheckResult {
  readonly files: readonly FileReport[];
  readonly problems: readonly ToolProblem[];
}

/** An LSP range (0-based) as the CLI counts: 1-based lines and columns. */
function oneBased({ start, end }: ArticleDiagnostic['range']): { line: number; column: number; endLine: number; endColumn: number } {
  return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

/** `display` turns an absolute path into the form shown in output. */
export function toCliFinding(diagnostic: ArticleDiagnostic, display: (path: string) => string): CliFinding {
  const related = diagnostic.related?.map((r) => ({ path: display(r.path), ...oneBased(r.range), message: r.message }));
  return {
    code: diagnostic.code,
    severity: diagnostic.severity,
    message: diagnostic.message,
    ...oneBased(diagnostic.range),
    ...(diagnostic.data ? { data: diagnostic.data } : {}),
    ...(related && related.length > 0 ? { related } : {}),
  };
}

/** `1 warning`, `3 warnings`. */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export interface Counts {
  error: number;
  warning: number;
  information: number;
  hint: number;
}

export function countFindings(files: readonly FileReport[]): Counts {
  const counts: Counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const file of files) for (const finding of file.findings) counts[finding.severity]++;
  return counts;
}
