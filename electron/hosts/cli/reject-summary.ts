// An import's rejects as the CLI prints them: one line per reason group with its count, its
// column and the first rows, in the chosen language (English unless --lang says otherwise);
// the full list stays with `churn-cockpit rejects`.
import type { RejectGroup, RejectedRow } from '../../../shared/contract/domains/import-rejects';
import { formatInteger } from '../../../shared/i18n/format';
import { isLocale, type Locale } from '../../../shared/i18n/locales';
import { rejectReasonText } from '../../../shared/import/reject-text';
import { usageError } from './command';

/** --lang: the language of reasons and CSV headers. */
export function cliLocale(value: unknown): Locale {
  if (value === undefined) return 'en';
  if (!isLocale(value)) usageError('--lang must be en or zh-CN');
  return value;
}

function examplesText(group: RejectGroup): string {
  const { examples, count } = group;
  const files = new Set(examples.map((e) => e.file));
  const more = count > examples.length ? ' …' : '';
  if (files.size > 1) return `${examples.map((e) => `${e.file} row ${e.row}`).join(', ')}${more}`;
  return `${examples.length === 1 && count === 1 ? 'row' : 'rows'} ${examples.map((e) => e.row).join(', ')}${more}`;
}

/** `  12,345 rows: Customer ID empty (guest checkout) — CustomerID, rows 5, 9, 14 …` */
export function rejectGroupLine(group: RejectGroup, locale: Locale): string {
  const column = typeof group.reason.params.column === 'string' ? group.reason.params.column : (group.examples[0]?.column ?? null);
  const where = [column, examplesText(group)].filter((part) => part !== null && part !== '').join(', ');
  return `  ${formatInteger(group.count)} ${group.count === 1 ? 'row' : 'rows'}: ${rejectReasonText(group.reason, locale)} — ${where}`;
}

export function rejectLine(r: RejectedRow, locale: Locale): string {
  const place = `${r.file}${r.sheet ? ` [${r.sheet}]` : ''} row ${r.row}${r.column ? ` column "${r.column}"` : ''}${r.value === null ? '' : ` value ${JSON.stringify(r.value)}`}`;
  return `${place}: ${rejectReasonText(r.reason, locale)}`;
}

/** The group lines, and one more for the rejects of reasons beyond those the summary lists. */
export function rejectSummaryLines(summary: { total: number; groups: readonly RejectGroup[] }, locale: Locale): string[] {
  const lines = summary.groups.map((g) => rejectGroupLine(g, locale));
  const others = summary.total - summary.groups.reduce((sum, g) => sum + g.count, 0);
  if (others > 0) lines.push(`  ${formatInteger(others)} more ${others === 1 ? 'row' : 'rows'} under other reasons`);
  return lines;
}
