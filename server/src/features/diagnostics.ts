import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from '../protocol';
import type { ArticleDiagnostic, Severity } from '../core';
import { pathToUri } from '../workspace/uris';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** An ArticleDiagnostic as the protocol carries it; `data` keeps the core's machine-readable facts for code actions. */
export function toLspDiagnostic(diagnostic: ArticleDiagnostic, uriOf: (path: string) => string = pathToUri): Diagnostic {
  return {
    range: diagnostic.range,
    severity: SEVERITY[diagnostic.severity],
    code: diagnostic.code,
    source: 'articlemark',
    message: diagnostic.message,
    ...(diagnostic.data ? { data: diagnostic.data } : {}),
    ...(diagnostic.unnecessary ? { tags: [DiagnosticTag.Unnecessary] } : {}),
    ...(diagnostic.related
      ? { relatedInformation: diagnostic.related.map((r) => ({ location: { uri: uriOf(r.path), range: r.range }, message: r.message })) }
      : {}),
  };
}

export function toLspDiagnostics(diagnostics: readonly ArticleDiagnostic[], uriOf?: (path: string) => string): Diagnostic[] {
  return diagnostics.map((diagnostic) => toLspDiagnostic(diagnostic, uriOf));
}
