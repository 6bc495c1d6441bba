import { countFindings, type CheckResult } from '../report';
import { TOOL_VERSION } from '../version';

/** Bumped when a field changes meaning or disappears; new optional fields keep it. See docs/schemas/check-output.schema.json. */
export const CHECK_OUTPUT_SCHEMA_VERSION = 1;

/** The `--format json` document (written by ../jsonOutput.ts). */
export function checkOutput(result: CheckResult) {
  return {
    schemaVersion: CHECK_OUTPUT_SCHEMA_VERSION,
    tool: { name: 'articlemark', version: TOOL_VERSION },
    files: result.files.map((file) => ({ path: file.path, findings: file.findings })),
    problems: result.problems,
    summary: { files: result.files.length, ...countFindings(result.files) },
  };
}
