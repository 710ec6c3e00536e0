// Table names as the analyst should see them: schema prefixes that every dump repeats
// (public., dbo., main.) are dropped, others kept ('sales.orders').

const DEFAULT_SCHEMAS = new Set(['public', 'dbo', 'main']);

export function displayName(parts: readonly string[]): string {
  const p = parts.length > 1 && DEFAULT_SCHEMAS.has((parts[0] ?? '').toLowerCase()) ? parts.slice(1) : parts;
  // A three-part name (database.schema.table) keeps only what identifies the table within the dump.
  return p.slice(-2).join('.');
}

/** Key for matching CREATE TABLE to INSERT / COPY: identifiers compare case-insensitively in dumps. */
export function tableKey(name: string): string {
  return name.toLowerCase();
}

/** The key without any schema or database qualifier: 'musicstore.customer' → 'customer'. */
export function unqualifiedKey(name: string): string {
  const key = tableKey(name);
  return key.slice(key.lastIndexOf('.') + 1);
}
