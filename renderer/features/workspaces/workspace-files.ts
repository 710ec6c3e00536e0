// The files a new workspace starts from, as the import reads them: in the desktop app a dropped
// file's own path (checked by import.stage), in a browser the path the host stored its upload
// under. Nothing here chooses where the workspace goes: that is the name (browser) or the
// analyst's Save dialog (desktop).
import type { OperationInput } from '../../../shared/contract/operations';
import { AppError } from '../../../shared/contract/errors';
import { localFilesSupported, pathOfFile, pickLocalFiles, stageLocalPath } from '../../api/local-files';
import { uploadFile } from '../../api/upload';

/** A file the analyst added: a File handed to the page, or a local path the desktop dialog chose. */
/** A file as the import's input takes it (reader options detected). */
type ImportFile = OperationInput<'import.run'>['files'][number];

export type ChosenFile = { key: string; name: string; size: number } & ({ kind: 'file'; file: File } | { kind: 'path'; path: string });

let seq = 0;
const nextKey = (): string => `file-${++seq}`;

export function chosenFromFiles(files: readonly File[]): ChosenFile[] {
  return files.map((file) => ({ key: nextKey(), name: file.name, size: file.size, kind: 'file', file }));
}

/** Desktop app: the native Open dialog for data files. */
export async function chooseLocalFiles(): Promise<ChosenFile[]> {
  const picked = await pickLocalFiles();
  return picked.files.map((f) => ({ key: nextKey(), name: f.name, size: f.size, kind: 'path', path: f.path }));
}

/** Each chosen file as the import takes it; `onUpload` names the file being uploaded (browser). */
export async function importFilesOf(chosen: readonly ChosenFile[], onUpload: (name: string) => void, signal?: AbortSignal): Promise<ImportFile[]> {
  const files: ImportFile[] = [];
  for (const item of chosen) {
    if (signal?.aborted) throw new AppError('CANCELLED', 'cancelled');
    if (item.kind === 'path') {
      files.push({ path: item.path });
      continue;
    }
    const local = localFilesSupported() ? pathOfFile(item.file) : null;
    if (local !== null) {
      files.push({ path: (await stageLocalPath(local)).path });
      continue;
    }
    onUpload(item.name);
    files.push({ path: (await uploadFile(item.file, { signal })).path });
  }
  return files;
}
