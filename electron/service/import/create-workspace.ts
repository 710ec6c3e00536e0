// A new workspace from files: the import fills a workspace nobody else can open yet (built
// under a temporary name, renamed into place when the import has committed), so it writes with
// a rollback journal. A failed or cancelled import leaves nothing at the path.
import type { ImportResult } from '../../../shared/contract/domains/import';
import { runImport, type RunImportInput, type RunImportOptions } from '../../import/run-import';
import { buildNewWorkspace } from '../../store/new-workspace';

export function importIntoNewWorkspace(path: string, input: RunImportInput, options: RunImportOptions): Promise<ImportResult> {
  return buildNewWorkspace(path, 'new workspace', (temp) => runImport(temp, input, { ...options, newWorkspace: true }));
}
