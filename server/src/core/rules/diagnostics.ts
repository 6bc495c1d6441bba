import type { Mutable } from '../mutable';
import { ignoredCodes } from '../syntax/comments';
import type { DocumentModel } from '../model/documentModel';
import type { LineIndex, Position, Range, Span } from '../text/lineIndex';
import { ruleInfo, type RuleCode, type Severity, type SeveritySetting } from './catalog';
import type { Rule, RuleContext } from './context';
import { documentFindings } from './documentRules';
import { entityFindings } from './entityRules';
import type { Finding, Fix, LaterFixes } from './finding';
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
  for (const check of CHECKS) check(context, findings);
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
  const lines = model.lines;
  // A few codes, thousands of findings: each code's severity is looked up once.
  const severities = new Map<RuleCode, SeveritySetting>();
  const diagnostics: ArticleDiagnostic[] = [];
  let later: LaterFixContext | undefined;
  for (let f = 0; f < findings.length; f++) {
    const finding = findings[f]!;
    let severity = severities.get(finding.code);
    if (severity === undefined) severities.set(finding.code, (severity = severityOf(finding.code)));
    if (severity === 'off') continue;
    const range = lines.rangeOf(finding.span);
    if (ignores.size > 0) {
      const ignored = ignores.get(range.start.line);
      if (ignored && (ignored.length === 0 || ignored.includes(finding.code))) continue;
    }
    let related: RelatedRange[] | undefined;
    if (finding.related) {
      for (const r of finding.related) {
        const relatedRange = r.path === model.path ? lines.rangeOf(r.span) : rangeIn(r.path, r.span);
        if (relatedRange) (related ??= []).push({ path: r.path, range: relatedRange, message: r.message });
      }
    }
    if (finding.laterFixes && finding.data && !related && finding.unnecessary !== true) {
      if (later?.make !== finding.laterFixes) later = { text: model.tree.text, lines, make: finding.laterFixes };
      diagnostics.push(new DiagnosticWithLaterFixes(finding.code, severity, finding.message, range, finding.data, later, finding.span));
      continue;
    }
    const madeFixes = finding.laterFixes && finding.data ? finding.laterFixes(model.tree.text, finding.span, finding.data) : finding.fixes;
    const fixes = madeFixes && madeFixes.length > 0 ? convertFixes(lines, madeFixes, finding.span, range) : undefined;
    diagnostics.push(diagnostic(finding, severity, range, fixes, related));
  }
  return diagnostics;
}

type RelatedRange = { path: string; range: Range; message: string };

function convertFixes(lines: LineIndex, fixes: readonly Fix[], span: Span, range: Range): DiagnosticFix[] {
  const converted = new Array<DiagnosticFix>(fixes.length);
  for (let i = 0; i < fixes.length; i++) converted[i] = convertFix(lines, fixes[i]!, span, range);
  return converted;
}

/**
 * A diagnostic whose fixes are made on first read of `fixes` (only code
 * actions read them), for findings with `laterFixes`. Its own fields are the
 * literal's (code, severity, message, range, data, in that order); what the
 * fixes need is in private fields, which neither `Object.keys` nor JSON see.
 * A long article's ~10,000 unattributed quotes kept seven objects of fixes
 * each (arrays, fix, edit, range), most of what collections copied of them.
 */
class DiagnosticWithLaterFixes implements ArticleDiagnostic {
  /** Shared by the diagnostics of one analysis and rule. */
  readonly #later: LaterFixContext;
  /** The finding's span, as offsets (its object is not kept). */
  readonly #start: number;
  readonly #end: number;
  #fixes: DiagnosticFix[] | undefined = undefined;

  constructor(
    readonly code: RuleCode,
    readonly severity: Severity,
    readonly message: string,
    readonly range: Range,
    readonly data: Record<string, unknown>,
    later: LaterFixContext,
    span: Span,
  ) {
    this.#later = later;
    this.#start = span.start;
    this.#end = span.end;
  }

  get fixes(): readonly DiagnosticFix[] {
    if (this.#fixes === undefined) {
      const { text, lines, make } = this.#later;
      const span = { start: this.#start, end: this.#end };
      this.#fixes = convertFixes(lines, make(text, span, this.data), span, this.range);
    }
    return this.#fixes;
  }
}

/** What the later fixes of one analysis's diagnostics need, once for all of them. */
interface LaterFixContext {
  readonly text: string;
  readonly lines: LineIndex;
  readonly make: LaterFixes;
}

/**
 * `span` and `range`: the finding's. Most fixes edit where the finding starts
 * or ends (`@-` after a closing mark): those edits reuse its positions, which
 * are equal and never written to, instead of searching the lines again and
 * keeping two more objects per diagnostic.
 */
function convertFix(lines: LineIndex, fix: Fix, span: Span, range: Range): DiagnosticFix {
  const edits: RangeEdit[] = new Array<RangeEdit>(fix.edits.length);
  for (let i = 0; i < edits.length; i++) {
    const edit = fix.edits[i]!;
    const start = positionIn(lines, edit.span.start, span, range);
    const end = edit.span.end === edit.span.start ? start : positionIn(lines, edit.span.end, span, range);
    edits[i] = { range: { start, end }, newText: edit.newText };
  }
  return fix.preferred ? { title: fix.title, edits, preferred: true } : { title: fix.title, edits };
}

function positionIn(lines: LineIndex, offset: number, span: Span, range: Range): Position {
  if (offset === span.end) return range.end;
  if (offset === span.start) return range.start;
  return lines.positionAt(offset);
}

/**
 * The diagnostic as one literal for the usual shapes (fields in the order
 * they always had: code, severity, message, range, data, fixes, unnecessary,
 * related), rather than fields added one by one to each of thousands.
 */
function diagnostic(finding: Finding, severity: Severity, range: Range, fixes: DiagnosticFix[] | undefined, related: RelatedRange[] | undefined): ArticleDiagnostic {
  const { code, message, data } = finding;
  const unnecessary = finding.unnecessary === true;
  if (!related && !unnecessary) {
    if (!data) return fixes ? { code, severity, message, range, fixes } : { code, severity, message, range };
    return fixes ? { code, severity, message, range, data, fixes } : { code, severity, message, range, data };
  }
  if (data && !fixes) {
    if (!related) return { code, severity, message, range, data, unnecessary: true };
    if (!unnecessary) return { code, severity, message, range, data, related };
  }
  const result: Mutable<ArticleDiagnostic> = { code, severity, message, range };
  if (data) result.data = data;
  if (fixes) result.fixes = fixes;
  if (unnecessary) result.unnecessary = true;
  if (related) result.related = related;
  return result;
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
