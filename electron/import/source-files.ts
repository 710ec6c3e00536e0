// Which of the given files are sources and how to read each. A schema-only SQL script given
// together with data scripts (sakila-schema.sql + sakila-data.sql, or a MySQL Workbench
// "forward engineering" script + mysqldump --no-create-info files) names the columns of the data
// scripts' positional INSERTs instead of being imported itself.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import type { ImportFile, ReaderOptions } from '../../shared/contract/domains/import';
import type { OpenSourceOptions } from './readers';

const SCHEMA_NAME = /schema|ddl|structure|结构/i;
/** Larger scripts are not read whole to decide: a schema script is small, a large script holds data. */
const SCHEMA_SNIFF_BYTES = 16 * 1024 * 1024;
const DECLARES = /\bCREATE\s+TABLE\b/i;
const HOLDS_ROWS = /\b(?:INSERT|REPLACE)\s+(?:IGNORE\s+)?INTO\b|\bCOPY\s+[^;]*?\bFROM\s+stdin\b/i;

type ScriptRole = 'schema' | 'data' | 'both' | 'other';

/** What a script holds, judged from its text (latin1 is enough for ASCII keywords in any encoding). */
function scriptRole(path: string): ScriptRole {
  let text: string;
  try {
    const size = statSync(path).size;
    if (size > SCHEMA_SNIFF_BYTES) return 'other';
    const fd = openSync(path, 'r');
    try {
      const buf = Buffer.alloc(size);
      text = buf.subarray(0, readSync(fd, buf, 0, size, 0)).toString('latin1');
    } finally {
      closeSync(fd);
    }
  } catch {
    return 'other'; // the reader reports a missing or unreadable file with its own message
  }
  const declares = DECLARES.test(text);
  const rows = HOLDS_ROWS.test(text);
  return declares && rows ? 'both' : declares ? 'schema' : rows ? 'data' : 'other';
}

function isSql(f: ImportFile): boolean {
  return extname(f.path).toLowerCase() === '.sql';
}

/**
 * Schema scripts: named like one, or declaring tables without any rows while another script in the
 * same import has rows without declarations. When every script looks like a schema, all are imported.
 */
function schemaScripts(files: readonly ImportFile[]): ImportFile[] {
  const sql = files.filter(isSql);
  if (sql.length < 2) return [];
  const named = sql.filter((f) => SCHEMA_NAME.test(basename(f.path)));
  const roles = new Map(sql.filter((f) => !named.includes(f)).map((f) => [f, scriptRole(f.path)] as const));
  const dataOnly = [...roles.values()].some((r) => r === 'data');
  const schemas = [...named, ...(dataOnly ? sql.filter((f) => roles.get(f) === 'schema') : [])];
  return schemas.length === sql.length ? [] : schemas;
}

export function splitSchemaFiles(files: readonly ImportFile[]): ImportFile[] {
  const schemas = schemaScripts(files);
  if (schemas.length === 0) return [...files];
  const schemaPaths = schemas.map((f) => resolve(f.path));
  return files
    .filter((f) => !schemas.includes(f))
    .map((f) => (isSql(f) ? { ...f, options: { ...f.options, schemaFiles: [...(f.options.schemaFiles ?? []), ...schemaPaths] } } : f));
}

/** Contract options → reader options (sheets doubles as the table filter of databases and dumps). */
export function readerOptions(o: ReaderOptions): OpenSourceOptions {
  const out: OpenSourceOptions = {};
  if (o.encoding) out.encoding = o.encoding;
  if (o.delimiter) out.delimiter = o.delimiter;
  if (o.header !== undefined) out.header = o.header;
  if (o.nullMarkers) out.nullMarkers = o.nullMarkers;
  if (o.sheets?.length) {
    out.sheets = o.sheets;
    out.tables = o.sheets;
  }
  if (o.schemaFiles?.length) out.schemaFiles = o.schemaFiles.map((p) => resolve(p));
  return out;
}

/**
 * Reader options for each file of one import. Tables a schema declares but no script fills are
 * listed (empty) when one data script uses that schema; with several, no single script can tell
 * which tables the others fill, so none lists them.
 */
export function readerOptionsPerFile(files: readonly ImportFile[]): OpenSourceOptions[] {
  const options = files.map((f) => readerOptions(f.options));
  const users = new Map<string, number>();
  for (const o of options) for (const p of o.schemaFiles ?? []) users.set(p, (users.get(p) ?? 0) + 1);
  for (const o of options) if (o.schemaFiles?.length) o.listSchemaTables = o.schemaFiles.every((p) => users.get(p) === 1);
  return options;
}
