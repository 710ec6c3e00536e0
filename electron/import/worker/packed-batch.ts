// A batch of text cells as one UTF-8 buffer plus the byte offset where each cell ends. The
// parse worker packs a batch whose cells are all text (CSV and TSV give nothing else); the
// writer receives both arrays by transfer, without copying, and SQLite cuts the cells out of
// the buffer itself (raw-table.ts). Cloning the same batch as an array of JS strings cost the
// writer thread — the import's bottleneck — about 0.4 µs a row to rebuild the strings, and
// binding each string to SQLite another 0.1 µs a cell.
import type { SourceValue } from '../readers';

export interface PackedBatch {
  /**
   * Every cell's UTF-8 bytes, row after row, cell after cell, nothing in between; then one
   * padding byte, so that a slice handed to SQLite is never empty (substr of an empty blob is
   * NULL, which would turn a chunk of empty cells into NULLs).
   */
  readonly bytes: Uint8Array;
  /** ends[i * width + c]: offset just past cell (i, c); a cell starts where the one before it ends (the first at 0). */
  readonly ends: Int32Array;
}

/** Larger batches stay as strings: Int32 offsets, and no single huge allocation. */
const MAX_PACKED_BYTES = 256 * 1024 * 1024;
const encoder = new TextEncoder();
// ignoreBOM: a cell that starts with U+FEFF keeps it.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** UTF-8 length of a string as TextEncoder writes it (a lone surrogate becomes U+FFFD, 3 bytes). */
function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 2; // the pair: 2 UTF-16 units, 4 bytes
      i++;
    } else n += 2;
  }
  return n;
}

/** Packs the cells (flat, in order) when every one is text; null when any is not (numbers, nulls, blobs keep their types as strings cannot). */
export function packTextCells(cells: readonly SourceValue[]): PackedBatch | null {
  let chars = 0;
  for (const v of cells) {
    if (typeof v !== 'string') return null;
    chars += v.length;
  }
  if (chars * 3 > MAX_PACKED_BYTES) return null;
  const ends = new Int32Array(cells.length);
  let at = 0;
  for (let k = 0; k < cells.length; k++) {
    at += utf8Length(cells[k] as string);
    ends[k] = at;
  }
  const bytes = new Uint8Array(at + 1);
  const { written } = encoder.encodeInto((cells as readonly string[]).join(''), bytes);
  if (written !== at) throw new Error(`packed ${written} bytes where the cells measure ${at}`);
  return { bytes, ends };
}

/** The cells back as strings (the writer's rare row-by-row paths). */
export function unpackTextCells(packed: PackedBatch): string[] {
  const out = new Array<string>(packed.ends.length);
  let from = 0;
  for (let k = 0; k < packed.ends.length; k++) {
    const to = packed.ends[k] as number;
    out[k] = decoder.decode(packed.bytes.subarray(from, to));
    from = to;
  }
  return out;
}
