// Messages between the service thread and a job's worker thread (job-thread.ts, worker-main.ts).
import type { AppErrorPayload } from '../../../shared/contract/errors';
import type { JobProgress } from '../../../shared/contract/events';
import type { JobOperation } from './kinds';

export interface JobWorkerData {
  operation: JobOperation;
  /** The workspace the job opens (for a new workspace: the path it builds). */
  path: string;
  input: unknown;
}

/** A progress report as the job makes it; the runtime adds the jobId. */
export type ProgressUpdate = Omit<JobProgress, 'jobId'>;

export type JobWorkerMessage = { type: 'progress'; update: ProgressUpdate } | { type: 'result'; result: unknown } | { type: 'error'; error: AppErrorPayload };

export type JobWorkerCommand = { type: 'cancel' };
