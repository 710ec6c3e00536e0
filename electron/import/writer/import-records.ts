// The bookkeeping rows of one import, written inside its transaction so they exist exactly
// when its data does: the imports row, counts per source table, and every rejected cell (its
// reason as a code and params, the params in one spelling so rejects group by reason).
import type { ImportMode, ImportedTable } from '../../../shared/contract/domains/import';
import type { Db } from '../../store/database';
import type { RejectedCell } from '../row-mapper';
import { paramsText } from '../../../shared/import/reject-reasons';
import type { RejectReason } from '../../../shared/contract/domains/import-rejects';

export function beginImportRecord(db: Db, files: readonly string[], mode: ImportMode | 'raw', now = new Date()): number {
  const info = db.prepare('INSERT INTO imports (source_file, source_sheet, imported_at, mode) VALUES (?, NULL, ?, ?)').run(files.join(', '), now.toISOString(), mode);
  return Number(info.lastInsertRowid);
}

export function finishImportRecord(db: Db, importId: number, totals: { read: number; imported: number; rejected: number }, summary: unknown): void {
  db.prepare('UPDATE imports SET rows_read = ?, rows_imported = ?, rows_rejected = ?, summary = ? WHERE import_id = ?').run(
    totals.read,
    totals.imported,
    totals.rejected,
    JSON.stringify(summary),
    importId,
  );
}

export function recordImportTable(db: Db, importId: number, seq: number, t: ImportedTable, mapping: unknown): void {
  db.prepare(
    `INSERT INTO import_tables (import_id, seq, source_file, source_table, source_sheet, target, raw_table, mapping_source, mapping_name, mapping, rows_read, rows_imported, rows_rejected)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(importId, seq, t.file, t.table, t.sheet, t.target, t.rawTable, t.mappingSource, t.mappingName, JSON.stringify(mapping), t.rowsRead, t.rowsImported, t.rowsRejected);
}

export interface RejectSink {
  add(cells: readonly RejectedCell[]): void;
}

export function rejectSink(db: Db, importId: number, where: { file: string; table: string; sheet: string | null }): RejectSink {
  const stmt = db.prepare(
    'INSERT INTO import_rejects (import_id, source_file, source_table, source_sheet, source_row, source_column, value, code, params) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  // A batch's cells share the reason objects of their kind (one per field and cause): spelled once each.
  const texts = new WeakMap<RejectReason, string>();
  const textOf = (reason: RejectReason): string => {
    let text = texts.get(reason);
    if (text === undefined) texts.set(reason, (text = paramsText(reason.params)));
    return text;
  };
  return {
    add(cells) {
      for (const c of cells) stmt.run(importId, where.file, where.table, where.sheet, c.row, c.column, c.value, c.reason.code, textOf(c.reason));
    },
  };
}
