import type { Severity } from '../../core';
import { countFindings, plural, type CheckResult } from '../report';

const COLOURS: Record<Severity | 'dim' | 'bold', [string, string]> = {
  error: ['\x1b[31m', '\x1b[39m'],
  warning: ['\x1b[33m', '\x1b[39m'],
  information: ['\x1b[36m', '\x1b[39m'],
  hint: ['\x1b[90m', '\x1b[39m'],
  dim: ['\x1b[2m', '\x1b[22m'],
  bold: ['\x1b[1m', '\x1b[22m'],
};

/**
 * One finding per line, `path:line:col: severity code: message`, the form
 * editors and the `$articlemark` problem matcher read. Files are grouped,
 * a blank line between them; a summary line closes the output (it counts
 * what kept the tool from its whole job too; those are named on stderr).
 */
export function formatText(result: CheckResult, colour: boolean): string {
  const paint = (style: keyof typeof COLOURS, text: string): string => (colour ? `${COLOURS[style][0]}${text}${COLOURS[style][1]}` : text);
  const groups: string[] = [];
  for (const file of result.files) {
    if (file.findings.length === 0) continue;
    const lines = file.findings.map(
      (f) => `${paint('bold', `${file.path}:${f.line}:${f.column}`)}: ${paint(f.severity, f.severity)} ${paint('dim', f.code)}: ${f.message}`,
    );
    groups.push(lines.join('\n'));
  }
  const counts = countFindings(result.files);
  const total = counts.error + counts.warning + counts.information + counts.hint;
  const details = [plural(counts.error, 'error'), plural(counts.warning, 'warning')];
  if (counts.information > 0) details.push(`${counts.information} information`);
  if (counts.hint > 0) details.push(plural(counts.hint, 'hint'));
  // Exit 2 after "No problems … in 0 files checked" read as a clean run: say that something was left out.
  const left = result.problems.length === 0 ? '' : `; ${plural(result.problems.length, 'thing')} could not be checked or used (see standard error)`;
  const summary = `${total === 0 ? 'No problems' : plural(total, 'problem')} (${details.join(', ')}) in ${plural(result.files.length, 'file')} checked${left}`;
  const style: keyof typeof COLOURS = counts.error > 0 || left ? 'error' : counts.warning > 0 ? 'warning' : 'bold';
  return [...groups, paint(style, summary)].join('\n\n') + '\n';
}
