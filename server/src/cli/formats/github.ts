import type { Severity } from '../../core';
import type { CheckResult } from '../report';

// GitHub workflow commands: https://docs.github.com/actions/reference/workflow-commands-for-github-actions
const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

const escapeData = (text: string): string => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One annotation per finding, shown on the pull request's changed lines. */
export function formatGithub(result: CheckResult): string {
  const lines: string[] = [];
  for (const file of result.files) {
    for (const f of file.findings) {
      const properties = [
        `file=${escapeProperty(file.path)}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${f.endLine}`,
        `endColumn=${f.endColumn}`,
        `title=${escapeProperty(`articlemark ${f.code}`)}`,
      ];
      lines.push(`::${COMMAND[f.severity]} ${properties.join(',')}::${escapeData(f.message)}`);
    }
  }
  for (const problem of result.problems) {
    const where = problem.path ? ` file=${escapeProperty(problem.path)},title=articlemark` : ' title=articlemark';
    lines.push(`::error${where}::${escapeData(problem.message)}`);
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}
