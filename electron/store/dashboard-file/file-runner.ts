// The viewer's QueryRunner (shared/dashboards/evaluate.ts) over one packaged table of a dashboard
// file: the SAME compilers as the workspace (compileQuery, compileList), the table's file
// catalog resolving every id (so identifiers stay whitelisted), every value bound, on the file's
// read-only, query_only connection. What comes back is data: a number beyond ±1e15 or not
// finite, a blob or an integer too large for a double is shown as null, and a long text is cut.
import type { Catalog } from '../../../shared/catalog';
import type { QueryRunner } from '../../../shared/dashboards/evaluate';
import type { Cell } from '../../../shared/dashboards/widget-data';
import { compileQuery, sqliteDialect } from '../../../shared/query';
import { compileList } from '../../../shared/query/compile-list';
import type { OpenDashboardFile } from './open-file';

const MAX_MAGNITUDE = 1e15;
const MAX_TEXT = 10_000;

export function safeCell(value: unknown): Cell {
  if (typeof value === 'number') return Number.isFinite(value) && Math.abs(value) <= MAX_MAGNITUDE ? value : null;
  if (typeof value === 'string') return value.length > MAX_TEXT ? value.slice(0, MAX_TEXT) : value;
  return null;
}

export function fileRunner(file: OpenDashboardFile, table: string, catalog: Catalog): QueryRunner {
  // Relative dates count from the data date the file was made at.
  const asOf = file.manifest.dataDate ?? file.manifest.createdAt.slice(0, 10);
  const run = (sql: string, params: readonly unknown[]): Cell[][] =>
    (
      file.db
        .prepare(sql)
        .raw(true)
        .all(...params) as unknown[][]
    ).map((row) => row.map(safeCell));
  return {
    aggregate(spec) {
      const compiled = compileQuery(spec, {
        resolveField: (id) => catalog.field(spec.source, id),
        resolveMeasure: (id) => catalog.measure(spec.source, id),
        dialect: sqliteDialect,
        asOf,
        table,
      });
      return { columns: compiled.columns.map((c) => ({ key: c.key, kind: c.kind })), rows: run(compiled.sql, compiled.params) };
    },
    list(spec) {
      const compiled = compileList(spec, { resolveField: (id) => catalog.field(spec.source, id), dialect: sqliteDialect, asOf, table });
      const rows = run(compiled.sql, compiled.params);
      return { columns: compiled.columns.map((key) => ({ key, kind: 'field' as const })), rows: rows.slice(0, spec.limit), truncated: rows.length > spec.limit };
    },
  };
}
