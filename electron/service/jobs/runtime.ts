// The service's job runtime: every long operation (jobKinds) runs on a worker thread of its own
// with its own connection. Writers take turns per workspace (writer-queue.ts) — a second write
// waits, reporting `queued` with its place in line, instead of failing as busy — while reads
// start at once. Jobs can be cancelled queued or running, and listed.
import { resolve } from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import type { JobProgress } from '../../../shared/contract/events';
import type { JobInfo } from '../../../shared/contract/job-info';
import { startJobThread, type JobThread } from './job-thread';
import { jobKinds, type JobInput, type JobKind, type JobOperation, type JobResult } from './kinds';
import type { ProgressUpdate } from './protocol';
import { JOB_WORKER_FILE, requireWorkerFile } from './worker-file';
import { WriterQueues } from './writer-queue';

export interface JobRequest<K extends JobOperation> {
  operation: K;
  input: JobInput<K>;
  /** The workspace the job opens; a writer waits for the writers before it on the same file. */
  workspacePath: string;
  /** The caller's id: progress events carry it and job.cancel takes it. Jobs without one still show in job.list. */
  jobId?: string;
}

interface Job {
  readonly id: string;
  readonly operation: JobOperation;
  readonly kind: JobKind;
  readonly path: string;
  readonly input: unknown;
  /** Progress events only for ids the caller chose: nobody listens for the others. */
  readonly announce: boolean;
  state: 'queued' | 'running';
  progress: ProgressUpdate;
  startedAt: Date;
  thread: JobThread | null;
  /** The caller has its answer; the thread may still be doing its after-work. */
  settled: boolean;
  cancelling: boolean;
  resolve(value: unknown): void;
  reject(error: AppError): void;
}

export class JobRuntime {
  readonly #jobs = new Map<string, Job>();
  readonly #writers = new WriterQueues();
  readonly #emit: (progress: JobProgress) => void;
  readonly #workerFile: string;
  #nextId = 1;

  constructor(emit: (progress: JobProgress) => void, options: { workerFile?: string } = {}) {
    this.#emit = emit;
    this.#workerFile = options.workerFile ?? JOB_WORKER_FILE;
  }

  async run<K extends JobOperation>(request: JobRequest<K>): Promise<JobResult<K>> {
    requireWorkerFile(this.#workerFile);
    const id = request.jobId ?? `job-${this.#nextId++}`;
    if (this.#jobs.has(id)) throw new AppError('INVALID_INPUT', `job ${id} is still queued or running`, { reason: 'duplicateJob', params: { jobId: id } });
    const kind: JobKind = jobKinds[request.operation];
    const path = resolve(request.workspacePath);
    if (kind.supersedes) {
      for (const other of [...this.#jobs.values()]) if (other.operation === request.operation && other.path === path) this.cancel(other.id);
    }
    return new Promise<JobResult<K>>((resolveJob, rejectJob) => {
      const job: Job = {
        id,
        operation: request.operation,
        kind,
        path,
        input: request.input,
        announce: request.jobId !== undefined,
        state: 'queued',
        progress: { phase: 'starting', done: 0, total: null },
        startedAt: new Date(),
        thread: null,
        settled: false,
        cancelling: false,
        resolve: (value) => resolveJob(value as JobResult<K>),
        reject: rejectJob,
      };
      this.#jobs.set(id, job);
      if (kind.access === 'read') this.#start(job);
      else
        this.#writers.enter(path, { id, start: () => this.#start(job), waiting: (position) => this.#update(job, { phase: 'queued', params: { position }, done: 0, total: null }) });
    });
  }

  /** Cancels a queued or running job; false when there is no such job or it has already answered. */
  cancel(jobId: string): boolean {
    const job = this.#jobs.get(jobId);
    if (!job || job.settled) return false;
    const cancelled = new AppError('CANCELLED', `${job.operation}: cancelled`);
    if (job.state === 'queued') {
      this.#writers.leave(job.path, job.id);
      this.#jobs.delete(job.id);
      this.#settle(job, () => job.reject(cancelled));
    } else if (job.kind.cancel === 'terminate') {
      // Answered now; the writer's turn passes on only once the thread (and its transaction) has ended.
      this.#settle(job, () => job.reject(cancelled));
      job.thread?.terminate();
    } else if (!job.cancelling) {
      job.cancelling = true;
      job.thread?.cancel();
    }
    return true;
  }

  /** Running jobs (including those folding their WAL after answering) and queued ones, oldest first. */
  list(): JobInfo[] {
    return [...this.#jobs.values()].map(({ id, operation, state, progress, startedAt }) => ({
      jobId: id,
      operation,
      state,
      phase: progress.phase,
      ...(progress.params ? { params: progress.params } : {}),
      done: progress.done,
      total: progress.total,
      startedAt: startedAt.toISOString(),
    }));
  }

  /** Cancels every job that has not answered (the service is closing). */
  close(): void {
    for (const id of [...this.#jobs.keys()]) this.cancel(id);
  }

  #start(job: Job): void {
    job.state = 'running';
    job.startedAt = new Date();
    this.#update(job, { phase: 'starting', done: 0, total: null });
    const finished = (): void => {
      this.#writers.leave(job.path, job.id);
      if (this.#jobs.get(job.id) === job) this.#jobs.delete(job.id);
    };
    try {
      job.thread = startJobThread(
        this.#workerFile,
        { operation: job.operation, path: job.path, input: job.input },
        {
          progress: (update) => this.#update(job, update),
          // The result is committed: the next writer may start while this thread folds its WAL.
          result: (value) => {
            this.#writers.leave(job.path, job.id);
            this.#settle(job, () => job.resolve(value));
          },
          failed: (error) => {
            this.#writers.leave(job.path, job.id);
            this.#settle(job, () => job.reject(error));
          },
          ended: finished,
        },
      );
    } catch (error) {
      // Not synchronously: this may run inside the queue's hand-over to the next writer.
      queueMicrotask(() => {
        finished();
        this.#settle(job, () =>
          job.reject(
            new AppError('INTERNAL', `${job.operation}: could not start its thread: ${error instanceof Error ? error.message : String(error)}`, { reason: 'workerFailed' }),
          ),
        );
      });
    }
  }

  #update(job: Job, update: ProgressUpdate): void {
    job.progress = update;
    if (job.announce) this.#emit({ jobId: job.id, ...update });
  }

  #settle(job: Job, answer: () => void): void {
    if (job.settled) return;
    job.settled = true;
    answer();
  }
}
