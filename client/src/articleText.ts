// What the client can tell of a document's text without the server. Pure (no vscode import), tested outside the editor.

/**
 * Whether an editor holds an article rather than copy to import: an ArticleMark document that opens with front matter.
 * Copy pasted into a new article's editor has none yet, and is imported as it is.
 */
export function isArticleText(languageId: string, text: string): boolean {
  return languageId === 'articlemark' && /^\uFEFF?---[ \t]*\r?\n/u.test(text);
}
