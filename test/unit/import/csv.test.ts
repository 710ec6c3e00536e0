import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../electron/import/readers/csv';
import { CsvTokenizer } from '../../../electron/import/readers/csv-tokenizer';
import { detectEncoding } from '../../../electron/import/readers/encoding';
import { ImportReadError } from '../../../electron/import/readers/errors';
import { readAllTables } from '../../../electron/import/readers/source';
import { tempDir } from './helpers';

const tmp = tempDir();

function tokenize(text: string, chunk = text.length, delimiter = ','): { fields: string[]; line: number }[] {
  const tok = new CsvTokenizer({ delimiter, file: 't.csv', maxCellChars: 1000, maxColumns: 100 });
  const out = [];
  for (let i = 0; i < text.length; i += chunk) out.push(...tok.feed(text.slice(i, i + chunk), false));
  out.push(...tok.feed('', true));
  return out;
}

describe('CSV tokenizer', () => {
  const tricky = 'id,note,amount\r\n1,"multi\nline ""quoted""",5\n2,,"1,234"\n3,"a""b",\n"4",plain"text,9';
  const expected = [
    { fields: ['id', 'note', 'amount'], line: 1 },
    { fields: ['1', 'multi\nline "quoted"', '5'], line: 2 },
    { fields: ['2', '', '1,234'], line: 4 },
    { fields: ['3', 'a"b', ''], line: 5 },
    { fields: ['4', 'plain"text', '9'], line: 6 },
  ];

  it('handles quoted newlines, doubled quotes, CRLF and line numbers', () => {
    expect(tokenize(tricky)).toEqual(expected);
  });

  it('gives the same records whatever the chunk boundaries', () => {
    for (const size of [1, 2, 3, 5, 7, 13]) expect(tokenize(tricky, size)).toEqual(expected);
  });

  it('reports an unterminated quote with the line where the field began', () => {
    try {
      tokenize('a,b\n1,"never closed\n2,3\n4,5\n');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ImportReadError);
      expect((err as ImportReadError).code).toBe('unterminated-quote');
      expect((err as ImportReadError).location.row).toBe(2);
      expect((err as ImportReadError).message).toContain('line 2');
    }
  });

  it('stops a runaway quoted cell at the size cap', () => {
    expect(() => tokenize(`a\n"${'x'.repeat(5000)}`, 100)).toThrow(/longer than 1000/);
  });
});

describe('readCsv', () => {
  it('sniffs ; and tab delimiters and a UTF-8 BOM', async () => {
    const semi = tmp.write('semi.csv', '\uFEFF客户;金额;日期\nA;1,5;2024/3/5\nB;2;2024/3/6\n');
    const src = readCsv(semi);
    const [t] = await readAllTables(src);
    expect(src.details.get('delimiter')).toBe(';');
    expect(t?.info.columns).toEqual(['客户', '金额', '日期']);
    expect(t?.rows.map((r) => r.values)).toEqual([
      ['A', '1,5', '2024/3/5'],
      ['B', '2', '2024/3/6'],
    ]);
    const tsv = tmp.write('t.tsv', 'a\tb\n1\t"x,y"\n');
    const [t2] = await readAllTables(readCsv(tsv));
    expect(t2?.rows[0]?.values).toEqual(['1', 'x,y']);
  });

  it('reports ragged rows and keeps their overflow', async () => {
    const p = tmp.write('ragged.csv', 'a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12,\n');
    const src = readCsv(p);
    const [t] = await readAllTables(src);
    expect(t?.rows.map((r) => r.values)).toEqual([
      ['1', '2', '3'],
      ['4', '5', null],
      ['6', '7', '8'],
      ['10', '11', '12'],
    ]);
    expect(t?.rows[2]?.extra).toEqual(['9']);
    const ragged = src.warnings.items.filter((w) => w.code === 'ragged-row');
    expect(ragged.map((w) => [w.row, w.message])).toEqual([
      [3, 'line 3: expected 3 columns, got 2 (missing cells left empty)'],
      [4, 'line 4: expected 3 columns, got 4 (extra cells kept apart)'],
    ]);
  });

  it('maps null markers only when asked', async () => {
    const p = tmp.write('na.csv', 'a,b,c\nNA,\\N,\nNULL,x,""\n');
    const [plain] = await readAllTables(readCsv(p));
    expect(plain?.rows.map((r) => r.values)).toEqual([
      ['NA', '\\N', null],
      ['NULL', 'x', null],
    ]);
    const [common] = await readAllTables(readCsv(p, { nullMarkers: 'common' }));
    expect(common?.rows.map((r) => r.values)).toEqual([
      [null, null, null],
      [null, 'x', null],
    ]);
  });

  it('skips title lines and detects header-less files', async () => {
    const titled = tmp.write('titled.csv', '2024年3月订单报表\n客户,金额,日期\nA,1,2024-03-01\n');
    const src = readCsv(titled);
    const [t] = await readAllTables(src);
    expect(t?.info.columns).toEqual(['客户', '金额', '日期']);
    expect(t?.info.headerRow).toBe(2);
    expect(t?.rows).toHaveLength(1);
    expect(src.warnings.count('title-rows-skipped')).toBe(1);
    const bare = tmp.write('bare.csv', '1,2024-03-01,5.5\n2,2024-03-02,6\n');
    const [b] = await readAllTables(readCsv(bare));
    expect(b?.info.columns).toEqual(['column_1', 'column_2', 'column_3']);
    expect(b?.rows).toHaveLength(2);
    expect(b?.rows[0]?.lineage.row).toBe(1);
  });

  it('reads GBK text and streams a large file in batches', async () => {
    const gbk = tmp.write('gbk.csv', iconv.encode('客户名称,订单金额,是否流失\n张三,12,是\n李四,8,否\n', 'gbk'));
    const src = readCsv(gbk);
    const [t] = await readAllTables(src);
    expect(src.encoding).toBe('gb18030');
    expect(t?.rows[1]?.values).toEqual(['李四', '8', '否']);

    const lines = ['id,name,amount'];
    for (let i = 1; i <= 50_000; i++) lines.push(`${i},"name ${i}, ""q""",${i * 1.5}`);
    const big = tmp.write('big.csv', lines.join('\n'));
    let count = 0;
    let batches = 0;
    let last = 0;
    for await (const table of readCsv(big, { limits: { batchSize: 5000 } }).tables()) {
      for await (const batch of table.rows()) {
        batches++;
        count += batch.length;
        last = batch.at(-1)?.lineage.row ?? 0;
      }
    }
    expect(count).toBe(50_000);
    expect(batches).toBeGreaterThan(5);
    expect(last).toBe(50_001);
  });
});

describe('encoding detection', () => {
  const text = '客户名称,订单金额,流失\n北京客户,12,是\n上海客户,8,否\n';

  it('BOMs win', () => {
    expect(detectEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x61])).encoding).toBe('utf-8');
    expect(detectEncoding(Buffer.from([0xff, 0xfe, 0x61, 0x00]))).toMatchObject({ encoding: 'utf-16le', bomLength: 2 });
    expect(detectEncoding(Buffer.from([0xfe, 0xff, 0x00, 0x61]))).toMatchObject({ encoding: 'utf-16be', bomLength: 2 });
  });

  it('strict UTF-8 beats GB18030 (which would also "decode" it)', () => {
    const utf8 = Buffer.from(text, 'utf8');
    expect(iconv.decode(utf8, 'gb18030')).not.toContain('客户');
    expect(detectEncoding(utf8).encoding).toBe('utf-8');
  });

  it('tells GBK from Big5 by common hanzi', () => {
    expect(detectEncoding(iconv.encode(text, 'gbk')).encoding).toBe('gb18030');
    expect(detectEncoding(iconv.encode('客戶名稱,訂單金額,流失\n台北客戶,12,是\n高雄客戶,8,否\n', 'big5')).encoding).toBe('big5');
  });

  it('recognises BOM-less UTF-16 and honours an override', () => {
    expect(detectEncoding(iconv.encode('a,b\n1,2\n', 'utf-16le')).encoding).toBe('utf-16le');
    expect(detectEncoding(Buffer.from(text, 'utf8'), 'gb18030')).toMatchObject({ encoding: 'gb18030', reason: 'override' });
  });
});
