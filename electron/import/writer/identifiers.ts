// Names of raw tables and their columns come from analysts' files (sheet names, headers), so
// they are reduced to letters, digits and '_' before they are quoted into DDL; the original
// text is kept in the raw_tables registry for display and lineage.
import type { Db } from '../../store/database';

const MAX_IDENT = 60;

export function safeIdent(text: string, fallback: string): string {
  const s = text
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}_]+/gu, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, MAX_IDENT);
  return s === '' ? fallback : s;
}

/** Double-quoted identifier; only ever applied to names that passed safeIdent or a whitelist. */
export function quoteIdent(name: string): string {
  if (!/^[\p{L}\p{N}_]+$/u.test(name)) throw new Error(`unsafe identifier: ${JSON.stringify(name)}`);
  return `"${name}"`;
}

/** `raw_<source name>`, or with the import id (then a counter) when that name is taken. */
export function uniqueRawTableName(db: Db, source: string, importId: number, taken: Set<string>): string {
  const base = `raw_${safeIdent(source, 'table')}`;
  const exists = (name: string): boolean => taken.has(name.toLowerCase()) || db.prepare('SELECT 1 FROM sqlite_schema WHERE lower(name) = lower(?)').pluck().get(name) !== undefined;
  let name = base;
  if (exists(name)) name = `${base}_${importId}`;
  for (let n = 2; exists(name); n++) name = `${base}_${importId}_${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/** Unique (case-insensitively), safe column names that never collide with the lineage columns. */
export function rawColumnNames(columns: readonly string[], reserved: readonly string[]): string[] {
  const used = new Set(reserved.map((r) => r.toLowerCase()));
  return columns.map((c, i) => {
    const base = safeIdent(c, `column_${i + 1}`);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}_${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}
