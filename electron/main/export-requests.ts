// The main process's answers to the export requests only it can carry out: the native Save
// dialog (export.pickSavePath) and Chromium's print of the window to PDF (export.printToPdf).
// The options are built by export-dialog.ts and print-to-pdf.ts, unit-tested without Electron.
import { app, dialog, type BrowserWindow } from 'electron';
import { AppError, type InvokeResult } from '../../shared/contract/errors';
import { operations } from '../../shared/contract/operations';
import { exportDialogOptions, withExportExtension } from './export-dialog';
import { printToPdfOptions, writePrintedPdf } from './print-to-pdf';

/** The Save dialog for an export; the page then runs the export job with the chosen path. */
export async function pickExportPath(mainWindow: BrowserWindow | null, input: unknown): Promise<InvokeResult<unknown>> {
  const parsed = operations['export.pickSavePath'].input.safeParse(input);
  if (!parsed.success) return { ok: false, error: { code: 'INVALID_INPUT', message: 'export.pickSavePath: expected {suggestedName, format}' } };
  const { suggestedName, format } = parsed.data;
  const options = exportDialogOptions(app.getLocale().toLowerCase().startsWith('zh'), suggestedName, format, app.getPath('documents'));
  const { canceled, filePath } = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
  return { ok: true, result: { path: canceled || !filePath ? null : withExportExtension(filePath, format) } };
}

/** export.printToPdf: Chromium prints the window's page (landscape, header, page numbers) to the chosen path. */
export async function printWindowToPdf(mainWindow: BrowserWindow | null, input: unknown): Promise<InvokeResult<unknown>> {
  const parsed = operations['export.printToPdf'].input.safeParse(input);
  if (!parsed.success) return { ok: false, error: { code: 'INVALID_INPUT', message: 'export.printToPdf: expected {path, title, dataDate, pageSize}' } };
  if (!mainWindow || mainWindow.isDestroyed()) return { ok: false, error: { code: 'NOT_FOUND', message: 'export.printToPdf: no window to print' } };
  const { path: file, ...request } = parsed.data;
  try {
    const data = await mainWindow.webContents.printToPDF(printToPdfOptions(request, app.getLocale().toLowerCase().startsWith('zh')));
    return { ok: true, result: await writePrintedPdf(withExportExtension(file, 'pdf'), data) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toPayload() };
    return { ok: false, error: { code: 'INTERNAL', message: `export.printToPdf: ${error instanceof Error ? error.message : String(error)}` } };
  }
}
