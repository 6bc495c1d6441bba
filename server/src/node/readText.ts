import { fstatSync, readFileSync } from 'node:fs';

/** The text of a file the CLI was asked about, or why it cannot be checked. */
export type ReadResult = { readonly text: string } | { readonly problem: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Why a read (or, for `import -o`, a write) failed, in words a writer understands. */
export function describeFileError(error: unknown, action: 'read' | 'write' = 'read'): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return action === 'read' ? 'no such file or directory' : 'no such folder';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `permission denied: cannot ${action} this file`;
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a part of its path is a file, not a folder';
    case 'ELOOP':
      return 'its symbolic links lead round in a loop';
    case 'ENAMETOOLONG':
      return 'its name is too long';
    default:
      return `cannot be ${action === 'read' ? 'read' : 'written'} (${code ?? (error as Error).message})`;
  }
}

/** Checks bytes before they become text: binary files and bad encodings are reported, not analysed as garbage. */
function decodeArticle(bytes: Uint8Array): ReadResult {
  // Windows editors save "Unicode" as UTF-16 with a byte order mark; its NUL bytes would otherwise call it binary.
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { problem: 'UTF-16 text, not checked (save it as UTF-8)' };
  }
  // A NUL byte never appears in text a writer typed; git uses the same test.
  if (bytes.subarray(0, 8000).includes(0)) return { problem: 'binary file, not checked' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { problem: 'not valid UTF-8 text, not checked (save it as UTF-8)' };
  }
  // Editors do not count a byte order mark as a column.
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/** A file's text, or why it cannot be checked. */
export function readArticle(path: string): ReadResult {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    // Node lists a name that is not UTF-8 with U+FFFD for the bad bytes, and that path leads nowhere: not a missing file.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && path.includes('\uFFFD')) return { problem: 'its name is not valid UTF-8, so it cannot be opened: rename it' };
    return { problem: describeFileError(error) };
  }
  return decodeArticle(bytes);
}

/** Standard input read to its end, with the same checks as a file. */
export async function readArticleStream(stream: NodeJS.ReadableStream): Promise<ReadResult> {
  // Node ends standard input at once, without an error, when it is a folder (`check - < stories/`): say so instead of checking nothing.
  const fd = (stream as { fd?: unknown }).fd;
  if (typeof fd === 'number' && isFolder(fd)) return { problem: describeFileError({ code: 'EISDIR' }) };
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return decodeArticle(Buffer.concat(chunks));
}

function isFolder(fd: number): boolean {
  try {
    return fstatSync(fd).isDirectory();
  } catch {
    return false;
  }
}
