// Starts a job's worker thread and turns its messages into calls: progress, then exactly one
// answer (result or error), then the end of the thread — which comes later when the job has
// after-work (the WAL checkpoint). A thread that dies or is terminated without answering
// answers with an error.
import { Worker } from 'node:worker_threads';
import { AppError, AppErrorPayloadSchema } from '../../../shared/contract/errors';
import type { JobWorkerCommand, JobWorkerData, JobWorkerMessage, ProgressUpdate } from './protocol';

export interface JobThreadEvents {
  progress(update: ProgressUpdate): void;
  result(value: unknown): void;
  failed(error: AppError): void;
  ended(): void;
}

export interface JobThread {
  /** Asks the job to stop (kinds that cancel by signal). */
  cancel(): void;
  terminate(): void;
}

export function startJobThread(file: string, data: JobWorkerData, on: JobThreadEvents): JobThread {
  const worker = new Worker(file, { workerData: data });
  let answered = false;
  const answer = (fn: () => void): void => {
    if (answered) return;
    answered = true;
    fn();
  };
  worker.on('message', (m: JobWorkerMessage) => {
    if (m.type === 'progress') on.progress(m.update);
    else if (m.type === 'result') answer(() => on.result(m.result));
    else {
      const parsed = AppErrorPayloadSchema.safeParse(m.error);
      answer(() => on.failed(parsed.success ? AppError.fromPayload(parsed.data) : new AppError('INTERNAL', `${data.operation} failed`, { reason: 'workerFailed' })));
    }
  });
  worker.on('error', (error) => answer(() => on.failed(new AppError('INTERNAL', `${data.operation}: the job's thread failed: ${error.message}`, { reason: 'workerFailed' }))));
  worker.on('exit', (code) => {
    answer(() => on.failed(new AppError('INTERNAL', `${data.operation}: the job's thread stopped (exit code ${code}) without an answer`, { reason: 'workerFailed' })));
    on.ended();
  });
  return {
    cancel: () => worker.postMessage({ type: 'cancel' } satisfies JobWorkerCommand),
    terminate: () => void worker.terminate(),
  };
}
