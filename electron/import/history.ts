// Reading back what imports did: the history with counts per source table, and the rejected
// rows page by page (the Data page shows them and exports them as CSV).
import type { ImportHistoryEntry, ImportedTable, RejectedRow } from '../../shared/contract/domains/import';
import { ImportTargetSchema } from '../../shared/contract/domains/import';
import type { Db } from '../store/database';
import { storedReason, type StoredReject } from './reject-groups';
import { paramsText } from '../../shared/import/reject-reasons';
import type { RejectReason } from '../../shared/contract/domains/import-rejects';

interface TableRow {
  import_id: number;
  source_file: string;
  source_table: string;
  source_sheet: string | null;
  target: string;
  raw_table: string;
  mapping_source: string;
  mapping_name: string | null;
  rows_read: number;
  rows_imported: number;
  rows_rejected: number;
}

const MAPPING_SOURCES = ['explicit', 'saved', 'suggested', 'raw'] as const;

function toImportedTable(r: TableRow): ImportedTable {
  const target = ImportTargetSchema.safeParse(r.target);
  const source = MAPPING_SOURCES.find((s) => s === r.mapping_source) ?? 'raw';
  return {
    file: r.source_file,
    table: r.source_table,
    sheet: r.source_sheet,
    target: target.success ? target.data : 'raw',
    rawTable: r.raw_table,
    mappingSource: source,
    mappingName: r.mapping_name,
    rowsRead: r.rows_read,
    rowsImported: r.rows_imported,
    rowsRejected: r.rows_rejected,
  };
}

export function importHistory(db: Db, limit: number): ImportHistoryEntry[] {
  const imports = db
    .prepare(`SELECT import_id, imported_at, mode, source_file, rows_read, rows_imported, rows_rejected, summary FROM imports WHERE mode <> 'demo' ORDER BY import_id DESC LIMIT ?`)
    .all(limit) as {
    import_id: number;
    imported_at: string;
    mode: string;
    source_file: string;
    rows_read: number;
    rows_imported: number;
    rows_rejected: number;
    summary: string | null;
  }[];
  const tables = db.prepare('SELECT * FROM import_tables WHERE import_id = ? ORDER BY seq');
  return imports.map((i) => {
    const summary = i.summary ? (JSON.parse(i.summary) as { files?: unknown }) : {};
    const files = Array.isArray(summary.files) ? summary.files.filter((f): f is string => typeof f === 'string') : i.source_file.split(', ');
    return {
      importId: i.import_id,
      importedAt: i.imported_at,
      mode: i.mode,
      files,
      rowsRead: i.rows_read,
      rowsImported: i.rows_imported,
      rowsRejected: i.rows_rejected,
      tables: (tables.all(i.import_id) as TableRow[]).map(toImportedTable),
    };
  });
}

/** One page of an import's rejects, or of one reason group's (code and params as import.rejectGroups gave them). */
export function importRejects(db: Db, importId: number, offset: number, limit: number, reason?: RejectReason): { total: number; rows: RejectedRow[] } {
  const where = reason ? 'import_id = ? AND code = ? AND params = ?' : 'import_id = ?';
  const args = reason ? [importId, reason.code, paramsText(reason.params)] : [importId];
  const total = db
    .prepare(`SELECT count(*) FROM import_rejects WHERE ${where}`)
    .pluck()
    .get(...args) as number;
  const rows = db
    .prepare(
      `SELECT source_file AS file, source_sheet AS sheet, source_table AS "table", source_row AS row, source_column AS "column", value, code, params
       FROM import_rejects WHERE ${where} ORDER BY reject_id LIMIT ? OFFSET ?`,
    )
    .all(...args, limit, offset) as StoredReject[];
  return { total, rows: rows.map(({ code, params, ...place }) => ({ ...place, reason: storedReason(code, params) })) };
}
