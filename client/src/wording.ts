// Counts in the words a writer reads. Pure (no vscode import), so the wording is tested outside the editor.

/** `1 article`, `3 articles`, `0 errors`. */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The notification that ends *Check Workspace*. */
export function checkSummary(check: { files: number; errors: number; warnings: number }): string {
  return `ArticleMark: ${count(check.files, 'article')} checked, ${count(check.errors, 'error')}, ${count(check.warnings, 'warning')}.`;
}
