// Test helper: an imported article's prose paragraphs with the markup import adds taken away
// (front matter, definitions, `[words](@id)` mentions and bracket-form quotes, `@id` after a quote, escapes, quote marks'
// included).
export function importedProse(article: string): string[] {
  const body = article.replace(/^---\n[\s\S]*?\n---\n/u, '');
  const paragraphs = body.split(/\n\n+/u).filter((p) => p.trim() !== '' && !/^@(?:person|org|source|other) /u.test(p));
  return paragraphs.map((p) =>
    p
      .replace(/(?<!\\)\[((?:\\.|[^\]\\])*)\]\(@[^)]*\)/gu, '$1')
      .replace(/(["”»“])@[\p{L}\d]+(?:-[\p{L}\d]+)*(?:\+[\p{L}\d]+(?:-[\p{L}\d]+)*)*/gu, '$1')
      .replace(/\\([!-/:-@[-`{-~«»‘’“”„‹›])/gu, '$1')
      .trim(),
  );
}
