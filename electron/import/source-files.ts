// Which of the given files are sources and how to read each. A schema-only SQL script given
// together with a data script (sakila-schema.sql + sakila-data.sql) names the columns of the
// data script's positional INSERTs instead of being imported itself.
import { basename, extname, resolve } from 'node:path';
import type { ImportFile, ReaderOptions } from '../../shared/contract/domains/import';
import type { OpenSourceOptions } from './readers';

const SCHEMA_NAME = /schema|ddl|structure|结构/i;

export function splitSchemaFiles(files: readonly ImportFile[]): ImportFile[] {
  const sql = files.filter((f) => extname(f.path).toLowerCase() === '.sql');
  const schemas = sql.filter((f) => SCHEMA_NAME.test(basename(f.path)));
  if (schemas.length === 0 || schemas.length === sql.length) return [...files];
  const schemaPaths = schemas.map((f) => resolve(f.path));
  return files
    .filter((f) => !schemas.includes(f))
    .map((f) =>
      extname(f.path).toLowerCase() === '.sql'
        ? { ...f, options: { ...f.options, schemaFiles: [...(f.options.schemaFiles ?? []), ...schemaPaths] } }
        : f,
    );
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
