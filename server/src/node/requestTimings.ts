import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/**
 * How long the server's handlers take, per request method, written as JSON
 * (`{ "hover": [0.1, …], … }`, milliseconds) to the file that
 * ARTICLEMARK_REQUEST_TIMINGS names when the server exits. Off unless that
 * variable is set. It tells a slow answer the server caused from one the
 * machine's scheduling or the transport caused: the bench reports both.
 */
export class RequestTimings {
  private readonly samples = new Map<string, number[]>();

  private constructor(private readonly file: string) {
    process.once('exit', () => this.write());
  }

  static fromEnvironment(): RequestTimings | undefined {
    const file = process.env['ARTICLEMARK_REQUEST_TIMINGS'];
    return file ? new RequestTimings(file) : undefined;
  }

  /** Runs `work`, recording how long it took (until its promise settles) under `name`. */
  async time<R>(name: string, work: () => R | Promise<R>): Promise<R> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      let list = this.samples.get(name);
      if (!list) this.samples.set(name, (list = []));
      list.push(performance.now() - started);
    }
  }

  private write(): void {
    try {
      writeFileSync(this.file, JSON.stringify(Object.fromEntries(this.samples)));
    } catch {
      // A timing file that cannot be written must not disturb the exit.
    }
  }
}
