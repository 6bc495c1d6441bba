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

export function toCliFinding(diagnostic: ArticleDiagnostic): CliFinding {
  const { start, end } = diagnostic.range;
  return {
    code: diagnostic.code,
    severity: diagnostic.severity,
    message: diagnostic.message,
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    ...(diagnostic.data ? { data: diagnostic.data } : {}),
  };
}

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
