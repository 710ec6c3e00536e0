// "Export CSV" of an import's rejected rows: pages through import.rejects (the first rows in the
// result are only a sample) and saves the file from the page, no host round trip for the file.
// Headers and reasons in the analyst's language, each reason's code beside it.
import type { RejectedRow } from '../../../shared/contract/domains/import';
import type { Locale } from '../../../shared/i18n/locales';
import { rejectsCsv, rejectsCsvHeaders } from '../../../shared/import/rejects-csv';
import { invoke } from '../../api/client';

const PAGE = 10_000;

export async function fetchAllRejects(importId: number): Promise<RejectedRow[]> {
  const rows: RejectedRow[] = [];
  for (;;) {
    const page = await invoke('import.rejects', { importId, offset: rows.length, limit: PAGE });
    rows.push(...page.rows);
    if (page.rows.length === 0 || rows.length >= page.total) return rows;
  }
}

export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later: some browsers read the blob after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export async function exportRejectsCsv(importId: number, fileName: string, locale: Locale): Promise<number> {
  const rows = await fetchAllRejects(importId);
  downloadText(fileName, rejectsCsv(rows, rejectsCsvHeaders(locale), locale), 'text/csv;charset=utf-8');
  return rows.length;
}
