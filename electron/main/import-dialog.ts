// The desktop app's "Import files…" (File menu, Ctrl/Cmd+O, the Data page's button): the native
// Open dialog, then every chosen path checked by the service (import.stage) before the page
// previews and imports it by path. Kept apart from the Electron calls so it is unit-tested
// without the Electron binary.
import type { OpenDialogOptions } from 'electron';
import type { InvokeResult } from '../../shared/contract/errors';
import { LocalFileSchema, type PickFilesOutput } from '../../shared/contract/domains/import';
import { acceptedExtensions } from '../../shared/import/file-kinds';

export function importDialogOptions(zh: boolean): OpenDialogOptions {
  return {
    title: zh ? '导入数据文件' : 'Import data files',
    buttonLabel: zh ? '导入' : 'Import',
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: zh ? '数据文件（CSV、Excel、SQLite、SQL 转储）' : 'Data files (CSV, Excel, SQLite, SQL dumps)', extensions: acceptedExtensions.map((e) => e.slice(1)) },
      { name: zh ? '所有文件' : 'All files', extensions: ['*'] },
    ],
  };
}

const baseName = (path: string): string => path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);

/** Checks each chosen path in turn; refused files are reported by name, the rest are ready to preview. */
export async function stagePicked(paths: readonly string[], stage: (path: string) => Promise<InvokeResult<unknown>>): Promise<PickFilesOutput> {
  const out: PickFilesOutput = { files: [], refused: [] };
  for (const path of paths) {
    const r = await stage(path);
    if (!r.ok) {
      out.refused.push({ name: baseName(path), code: r.error.code, message: r.error.message });
      continue;
    }
    const file = LocalFileSchema.safeParse(r.result);
    if (file.success) out.files.push(file.data);
    else out.refused.push({ name: baseName(path), code: 'INTERNAL', message: `${baseName(path)}: unexpected answer from the service` });
  }
  return out;
}
