// Text batches cross from the parse worker to the writer packed as one UTF-8 buffer, and SQLite
// cuts the cells out of it. The raw table must end up byte for byte what binding each string
// gives: same text, same type, same row numbers and rowids, for every kind of character and at
// every chunk boundary.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packTextCells, unpackTextCells } from '../../../electron/import/worker/packed-batch';
import { createRawTable } from '../../../electron/import/writer/raw-table';
import { beginImportRecord } from '../../../electron/import/writer/import-records';
import { openWorkspace } from '../../../electron/store/workspace';
import type { SourceValue } from '../../../electron/import/readers';
import { tempDir } from './helpers';

const tmp = tempDir();

const AWKWARD = [
  '',
  'plain',
  '商品12',
  '流失 驾驶舱',
  '😀 emoji outside the BMP',
  '\uFEFFstarts with a BOM',
  'tab\tnew\nline "quoted" \\ back',
  'nul \u0000 inside',
  'é ñ ü — €',
  '0007',
  ' 3.10 ',
];

function cells(rows: number, width: number, pick: (i: number, c: number) => string): string[] {
  const out: string[] = [];
  for (let i = 0; i < rows; i++) for (let c = 0; c < width; c++) out.push(pick(i, c));
  return out;
}

describe('packTextCells', () => {
  it('round-trips every kind of text, empty cells included', () => {
    const packed = packTextCells(AWKWARD);
    expect(packed).not.toBeNull();
    expect(unpackTextCells(packed!)).toEqual(AWKWARD);
    expect(packed!.bytes.length).toBe(Buffer.byteLength(AWKWARD.join(''), 'utf8') + 1);
    expect(packed!.ends[0]).toBe(0);
    expect(packed!.ends[2]! - packed!.ends[1]!).toBe(Buffer.byteLength('商品12'));
  });

  it('writes a lone surrogate as U+FFFD, as binding the string does', () => {
    const packed = packTextCells(['a\uD800b', 'x']);
    expect(unpackTextCells(packed!)).toEqual(['a\uFFFDb', 'x']);
  });

  it('leaves batches with numbers, nulls or bytes unpacked: their types would be lost', () => {
    const others: SourceValue[][] = [
      ['a', 1],
      ['a', null],
      ['a', new Uint8Array([1, 2])],
    ];
    for (const batch of others) expect(packTextCells(batch)).toBeNull();
  });
});

describe('raw table: packed rows equal bound rows', () => {
  async function both(width: number, rows: number, pick: (i: number, c: number) => string) {
    const ws = await openWorkspace(join(tmp.dir, `w${width}-${rows}.churn`), { create: true });
    const importId = beginImportRecord(ws.db, ['f.csv'], 'raw');
    const columns = Array.from({ length: width }, (_, c) => `col${c}`);
    const info = { name: 'f', file: 'f.csv', columns, sourceColumns: columns, headerRow: 1 };
    const bound = createRawTable(ws.db, importId, { ...info, name: 'bound' }, new Set());
    const packedTable = createRawTable(ws.db, importId, { ...info, name: 'packed' }, new Set());
    const values = cells(rows, width, pick);
    const rowNumbers = Array.from({ length: rows }, (_, i) => 2 + i * 3);
    // Written twice, as two batches, so the second starts past the first's rowids.
    const firstBound = [bound.write(values, rows, rowNumbers, []), bound.write(values, rows, rowNumbers, [])];
    const packed = packTextCells(values)!;
    const firstPacked = [packedTable.writePacked(packed, rows, rowNumbers), packedTable.writePacked(packed, rows, rowNumbers)];
    const read = (table: string) =>
      ws.db
        .prepare(`SELECT rowid, *, ${columns.map((c) => `typeof("${c}")`).join(', ')} FROM "${table}" ORDER BY rowid`)
        .raw()
        .all();
    const result = { bound: read(bound.name), packed: read(packedTable.name), firstBound, firstPacked };
    ws.close();
    return result;
  }

  it('every awkward cell, over several 100-row chunks and a ragged tail', async () => {
    const r = await both(3, 257, (i, c) => AWKWARD[(i * 3 + c) % AWKWARD.length]!);
    expect(r.packed).toEqual(r.bound);
    expect(r.packed).toHaveLength(514);
    expect(r.firstPacked).toEqual([1, 258]);
    expect(r.firstPacked).toEqual(r.firstBound);
    // Text stays text, '' stays '' (not NULL), and the lineage row numbers are integers.
    const first = r.packed[0] as unknown[];
    expect(first.slice(1, 3)).toEqual([2, null]);
    expect(first.at(-3)).toBe('text');
  });

  it('a chunk of nothing but empty cells keeps them empty, not NULL', async () => {
    const r = await both(2, 150, (i) => (i < 120 ? '' : 'x'));
    expect(r.packed).toEqual(r.bound);
    expect((r.packed[0] as unknown[]).slice(3)).toEqual(['', '', 'text', 'text']);
  });

  it('a wide table, where fewer rows fit a statement', async () => {
    const r = await both(400, 181, (i, c) => `${i}:${c}${c % 7 === 0 ? '商' : ''}`);
    expect(r.packed).toEqual(r.bound);
    expect(r.packed).toHaveLength(362);
  });
});
