// The desktop app's own PDF (export.printToPdf): Chromium prints the window's page exactly as
// it shows, landscape A4 or A3, with a running header (the dashboard's title and data date) and
// page numbers. The options and the file writing are kept apart from the Electron calls in
// main.ts so they are unit-tested without the Electron binary.
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join } from 'node:path';
import type { PrintToPDFOptions } from 'electron';
import { AppError } from '../../shared/contract/errors';

export interface PrintToPdfRequest {
  readonly title: string;
  readonly dataDate: string | null;
  readonly pageSize: 'A4' | 'A3';
}

/** Text for an HTML template: a dashboard's title is the analyst's own words and may hold markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);
}

// Chromium draws the header and footer outside the page's own styles, at a tiny default size: each template sets its type.
const BAND_STYLE =
  "width:100%;margin:0 10mm;font-size:8px;color:#737373;font-family:'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif;display:flex;justify-content:space-between";

const TITLE_STYLE = 'overflow:hidden;white-space:nowrap;text-overflow:ellipsis;max-width:75%';

export function printToPdfOptions(request: PrintToPdfRequest, zh: boolean): PrintToPDFOptions {
  const dataDate = request.dataDate === null ? '' : `${zh ? '数据截至' : 'Data as of'} ${escapeHtml(request.dataDate)}`;
  const pages = '<span class="pageNumber"></span> / <span class="totalPages"></span>';
  return {
    landscape: true,
    pageSize: request.pageSize,
    printBackground: true,
    displayHeaderFooter: true,
    // A long title is cut with … rather than pushing the data date off the page.
    headerTemplate: `<div style="${BAND_STYLE}"><span style="${TITLE_STYLE}">${escapeHtml(request.title)}</span><span>${dataDate}</span></div>`,
    footerTemplate: `<div style="${BAND_STYLE};justify-content:center"><span>${zh ? `第 ${pages} 页` : `Page ${pages}`}</span></div>`,
    // Inches: room above and below for the header and footer, narrow sides like the pdfkit export.
    margins: { top: 0.55, bottom: 0.5, left: 0.4, right: 0.4 },
    preferCSSPageSize: false,
  };
}

/**
 * Writes the printed bytes under a temporary name beside the target, then renames it: an
 * existing file is only replaced by a complete one. A file-system failure answers
 * exportWriteFailed with the file.
 */
export async function writePrintedPdf(path: string, data: Uint8Array): Promise<{ path: string; bytes: number }> {
  if (!isAbsolute(path)) throw new AppError('INVALID_INPUT', `export.printToPdf: ${path} is not an absolute path`);
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.part`);
  try {
    await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, path);
    return { path, bytes: data.byteLength };
  } catch (error) {
    await rm(temp, { force: true });
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'unknown';
    throw new AppError('INTERNAL', `${path}: the PDF could not be written (${code})`, { reason: 'exportWriteFailed', params: { file: path } });
  }
}
