// The rejected-row report as CSV, built wherever it is exported (the page, the CLI). Every text
// cell a spreadsheet could read as a formula (= + - @ | % tab CR LF first) is neutralised with a
// leading apostrophe (PRODUCT.md §8): rejected values are, by definition, whatever odd text the
// source file held.
import type { RejectedRow } from '../contract/domains/import';
import type { Locale } from '../i18n/locales';
import { reasonIn } from './reject-reasons';

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

export const ENGLISH_REJECTS_HEADERS: RejectsCsvHeaders = { file: 'file', sheet: 'sheet', table: 'table', row: 'row', column: 'column', value: 'value', reason: 'reason' };

/**
 * UTF-8 with BOM and CRLF: Excel on Chinese Windows opens it with the right encoding. With a
 * locale, each reason is given in that language only (the headers are in it too); without, both.
 */
export function rejectsCsv(rows: readonly RejectedRow[], headers: RejectsCsvHeaders, locale?: Locale): string {
  const order = ['file', 'sheet', 'table', 'row', 'column', 'value', 'reason'] as const;
  const lines = [order.map((k) => csvText(headers[k])).join(',')];
  for (const r of rows) {
    const row = locale ? { ...r, reason: reasonIn(r.reason, locale) } : r;
    lines.push(order.map((k) => csvCell(row[k])).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
