// A new workspace from files: the import fills a workspace nobody else can open yet (built
// under a temporary name, renamed into place when the import has committed), so it writes with
// a rollback journal. A failed or cancelled import leaves nothing at the path.
import type { ImportResult } from '../../../shared/contract/domains/import';
import type { RunImportInput } from '../../import/run-import';
import { runImportJob, type ImportJobOptions } from '../../import/worker/import-job';
import { buildNewWorkspace } from '../../store/new-workspace';

export function importIntoNewWorkspace(path: string, input: RunImportInput, options: Omit<ImportJobOptions, 'newWorkspace'>): Promise<ImportResult> {
  return buildNewWorkspace(path, 'new workspace', (temp) => runImportJob(temp, input, { ...options, newWorkspace: true }));
}
