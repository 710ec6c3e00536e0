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

/** The next row below `i` with anything in it. */
function nextFilled(rows: readonly (readonly SourceValue[] | undefined)[], i: number, end: number): readonly SourceValue[] | undefined {
  for (let j = i + 1; j < end; j++) if (nonEmpty(rows[j]) > 0) return rows[j];
  return undefined;
}

/** Numbers, dates or booleans in the row: data, not more labels. */
function hasTypedValue(row: readonly SourceValue[] | undefined): boolean {
  return (row ?? []).some((v) => !isEmpty(v) && !isLabel(v));
}

/**
 * Index of the header row (0-based), or -1 for a sheet with no data in its first rows.
 * Candidates are rows about as wide as the table and mostly labels. Notes written above a table
 * ("Lots of people / simply cannot resist writing / at the top…") are such rows too, so the
 * candidate directly above typed data (numbers, dates) wins; a table of text only keeps the first.
 */
export function findHeaderRow(rows: readonly (readonly SourceValue[] | undefined)[], merges: readonly Merge[] = []): number {
  const scan = Math.min(rows.length, SCAN_ROWS);
  let widest = 0;
  for (let i = 0; i < scan; i++) widest = Math.max(widest, nonEmpty(rows[i]));
  if (widest === 0) return -1;
  const need = Math.max(1, Math.ceil(widest * 0.6));
  let fallback = -1;
  let firstLabelRow = -1;
  for (let i = 0; i < scan; i++) {
    const n = nonEmpty(rows[i]);
    if (n < need) continue;
    if (fallback < 0) fallback = i;
    const labels = (rows[i] ?? []).filter(isLabel).length;
    if (labels < n * 0.5) continue;
    // A group row (客户 over 编号 | 名称) has horizontal merges and a fuller label row beneath it.
    const grouped = merges.some((m) => m.s.r === i && m.e.r === i && m.e.c > m.s.c);
    const header = grouped && rowIsHeader(rows[i + 1]) && nonEmpty(rows[i + 1]) > n ? i + 1 : i;
    if (hasTypedValue(nextFilled(rows, header, rows.length))) return header;
    if (firstLabelRow < 0) firstLabelRow = header;
  }
  return firstLabelRow >= 0 ? firstLabelRow : fallback;
}

/** True when the chosen row is labels rather than the first data row. */
export function rowIsHeader(row: readonly SourceValue[] | undefined): boolean {
  const n = nonEmpty(row);
  return n > 0 && (row ?? []).filter(isLabel).length >= n * 0.5;
}

export function headerTexts(rows: readonly (readonly SourceValue[] | undefined)[], headerRow: number, firstCol: number, lastCol: number, merges: readonly Merge[]): string[] {
  const text = (v: SourceValue | undefined): string => (v === null || v === undefined ? '' : v instanceof Uint8Array ? '' : String(v));
  const names: string[] = [];
  for (let c = firstCol; c <= lastCol; c++) names.push(text(rows[headerRow]?.[c]));
  const width = lastCol - firstCol + 1;
  // The row above is a row of group headings only when everything in it starts a merged cell;
  // a note above the table that happens to merge a few cells ("or | merging… | cells") is not.
  const above = headerRow - 1;
  let headings = above >= 0;
  for (let c = firstCol; headings && c <= lastCol; c++) {
    if (text(rows[above]?.[c]).trim() !== '' && !merges.some((m) => m.s.r === above && m.s.c === c)) headings = false;
  }
  for (const m of merges) {
    const spansCols = m.e.c > m.s.c;
    if (m.s.r <= headerRow && headerRow <= m.e.r) {
      const top = text(rows[m.s.r]?.[m.s.c]);
      for (let c = Math.max(m.s.c, firstCol); c <= Math.min(m.e.c, lastCol); c++) {
        if (names[c - firstCol] === '') names[c - firstCol] = top;
      }
    } else if (headings && spansCols && m.s.r === above && m.e.r === above && m.e.c - m.s.c + 1 < width) {
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
