// Byte position of a streaming reader, estimated: readers report row/line numbers, not byte
// offsets, so text files scale the line number by the average line length of their head, and
// workbooks scale rows read by the rows each sheet declares.
import { closeSync, openSync, readSync } from 'node:fs';

const HEAD_BYTES = 1 << 20;

export function bytesPerLine(path: string): number {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(HEAD_BYTES);
    const n = readSync(fd, buf, 0, HEAD_BYTES, 0);
    let lines = 0;
    for (let i = 0; i < n; i++) if (buf[i] === 10) lines++;
    return lines > 0 ? n / lines : Math.max(n, 1);
  } finally {
    closeSync(fd);
  }
}

export interface ByteEstimator {
  /** Bytes consumed once this row/line (1-based) of the current table has been read. */
  at(row: number): number;
  nextTable(totalRows: number | null): void;
}

export function textEstimator(path: string, size: number): ByteEstimator {
  const perLine = bytesPerLine(path);
  return { at: (line) => Math.min(size, Math.round(line * perLine)), nextTable: () => undefined };
}

/** Workbooks and databases: rows over the declared total of all tables. */
export function rowEstimator(size: number, totalRows: number): ByteEstimator {
  let before = 0;
  let current = 0;
  return {
    at: (row) => (totalRows > 0 ? Math.min(size, Math.round(((before + row) / totalRows) * size)) : 0),
    nextTable: (rows) => {
      before += current;
      current = rows ?? 0;
    },
  };
}
