// When a workspace file last changed, in the analyst's language: the date as every screen shows
// it, then the time of day (24-hour in both languages).
import { formatDate } from '../../../shared/i18n/format';
import type { Locale } from '../../../shared/i18n/locales';

export function formatModified(iso: string | null, locale: Locale): string | null {
  if (iso === null) return null;
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return null;
  const local = `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
  const time = `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
  return `${formatDate(local, locale)} ${time}`;
}
