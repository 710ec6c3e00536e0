// The browser host writes every exported file (call lists, dashboard files, workbooks, PDFs, the
// warning list by owner) into its export folder and answers a download id; the file is fetched from `GET /api/download?id=…&token=…`. The token travels in the query because
// a download started by a link cannot carry an Authorization header (as for the event stream).
import { takeSessionToken } from './session-token';

export const DOWNLOAD_ROUTE = '/api/download';

export function downloadUrl(downloadId: string, token: string | null = takeSessionToken()): string {
  const query = new URLSearchParams({ id: downloadId });
  if (token) query.set('token', token);
  return `${DOWNLOAD_ROUTE}?${query.toString()}`;
}

/** Starts the browser's download of an exported file (a link click, so the page stays). */
export function startDownload(downloadId: string, fileName: string): void {
  const a = document.createElement('a');
  a.href = downloadUrl(downloadId);
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
}
