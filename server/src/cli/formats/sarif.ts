import { createHash } from 'node:crypto';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { normalizePath, RULES, type Severity, type SeveritySetting } from '../../core';
import type { CheckResult } from '../report';
import { TOOL_VERSION } from '../version';

const LEVEL: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

function defaultLevel(setting: SeveritySetting): Sarif.ReportingConfiguration.level {
  return setting === 'off' ? 'none' : LEVEL[setting];
}

const RULE_INDEX = new Map<string, number>(RULES.map((rule, index) => [rule.code, index]));

/** Relative to the working directory (%SRCROOT%) so code-scanning services map them onto the repository; outside it, a file URI. */
function artifactLocation(path: string): Sarif.ArtifactLocation {
  if (path.startsWith('/') || /^[A-Za-z]:\//.test(path)) return { uri: pathToFileURL(path).href };
  return { uri: path.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

/** SARIF 2.1.0, one run, metadata for every rule code whether or not it fired. */
export function toSarif(result: CheckResult, cwd: string, executionSuccessful: boolean): Sarif.Log {
  const rules: Sarif.ReportingDescriptor[] = RULES.map((rule) => ({
    id: rule.code,
    name: rule.code.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase()),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.help },
    help: { text: rule.help },
    defaultConfiguration: { level: defaultLevel(rule.defaultSeverity), enabled: rule.defaultSeverity !== 'off' },
  }));
  const results: Sarif.Result[] = [];
  for (const file of result.files) {
    const seen = new Map<string, number>();
    // Relative to the working folder even outside it (`../registry/x.article`): an absolute
    // path would differ between machines and checkouts, and the finding would look new.
    const fingerprintPath = normalizePath(relative(cwd, file.absolutePath));
    for (const f of file.findings) {
      // Stable across edits elsewhere in the file: code, file and message (which names the ID or
      // number at fault), plus an occurrence count for identical findings; no line numbers.
      const key = `${f.code}\u0000${fingerprintPath}\u0000${f.message}`;
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      const fingerprint = `${createHash('sha256').update(key).digest('hex').slice(0, 32)}:${occurrence}`;
      results.push({
        ruleId: f.code,
        ruleIndex: RULE_INDEX.get(f.code)!,
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: artifactLocation(file.path),
              region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
            },
          },
        ],
        partialFingerprints: { 'articlemarkFinding/v1': fingerprint },
        ...(f.related
          ? {
              relatedLocations: f.related.map((r, id) => ({
                id,
                message: { text: r.message },
                physicalLocation: {
                  artifactLocation: artifactLocation(r.path),
                  region: { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn },
                },
              })),
            }
          : {}),
        ...(f.data ? { properties: { data: f.data } } : {}),
      });
    }
  }
  const srcRoot = pathToFileURL(cwd.endsWith('/') ? cwd : `${cwd}/`).href;
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: { driver: { name: 'articlemark', version: TOOL_VERSION, semanticVersion: TOOL_VERSION, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: srcRoot.endsWith('/') ? srcRoot : `${srcRoot}/` } },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful,
            toolExecutionNotifications: result.problems.map((problem) => ({
              level: 'error',
              message: { text: problem.path ? `${problem.path}: ${problem.message}` : problem.message },
              ...(problem.path ? { locations: [{ physicalLocation: { artifactLocation: artifactLocation(problem.path) } }] } : {}),
            })),
          },
        ],
        results,
      },
    ],
  };
}
