// Progress of an import for the progress bar: rows, bytes, rate and time left, at most a few
// times a second so a fast import is not slowed down by its own reporting.
import type { JobPhase } from '../../shared/contract/job-phases';

export interface ImportProgress {
  phase: Extract<JobPhase, 'reading' | 'finishing' | 'indexing' | 'committing'>;
  done: number;
  total: number | null;
  bytes: number;
  totalBytes: number;
  /** Rows per second. */
  rate: number;
  etaSeconds: number | null;
}

const INTERVAL_MS = 250;

export class ProgressMeter {
  private readonly started = performance.now();
  private last = 0;

  constructor(
    private readonly totalBytes: number,
    private readonly sink: ((p: ImportProgress) => void) | undefined,
  ) {}

  update(rows: number, bytes: number): void {
    if (!this.sink) return;
    const now = performance.now();
    if (now - this.last < INTERVAL_MS) return;
    this.last = now;
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? rows / seconds : 0;
    const byteRate = seconds > 0 ? bytes / seconds : 0;
    const left = Math.max(0, this.totalBytes - bytes);
    this.sink({
      phase: 'reading',
      done: rows,
      total: bytes > 0 ? Math.round((rows * this.totalBytes) / bytes) : null,
      bytes,
      totalBytes: this.totalBytes,
      rate: Math.round(rate),
      etaSeconds: byteRate > 0 ? Math.round(left / byteRate) : null,
    });
  }

  phase(phase: ImportProgress['phase'], rows: number): void {
    this.sink?.({ phase, done: rows, total: rows, bytes: this.totalBytes, totalBytes: this.totalBytes, rate: 0, etaSeconds: 0 });
  }
}
