// Where a job's thread starts: the tsx shim beside this module in the source tree, or the
// compiled worker a bundled build puts beside its bundle under the same name. A missing file
// is a broken installation, reported as such — jobs never fall back to running on the
// service thread, where they would freeze the app.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../../shared/contract/errors';

export const JOB_WORKER_FILE = fileURLToPath(new URL('./job-worker-entry.js', import.meta.url));

export function requireWorkerFile(file: string): void {
  if (!existsSync(file)) {
    throw new AppError('INTERNAL', `${file}: the job worker file is missing; reinstall the app`, { reason: 'workerMissing', params: { file } });
  }
}
