// Finds the header row of a sheet the way a person does: skip report titles and blank rows
// above it, take the first row that is about as wide as the table, and spread merged header
// cells over every column they cover (prefixing sub-headers with a merged group heading).

import { parseDate, parseDecimal } from '../../../shared/import/convert';
import type { SourceValue } from './source';

export interface Merge {
  s: { r: number; c: number };
  e: { r: number; c: number };
}

const SCAN_ROWS = 30;

function isEmpty(v: SourceValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

function nonEmpty(row: readonly SourceValue[] | undefined): number {
  let n = 0;
  if (row) for (const v of row) if (!isEmpty(v)) n++;
  return n;
}

function isLabel(v: SourceValue | undefined): boolean {
  return typeof v === 'string' && v.trim() !== '' && parseDecimal(v) === null && parseDate(v) === null;
}

/** Index of the header row (0-based), or -1 for a sheet with no data in its first rows. */
export function findHeaderRow(rows: readonly (readonly SourceValue[] | undefined)[], merges: readonly Merge[] = []): number {
  const scan = Math.min(rows.length, SCAN_ROWS);
  let widest = 0;
  for (let i = 0; i < scan; i++) widest = Math.max(widest, nonEmpty(rows[i]));
  if (widest === 0) return -1;
  const need = Math.max(1, Math.ceil(widest * 0.6));
  let fallback = -1;
  for (let i = 0; i < scan; i++) {
    const n = nonEmpty(rows[i]);
    if (n < need) continue;
    if (fallback < 0) fallback = i;
    const labels = (rows[i] ?? []).filter(isLabel).length;
    if (labels < n * 0.5) continue;
    // A group row (客户 over 编号 | 名称) has horizontal merges and a fuller label row beneath it.
    const grouped = merges.some((m) => m.s.r === i && m.e.r === i && m.e.c > m.s.c);
    if (grouped && rowIsHeader(rows[i + 1]) && nonEmpty(rows[i + 1]) > n) return i + 1;
    return i;
  }
  return fallback;
}

/** True when the chosen row is labels rather than the first data row. */
export function rowIsHeader(row: readonly SourceValue[] | undefined): boolean {
  const n = nonEmpty(row);
  return n > 0 && (row ?? []).filter(isLabel).length >= n * 0.5;
}

export function headerTexts(
  rows: readonly (readonly SourceValue[] | undefined)[],
  headerRow: number,
  firstCol: number,
  lastCol: number,
  merges: readonly Merge[],
): string[] {
  const text = (v: SourceValue | undefined): string => (v === null || v === undefined ? '' : v instanceof Uint8Array ? '' : String(v));
  const names: string[] = [];
  for (let c = firstCol; c <= lastCol; c++) names.push(text(rows[headerRow]?.[c]));
  const width = lastCol - firstCol + 1;
  for (const m of merges) {
    const spansCols = m.e.c > m.s.c;
    if (m.s.r <= headerRow && headerRow <= m.e.r) {
      const top = text(rows[m.s.r]?.[m.s.c]);
      for (let c = Math.max(m.s.c, firstCol); c <= Math.min(m.e.c, lastCol); c++) {
        if (names[c - firstCol] === '') names[c - firstCol] = top;
      }
    } else if (spansCols && m.s.r === headerRow - 1 && m.e.r === headerRow - 1 && m.e.c - m.s.c + 1 < width) {
      const group = text(rows[m.s.r]?.[m.s.c]).trim();
      if (group === '') continue;
      for (let c = Math.max(m.s.c, firstCol); c <= Math.min(m.e.c, lastCol); c++) {
        const sub = names[c - firstCol] ?? '';
        names[c - firstCol] = sub === '' || sub === group ? group : `${group}_${sub}`;
      }
    }
  }
  return names;
}
