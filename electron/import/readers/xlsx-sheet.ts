// One worksheet's XML, streamed: rows come out a chunk at a time as cell objects shaped like
// SheetJS's (so one conversion, spreadsheet-cells.ts, serves both readers), following the
// rules SheetJS applied when it read the whole sheet: cells placed by their `r` reference (or
// after the previous one), value-less cells dropped, shared strings looked up, dates told by
// their style's number format, and a cached formula result read as the cell's value.

import type { CellObject } from 'xlsx';
import type { Merge } from './spreadsheet-header';
import type { SharedStrings } from './xlsx-shared-strings';
import { StringItemCollector } from './xlsx-shared-strings';
import { parseDigits, unescapeCellText, XmlScanner } from './xml-scanner';

export interface SheetRow {
  /** 0-based row index. */
  r: number;
  /** Cells by 0-based column (sparse), or null when only the extent was asked for. */
  cells: CellObject[] | null;
  /** First and last column holding a value (not an empty string); -1 when none. */
  first: number;
  last: number;
}

export interface SheetContext {
  strings: SharedStrings;
  formats: readonly (string | undefined)[];
  date1904: boolean;
}

const NAMES = ['row', 'c', 'v', 'is', 't', 'rPh', 'mergeCell', 'dimension'];
const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** `A1:H20` → range; null when it does not parse. */
export function decodeRange(ref: string): Merge | null {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref.trim().toUpperCase());
  if (!m) return null;
  const col = (s: string): number => [...s].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const s = { r: Number(m[2]) - 1, c: col(m[1] as string) };
  return { s, e: m[3] ? { r: Number(m[4]) - 1, c: col(m[3]) } : s };
}

/** Digits-only integers (the common case) without making a string; anything else as parseFloat did. */
function parseNumber(buf: Buffer, start: number, end: number): number {
  let i = start;
  const negative = buf[i] === 0x2d;
  if (negative) i++;
  if (end - i > 0 && end - i <= 15) {
    let n = 0;
    for (; i < end; i++) {
      const d = (buf[i] as number) - 0x30;
      if (d < 0 || d > 9) break;
      n = n * 10 + d;
    }
    if (i === end) return negative ? -n : n;
  }
  return parseFloat(unescapeCellText(buf.toString('utf8', start, end)));
}

function isoDateSerial(text: string, date1904: boolean): number {
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(text) || !/T/.test(text) ? text : `${text}Z`);
  return (ms - (date1904 ? EPOCH_1904 : EPOCH_1900)) / MS_PER_DAY;
}

/**
 * Streams the rows of one sheet. `wantValues(r)` says which rows need their cells; the others
 * only report their extent, which is cheap (nothing decoded). Merged ranges are collected in
 * `merges` (they follow the cells in the file) and the declared dimension in `dimensionRows`.
 */
export class SheetParser {
  readonly merges: Merge[] = [];
  dimensionRows: number | null = null;
  private readonly out: SheetRow[] = [];
  private readonly scanner: XmlScanner;
  private readonly item = new StringItemCollector();
  private prevRow = -1;
  private row: SheetRow | null = null;
  private rowHasRef = false;
  private stored = 0;
  private col = -1;
  private type = '';
  private style = -1;
  private cellOpen = false;
  private inV = false;
  private vParts: Buffer[] = [];
  private inIs = false;
  private sawIs = false;

  constructor(
    private readonly ctx: SheetContext,
    private readonly wantValues: (r: number) => boolean,
  ) {
    this.scanner = new XmlScanner(NAMES, {
      open: (name, selfClosing) => this.open(name, selfClosing),
      close: (name) => this.close(name),
      text: (buf, start, end, cdata) => {
        if (this.inV) this.vParts.push(buf.subarray(start, end));
        else if (this.inIs) this.item.text(buf, start, end, cdata);
      },
    });
  }

  /** Feeds a chunk; returns the rows it completed. */
  write(chunk: Buffer): SheetRow[] {
    this.scanner.write(chunk);
    return this.out.splice(0, this.out.length);
  }

  private intAttr(local: string): number | null {
    const r = this.scanner.attrRange(local);
    if (!r) return null;
    const fast = parseDigits(r[0], r[1], r[2]);
    if (fast !== null) return fast;
    const n = parseInt(r[0].toString('latin1', r[1], r[2]), 10);
    return Number.isFinite(n) ? n : null;
  }

  /** The `t` attribute without making a string for the usual values. */
  private typeAttr(): string {
    const r = this.scanner.attrRange('t');
    if (!r) return '';
    const [buf, start, end] = r;
    if (end - start === 1) {
      const b = buf[start];
      if (b === 0x73) return 's';
      if (b === 0x6e) return 'n';
      if (b === 0x62) return 'b';
    }
    return buf.toString('latin1', start, end);
  }

  private open(name: string, selfClosing: boolean): void {
    switch (name) {
      case 'row': {
        const r = this.intAttr('r');
        this.rowHasRef = r !== null;
        const index = r !== null ? r - 1 : this.prevRow + 1;
        this.row = { r: index, cells: this.wantValues(index) ? [] : null, first: -1, last: -1 };
        this.stored = 0;
        this.col = -1;
        return;
      }
      case 'c':
        return this.openCell(selfClosing);
      case 'v':
        if (this.cellOpen) {
          this.inV = true;
          this.vParts = [];
        }
        return;
      case 'is':
        if (this.cellOpen) {
          this.inIs = true;
          this.sawIs = true;
          this.item.begin();
        }
        return;
      case 'mergeCell': {
        const ref = this.scanner.attr('ref');
        const range = ref ? decodeRange(ref) : null;
        if (range) this.merges.push(range);
        return;
      }
      case 'dimension': {
        const ref = this.scanner.attr('ref');
        const range = ref ? decodeRange(ref) : null;
        if (range) this.dimensionRows = range.e.r + 1;
        return;
      }
      default:
        if (this.inIs) this.item.open(name);
    }
  }

  private openCell(selfClosing: boolean): void {
    this.cellOpen = true;
    this.vParts = [];
    this.sawIs = false;
    const ref = this.scanner.attrRange('r');
    let col = -1;
    if (ref) {
      const [buf, start, end] = ref;
      let i = start;
      let c = 0;
      for (; i < end; i++) {
        const d = (buf[i] as number) - 64;
        if (d < 1 || d > 26) break;
        c = c * 26 + d;
      }
      if (i > start) col = c - 1;
      if (!this.rowHasRef && this.stored === 0 && this.row && i < end) {
        const rowNo = parseInt(buf.toString('latin1', i, end), 10);
        if (rowNo > 0 && rowNo - 1 !== this.row.r) {
          this.row.r = rowNo - 1;
          this.row.cells = this.wantValues(this.row.r) ? [] : null;
        }
      }
    }
    this.col = col >= 0 ? col : this.col + 1;
    this.type = this.typeAttr();
    this.style = this.intAttr('s') ?? -1;
    if (selfClosing) this.vParts = [];
  }

  private close(name: string): void {
    switch (name) {
      case 'v':
        this.inV = false;
        return;
      case 'is':
        this.inIs = false;
        return;
      case 'c':
        if (this.cellOpen) this.finishCell();
        this.cellOpen = false;
        return;
      case 'row':
        if (this.row) {
          if (this.stored > 0) this.out.push(this.row);
          this.prevRow = this.row.r;
          this.row = null;
        }
        return;
      default:
        if (this.inIs) this.item.close(name);
    }
  }

  private finishCell(): void {
    const row = this.row;
    if (!row) return;
    const v = this.vParts.length === 1 ? (this.vParts[0] as Buffer) : Buffer.concat(this.vParts);
    const hasV = v.length > 0;
    const type = this.type || 'n';
    if (!this.type && !hasV) return;
    let cell: CellObject;
    let filled = true;
    switch (type) {
      case 'n':
        if (!hasV) return;
        cell = { t: 'n', v: row.cells ? parseNumber(v, 0, v.length) : 0, z: this.format() };
        break;
      case 's': {
        if (!hasV) return;
        const idx = parseDigits(v, 0, v.length) ?? parseInt(v.toString('latin1'), 10);
        filled = !this.ctx.strings.isEmpty(idx);
        cell = { t: 's', v: row.cells ? this.ctx.strings.get(idx) : '' };
        break;
      }
      case 'str':
      case 'inlineStr': {
        const text = type === 'str' ? (hasV ? unescapeCellText(v.toString('utf8')) : '') : this.sawIs ? this.item.value() : '';
        filled = text !== '';
        cell = { t: 's', v: text };
        break;
      }
      case 'b': {
        const raw = v.toString('latin1');
        cell = { t: 'b', v: raw === '1' || raw === 'true' };
        break;
      }
      case 'e':
        cell = { t: 'e', w: unescapeCellText(v.toString('utf8')) };
        break;
      case 'd':
        cell = { t: 'n', v: isoDateSerial(v.toString('latin1'), this.ctx.date1904), z: this.format() };
        break;
      default:
        // An unknown type still occupies its column, as it did; it converts to nothing.
        cell = { t: 'z' };
    }
    this.stored++;
    if (filled) {
      if (row.first < 0 || this.col < row.first) row.first = this.col;
      if (this.col > row.last) row.last = this.col;
    }
    if (row.cells) row.cells[this.col] = cell;
  }

  /** No style, or one styles.xml does not have, is General (format id 0). */
  private format(): string | undefined {
    return this.style >= 0 ? this.ctx.formats[this.style] : undefined;
  }
}

/** Streams a sheet as batches of rows (one batch per inflated chunk). */
export async function* sheetRows(chunks: AsyncIterable<Buffer> | Iterable<Buffer>, parser: SheetParser): AsyncGenerator<SheetRow[]> {
  for await (const chunk of chunks) {
    const rows = parser.write(chunk);
    if (rows.length) yield rows;
  }
}
