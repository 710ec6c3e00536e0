// Every public dataset in ../shared/data imported into a workspace through the service edge,
// with the row counts its PROVENANCE.md gives. Skipped (with a note) when the folder is absent.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../shared/contract/domains/import';
import { dataDir, hasData, tempDir } from './helpers';
import { importFiles, openService } from './import-support';

const d = (...p: string[]): string => join(dataDir, ...p);
const tmp = tempDir();
let n = 0;

async function importInto(
  files: (string | { path: string; [k: string]: unknown })[],
  extra: Record<string, unknown> = {},
): Promise<{ result: ImportResult; db: Database.Database; path: string }> {
  const path = join(tmp.dir, `ws-${++n}.churn`);
  const service = await openService(path);
  try {
    const result = await importFiles(service, { files: files.map((f) => (typeof f === 'string' ? { path: f } : f)), ...extra });
    return { result, db: new Database(path, { readonly: true }), path };
  } finally {
    service.close();
  }
}

const count = (db: Database.Database, sql: string): number => db.prepare(sql).pluck().get() as number;
const dbs: Database.Database[] = [];
afterAll(() => dbs.forEach((db) => db.close()));
const keep = <T extends { db: Database.Database }>(x: T): T => (dbs.push(x.db), x);

describe.skipIf(!hasData)('importing the public datasets', () => {
  it('cn-telecom-churn: 1,000 customers, status from 流失 (400 cancelled), usage columns kept as attributes', async () => {
    const { result, db } = keep(await importInto([d('cn-telecom-churn', '电信客户流失数据.csv')]));
    expect(result.tables).toMatchObject([{ target: 'customers', rowsRead: 1000, rowsImported: 1000, rowsRejected: 0, mappingSource: 'suggested' }]);
    expect(count(db, 'SELECT count(*) FROM customers')).toBe(1000);
    expect(count(db, "SELECT count(*) FROM customers WHERE status = 'cancelled'")).toBe(400);
    expect(count(db, "SELECT count(*) FROM customers WHERE segment = '1'")).toBe(552);
    expect(count(db, "SELECT count(*) FROM customers WHERE json_extract(attributes, '$.费用') IS NOT NULL")).toBe(1000);
    expect(count(db, `SELECT count(*) FROM "${result.tables[0]?.rawTable ?? ''}"`)).toBe(1000);
  });

  it.each([
    ['14/data/2018.xlsx', 1784, 317, 1439],
    ['14/data/2019.xlsx', 2124, 320, 1779],
    ['14/data/all.xlsx', 3908, 637, 3167],
  ])('cn-taobao-orders %s: %i rows read, the %i unpaid (no payment time) rejected by row and column with the reason, buyers created', async (file, rows, unpaid, buyers) => {
    const { result, db } = keep(await importInto([d('cn-taobao-orders', ...file.split('/'))]));
    expect(result.tables[0]).toMatchObject({ target: 'orders', rowsRead: rows, rowsImported: rows - unpaid, rowsRejected: unpaid });
    expect(count(db, 'SELECT count(*) FROM orders')).toBe(rows - unpaid);
    expect(count(db, `SELECT count(*) FROM "${result.tables[0]?.rawTable ?? ''}"`)).toBe(rows);
    // The reason names the cause: an empty payment time is an unpaid order.
    expect(
      count(
        db,
        `SELECT count(*) FROM import_rejects WHERE source_column = '订单付款时间' AND code = 'unpaidOrder' AND params = '{"column":"订单付款时间","field":"order_date","table":"orders"}'`,
      ),
    ).toBe(unpaid);
    expect(count(db, 'SELECT count(*) FROM import_rejects')).toBe(unpaid);
    expect(count(db, 'SELECT count(*) FROM customers')).toBeLessThanOrEqual(buyers);
    expect(count(db, 'SELECT count(*) FROM orders WHERE customer_id NOT IN (SELECT customer_id FROM customers)')).toBe(0);
  });

  it('cn-taobao-orders TB2018.xls: 1,783 orders dated by 订单创建时间, 1,783 customers created, serial dates converted', async () => {
    const { result, db } = keep(await importInto([d('cn-taobao-orders', '04', '48', 'TB2018.xls')]));
    expect(result).toMatchObject({ rowsRead: 1783, rowsImported: 1783, rowsRejected: 0, customersCreated: 1783 });
    expect(db.prepare('SELECT order_date FROM orders ORDER BY order_date LIMIT 1').pluck().get()).toMatch(/^2018-01-01 \d\d:\d\d:\d\d$/);
    expect(count(db, "SELECT count(*) FROM orders WHERE json_extract(attributes, '$.联系手机') LIKE '1__********'")).toBeGreaterThan(0);
  });

  it('cn-taobao-orders 1月.csv (GBK): 50 orders', async () => {
    const { result, db } = keep(await importInto([d('cn-taobao-orders', '03', '16', '1月.csv')]));
    expect(result.tables[0]).toMatchObject({ target: 'orders', rowsRead: 50, rowsImported: 50 });
    expect(db.prepare("SELECT order_date FROM orders WHERE order_date LIKE '2018-05-16%' LIMIT 1").pluck().get()).toBe('2018-05-16 09:41:00');
  });

  const CHINOOK = { Album: 347, Artist: 275, Customer: 59, Employee: 8, Genre: 25, Invoice: 412, InvoiceLine: 2240, MediaType: 5, Playlist: 18, PlaylistTrack: 8715, Track: 3503 };
  const chinookFiles = ['Chinook_Sqlite.sqlite', 'Chinook_Sqlite.sql', 'Chinook_MySql.sql', 'Chinook_PostgreSql.sql'];
  const chinookRows = new Map<string, unknown[]>();

  it.each(chinookFiles)('chinook %s: every table in a raw table, Customer → 59 customers, Invoice → 412 orders', async (file) => {
    const { result, db } = keep(await importInto([d('chinook', file)]));
    const read = Object.fromEntries(result.tables.map((t) => [t.table.toLowerCase().replace(/_/g, ''), t.rowsRead]));
    expect(read).toEqual(Object.fromEntries(Object.entries(CHINOOK).map(([k, v]) => [k.toLowerCase(), v])));
    expect(count(db, 'SELECT count(*) FROM customers')).toBe(59);
    expect(count(db, 'SELECT count(*) FROM orders')).toBe(412);
    expect(result.customersCreated).toBe(0);
    // Raw tables keep the source's types: integer ids stay integers, prices stay reals.
    const track = result.tables.find((t) => t.table.toLowerCase() === 'track')?.rawTable ?? '';
    const types = db
      .prepare(
        `SELECT DISTINCT typeof(${file.includes('Postgre') ? 'track_id' : 'TrackId'}) || '/' || typeof(${file.includes('Postgre') ? 'unit_price' : 'UnitPrice'}) FROM "${track}"`,
      )
      .pluck()
      .all();
    expect(types).toEqual(['integer/real']);
    chinookRows.set(file, [
      db.prepare('SELECT customer_id, name, city, region, owner FROM customers ORDER BY CAST(customer_id AS INTEGER)').raw(true).all(),
      db.prepare('SELECT order_id, customer_id, order_date, amount FROM orders ORDER BY CAST(order_id AS INTEGER)').raw(true).all(),
    ]);
  });

  it('chinook: the SQLite file and the three scripts yield the same canonical rows', () => {
    const first = chinookRows.get(chinookFiles[0] as string);
    expect(first).toBeDefined();
    for (const f of chinookFiles.slice(1)) expect(chinookRows.get(f), f).toEqual(first);
  });

  it('chinook via an explicit mapping: only Customer and Invoice mapped, the rest raw', async () => {
    const tables = [
      {
        table: 'Customer',
        target: 'customers',
        fields: [
          { field: 'customer_id', column: 'CustomerId' },
          { field: 'name', column: 'LastName' },
          { field: 'region', column: 'Country' },
        ],
      },
      {
        table: 'Invoice',
        target: 'orders',
        fields: [
          { field: 'order_id', column: 'InvoiceId' },
          { field: 'customer_id', column: 'CustomerId' },
          { field: 'order_date', column: 'InvoiceDate' },
          { field: 'amount', column: 'Total' },
        ],
      },
    ];
    const { result, db } = keep(await importInto([{ path: d('chinook', 'Chinook_Sqlite.sqlite'), tables }], { mapping: 'raw' }));
    expect(result.tables.filter((t) => t.target !== 'raw').map((t) => [t.table, t.target, t.mappingSource])).toEqual([
      ['Customer', 'customers', 'explicit'],
      ['Invoice', 'orders', 'explicit'],
    ]);
    expect(count(db, "SELECT count(*) FROM customers WHERE region = 'Brazil'")).toBe(5);
    expect(Math.round(count(db, 'SELECT sum(amount) FROM orders') * 100)).toBeGreaterThan(0);
  });

  it('sakila (schema + data): 599 customers (15 inactive → cancelled), 16,049 payments as orders, every table raw', async () => {
    const { result, db } = keep(await importInto([d('sakila', 'sakila-schema.sql'), d('sakila', 'sakila-data.sql')]));
    const byTable = Object.fromEntries(result.tables.map((t) => [t.table, t]));
    expect(byTable.customer).toMatchObject({ target: 'customers', rowsRead: 599, rowsImported: 599 });
    expect(byTable.payment).toMatchObject({ target: 'orders', rowsRead: 16049, rowsImported: 16049 });
    expect(byTable.rental).toMatchObject({ target: 'raw', rowsRead: 16044 });
    expect(byTable.staff?.target).toBe('raw');
    expect(byTable.film_text).toMatchObject({ rowsRead: 0 });
    expect(count(db, 'SELECT count(*) FROM customers')).toBe(599);
    expect(count(db, "SELECT count(*) FROM customers WHERE status = 'cancelled'")).toBe(15);
    expect(count(db, 'SELECT count(*) FROM orders')).toBe(16049);
    // The hex GEOMETRY inside /*!50705 … */ kept its column.
    expect(count(db, `SELECT count(*) FROM "${byTable.address?.rawTable ?? ''}" WHERE location IS NOT NULL`)).toBe(603);
  });

  it('taobao 2018 + 2019 in one import: one transaction, one import id, two raw tables', async () => {
    const { result, db } = keep(await importInto([d('cn-taobao-orders', '14', 'data', '2018.xlsx'), d('cn-taobao-orders', '14', 'data', '2019.xlsx')]));
    expect(result.tables.map((t) => t.rowsRead)).toEqual([1784, 2124]);
    expect(new Set(result.tables.map((t) => t.rawTable)).size).toBe(2);
    expect(count(db, 'SELECT count(*) FROM orders')).toBe(1784 - 317 + 2124 - 320);
    expect(count(db, 'SELECT count(*) FROM imports')).toBe(1);
  });
});
