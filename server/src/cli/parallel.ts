import { availableParallelism } from 'node:os';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { FileChecker, type CheckOptions, type IndexedProblem, type IndexedReport } from './checkFiles';
import type { InputFile } from './inputs';

/**
 * Each worker loads the bundle, warms up its own JIT and reads configuration
 * and registries again: measured here (docs/cli.md, "Large trees") about 0.4 s
 * of CPU per run plus ~40% more CPU per file with 2 workers, so on 2 cores it
 * does not pay; automatic mode waits for many files and at least 4 cores.
 */
const PARALLEL_MIN_FILES = 500;
const PARALLEL_MIN_CORES = 4;
/** Files handed to a worker at a time: small enough to balance, large enough to keep messages rare. */
const BATCH = 32;

interface WorkerInit {
  readonly articlemarkCheckWorker: true;
  readonly options: CheckOptions;
  readonly files: readonly InputFile[];
}

interface BatchRequest {
  readonly start: number;
  readonly end: number;
}

/** What a batch, or the whole run, gives: the reports in input order and the problems met. */
export interface CheckedFiles {
  readonly results: readonly IndexedReport[];
  readonly problems: readonly IndexedProblem[];
}

/** How many workers to use for `fileCount` files; 0 means check in this thread. `jobs` is `--jobs`. */
export function workerCount(fileCount: number, jobs: number | undefined): number {
  if (jobs !== undefined) return jobs <= 1 ? 0 : Math.min(jobs, fileCount);
  if (fileCount < PARALLEL_MIN_FILES) return 0;
  const cores = availableParallelism();
  return cores < PARALLEL_MIN_CORES ? 0 : Math.min(cores, Math.ceil(fileCount / BATCH));
}

/** Checks `files[start]` up to `files[end]` (excluded): the serial run is one batch, a worker runs one per request. */
function checkBatch(checker: FileChecker, files: readonly InputFile[], start: number, end: number, stdinText?: string): CheckedFiles {
  const results: IndexedReport[] = [];
  const problems: IndexedProblem[] = [];
  for (let index = start; index < end; index++) {
    const outcome = checker.check(files[index]!, index, stdinText);
    results.push(outcome.report ? { index, report: outcome.report } : { index });
    problems.push(...outcome.problems);
  }
  return { results, problems };
}

export function checkSerially(files: readonly InputFile[], options: CheckOptions, stdinText?: string): CheckedFiles {
  return checkBatch(new FileChecker(options), files, 0, files.length, stdinText);
}

/**
 * Checks files in worker threads that pull batches as they finish, then puts
 * results back in input order so output never depends on scheduling.
 * The worker runs this same bundle (see main.ts).
 */
export function checkInWorkers(files: readonly InputFile[], options: CheckOptions, workers: number): Promise<CheckedFiles> {
  return new Promise((resolve, reject) => {
    const results: IndexedReport[] = [];
    const problems: IndexedProblem[] = [];
    let next = 0;
    let running = workers;
    const init: WorkerInit = { articlemarkCheckWorker: true, options, files };
    const pool: Worker[] = [];
    for (let i = 0; i < workers; i++) {
      const worker = new Worker(__filename, { workerData: init });
      pool.push(worker);
      const feed = (): void => {
        if (next >= files.length) {
          void worker.terminate();
          return;
        }
        const request: BatchRequest = { start: next, end: Math.min(files.length, next + BATCH) };
        next = request.end;
        worker.postMessage(request);
      };
      worker.on('message', (message: CheckedFiles) => {
        results.push(...message.results);
        problems.push(...message.problems);
        feed();
      });
      worker.on('error', (error) => {
        for (const other of pool) void other.terminate();
        reject(error);
      });
      worker.on('exit', () => {
        running--;
        if (running === 0) {
          results.sort((a, b) => a.index - b.index);
          resolve({ results, problems });
        }
      });
      feed();
    }
  });
}

export function isCheckWorker(data: unknown): data is WorkerInit {
  return typeof data === 'object' && data !== null && (data as Partial<WorkerInit>).articlemarkCheckWorker === true;
}

/** The worker side: check each batch the main thread sends, reply with the results. */
export function runCheckWorker(): void {
  const init = workerData as WorkerInit;
  const checker = new FileChecker(init.options);
  parentPort!.on('message', (request: BatchRequest) => {
    parentPort!.postMessage(checkBatch(checker, init.files, request.start, request.end));
  });
}
