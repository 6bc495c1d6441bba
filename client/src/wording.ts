// Counts and labels in the words a writer reads. Pure (no vscode import), so the wording is tested outside the editor.

/** `1 article`, `3 articles`, `0 errors`. */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The notification that ends *Check Workspace*. */
export function checkSummary(check: { files: number; errors: number; warnings: number }): string {
  return `ArticleMark: ${count(check.files, 'article')} checked, ${count(check.errors, 'error')}, ${count(check.warnings, 'warning')}.`;
}

/** The marks a quote is shown between in the view: the copy's own kind (« » stays « », ‘ ’ stays ‘ ’); a block quote as “ ”. */
const SHOWN_MARKS: Record<string, readonly [string, string]> = {
  '«': ['« ', ' »'],
  '‹': ['‹ ', ' ›'],
  '„': ['„', '“'],
  "'": ['‘', '’'],
  '‘': ['‘', '’'],
};

/** A quote's words between the marks of its kind, as the quotes view lists it. */
export function quoteLabel(mark: string, words: string): string {
  const [open, close] = SHOWN_MARKS[mark] ?? ['“', '”'];
  return `${open}${words}${close}`;
}

/** The notification that ends *Import Plain Copy*. */
export function importSummary(lang: 'fr' | 'en', dropped: number): string {
  const language = lang === 'fr' ? 'French' : 'English';
  const debris = dropped === 0 ? '' : ` ${count(dropped, 'line')} of web debris dropped (listed in the Output panel, ArticleMark Language Server).`;
  return `ArticleMark: imported as an article in ${language}. Check each attribution and definition before you save.${debris}`;
}
