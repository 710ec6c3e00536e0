// Dropped files in the desktop app: each File's path is checked by the service, so the page gets
// the same answer as from the Open dialog — files ready to preview by path, and the refused ones
// with why. Dependencies come in as arguments so the flow is tested without Electron.
import type { LocalFile, PickFilesOutput } from '../../../shared/contract/domains/import';
import { asAppError } from '../../api/use-operation';

export interface LocalIntakeDeps {
  pathOf(file: File): string | null;
  stage(path: string): Promise<LocalFile>;
  /** Message for a dropped item that is not a file on this computer. */
  notOnDisk(name: string): string;
}

export async function stageDroppedFiles(files: readonly File[], deps: LocalIntakeDeps): Promise<PickFilesOutput> {
  const out: PickFilesOutput = { files: [], refused: [] };
  // In order, one at a time: the tabs follow the order the files were dropped in.
  for (const file of files) {
    const path = deps.pathOf(file);
    if (path === null) {
      out.refused.push({ name: file.name, code: 'INVALID_INPUT', message: deps.notOnDisk(file.name) });
      continue;
    }
    try {
      out.files.push(await deps.stage(path));
    } catch (error) {
      const e = asAppError(error);
      out.refused.push({ name: file.name, code: e.code, message: e.message });
    }
  }
  return out;
}
