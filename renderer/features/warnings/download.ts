// The browser host writes the list by owner into its export folder and answers a download id;
// the file comes from `GET /api/download?id=…&token=…` (a link click cannot carry a header).
import { takeSessionToken } from '../../api/session-token';

export function downloadExport(downloadId: string, fileName: string): void {
  const query = new URLSearchParams({ id: downloadId });
  const token = takeSessionToken();
  if (token) query.set('token', token);
  const a = document.createElement('a');
  a.href = `/api/download?${query.toString()}`;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
}
