import { fileURLToPath, pathToFileURL } from 'node:url';
import { normalizePath } from '../core';

/** The core works on absolute `/` paths; the protocol speaks `file:` URIs. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return normalizePath(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

// pathToFileURL costs microseconds and a diagnostic's related information asks it per finding, per analysis.
const urisByPath = new Map<string, string>();

export function pathToUri(path: string): string {
  let uri = urisByPath.get(path);
  if (uri === undefined) {
    if (urisByPath.size >= 10_000) urisByPath.clear();
    urisByPath.set(path, (uri = pathToFileURL(path).href));
  }
  return uri;
}
