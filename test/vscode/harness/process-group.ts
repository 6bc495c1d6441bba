// Child processes started in their own process group, so stopping them also stops
// every helper they spawned (code-server's extension hosts, npm's compilers).
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

export interface GroupProcess {
  readonly child: ChildProcess;
  /** Resolves with the exit code (or 128 + signal number style code) when the leader exits. */
  readonly exited: Promise<number>;
  /** TERM to the group, KILL to the group after the grace period; always resolves. */
  stop(graceMs?: number): Promise<void>;
  /** Last-resort synchronous KILL to the group, for process 'exit' handlers. */
  killNow(): void;
}

const signalNumbers: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };

export function spawnGroup(command: string, args: readonly string[], options: SpawnOptions): GroupProcess {
  const child = spawn(command, args, { ...options, detached: true });
  let leaderExited = false;
  const exited = new Promise<number>((resolve) => {
    child.once('error', () => {
      leaderExited = true;
      resolve(127);
    });
    child.once('exit', (code, signal) => {
      leaderExited = true;
      resolve(code ?? 128 + (signal ? (signalNumbers[signal] ?? 0) : 0));
    });
  });

  const signalGroup = (signal: NodeJS.Signals): void => {
    if (child.pid === undefined) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // ESRCH: the group is already gone.
    }
  };

  return {
    child,
    exited,
    async stop(graceMs = 5000) {
      signalGroup('SIGTERM');
      if (!leaderExited) {
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, graceMs).unref())]);
      }
      // Helpers may outlive the leader (extension hosts keep a reconnection grace time).
      signalGroup('SIGKILL');
    },
    killNow() {
      signalGroup('SIGKILL');
    },
  };
}

/** Runs a command to completion in its own group; stops the group when the signal aborts. */
export async function runGroup(
  command: string,
  args: readonly string[],
  options: SpawnOptions,
  abort: AbortSignal,
): Promise<number> {
  abort.throwIfAborted();
  const group = spawnGroup(command, args, options);
  const onAbort = (): void => void group.stop(2000);
  abort.addEventListener('abort', onAbort, { once: true });
  try {
    const code = await group.exited;
    abort.throwIfAborted();
    return code;
  } finally {
    abort.removeEventListener('abort', onAbort);
  }
}
