// Every public dataset in ../shared/data, read with the exact row counts its PROVENANCE.md gives.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSource, readAllTables, type SourceRow, type SourceValue } from '../../../electron/import/readers';
import { readSqlDump } from '../../../electron/import/readers/sql-dump/reader';
import { parseDate } from '../../../shared/import/convert';
import { dataDir, hasData } from './helpers';

const d = (...p: string[]): string => join(dataDir, ...p);

async function counts(path: string, opts = {}): Promise<Record<string, number>> {
  const out: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const t of await readAllTables(openSource(path, opts))) out[t.info.name] = (out[t.info.name] ?? 0) + t.rows.length;
  return out;
}

const CHINOOK: Record<string, number> = {
  Album: 347,
  Artist: 275,
  Customer: 59,
  Employee: 8,
  Genre: 25,
  Invoice: 412,
  InvoiceLine: 2240,
  MediaType: 5,
  Playlist: 18,
  PlaylistTrack: 8715,
  Track: 3503,
};
const PG_NAMES: Record<string, string> = { InvoiceLine: 'invoice_line', MediaType: 'media_type', PlaylistTrack: 'playlist_track' };
const pgName = (t: string): string => PG_NAMES[t] ?? t.toLowerCase();

const SAKILA: Record<string, number> = {
  actor: 200,
  address: 603,
  category: 16,
  city: 600,
  country: 109,
  customer: 599,
  film: 1000,
  film_actor: 5462,
  film_category: 1000,
  inventory: 4581,
  language: 6,
  payment: 16049,
  rental: 16044,
  staff: 2,
  store: 2,
  film_text: 0,
};

describe.skipIf(!hasData)('public datasets', () => {
  it('cn-telecom-churn: UTF-8 (not GB18030 mojibake), 1,000 rows × 6', async () => {
    const src = openSource(d('cn-telecom-churn', '电信客户流失数据.csv'));
    const [t] = await readAllTables(src);
    expect(src.encoding).toBe('utf-8');
    expect(t?.info.columns).toEqual(['客户等级', '主叫次数', '被叫次数', '通话时长', '费用', '流失']);
    expect(t?.rows).toHaveLength(1000);
    expect(t?.rows.every((r) => r.values.length === 6 && !r.extra)).toBe(true);
    expect(t?.rows.filter((r) => r.values[5] === '1')).toHaveLength(400);
    expect(src.warnings.items).toEqual([]);
  });

  it('cn-taobao-orders 1月.csv: GBK, 50 rows, trailing-space header tidied', async () => {
    const src = openSource(d('cn-taobao-orders', '03', '16', '1月.csv'));
    const [t] = await readAllTables(src);
    expect(src.encoding).toBe('gb18030');
    expect(t?.info.sourceColumns.at(-1)).toBe('订单付款时间 ');
    expect(t?.info.columns).toEqual(['买家会员名', '买家实际支付金额', '收货人姓名', '宝贝标题', '订单付款时间']);
    expect(t?.rows).toHaveLength(50);
    expect(parseDate(t?.rows[0]?.values[4] as string)).toBe('2018-05-16 09:41:00');
  });

  it.each([
    ['2018.xlsx', 'sheet1', 1784, 317],
    ['2019.xlsx', 'Sheet1', 2124, 320],
    ['all.xlsx', 'Sheet1', 3908, 637],
  ])('cn-taobao-orders %s: %s has %i orders, %i unpaid', async (file, sheet, rows, unpaid) => {
    const [t, ...rest] = await readAllTables(openSource(d('cn-taobao-orders', '14', 'data', file)));
    expect(rest).toHaveLength(0);
    expect(t?.info.name).toBe(sheet);
    expect(t?.rows).toHaveLength(rows);
    const paidAt = t?.info.columns.indexOf('订单付款时间') ?? -1;
    expect(t?.rows.filter((r) => r.values[paidAt] === null)).toHaveLength(unpaid);
    expect(t?.rows[0]?.lineage).toEqual({ file, sheet, row: 2 });
    expect(t?.rows.at(-1)?.lineage.row).toBe(rows + 1);
    const dates = t?.rows.map((r) => r.values[paidAt]).filter((v): v is string => typeof v === 'string') ?? [];
    expect(dates.every((v) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(v))).toBe(true);
  });

  it('cn-taobao-orders TB2018.xls: BIFF8, 1,783 orders, serial dates converted, masked phones kept as text', async () => {
    const [t] = await readAllTables(openSource(d('cn-taobao-orders', '04', '48', 'TB2018.xls')));
    expect(t?.info.columns).toEqual(['买家会员名', '买家实际支付金额', '宝贝总数量', '宝贝标题', '收货人姓名', '联系手机', '订单付款时间', '订单创建时间']);
    expect(t?.rows).toHaveLength(1783);
    expect(t?.rows[0]?.values[6]).toBe('2018-01-01 09:26:18');
    expect(t?.rows[0]?.values[5]).toBe('182********');
    expect(t?.rows.filter((r) => r.values[6] === null)).toHaveLength(317);
    expect(new Set(t?.rows.map((r) => r.values[0])).size).toBe(1783);
  });

  it('chinook: the .sqlite file and all three scripts give the documented counts', async () => {
    expect(await counts(d('chinook', 'Chinook_Sqlite.sqlite'))).toEqual(CHINOOK);
    expect(await counts(d('chinook', 'Chinook_Sqlite.sql'))).toEqual(CHINOOK);
    expect(await counts(d('chinook', 'Chinook_MySql.sql'))).toEqual(CHINOOK);
    expect(await counts(d('chinook', 'Chinook_PostgreSql.sql'))).toEqual(Object.fromEntries(Object.entries(CHINOOK).map(([k, v]) => [pgName(k), v])));
  });

  it('chinook: Customer and Invoice rows are identical across the four sources', async () => {
    const norm = (v: SourceValue): string | number | null => {
      if (v === null || typeof v === 'number') return v;
      // MySQL/PostgreSQL scripts write '2021/1/1', SQLite '2021-01-01 00:00:00': same midnight.
      if (typeof v === 'string') return parseDate(v)?.replace(/ 00:00:00$/, '') ?? (/^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v);
      return Buffer.from(v).toString('hex');
    };
    const load = async (file: string, names: string[]): Promise<Map<string, (string | number | null)[][]>> => {
      const out = new Map<string, (string | number | null)[][]>();
      for (const t of await readAllTables(openSource(d('chinook', file)))) {
        const i = names.findIndex((n) => n.toLowerCase() === t.info.name.toLowerCase());
        if (i >= 0)
          out.set(
            ['Customer', 'Invoice'][i] as string,
            t.rows.map((r: SourceRow) => r.values.map(norm)),
          );
      }
      return out;
    };
    const sqlite = await load('Chinook_Sqlite.sqlite', ['Customer', 'Invoice']);
    expect(sqlite.get('Customer')).toHaveLength(59);
    expect(sqlite.get('Invoice')).toHaveLength(412);
    expect(sqlite.get('Invoice')?.[0]?.[2]).toBe('2021-01-01');
    for (const file of ['Chinook_Sqlite.sql', 'Chinook_MySql.sql', 'Chinook_PostgreSql.sql']) {
      const other = await load(file, ['Customer', 'Invoice']);
      expect(other.get('Customer'), file).toEqual(sqlite.get('Customer'));
      expect(other.get('Invoice'), file).toEqual(sqlite.get('Invoice'));
    }
  });

  it('sakila schema: 16 empty tables, views/triggers/routines counted as skipped', async () => {
    const src = readSqlDump(d('sakila', 'sakila-schema.sql'));
    const tables = await readAllTables(src);
    expect(tables.map((t) => t.info.name).sort()).toEqual(Object.keys(SAKILA).sort());
    expect(tables.every((t) => t.rows.length === 0)).toBe(true);
    const address = tables.find((t) => t.info.name === 'address');
    expect(address?.info.columns).toContain('location');
    expect(Object.fromEntries(src.details.get('skippedStatements') as Map<string, number>)).toMatchObject({
      'CREATE VIEW': 7,
      'CREATE TRIGGER': 3,
      'CREATE PROCEDURE': 3,
      'CREATE FUNCTION': 3,
    });
  });

  it('sakila data (+ schema for column names): documented counts, hex BLOB and versioned-comment GEOMETRY kept', async () => {
    const src = readSqlDump(d('sakila', 'sakila-data.sql'), { schemaFiles: [d('sakila', 'sakila-schema.sql')] });
    const tables = await readAllTables(src);
    const byName = Object.fromEntries(tables.map((t) => [t.info.name, t.rows.length]));
    expect(byName).toEqual(SAKILA);
    const customer = tables.find((t) => t.info.name === 'customer');
    expect(customer?.info.columns).toEqual(['customer_id', 'store_id', 'first_name', 'last_name', 'email', 'address_id', 'active', 'create_date', 'last_update']);
    const address = tables.find((t) => t.info.name === 'address');
    const loc = address?.info.columns.indexOf('location') ?? -1;
    expect(address?.rows.every((r) => r.values.length === 9 && r.values[loc] instanceof Uint8Array)).toBe(true);
    const staff = tables.find((t) => t.info.name === 'staff');
    const pic = staff?.rows[0]?.values[staff.info.columns.indexOf('picture')];
    expect(pic instanceof Uint8Array && Buffer.from(pic.subarray(0, 4)).toString('latin1')).toBe('\x89PNG');
    expect(staff?.rows[0]?.lineage.row).toBe(46432);
    const rental = tables.find((t) => t.info.name === 'rental');
    expect(rental?.rows.filter((r) => r.values[4] === null).length).toBeGreaterThan(150);
    const payment = tables.find((t) => t.info.name === 'payment');
    expect(payment?.rows.filter((r) => r.values[3] === null)).toHaveLength(5);
    expect(src.warnings.items).toEqual([]);
    expect(Object.fromEntries(src.details.get('skippedStatements') as Map<string, number>)).toMatchObject({ 'CREATE TRIGGER': 3, COMMIT: 15 });
  });

  it('sakila data alone: positional INSERTs get column_n names and a warning', async () => {
    const src = readSqlDump(d('sakila', 'sakila-data.sql'), { tables: ['customer'] });
    const [t] = await readAllTables(src);
    expect(t?.info.columns).toHaveLength(9);
    expect(t?.info.columns[0]).toBe('column_1');
    expect(t?.rows).toHaveLength(599);
    expect(src.warnings.count('no-column-names')).toBe(1);
  });
});
