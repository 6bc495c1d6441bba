// Runs the built CLI as a subprocess, as users and CI do.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tempDir as removedAtExit } from '../support/tempDir';

export const ROOT = resolve(__dirname, '../..');
export const CLI = join(ROOT, 'dist/cli.js');
export const EXAMPLES = join(ROOT, 'examples');

export function ensureBuilt(): void {
  if (existsSync(CLI)) return;
  const built = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('npm run build failed');
}

export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `timeout` (ms) kills a run that hangs; its code is then null. */
export function run(args: readonly string[], options: { cwd: string; input?: string | Buffer; uid?: number; env?: NodeJS.ProcessEnv; timeout?: number }): RunResult {
  const spawnOptions: SpawnSyncOptions = {
    cwd: options.cwd,
    ...(options.timeout !== undefined ? { timeout: options.timeout } : {}),
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...options.env },
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {}),
  };
  const result = spawnSync(process.execPath, [CLI, ...args], spawnOptions);
  return { code: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** A fresh temporary folder, world-readable so a test can run the CLI as another user; removed at exit if not before. */
export function tempDir(): string {
  const dir = removedAtExit('cli');
  chmodSync(dir, 0o755);
  return dir;
}

/** A copy of examples/ in a temp folder, so tests can add broken files next to real ones. */
export function copyExamples(): string {
  const dir = tempDir();
  cpSync(EXAMPLES, join(dir, 'examples'), { recursive: true });
  return join(dir, 'examples');
}

export const removeDir = (dir: string): void => rmSync(dir, { recursive: true, force: true });
export const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8')) as unknown;
