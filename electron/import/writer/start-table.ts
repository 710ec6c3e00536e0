// One table of an import as it starts: its raw table, its canonical writer (the target and
// columns checked against the canonical whitelist first), a replace's clearing of the target,
// which secondary indexes can wait until the end, and where this import's rows begin.
import type { ImportMode, ImportedTable } from '../../../shared/contract/domains/import';
import { canonicalTables, type CanonicalField, type CanonicalTableName } from '../../../shared/domain/canonical-tables';
import type { Db } from '../../store/database';
import type { TablePlan } from '../plan';
import { primarySources } from '../row-mapper';
import type { TableInfo } from '../worker/protocol';
import { createCanonicalWriter, type CanonicalWriter } from './canonical-writer';
import type { DeferredIndexes } from './deferred-indexes';
import { quoteIdent } from './identifiers';
import { rejectSink, type RejectSink } from './import-records';
import { createRawTable, type RawTableWriter } from './raw-table';

export interface TableState {
  info: TableInfo;
  plan: TablePlan;
  raw: RawTableWriter;
  canonical: CanonicalWriter | null;
  rejects: RejectSink;
  result: ImportedTable;
  /** Rows of the target with a larger rowid were written by this import; null means every row may have been (upsert, replace). */
  rowidAfter: number | null;
}

const LINKED: Readonly<Partial<Record<CanonicalTableName, readonly CanonicalTableName[]>>> = { orders: ['orders', 'order_lines'], order_lines: ['order_lines', 'orders'] };

export function startTable(
  db: Db,
  importId: number,
  info: TableInfo,
  plan: TablePlan | null,
  mode: ImportMode,
  taken: Set<string>,
  cleared: Set<string>,
  indexes: DeferredIndexes,
  incomingRows: number,
): TableState {
  if (!plan) throw new Error('the worker sent a table without a plan');
  const raw = createRawTable(db, importId, info, taken);
  let canonical: CanonicalWriter | null = null;
  let rowidAfter: number | null = null;
  if (plan.target !== 'raw') {
    const target = plan.target;
    const keyField = (canonicalTables[target].fields as readonly CanonicalField[]).find((f) => f.key && !f.writes)?.name;
    const keySource = plan.fields.find((f) => f.field === keyField)?.column ?? null;
    // Checks target and columns against the canonical whitelist before any SQL names them.
    canonical = createCanonicalWriter(db, target, plan.dbColumns, primarySources(plan).primaryIndex, mode === 'replace' ? 'upsert' : mode, keySource, raw);
    // Orders and their lines are one fact: replacing either empties both (orders are rebuilt from the new lines).
    for (const table of mode === 'replace' ? (LINKED[target] ?? [target]) : []) {
      if (cleared.has(table)) continue;
      cleared.add(table);
      db.prepare(`DELETE FROM ${quoteIdent(table)}`).run();
    }
    // Natural-key upserts look rows up through the secondary indexes, so those must stay.
    const needsIndexes = mode !== 'append' && 'autoKey' in canonicalTables[target];
    const existing = db
      .prepare(`SELECT count(*) FROM ${quoteIdent(target)}`)
      .pluck()
      .get() as number;
    if (!needsIndexes && existing <= incomingRows) indexes.defer(target);
    // Appended rows get rowids above today's maximum; upserts change rows in place or reuse
    // rowids they freed, so for them every row counts (replace has emptied the table anyway).
    rowidAfter =
      mode === 'append'
        ? (db
            .prepare(`SELECT coalesce(max(rowid), 0) FROM ${quoteIdent(target)}`)
            .pluck()
            .get() as number)
        : null;
  }
  const sheet = info.sheet ?? null;
  return {
    info,
    plan,
    raw,
    canonical,
    rowidAfter,
    rejects: rejectSink(db, importId, { file: info.file, table: info.name, sheet }),
    result: {
      file: info.file,
      table: info.name,
      sheet,
      target: plan.target,
      rawTable: raw.name,
      mappingSource: plan.source,
      mappingName: plan.mappingName,
      rowsRead: 0,
      rowsImported: 0,
      rowsRejected: 0,
    },
  };
}
