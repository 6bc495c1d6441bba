// Test helper: removes ArticleMark markup from a marked-up article, leaving its prose —
// front matter, definition blocks, comments, `[` `](…)` wrappers and `@id` / `@-` suffixes.
export function stripMarkup(text: string): string {
  let out = text.replace(/\r\n?/g, '\n');
  out = out.replace(/^---\n[\s\S]*?\n---\n/, '');
  out = out.replace(/<!--[\s\S]*?-->\n?/g, '');
  // A definition line and its indented property lines.
  out = out.replace(/^@(?:person|org|place|source|work|event|other)[ \t][^\n]*\n(?:[ \t]+[^\n]*\n)*/gm, '');
  // [text](…) → text, innermost first so nested brackets unwrap.
  let previous: string;
  do {
    previous = out;
    out = out.replace(/\[([^[\]]*)\]\((?:[^()"]|"(?:[^"\\]|\\.)*")*\)/g, '$1');
  } while (out !== previous);
  // @id, @a+b and @- directly after a closing quote mark or as a bare mention.
  out = out.replace(/@(?:-|[\p{Ll}\p{Lo}\d]+(?:-[\p{Ll}\p{Lo}\d]+)*(?:\+[\p{Ll}\p{Lo}\d]+(?:-[\p{Ll}\p{Lo}\d]+)*)*)/gu, (match, offset: number, all: string) =>
    offset > 0 && /[\p{L}\p{N}]/u.test(all[offset - 1]!) ? match : '',
  );
  // Heading marks are markup too (the wire copy's subheads are plain lines).
  out = out.replace(/^#{1,6}[ \t]+/gm, '');
  return out.replace(/^\n+/, '');
}
