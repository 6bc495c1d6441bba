// Path arithmetic for the core, which may not import node:path. Paths are
// absolute and use `/`; a Windows host hands them over as `C:/dir/file`.

export function normalizePath(path: string): string {
  const slashed = path.replace(/\\/g, '/');
  const prefix = /^[A-Za-z]:\//.test(slashed) ? slashed.slice(0, 3) : slashed.startsWith('/') ? '/' : '';
  const parts: string[] = [];
  for (const part of slashed.slice(prefix.length).split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return prefix + parts.join('/');
}

export function dirname(path: string): string {
  const normalized = normalizePath(path);
  const slash = normalized.lastIndexOf('/');
  if (slash < 0) return '.';
  if (slash === 0) return '/';
  if (/^[A-Za-z]:\/$/.test(normalized.slice(0, slash + 1)) && slash === 2) return normalized.slice(0, 3);
  return normalized.slice(0, slash);
}

export function resolvePath(fromDir: string, relative: string): string {
  const rel = relative.replace(/\\/g, '/');
  if (rel.startsWith('/') || /^[A-Za-z]:\//.test(rel)) return normalizePath(rel);
  return normalizePath(`${fromDir}/${rel}`);
}

export function joinPath(dir: string, name: string): string {
  return normalizePath(`${dir}/${name}`);
}

/** Whether `path` is inside the folder `dir` (not `dir` itself); both normalized. A drive or file-system root holds everything. */
export function isInside(dir: string, path: string): boolean {
  return path.startsWith(dir.endsWith('/') ? dir : `${dir}/`) && path !== dir;
}

/** The directories from `dir` up to the root, `dir` first. */
export function ancestors(dir: string): string[] {
  const out: string[] = [];
  let current = normalizePath(dir);
  for (;;) {
    out.push(current);
    const parent = dirname(current);
    if (parent === current || parent === '.') return out;
    current = parent;
  }
}

/** `to` as written from `fromDir` (`../registry/people.article`); `to` itself on another drive. */
export function relativePath(fromDir: string, to: string): string {
  const from = normalizePath(fromDir).split('/').filter(Boolean);
  const target = normalizePath(to).split('/').filter(Boolean);
  if (from[0] !== target[0] && (/^[A-Za-z]:$/.test(from[0] ?? '') || /^[A-Za-z]:$/.test(target[0] ?? ''))) return normalizePath(to);
  let common = 0;
  while (common < from.length && common < target.length && from[common] === target[common]) common++;
  return [...from.slice(common).map(() => '..'), ...target.slice(common)].join('/') || '.';
}
