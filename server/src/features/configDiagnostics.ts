import { DiagnosticSeverity, type Diagnostic } from '../protocol';
import { LineIndex, type ConfigProblem } from '../core';

/**
 * The problems of an `articlemark.json` as diagnostics of that file, so a
 * writer who mistypes a rule code or a registry pattern in the editor sees why
 * the settings do not apply (the CLI names the same problems on stderr).
 * Each points at the name it is about, or at the place JSON parsing stopped;
 * otherwise at the start of the file.
 */
export function configDiagnostics(text: string, problems: readonly ConfigProblem[]): Diagnostic[] {
  const lines = new LineIndex(text);
  return problems.map((problem) => {
    const span = spanOf(text, problem);
    return {
      range: span ? lines.rangeOf(span) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: problem.fatal ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
      source: 'articlemark',
      message: problem.fatal ? `${problem.message}: the default configuration applies` : problem.message,
    };
  });
}

function spanOf(text: string, problem: ConfigProblem): { start: number; end: number } | undefined {
  if (problem.key !== undefined) {
    // The key as JSON writes it, followed by its colon: a value equal to the name is not it.
    const quoted = JSON.stringify(problem.key);
    for (let at = text.indexOf(quoted); at >= 0; at = text.indexOf(quoted, at + 1)) {
      if (/^\s*:/.test(text.slice(at + quoted.length, at + quoted.length + 64))) return { start: at, end: at + quoted.length };
    }
    return undefined;
  }
  // V8's JSON.parse says where it stopped; parseConfig dropped a byte order mark first.
  const position = /at position (\d+)/.exec(problem.message);
  if (!position) return undefined;
  const offset = Math.min(Number(position[1]) + (text.startsWith('\uFEFF') ? 1 : 0), text.length);
  return { start: offset, end: Math.min(offset + 1, text.length) };
}
