// The read pool: a few persistent worker threads (size.ts), each answering reads on its own
// read-only connection to the session's workspace (worker-main.ts). A read goes to an idle
// worker, or waits its turn in one FIFO line when all are busy; workers start on demand. A worker
// that dies fails only the read it was answering (workerFailed) and is replaced by the next read.
// Idle workers do not keep the process alive, busy ones do (a one-shot CLI waits for its answer).
import { Worker } from 'node:worker_threads';
import { AppError, AppErrorPayloadSchema } from '../../../shared/contract/errors';
import type { ReadAnswer, ReadCommand, ReadTarget } from './protocol';
import type { ReadOperation } from './read-operations';
import { readWorkerCount } from './size';
import { READ_WORKER_FILE, requireReadWorkerFile } from './worker-file';

export interface ReadPoolOptions {
  /** Worker threads at most (default: CHURN_COCKPIT_READ_WORKERS, else 2). */
  size?: number;
  /** The worker's entry (tests substitute their own). */
  workerFile?: string;
}

interface Request {
  readonly id: number;
  readonly operation: ReadOperation;
  readonly input: unknown;
  readonly target: ReadTarget;
  resolve(value: unknown): void;
  reject(error: AppError): void;
}

interface Slot {
  readonly worker: Worker;
  busy: Request | null;
  /** Why the thread failed, when it reported an uncaught error before exiting. */
  failure: string | null;
}

export class ReadPool {
  readonly size: number;
  readonly #file: string;
  readonly #slots: Slot[] = [];
  readonly #line: Request[] = [];
  #nextId = 1;
  #closed = false;

  constructor(options: ReadPoolOptions = {}) {
    this.size = Math.max(1, options.size ?? readWorkerCount());
    this.#file = options.workerFile ?? READ_WORKER_FILE;
  }

  /** Answers a read (input already validated) on the workspace `target` names. */
  run(operation: ReadOperation, input: unknown, target: ReadTarget): Promise<unknown> {
    if (this.#closed) return Promise.reject(new AppError('CANCELLED', `${operation}: the service is closing`));
    requireReadWorkerFile(this.#file);
    return new Promise((resolve, reject) => {
      this.#line.push({ id: this.#nextId++, operation, input, target, resolve, reject });
      this.#dispatch();
    });
  }

  /** Worker threads now running (busy or idle). */
  get threads(): number {
    return this.#slots.length;
  }

  /** Closes every worker's connection (the session closed or switched workspace); the next read reopens. */
  release(): void {
    for (const slot of this.#slots) this.#post(slot, { type: 'release' });
  }

  /** Ends the workers; reads still waiting fail as cancelled, running ones as workerFailed. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    for (const request of this.#line.splice(0)) request.reject(new AppError('CANCELLED', `${request.operation}: the service is closing`));
    for (const slot of [...this.#slots]) {
      if (slot.busy) void slot.worker.terminate();
      else this.#post(slot, { type: 'exit' });
    }
  }

  #dispatch(): void {
    while (this.#line.length > 0 && !this.#closed) {
      const slot = this.#slots.find((s) => !s.busy) ?? (this.#slots.length < this.size ? this.#spawn() : null);
      if (!slot) return;
      const request = this.#line.shift()!;
      slot.busy = request;
      slot.worker.ref();
      this.#post(slot, { type: 'run', id: request.id, operation: request.operation, input: request.input, target: request.target });
    }
  }

  #spawn(): Slot {
    const worker = new Worker(this.#file);
    const slot: Slot = { worker, busy: null, failure: null };
    worker.unref();
    worker.on('message', (m: ReadAnswer) => this.#answered(slot, m));
    worker.on('error', (error) => (slot.failure = error.message));
    worker.on('exit', (code) => this.#exited(slot, code));
    this.#slots.push(slot);
    return slot;
  }

  #answered(slot: Slot, m: ReadAnswer): void {
    const request = slot.busy;
    if (!request || request.id !== m.id) return;
    slot.busy = null;
    slot.worker.unref();
    if (m.type === 'result') request.resolve(m.result);
    else {
      const parsed = AppErrorPayloadSchema.safeParse(m.error);
      request.reject(parsed.success ? AppError.fromPayload(parsed.data) : new AppError('INTERNAL', `${request.operation} failed`, { reason: 'workerFailed' }));
    }
    this.#dispatch();
  }

  #exited(slot: Slot, code: number): void {
    const at = this.#slots.indexOf(slot);
    if (at >= 0) this.#slots.splice(at, 1);
    const request = slot.busy;
    slot.busy = null;
    if (request) {
      const why = slot.failure ?? `exit code ${code}`;
      request.reject(new AppError('INTERNAL', `${request.operation}: the read worker failed (${why}) without an answer`, { reason: 'workerFailed' }));
    }
    // A replacement starts for the reads still waiting.
    this.#dispatch();
  }

  #post(slot: Slot, command: ReadCommand): void {
    slot.worker.postMessage(command);
  }
}
