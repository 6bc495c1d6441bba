// Measures and prints how long each harness phase takes, so slow runs show where
// the time went (the budget for a cached run is under a minute).

export interface PhaseRecord {
  readonly name: string;
  readonly seconds: number;
  readonly note: string;
}

export class PhaseTimer {
  private readonly records: PhaseRecord[] = [];
  private readonly startedAt = performance.now();

  constructor(private readonly print: (line: string) => void) {}

  /** Runs one phase, prints its duration (also when it throws) and returns its result. */
  async run<T>(name: string, phase: () => Promise<T>, note: (result: T) => string = () => ''): Promise<T> {
    const start = performance.now();
    this.print(`phase ${name}: started`);
    try {
      const result = await phase();
      this.finish(name, start, note(result));
      return result;
    } catch (error) {
      this.finish(name, start, 'failed');
      throw error;
    }
  }

  summary(): string {
    const total = (performance.now() - this.startedAt) / 1000;
    const parts = this.records.map((r) => `${r.name} ${r.seconds.toFixed(1)} s${r.note ? ` (${r.note})` : ''}`);
    return `timings: ${parts.join(', ')}; total ${total.toFixed(1)} s`;
  }

  private finish(name: string, start: number, note: string): void {
    const seconds = (performance.now() - start) / 1000;
    this.records.push({ name, seconds, note });
    this.print(`phase ${name}: ${seconds.toFixed(1)} s${note ? ` (${note})` : ''}`);
  }
}
