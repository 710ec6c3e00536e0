// Where an exported dashboard or monthly report goes. The desktop app asks first (the native
// Save dialog through export.pickSavePath) and the job writes there; the browser host takes no
// path, writes into its export folder and answers a download id the page then downloads.
import { useCallback, useState } from 'react';
import type { ExportDocumentFormat, ExportedFile } from '../../../shared/contract/domains/exports';
import type { AppError } from '../../../shared/contract/errors';
import { exportFileName } from '../../../shared/export/file-name';
import { electronBridge } from '../../api/bridge';
import { invoke } from '../../api/client';
import { asAppError } from '../../api/use-operation';
import { startDownload } from '../../api/download';

/** Where to write: `{}` in the browser (download), `{ path }` on the desktop, null when the analyst cancelled the dialog. */
export type Destination = { readonly path?: string } | null;

export interface ExportDestination {
  readonly desktop: boolean;
  /** The Save dialog's error (not the job's). */
  readonly pickError: AppError | null;
  choose: (name: string, date: string, format: ExportDocumentFormat, fallback: string) => Promise<Destination>;
  /** Starts the browser's download of a finished export (nothing on the desktop: the file is already where it was asked). */
  deliver: (file: ExportedFile | null) => void;
  clear: () => void;
}

export function useExportDestination(): ExportDestination {
  const desktop = electronBridge() !== undefined;
  const [pickError, setPickError] = useState<AppError | null>(null);
  const choose = useCallback(
    async (name: string, date: string, format: ExportDocumentFormat, fallback: string): Promise<Destination> => {
      setPickError(null);
      if (!desktop) return {};
      try {
        const { path } = await invoke('export.pickSavePath', { suggestedName: exportFileName(name, date, format, fallback), format });
        return path === null ? null : { path };
      } catch (error) {
        setPickError(asAppError(error));
        return null;
      }
    },
    [desktop],
  );
  const deliver = useCallback((file: ExportedFile | null) => {
    if (file?.downloadId) startDownload(file.downloadId, file.fileName);
  }, []);
  const clear = useCallback(() => setPickError(null), []);
  return { desktop, pickError, choose, deliver, clear };
}

/** Today as 'YYYY-MM-DD' in the analyst's time zone (the date in a suggested file name). */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
