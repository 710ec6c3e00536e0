// Messages between the import service (writer, main thread) and the parsing worker. The
// worker sends at most `credits` row batches ahead of the writer, so a fast parser cannot
// fill memory while SQLite catches up.
import type { SavedMapping, TableMapping } from '../../../shared/contract/domains/import';
import type { OpenSourceOptions } from '../readers';
import type { TablePlan } from '../plan';
import type { MappedBatch } from '../row-mapper';
import type { PackedBatch } from './packed-batch';
import type { ReaderWarning, SourceFormat, SourceTableInfo, SourceValue } from '../readers';

export interface WorkerFile {
  path: string;
  options: OpenSourceOptions;
  /** Explicit per-table mappings for this file. */
  tables?: readonly TableMapping[];
}

export interface WorkerTask {
  kind: 'preview' | 'import';
  files: readonly WorkerFile[];
  /** import: 'auto' | 'raw' | a saved mapping name. */
  mapping: string;
  saved: readonly SavedMapping[];
  settings: { dayFirst?: boolean; decimalComma?: boolean };
  sampleRows: number;
  /** Batches the worker may send before the writer acknowledges. */
  credits: number;
  /** Fault injection for tests: throw while reading this (1-based, over the whole task) row. */
  failAtRow?: number;
}

export interface FileFacts {
  file: string;
  path: string;
  size: number;
  format: SourceFormat;
  encoding: string | null;
  encodingConfidence: number | null;
  delimiter: string | null;
  hasHeader: boolean | null;
  dialect: string | null;
  sheets: { name: string; hidden: boolean; rows: number }[];
  skippedStatements: Record<string, number>;
  warnings: ReaderWarning[];
  warningCounts: Record<string, number>;
}

export type TableInfo = Pick<SourceTableInfo, 'name' | 'file' | 'sheet' | 'columns' | 'sourceColumns' | 'headerRow'>;

export type WorkerMessage =
  | { type: 'file'; file: string; path: string; size: number }
  | { type: 'table'; info: TableInfo; plan: TablePlan | null; samples: SourceValue[][]; sampleRowNumbers: number[]; rowCount: number | null }
  | {
      type: 'rows';
      count: number;
      /** Source columns: row i's value for column c is raw[i * width + c]. */
      width: number;
      /** Flat rather than an array per row: cloning and reading one array is cheaper on the writer thread. Empty when `packed`. */
      raw: SourceValue[];
      /** The same cells as one transferred UTF-8 buffer, when all are text and the writer needs no JS value of them. */
      packed: PackedBatch | null;
      rowNumbers: number[];
      /** Overflow cells of ragged rows: [index in batch, values]. */
      extras: [number, SourceValue[]][];
      mapped: MappedBatch | null;
      /** Estimated bytes of the current file consumed so far. */
      bytes: number;
    }
  | { type: 'file-end'; facts: FileFacts }
  | { type: 'done' }
  | { type: 'error'; code: string; message: string };

export type ParentMessage = { type: 'credit'; n: number };
