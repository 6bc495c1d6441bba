import { isRuleCode } from './catalog';
import type { RuleContext } from './context';
import type { Finding, Fix } from './finding';

/** Problems the parser found (bad YAML, bad definitions, bad attributes, unclosed comments…) become findings as they are. */
export function* syntaxFindings({ model }: RuleContext): Iterable<Finding> {
  for (const problem of model.tree.problems) {
    if (!isRuleCode(problem.code)) continue;
    const rawFixes = problem.data?.['fixes'];
    const fixes = Array.isArray(rawFixes)
      ? (rawFixes as { span: { start: number; end: number }; newText: string; title: string }[]).map(
          (fix): Fix => ({ title: fix.title, edits: [{ span: fix.span, newText: fix.newText }], preferred: true }),
        )
      : undefined;
    const data = problem.data && !('fixes' in problem.data) ? problem.data : undefined;
    yield { code: problem.code, span: problem.span, message: problem.message, ...(data ? { data } : {}), ...(fixes ? { fixes } : {}) };
  }
}
