// Bad input never crashes a reader: each case is a clear ImportReadError naming where, or a safe result.
import { randomBytes } from 'node:crypto';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { ImportReadError, openSource, readAllTables } from '../../../electron/import/readers';
import { tempDir } from './helpers';
import { zipOf } from './zip-fixture';

const tmp = tempDir();

async function failure(path: string, opts = {}): Promise<ImportReadError> {
  try {
    await readAllTables(openSource(path, opts));
  } catch (err) {
    expect(err).toBeInstanceOf(ImportReadError);
    return err as ImportReadError;
  }
  throw new Error(`expected ${path} to be refused`);
}

describe('broken input', () => {
  it('empty file', async () => {
    expect((await failure(tmp.write('empty.csv', ''))).code).toBe('empty-file');
  });

  it('random bytes with a text extension', async () => {
    const err = await failure(tmp.write('noise.csv', randomBytes(4096)));
    expect(err.code).toBe('format-mismatch');
    expect(err.message).toMatch(/content is a binary file/);
  });

  it('lying extensions', async () => {
    const xlsx = XLSX.write(XLSX.utils.book_new(XLSX.utils.aoa_to_sheet([['a'], [1]])), { type: 'buffer', bookType: 'xlsx' }) as Buffer;
    expect((await failure(tmp.write('really-xlsx.csv', xlsx))).message).toMatch(/name says \.csv but the content is a zip-based workbook/);
    expect((await failure(tmp.write('really-xlsx.xls', xlsx))).code).toBe('format-mismatch');
    expect((await failure(tmp.write('really-text.xlsx', 'a,b\n1,2\n'))).message).toMatch(/name says \.xlsx but the content is a text file/);
    expect((await failure(tmp.write('really-text.sqlite', 'hello'))).code).toBe('format-mismatch');
    expect((await failure(tmp.write('png.csv', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(100)])))).message).toMatch(/PNG/);
  });

  it('truncated xlsx', async () => {
    const ws = XLSX.utils.aoa_to_sheet(Array.from({ length: 500 }, (_, i) => [i, `row ${i}`]));
    const full = XLSX.write(XLSX.utils.book_new(ws), { type: 'buffer', bookType: 'xlsx' }) as Buffer;
    const err = await failure(tmp.write('cut.xlsx', full.subarray(0, Math.floor(full.length / 2))));
    expect(['corrupt', 'unsupported-format']).toContain(err.code);
    expect(err.message).toContain('cut.xlsx');
  });

  it('zip bombs: by declared ratio and by lying sizes', async () => {
    const ratio = await failure(tmp.write('bomb.xlsx', zipOf('xl/worksheets/sheet1.xml', 64 * 1024 * 1024)));
    expect(ratio.code).toBe('zip-bomb');
    expect(ratio.message).toMatch(/expands \d+×/);
    const lying = await failure(tmp.write('liar.xlsx', zipOf('xl/worksheets/sheet1.xml', 8 * 1024 * 1024, 1000)));
    expect(lying.code).toBe('zip-bomb');
    expect(lying.message).toMatch(/beyond its declared size/);
  });

  it('a cell over the size cap names row and column', async () => {
    const big = 'x'.repeat(1024 * 1024 + 10);
    const csv = await failure(tmp.write('bigcell.csv', `id,comment\n1,ok\n2,${big}\n`));
    expect(csv.code).toBe('cell-too-large');
    expect(csv.location).toMatchObject({ file: 'bigcell.csv', row: 3, column: 'comment' });
    // Excel caps a cell at 32,767 characters, so the workbook case uses a lower limit.
    const ws = XLSX.utils.aoa_to_sheet([
      ['id', 'comment'],
      [1, 'ok'],
      [2, 'y'.repeat(2000)],
    ]);
    const path = tmp.write('bigcell.xlsx', XLSX.write(XLSX.utils.book_new(ws, 'S'), { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const xl = await failure(path, { limits: { maxCellChars: 1000 } });
    expect(xl.location).toMatchObject({ file: 'bigcell.xlsx', sheet: 'S', row: 3, column: 'comment' });
    expect(xl.message).toBe('bigcell.xlsx, sheet "S", row 3, column "comment": cell is longer than 1000 characters');
  });

  it('header-only CSV gives a table with no rows', async () => {
    const [t] = await readAllTables(openSource(tmp.write('header-only.csv', '客户,金额\n')));
    expect(t?.info.columns).toEqual(['客户', '金额']);
    expect(t?.rows).toEqual([]);
  });

  it('duplicate, empty and __proto__ headers become safe unique names', async () => {
    const src = openSource(tmp.write('headers.csv', 'name,,Name,__proto__,constructor\n1,2,3,4,5\n'));
    const [t] = await readAllTables(src);
    expect(t?.info.columns).toEqual(['name', 'column_2', 'Name_2', 'proto', 'constructor']);
    expect(t?.info.sourceColumns).toEqual(['name', '', 'Name', '__proto__', 'constructor']);
    expect(src.warnings.count('header-renamed')).toBe(3);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('unterminated quote names the line where the field began', async () => {
    const err = await failure(tmp.write('quote.csv', 'a,b\n1,2\n3,"oops\n4,5\n'));
    expect(err.code).toBe('unterminated-quote');
    expect(err.message).toBe('quote.csv, row 3, column "b": the quoted field beginning on line 3 is never closed');
  });

  it('an unterminated string in a SQL dump names its statement line', async () => {
    const err = await failure(tmp.write('cut.sql', "CREATE TABLE t (a text);\nINSERT INTO t VALUES ('abc"));
    expect(err.code).toBe('unterminated-statement');
    expect(err.location.row).toBe(2);
  });

  it('GBK bytes after a UTF-8-looking sample fail loudly, not as mojibake', async () => {
    const head = Buffer.from(`a,b\n${'1,2\n'.repeat(400_000)}`);
    const tail = Buffer.from([0xbf, 0xcd, 0xbb, 0xa7, 0x2c, 0x31, 0x0a]);
    const err = await failure(tmp.write('late-gbk.csv', Buffer.concat([head, tail])));
    expect(err.code).toBe('invalid-encoding');
  });

  it('a damaged SQLite file', async () => {
    const bytes = Buffer.alloc(4096);
    bytes.write('SQLite format 3\u0000', 0, 'latin1');
    expect((await failure(tmp.write('bad.sqlite', bytes))).code).toBe('corrupt');
  });
});
