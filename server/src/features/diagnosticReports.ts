import type { Diagnostic, DocumentDiagnosticReport } from '../protocol';
import type { DocumentAnalysis } from '../core';
import { toLspDiagnostics } from './diagnostics';

interface SentReport {
  readonly resultId: string;
  readonly items: readonly Diagnostic[];
}

/**
 * The diagnostics the server reports per document. Each analysis is converted
 * to LSP once, however often it is pulled or pushed. A pull that names the
 * result the client already holds is answered `unchanged` when the findings
 * are the same, even for a new version: typing after the last finding of a
 * line moves none, and then nothing needs to be serialised or re-rendered.
 *
 * Analyses are only weakly held here: keeping the previous one alive while
 * the next is built would double the live heap the garbage collector walks.
 */
export class DiagnosticReports {
  private readonly converted = new WeakMap<DocumentAnalysis, Diagnostic[]>();
  /** Analysis → the URI and result ID it was last reported under. */
  private readonly reported = new WeakMap<DocumentAnalysis, { readonly uri: string; readonly resultId: string }>();
  private readonly sent = new Map<string, SentReport>();
  // Result IDs of an earlier server process must never match ours: a restarted server gets new ones.
  private readonly prefix = `${process.pid.toString(36)}.${Date.now().toString(36)}.`;
  private counter = 0;

  /** `uriOf` names the file of a related location (an untitled document's has no file URI). */
  constructor(private readonly uriOf?: (path: string) => string) {}

  lspDiagnostics(analysis: DocumentAnalysis): Diagnostic[] {
    let items = this.converted.get(analysis);
    if (!items) this.converted.set(analysis, (items = toLspDiagnostics(analysis.diagnostics, this.uriOf)));
    return items;
  }

  /** The report for a pull of `uri`, whose current analysis is `analysis`. */
  report(uri: string, analysis: DocumentAnalysis, previousResultId: string | undefined): DocumentDiagnosticReport {
    const items = this.lspDiagnostics(analysis);
    const known = this.reported.get(analysis);
    let resultId = known?.uri === uri ? known.resultId : undefined;
    if (resultId === undefined) {
      const sent = this.sent.get(uri);
      resultId = sent && sameJson(sent.items, items) ? sent.resultId : this.prefix + String(++this.counter);
      this.sent.set(uri, { resultId, items });
      this.reported.set(analysis, { uri, resultId });
    }
    if (previousResultId === resultId) return { kind: 'unchanged', resultId };
    return { kind: 'full', resultId, items };
  }

  forget(uri: string): void {
    this.sent.delete(uri);
  }

  /** How many documents' last reports are kept. */
  get size(): number {
    return this.sent.size;
  }
}

/** Deep equality of JSON-like values (what a diagnostic is made of). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  // for…in and counts rather than Object.keys: a pull compares hundreds of diagnostics per keystroke, and the key arrays were most of the cost.
  let count = 0;
  for (const key in left) {
    count++;
    if (!Object.prototype.hasOwnProperty.call(right, key) || !sameJson(left[key], right[key])) return false;
  }
  // Every key of `left` is in `right`: the same keys exactly when `right` has no more.
  for (const key in right) if (Object.prototype.hasOwnProperty.call(right, key)) count--;
  return count === 0;
}
