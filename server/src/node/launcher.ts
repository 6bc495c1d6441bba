// dist/server.js and dist/cli.js: each starts its bundle (dist/server-main.js,
// dist/cli-main.js) through a V8 code cache. Compiling a bundle of ~1 MB, and
// then each function the first analysis runs, is a good part of the time from
// start to the first diagnostics, and most of a one-file `articlemark check`;
// with the cache, V8 reuses the bytecode of an earlier start. Node 22 does
// this itself (module.enableCompileCache); Node 20 does not.
//
// The cache lives in a private per-user folder under the temporary folder,
// one file per bundle name and content (hash written in at build time), Node
// version and architecture. Any problem with it only means starting without
// it. ARTICLEMARK_CODE_CACHE=off turns it off; ARTICLEMARK_CODE_CACHE_DIR moves it.
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module = require('node:module');
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** Set by scripts/build.mjs: the bundle this launcher starts ('server-main', 'cli-main') and a hash of it. */
declare const BUNDLE_NAME: string;
declare const BUNDLE_HASH: string | undefined;

const main = join(__dirname, `${BUNDLE_NAME}.js`);
/** Cache files are named `server-…` and `cli-…`. */
const cacheName = BUNDLE_NAME.replace(/-main$/, '');
const cacheFile = codeCacheFile();
const source = readFileSync(main, 'utf8');
const cached = cacheFile === undefined ? undefined : readOrUndefined(cacheFile);
const script = new Script(Module.wrap(source), { filename: main, ...(cached ? { cachedData: cached } : {}) });
if (cacheFile !== undefined && (!cached || script.cachedDataRejected === true)) writeCacheLater(cacheFile);
const run = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: object, filename: string, dirname: string) => void;
// This launcher's own module: the bundle is the program (`require.main === module` holds in it, as when Node runs
// it directly), while `__filename` names the bundle, which the CLI also starts as its worker script.
run(module.exports, Module.createRequire(main), module, main, __dirname);

function codeCacheFile(): string | undefined {
  if (process.env['ARTICLEMARK_CODE_CACHE'] === 'off' || typeof BUNDLE_HASH !== 'string') return undefined;
  const user = process.getuid?.();
  const dir = process.env['ARTICLEMARK_CODE_CACHE_DIR'] ?? join(tmpdir(), `articlemark-code-cache${user === undefined ? '' : `-${user}`}`);
  try {
    makeFolder(dir);
    // Code from this folder runs as this user: it must be ours and writable by no one else.
    const stats = lstatSync(dir);
    if (!stats.isDirectory() || (user !== undefined && (stats.uid !== user || (stats.mode & 0o022) !== 0))) return undefined;
  } catch {
    return undefined;
  }
  return join(dir, `${cacheName}-${BUNDLE_HASH}-${process.version}-${process.arch}.bin`);
}

/**
 * `mkdir -p` that gives up: Node's recursive mkdir retries for ever where a
 * folder answers ENOENT to a mkdir in it (under /proc), and start-up hung.
 * Each missing parent is made once, then the folder is tried once more.
 */
function makeFolder(dir: string): void {
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    if (code !== 'ENOENT' || dirname(dir) === dir) throw error;
    makeFolder(dirname(dir));
    try {
      mkdirSync(dir, { mode: 0o700 });
    } catch (again) {
      // Another launcher starting at the same time made it first.
      if ((again as NodeJS.ErrnoException).code !== 'EEXIST') throw again;
    }
  }
}

function readOrUndefined(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** Each build of a bundle has its own cache file: keep the few most recently written of this bundle. */
function pruneOldCaches(current: string): void {
  const dir = join(current, '..');
  const prefix = `${cacheName}-`;
  const others = readdirSync(dir)
    .filter((name) => name.startsWith(prefix) && name.endsWith('.bin') && join(dir, name) !== current)
    .map((name) => ({ path: join(dir, name), time: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const old of others.slice(3)) rmSync(old.path, { force: true });
}

/**
 * Writes the cache once the server has done its first work (the functions it
 * compiled by then are in it): when idle a while after start, or at exit.
 */
function writeCacheLater(path: string): void {
  let written = false;
  const write = (): void => {
    if (written) return;
    written = true;
    try {
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
      renameSync(temporary, path);
      pruneOldCaches(path);
    } catch {
      // A read-only or full disk: the next start compiles again.
    }
  };
  setTimeout(write, 10_000).unref();
  process.once('exit', write);
}
