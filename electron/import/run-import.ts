// One import, start to finish, as ONE transaction on its own connection: the parsing worker
// streams converted batches, this thread writes raw tables and canonical tables, then the
// bookkeeping, then commits. Any failure, cancel or worker death rolls everything back; a
// killed process leaves SQLite's WAL with no commit record, i.e. the state before the import.
import { statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { AppError } from '../../shared/contract/errors';
import { rejectReasonText } from '../../shared/import/reject-text';
import type { ImportMode, ImportResult, ImportFile, ImportWarning, RejectedRow, SavedMapping } from '../../shared/contract/domains/import';
import { connect, type Db } from '../store/database';
import { bulkJournal } from '../store/new-workspace';
import { listMappings, saveMapping } from './mappings-store';
import type { RejectedCell } from './row-mapper';
import { createReferencedCustomers } from './writer/referenced-customers';
import { startTable, type TableState } from './writer/start-table';
import { rebuildMartProfiles } from '../store/mart/build-mart';
import { deferredIndexes } from './writer/deferred-indexes';
import { lineOrders } from './writer/order-lines';
import { DEFAULT_WORKER_MEMORY_MB, startParseWorker, type ParseWorker } from './worker/spawn';
import { unpackTextCells, type PackedBatch } from './worker/packed-batch';
import type { SourceValue } from './readers';
import type { WorkerFile, WorkerMessage } from './worker/protocol';
import { beginImportRecord, finishImportRecord, recordImportTable } from './writer/import-records';
import { readerOptionsPerFile, splitSchemaFiles } from './source-files';
import { ProgressMeter, type ImportProgress } from './progress';

export interface RunImportInput {
  files: readonly ImportFile[];
  mapping: string;
  mode: ImportMode;
  settings: { dayFirst: boolean; decimalComma: boolean };
  saveMappingAs?: string;
  memoryLimitMb?: number;
}

export interface RunImportOptions {
  signal?: AbortSignal;
  onProgress?: (p: ImportProgress) => void;
  /** The workspace is being built and no other connection can have it open (new-workspace.ts): write with a rollback journal. */
  newWorkspace?: boolean;
  /**
   * Commit into the WAL without folding it into the database file at once (10 M orders: 8 s of
   * copying); the caller checkpoints after handing over the result (the job's after-work, service/jobs/tasks.ts).
   */
  checkpointLater?: boolean;
  /** Tests: make the worker throw while reading this row (1-based over the whole import). */
  failAtRow?: number;
  /** Tests: called with the worker once rows are flowing (to kill it). */
  onWorker?: (worker: ParseWorker, rowsWritten: number) => void;
}

const FIRST_REJECTS = 100;
/**
 * SQLite's page cache, which also bounds the index rebuild's sorter. Measured on 10 M orders: a
 * 128 MB cache rebuilt the two deferred indexes no faster than 32 MB (slower, in fact) and cost
 * about 200 MB more RSS, so the cache stays at 32 MB throughout.
 */
const CACHE_KB = 32 * 1024;
/** Threads SQLite's sorter may use while rebuilding indexes (the machines have at least 2 cores). */
const SORTER_THREADS = 2;
/** Batches the worker may parse ahead of the writer. */
const CREDITS = 4;

function openForImport(path: string): Db {
  const db = connect(path, { readonly: false, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  // While rows stream, the parse worker's heap shares the memory budget (512 MB for a 10 M-row
  // CSV), and the bulk insert appends (secondary indexes deferred), so a modest cache does.
  db.pragma(`cache_size = -${CACHE_KB}`);
  // Temp files on disk, not in memory: the deferred index rebuild sorts every imported row, and
  // an in-memory sorter grows with the import (≈ +75 MB of RSS per million rows) — past the
  // memory budget for large files. On disk, SQLite bounds the sorter by cache_size and merges.
  db.pragma('temp_store = FILE');
  // After the commit's checkpoint, shrink the WAL back instead of keeping a file as large as the import.
  db.pragma('journal_size_limit = 67108864');
  return db;
}

export async function runImport(workspacePath: string, input: RunImportInput, options: RunImportOptions = {}): Promise<ImportResult> {
  const started = performance.now();
  const files = splitSchemaFiles(input.files.map((f) => ({ ...f, path: resolve(f.path) })));
  const sizes = files.map((f) => {
    try {
      return statSync(f.path).size;
    } catch {
      throw new AppError('NOT_FOUND', `${basename(f.path)}: file not found or not readable`, { reason: 'fileNotFound', params: { file: basename(f.path) } });
    }
  });
  options.signal?.throwIfAborted();
  const db = openForImport(workspacePath);
  let backToWal: (() => void) | null = null;
  try {
    if (options.newWorkspace) backToWal = bulkJournal(db);
  } catch (error) {
    db.close();
    throw error;
  }
  let worker: ParseWorker | null = null;
  const onAbort = (): void => void worker?.terminate();
  options.signal?.addEventListener('abort', onAbort);
  try {
    const saved = listMappings(db);
    try {
      db.exec('BEGIN IMMEDIATE');
    } catch (error) {
      // Another process's write (this app's own writers take turns in the job runtime's queue).
      throw new AppError('INVALID_INPUT', `the workspace is busy with another write; try again (${error instanceof Error ? error.message : String(error)})`, { reason: 'busy' });
    }
    try {
      const result = await importInTransaction(db, files, sizes, input, saved, options, (w) => (worker = w), started);
      options.signal?.throwIfAborted();
      // The Customers grid reads the customer mart: new or changed customers and purchase
      // totals appear in it with the import, in the same transaction (scores wait for a refresh).
      if (result.customersCreated > 0 || result.tables.some((t) => t.target === 'customers' || t.target === 'orders' || t.target === 'order_lines')) rebuildMartProfiles(db);
      options.signal?.throwIfAborted();
      options.onProgress?.({ phase: 'committing', done: result.rowsRead, total: result.rowsRead, bytes: sum(sizes), totalBytes: sum(sizes), rate: 0, etaSeconds: 0 });
      if (options.checkpointLater) db.pragma('wal_autocheckpoint = 0');
      db.exec('COMMIT');
      backToWal?.();
      return { ...result, durationMs: Math.round(performance.now() - started) };
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw error;
    }
  } catch (error) {
    if (options.signal?.aborted) throw new AppError('CANCELLED', 'import cancelled; the workspace is unchanged');
    throw error;
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    const w = worker as ParseWorker | null;
    if (w) await w.terminate();
    db.close();
  }
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

async function importInTransaction(
  db: Db,
  files: readonly ImportFile[],
  sizes: readonly number[],
  input: RunImportInput,
  saved: readonly SavedMapping[],
  options: RunImportOptions,
  setWorker: (w: ParseWorker) => void,
  started: number,
): Promise<ImportResult> {
  const importId = beginImportRecord(
    db,
    files.map((f) => basename(f.path)),
    input.mapping === 'raw' ? 'raw' : input.mode,
  );
  const perFile = readerOptionsPerFile(files);
  const workerFiles: WorkerFile[] = files.map((f, i) => ({ path: f.path, options: perFile[i] ?? {}, tables: f.tables }));
  const worker = startParseWorker(
    { kind: 'import', files: workerFiles, mapping: input.mapping, saved, settings: input.settings, sampleRows: 50, credits: CREDITS, failAtRow: options.failAtRow },
    { memoryLimitMb: input.memoryLimitMb },
  );
  setWorker(worker);
  const tables: TableState[] = [];
  const takenNames = new Set<string>();
  const cleared = new Set<string>();
  const firstRejects: RejectedRow[] = [];
  const warnings: ImportWarning[] = [];
  const skipped: Record<string, number> = {};
  const meter = new ProgressMeter(sum(sizes), options.onProgress);
  const indexes = deferredIndexes(db);
  const lines = lineOrders(db);
  const returns = { refunded: 0, cancelled: 0 };
  // Rough row estimate (≥ 40 bytes a row) to decide whether rebuilding indexes beats updating them.
  const incomingRows = sum(sizes) / 40;
  let current: TableState | null = null;
  let fileIndex = -1;
  let bytesBefore = 0;
  let totals = { read: 0, imported: 0, rejected: 0 };

  const noteRejects = (t: TableState, cells: readonly RejectedCell[]): void => {
    if (!cells.length) return;
    t.rejects.add(cells);
    for (const c of cells) {
      if (firstRejects.length >= FIRST_REJECTS) break;
      firstRejects.push({ file: t.result.file, sheet: t.result.sheet, table: t.result.table, row: c.row, column: c.column, value: c.value, reason: c.reason });
    }
  };

  for await (const m of worker.messages()) {
    options.signal?.throwIfAborted();
    switch (m.type) {
      case 'file':
        fileIndex++;
        bytesBefore = sum(sizes.slice(0, fileIndex));
        break;
      case 'table':
        current = startTable(db, importId, m.info, m.plan, input.mode, takenNames, cleared, indexes, incomingRows);
        tables.push(current);
        break;
      case 'rows': {
        const t = current;
        if (!t) throw new Error('rows before a table');
        const packed = m.packed;
        const firstRowid = packed ? t.raw.writePacked(packed, m.count, m.rowNumbers) : t.raw.write(m.raw, m.count, m.rowNumbers, m.extras);
        let cells: readonly SourceValue[] | null = packed ? null : m.raw;
        const rawCells = (): readonly SourceValue[] => (cells ??= unpackTextCells(packed as PackedBatch));
        t.result.rowsRead += m.count;
        if (t.canonical && m.mapped) {
          const mapped = m.mapped;
          const { written, rejects } = mapped.derived
            ? t.canonical.writeDerived({ ...mapped, derived: mapped.derived }, firstRowid, rawCells, m.width, m.rowNumbers)
            : t.canonical.write(mapped, rawCells(), m.width, m.rowNumbers);
          noteRejects(t, mapped.rejects);
          noteRejects(t, rejects);
          if (mapped.orderIds) lines.note(mapped.orderIds, mapped.lineNumbers ?? []);
          else if (t.plan.target === 'orders') {
            returns.refunded += mapped.refunded ?? 0;
            returns.cancelled += mapped.cancelled ?? 0;
          }
          t.result.rowsImported += written;
          t.result.rowsRejected += mapped.rejectedRows + rejects.length;
        } else {
          t.result.rowsImported += m.count;
        }
        worker.credit();
        meter.update(totals.read + tablesRead(tables), bytesBefore + m.bytes);
        options.onWorker?.(worker, tablesRead(tables));
        break;
      }
      case 'file-end':
        warnings.push(...m.facts.warnings);
        for (const [k, v] of Object.entries(m.facts.skippedStatements)) skipped[k] = (skipped[k] ?? 0) + v;
        break;
      case 'error':
        throw workerError(m, input.memoryLimitMb ?? DEFAULT_WORKER_MEMORY_MB);
      case 'done':
        break;
    }
  }
  // The worker has nothing left to send; ending it now returns its heap before the index rebuild.
  await worker.terminate();
  totals = tables.reduce((a, t) => ({ read: a.read + t.result.rowsRead, imported: a.imported + t.result.rowsImported, rejected: a.rejected + t.result.rowsRejected }), totals);
  meter.phase('finishing', totals.read);
  if (totals.read === 0) {
    const names = files.map((f) => basename(f.path)).join(', ');
    throw new AppError('INVALID_INPUT', `${names}: no data rows to import (only a header, or empty tables)`, { reason: 'noRows', params: { files: names } });
  }
  if (totals.imported === 0) {
    const first = firstRejects[0];
    const where = first
      ? `${first.file}${first.sheet ? `, sheet "${first.sheet}"` : ''}, row ${first.row}${first.column ? `, column "${first.column}"` : ''}${first.value !== null ? `, value ${JSON.stringify(first.value)}` : ''}`
      : files.map((f) => basename(f.path)).join(', ');
    const why = first ? rejectReasonText(first.reason, 'en') : 'no row could be imported';
    throw new AppError('INVALID_INPUT', `${where}: ${why} — all ${totals.rejected} row(s) rejected, nothing imported`, {
      reason: 'allRejected',
      params: { rejected: totals.rejected },
    });
  }
  meter.phase('indexing', totals.read);
  // The parse worker has ended, so its core is free: SQLite's sorter may use a helper thread
  // for the index rebuild (10 M orders: the two order indexes in 5.2 s instead of 5.7 s).
  db.pragma(`threads = ${SORTER_THREADS}`);
  // The imported tables' indexes first: finding the customers they reference then scans
  // (customer_id, …) in order instead of sorting every written row once more.
  for (const target of new Set(tables.map((t) => t.plan.target))) if (target !== 'customers') indexes.restore(target);
  // Orders of line-level tables, built from their lines (their returns are counted there, per order).
  const fromLines = lines.rebuild(input.mode);
  const ordersSummary = {
    refunded: returns.refunded + (fromLines?.refunded ?? 0),
    cancelled: returns.cancelled + (fromLines?.cancelled ?? 0),
    fromLines: fromLines ? { lines: fromLines.lines, orders: fromLines.orders } : null,
  };
  const customersCreated = createReferencedCustomers(db, tables, indexes);
  indexes.restore();
  tables.forEach((t, seq) => recordImportTable(db, importId, seq, t.result, t.plan.mapping));
  let savedMapping: string | null = null;
  if (input.saveMappingAs) {
    const entries = tables
      .filter((t) => t.plan.target !== 'raw')
      .map((t) => ({ table: t.plan.table, target: t.plan.target, fields: t.plan.mapping.fields, signature: t.plan.signature, columns: [...t.info.columns] }));
    if (entries.length) {
      saveMapping(db, { name: input.saveMappingAs, tables: entries });
      savedMapping = input.saveMappingAs;
    }
  }
  finishImportRecord(db, importId, totals, {
    files: files.map((f) => f.path),
    customersCreated,
    tables: tables.map((t) => ({ table: t.result.table, target: t.result.target, rawTable: t.result.rawTable })),
    orders: ordersSummary,
  });
  return {
    importId,
    mode: input.mode,
    tables: tables.map((t) => t.result),
    rowsRead: totals.read,
    rowsImported: totals.imported,
    rowsRejected: totals.rejected,
    customersCreated,
    rejected: firstRejects,
    warnings: warnings.slice(0, 500),
    skippedStatements: skipped,
    savedMapping,
    orders: ordersSummary,
    durationMs: Math.round(performance.now() - started),
  };
}

function tablesRead(tables: readonly TableState[]): number {
  let n = 0;
  for (const t of tables) n += t.result.rowsRead;
  return n;
}

function workerError(m: Extract<WorkerMessage, { type: 'error' }>, memoryLimitMb: number): AppError {
  if (m.code === 'aborted') return new AppError('CANCELLED', 'import cancelled; the workspace is unchanged');
  if (m.code === 'out-of-memory') return new AppError('INVALID_INPUT', `${m.message}; nothing was imported`, { reason: 'outOfMemory', params: { limitMb: memoryLimitMb } });
  return new AppError('INVALID_INPUT', `${m.message}; nothing was imported`);
}
