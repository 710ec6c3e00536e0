// The rejected-row report as CSV, built wherever it is exported (the page, the CLI). Every text
// cell a spreadsheet could read as a formula (= + - @ | % tab CR LF first) is neutralised with a
// leading apostrophe (PRODUCT.md §8): rejected values are, by definition, whatever odd text the
// source file held.
import type { RejectedRow } from '../contract/domains/import';
import type { Locale } from '../i18n/locales';
import { resources } from '../i18n/resources';
import { rejectReasonText } from './reject-text';

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
  code: string;
}

/** The column headers in one UI language, as the Data page names its columns. */
export function rejectsCsvHeaders(locale: Locale): RejectsCsvHeaders {
  const { cols } = resources[locale].data;
  return {
    file: cols.file,
    sheet: cols.sheet,
    table: cols.table,
    row: cols.row,
    column: cols.column,
    value: cols.value,
    reason: cols.reason,
    code: resources[locale].rejects.csv.code,
  };
}

/**
 * UTF-8 with BOM and CRLF: Excel on Chinese Windows opens it with the right encoding. The reason
 * is given in the chosen language, followed by its code (a filter that works in either).
 */
export function rejectsCsv(rows: readonly RejectedRow[], headers: RejectsCsvHeaders, locale: Locale): string {
  const order = ['file', 'sheet', 'table', 'row', 'column', 'value', 'reason', 'code'] as const;
  const lines = [order.map((k) => csvText(headers[k])).join(',')];
  for (const r of rows) {
    const row = { ...r, reason: rejectReasonText(r.reason, locale), code: r.reason.code };
    lines.push(order.map((k) => csvCell(row[k])).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
