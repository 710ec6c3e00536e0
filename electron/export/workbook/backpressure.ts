// Waiting for the zip's deflater and the file while a sheet streams, so a long list never piles
// up in memory. ExcelJS's sheet stream (utils/stream-buf.js) writes into the zip entry's
// PassThrough (readable-stream 2: state in `_writableState`) ignoring its backpressure, so a fast
// writer would buffer the whole list there. Internals, read defensively: no pipe found means no
// waiting, never a failure. Shared by the call list and the dashboard workbook.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';

/** Uncompressed sheet XML allowed to wait for the deflater before the writer pauses. */
const BACKLOG_LIMIT = 4 << 20;

interface WritableState {
  length?: unknown;
  needDrain?: unknown;
}

function deflaterBacklog(sheet: ExcelJS.Worksheet): { bytes: number; pipe: NodeJS.EventEmitter | null } {
  const stream: unknown = Reflect.get(sheet, 'stream');
  const pipes: unknown = typeof stream === 'object' && stream !== null ? Reflect.get(stream, 'pipes') : null;
  if (!Array.isArray(pipes)) return { bytes: 0, pipe: null };
  for (const candidate of pipes as unknown[]) {
    if (typeof candidate !== 'object' || candidate === null || typeof Reflect.get(candidate, 'once') !== 'function') continue;
    const state = Reflect.get(candidate, '_writableState') as WritableState | undefined;
    if (typeof state?.length === 'number' && state.needDrain === true) return { bytes: state.length, pipe: candidate as NodeJS.EventEmitter };
  }
  return { bytes: 0, pipe: null };
}

/**
 * Resolves when the deflater and the file can take more of this sheet; rejects with `failure`
 * (the file's write error) rather than wait for a drain a failed file never sends.
 */
export async function drained(sheet: ExcelJS.Worksheet, file: Writable, failure?: Promise<never>): Promise<void> {
  const wait = (p: Promise<unknown>): Promise<unknown> => (failure ? Promise.race([p, failure]) : p);
  for (let backlog = deflaterBacklog(sheet); backlog.pipe && backlog.bytes > BACKLOG_LIMIT; backlog = deflaterBacklog(sheet)) await wait(once(backlog.pipe, 'drain'));
  if (file.writableNeedDrain) await wait(once(file, 'drain'));
}
