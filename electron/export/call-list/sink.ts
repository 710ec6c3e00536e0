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

/** Display width of a text in character cells: CJK and other wide characters count double. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      c >= 0x1f300;
    width += wide ? 2 : 1;
  }
  return width;
}
