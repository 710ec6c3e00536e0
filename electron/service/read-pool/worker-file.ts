// Where a read worker starts: the tsx shim beside this module in the source tree, or the compiled
// worker a bundled build puts beside its bundle under the same name (build/build-electron.js).
// A missing file is a broken installation: reads never fall back to the service thread silently.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../../shared/contract/errors';

export const READ_WORKER_FILE = fileURLToPath(new URL('./read-worker-entry.js', import.meta.url));

export function requireReadWorkerFile(file: string): void {
  if (!existsSync(file)) {
    throw new AppError('INTERNAL', `${file}: the read worker file is missing; reinstall the app`, { reason: 'workerMissing', params: { file } });
  }
}
