// Runs an import on a thread of its own (import-job-main.ts): the service thread only relays
// progress and cancel. The result arrives as soon as the import has committed; the job's thread
// then checkpoints and ends by itself. Where no job entry exists beside this module (a bundle
// built without it), the import runs on the calling thread as before.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError, AppErrorPayloadSchema } from '../../../shared/contract/errors';
import type { ImportResult } from '../../../shared/contract/domains/import';
import type { ImportProgress } from '../progress';
import { runImport, type RunImportInput } from '../run-import';
import type { ImportJobCommand, ImportJobData, ImportJobMessage } from './import-job-protocol';

const jobFile = fileURLToPath(new URL('./import-job-entry.js', import.meta.url));

export interface ImportJobOptions {
  signal?: AbortSignal;
  onProgress?: (p: ImportProgress) => void;
  newWorkspace?: boolean;
}

export function runImportJob(workspacePath: string, input: RunImportInput, options: ImportJobOptions = {}): Promise<ImportResult> {
  const newWorkspace = options.newWorkspace ?? false;
  if (!existsSync(jobFile)) return runImport(workspacePath, input, { signal: options.signal, onProgress: options.onProgress, newWorkspace });
  options.signal?.throwIfAborted();
  const worker = new Worker(jobFile, { workerData: { workspacePath, input, newWorkspace } satisfies ImportJobData });
  return new Promise<ImportResult>((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      fn();
    };
    // The job rolls back and answers CANCELLED itself; the transaction must end before we do.
    const onAbort = (): void => worker.postMessage({ type: 'cancel' } satisfies ImportJobCommand);
    options.signal?.addEventListener('abort', onAbort);
    worker.on('message', (m: ImportJobMessage) => {
      if (m.type === 'progress') options.onProgress?.(m.progress);
      else if (m.type === 'result') settle(() => resolve(m.result));
      else {
        const parsed = AppErrorPayloadSchema.safeParse(m.error);
        settle(() => reject(parsed.success ? AppError.fromPayload(parsed.data) : new AppError('INTERNAL', 'the import failed')));
      }
    });
    worker.on('error', (error) => settle(() => reject(new AppError('INTERNAL', `the import stopped: ${error.message}`))));
    worker.on('exit', (code) => settle(() => reject(new AppError('INTERNAL', `the import stopped unexpectedly (exit code ${code}); the workspace is unchanged`))));
  });
}
