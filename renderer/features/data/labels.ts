// Canonical table and field names in the UI language, from the i18n resources (namespace
// 'data', `canonical.*`) so the CLI and the Excel export name them the same way.
import type { ImportTarget } from '../../../shared/contract/domains/import';
import { isCanonicalTable, type CanonicalTableName } from '../../../shared/domain/canonical-tables';
import { canonicalFieldLabel, canonicalTableLabel } from '../../../shared/domain/canonical-labels';
import type { Locale } from '../../../shared/i18n/locales';

export function fieldLabel(table: CanonicalTableName, field: string, locale: Locale): string {
  return canonicalFieldLabel(table, field, locale);
}

/** 'raw' has no canonical label; callers word it themselves. */
export function targetLabel(target: ImportTarget, locale: Locale): string {
  return isCanonicalTable(target) ? canonicalTableLabel(target, locale) : target;
}

/** ISO timestamp → "2024-03-05 10:30" in the analyst's local time (both UI languages). */
export function formatTimestamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** Sample cells as text; nulls stay visibly empty rather than printing "null". */
export function cellText(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'number' ? String(value) : value;
}

/** Last segment of a host path, either separator (history lists full paths). */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
