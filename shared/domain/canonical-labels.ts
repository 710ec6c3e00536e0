// Canonical table and field names in one language, read from the i18n resources (namespace
// 'data', `canonical.tables.<table>` / `canonical.fields.<table>.<field>`), for code outside
// React: the CLI, the importer's stored reject reasons and pure renderer helpers.
import type { Locale } from '../i18n/locales';
import { resources } from '../i18n/resources';
import type { CanonicalTableName } from './canonical-tables';

const has = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

export function canonicalTableLabel(table: CanonicalTableName, locale: Locale): string {
  return resources[locale].data.canonical.tables[table];
}

/** A field of a canonical table by name; a name the table does not have shows as itself. */
export function canonicalFieldLabel(table: CanonicalTableName, field: string, locale: Locale): string {
  const fields: Record<string, string> = resources[locale].data.canonical.fields[table];
  return has(fields, field) ? (fields[field] ?? field) : field;
}
