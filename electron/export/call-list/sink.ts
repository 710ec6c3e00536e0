// Where a call list's lines go: an xlsx or CSV file being written. The writer hands over the
// header once, then pages of lines; `finish` completes the file, `abort` stops writing it
// (write-call-list.ts removes the temporary file either way on failure).
import type { CellValue } from '../../../shared/export/neutralise';
import type { CallListColumn } from './columns';

export interface CallListSink {
  /** Called once, before any line, with the first page to size the columns by. */
  start(columns: readonly CallListColumn[], firstPage: readonly CellValue[][]): Promise<void>;
  /** One page of lines; resolves when the file stream can take more. */
  write(lines: readonly CellValue[][]): Promise<void>;
  finish(): Promise<void>;
  abort(): void;
}
