import { isRuleCode } from './catalog';
import type { RuleContext } from './context';
import type { Finding } from './finding';

/** Problems the parser found (bad YAML, bad definitions, bad attributes, unclosed comments…) become findings as they are. */
export function syntaxFindings({ model }: RuleContext, out: Finding[]): void {
  for (const problem of model.tree.problems) {
    if (!isRuleCode(problem.code)) continue;
    out.push({
      code: problem.code,
      span: problem.span,
      message: problem.message,
      ...(problem.data ? { data: problem.data } : {}),
      ...(problem.fixes ? { fixes: problem.fixes.map((fix) => ({ title: fix.title, edits: [{ span: fix.span, newText: fix.newText }], preferred: true })) } : {}),
    });
  }
}
