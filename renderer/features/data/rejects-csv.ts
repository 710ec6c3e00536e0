// The rejected-row report as CSV, built in the page. Every text cell a spreadsheet could read as
// a formula (= + - @ | % tab CR LF first) is neutralised with a leading apostrophe (PRODUCT.md §8):
// rejected values are, by definition, whatever odd text the source file held.
import type { RejectedRow } from '../../../shared/contract/domains/import';

const FORMULA_START = /^[=+\-@|%\t\r\n]/;

export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function csvText(text: string): string {
  const safe = neutraliseCell(text);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  return typeof value === 'number' ? String(value) : csvText(value);
}

export interface RejectsCsvHeaders {
  file: string;
  sheet: string;
  table: string;
  row: string;
  column: string;
  value: string;
  reason: string;
}

/** UTF-8 with BOM and CRLF: Excel on Chinese Windows opens it with the right encoding. */
export function rejectsCsv(rows: readonly RejectedRow[], headers: RejectsCsvHeaders): string {
  const order = ['file', 'sheet', 'table', 'row', 'column', 'value', 'reason'] as const;
  const lines = [order.map((k) => csvText(headers[k])).join(',')];
  for (const r of rows) lines.push(order.map((k) => csvCell(r[k])).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
