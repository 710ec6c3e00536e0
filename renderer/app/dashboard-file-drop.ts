// A dashboard file (*.churndash) dropped anywhere on the window opens read-only in the viewer,
// not in the import: in the browser its bytes are uploaded first (the host opens in the viewer
// only files it staged itself), in the desktop app the dropped file's own path is opened. Then the
// app reloads on #/viewer, so the shell starts in viewer mode (no editing, no Data or Segments).
// It listens in the capture phase on the window, ahead of the import's drop handling
// (features/data/file-intake.ts), and stops only drops that carry a dashboard file.
import { App } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../components/error-text';
import { invoke } from '../api/client';
import { pathOfFile } from '../api/local-files';
import { uploadFile, uploadSupported } from '../api/upload';
import { asAppError } from '../api/use-operation';

export const DASHBOARD_FILE_EXTENSION = '.churndash';
const VIEWER_HASH = '#/viewer';

export function isDashboardFile(name: string): boolean {
  return name.toLowerCase().endsWith(DASHBOARD_FILE_EXTENSION);
}

/** The first dashboard file among dropped files (one file is viewed at a time), or null. */
export function dashboardFileOf(files: readonly File[]): File | null {
  return files.find((f) => isDashboardFile(f.name)) ?? null;
}

/** Opens a dashboard file the user handed the page (dropped or picked) in the viewer and shows it. */
export async function openDashboardFile(file: File): Promise<void> {
  const path = uploadSupported() ? (await uploadFile(file)).path : pathOfFile(file);
  if (path === null) throw new Error(`${file.name}: not a file on this computer`);
  await invoke('viewer.open', { path });
  window.location.hash = VIEWER_HASH;
  window.location.reload();
}

/** Mounted once by the shell, next to useFileIntake. */
export function useDashboardFileDrop(): void {
  const { t } = useTranslation();
  const { message } = App.useApp();
  useEffect(() => {
    const onDrop = (event: DragEvent) => {
      const file = dashboardFileOf(Array.from(event.dataTransfer?.files ?? []));
      if (file === null) return;
      event.preventDefault();
      event.stopPropagation();
      const key = 'dashboard-file-drop';
      void message.loading({ content: file.name, key, duration: 0 });
      openDashboardFile(file).catch((error: unknown) => {
        void message.error({ content: describeError(asAppError(error), t).summary, key, className: 'dashboard-file-drop-error' });
      });
    };
    window.addEventListener('drop', onDrop, { capture: true });
    return () => window.removeEventListener('drop', onDrop, { capture: true });
  }, [t, message]);
}
