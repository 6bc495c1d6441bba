import type { Mutable } from '../mutable';
import { ignoredCodes } from '../syntax/comments';
import type { DocumentModel } from '../model/documentModel';
import type { Range, Span } from '../text/lineIndex';
import { ruleInfo, type RuleCode, type Severity, type SeveritySetting } from './catalog';
import type { Rule, RuleContext } from './context';
import { documentFindings } from './documentRules';
import { entityFindings } from './entityRules';
import type { Finding } from './finding';
import { figureFindings } from './figureRules';
import { quoteFindings } from './quoteRules';
import { syntaxFindings } from './syntaxRules';

export interface RangeEdit {
  readonly range: Range;
  readonly newText: string;
}

export interface DiagnosticFix {
  readonly title: string;
  readonly edits: readonly RangeEdit[];
  readonly preferred?: boolean;
}

/** A finding as editors and the CLI show it: with its severity and LSP ranges. */
export interface ArticleDiagnostic {
  readonly code: RuleCode;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
  readonly data?: Record<string, unknown>;
  readonly fixes?: readonly DiagnosticFix[];
  readonly unnecessary?: boolean;
  readonly related?: readonly { readonly path: string; readonly range: Range; readonly message: string }[];
}

// Named apart from the catalog's RULES: these are the checks, one per family of codes.
const CHECKS: readonly Rule[] = [syntaxFindings, documentFindings, entityFindings, quoteFindings, figureFindings];

export function collectFindings(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const check of CHECKS) for (const finding of check(context)) findings.push(finding);
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.code.localeCompare(b.code));
}

type SeverityOf = (code: RuleCode) => SeveritySetting;

/** Applies severities (dropping `off`) and `articlemark-ignore` comments, and converts offsets to ranges. */
export function toDiagnostics(
  model: DocumentModel,
  findings: readonly Finding[],
  severityOf: SeverityOf,
  rangeIn: (path: string, span: Span) => Range | undefined,
): ArticleDiagnostic[] {
  const ignores = ignoresByLine(model);
  const diagnostics: ArticleDiagnostic[] = [];
  for (const finding of findings) {
    const severity = severityOf(finding.code);
    if (severity === 'off') continue;
    const range = model.lines.rangeOf(finding.span);
    const ignored = ignores.get(range.start.line);
    if (ignored && (ignored.length === 0 || ignored.includes(finding.code))) continue;
    const related = finding.related
      ?.map((r) => {
        const relatedRange = r.path === model.path ? model.lines.rangeOf(r.span) : rangeIn(r.path, r.span);
        return relatedRange ? { path: r.path, range: relatedRange, message: r.message } : undefined;
      })
      .filter((r): r is { path: string; range: Range; message: string } => r !== undefined);
    // Optional fields assigned in order rather than spread: one object per diagnostic instead of several.
    const diagnostic: Mutable<ArticleDiagnostic> = { code: finding.code, severity, message: finding.message, range };
    if (finding.data) diagnostic.data = finding.data;
    if (finding.fixes && finding.fixes.length > 0) {
      diagnostic.fixes = finding.fixes.map((fix) => {
        const converted: Mutable<DiagnosticFix> = { title: fix.title, edits: fix.edits.map((edit) => ({ range: model.lines.rangeOf(edit.span), newText: edit.newText })) };
        if (fix.preferred) converted.preferred = true;
        return converted;
      });
    }
    if (finding.unnecessary) diagnostic.unnecessary = true;
    if (related && related.length > 0) diagnostic.related = related;
    diagnostics.push(diagnostic);
  }
  return diagnostics;
}

/** `<!-- articlemark-ignore CODE -->` silences findings of CODE that start on the next line. */
function ignoresByLine(model: DocumentModel): Map<number, string[]> {
  const ignores = new Map<number, string[]>();
  for (const comment of model.tree.comments) {
    const codes = ignoredCodes(comment);
    if (!codes) continue;
    const line = model.lines.positionAt(comment.span.end).line + 1;
    ignores.set(line, [...(ignores.get(line) ?? []), ...codes]);
  }
  return ignores;
}

export function defaultSeverity(code: RuleCode): SeveritySetting {
  return ruleInfo(code)?.defaultSeverity ?? 'warning';
}
