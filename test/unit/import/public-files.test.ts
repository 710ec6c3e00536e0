// Acceptance on public files the importer was not written against (test/fixtures/public/*, each
// with a PROVENANCE.md saying where it comes from and how its counts were taken independently):
// real pg_dump and mysqldump output, a Chinese CSV with quoted line breaks in GBK, and the
// spreadsheets readxl ships. Imported through the service edge like any file the analyst picks.
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { ImportResult, PreviewOutput } from '../../../shared/contract/domains/import';
import { repoRoot, tempDir } from './helpers';
import { importFiles, openService } from './import-support';

const fixture = (...p: string[]): string => resolve(repoRoot, 'test/fixtures/public', ...p);
const tmp = tempDir();
const dbs: Database.Database[] = [];
afterAll(() => dbs.forEach((db) => db.close()));
let n = 0;

async function importInto(
  files: (string | { path: string; options?: Record<string, unknown> })[],
  extra: Record<string, unknown> = {},
): Promise<{ result: ImportResult; db: Database.Database }> {
  const path = join(tmp.dir, `public-${++n}.churn`);
  const service = await openService(path);
  try {
    const result = await importFiles(service, { files: files.map((f) => (typeof f === 'string' ? { path: f } : f)), ...extra });
    const db = new Database(path, { readonly: true });
    dbs.push(db);
    return { result, db };
  } finally {
    service.close();
  }
}

async function preview(path: string): Promise<PreviewOutput> {
  const service = await openService(join(tmp.dir, `preview-${++n}.churn`));
  try {
    const r = await service.invoke('import.preview', { path, sampleRows: 5 });
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.result as PreviewOutput;
  } finally {
    service.close();
  }
}

const one = (db: Database.Database, sql: string): unknown => db.prepare(sql).pluck().get();
const counts = (r: ImportResult): [string, string, number, number, number][] => r.tables.map((t) => [t.table, t.target, t.rowsRead, t.rowsImported, t.rowsRejected]);

describe('public files we were not given', () => {
  it('JD.com reviews, GBK CSV with CRLF and line breaks inside quotes: 207 records over 226 lines, breaks kept', async () => {
    const file = fixture('jd-comments-gbk', '1309864.csv');
    const p = await preview(file);
    expect(p).toMatchObject({ format: 'csv', encoding: 'gb18030', delimiter: ',', hasHeader: true });
    expect(p.tables[0]?.columns).toEqual([
      'nickname',
      'userProvince',
      'userLevelName',
      'userClientShow',
      'isMobile',
      'score',
      'evaluation',
      'creationTime',
      'referenceTime',
      'days',
      'referenceId',
      'content',
    ]);

    const { result, db } = await importInto([file]);
    expect(counts(result)).toEqual([['1309864', 'raw', 207, 207, 0]]);
    expect(result.warnings).toEqual([]);
    const raw = result.tables[0]?.rawTable ?? '';
    expect(one(db, `SELECT count(DISTINCT nickname) FROM "${raw}"`)).toBe(180);
    expect(one(db, `SELECT count(*) FROM "${raw}" WHERE userProvince IS NULL`)).toBe(69);
    expect(one(db, `SELECT count(*) FROM "${raw}" WHERE instr(content, char(13, 10)) > 0`)).toBe(8);
    expect(db.prepare(`SELECT score, count(*) FROM "${raw}" GROUP BY score ORDER BY score`).raw(true).all()).toEqual([
      ['1', 2],
      ['2', 2],
      ['3', 3],
      ['4', 5],
      ['5', 195],
    ]);
    // Lineage is the line the record starts on, after the multi-line records before it.
    expect(db.prepare(`SELECT __row, content FROM "${raw}" WHERE nickname = 'jxncmai'`).raw(true).get()).toEqual([159, '还行吧\r\n11112222\r\n']);
    expect(one(db, `SELECT max(__row) FROM "${raw}"`)).toBe(226);
  });

  it('pg_dump 13.4 (COPY, owner-less, leading-zero codes): 119 metro areas, "06" stays text', async () => {
    const { result, db } = await importInto([fixture('pg-dump-covid-msa', 'msa.sql')]);
    expect(counts(result)).toEqual([['msa', 'raw', 119, 119, 0]]);
    expect(result.skippedStatements).toEqual({ SET: 9, SELECT: 1 });
    expect(one(db, 'SELECT count(DISTINCT msa_id) FROM raw_msa')).toBe(119);
    expect(one(db, "SELECT count(*) FROM raw_msa WHERE state_fips_code LIKE '0%'")).toBe(9);
    expect(one(db, "SELECT state_fips_code FROM raw_msa WHERE url_name = 'BayArea'")).toBe('06');
  });

  it('pg_dump 15.2 (SQL_ASCII, \\n escapes in COPY data): 15 customers, escapes decoded to line breaks', async () => {
    const { result, db } = await importInto([fixture('pg-dump-customerspostal', 'customerspostal.sql')]);
    expect(counts(result)).toEqual([['customer', 'raw', 15, 15, 0]]);
    expect(one(db, "SELECT count(*) FROM raw_customer WHERE last_name LIKE '%' || char(10)")).toBe(14);
    expect(one(db, "SELECT first_name FROM raw_customer WHERE last_name = 'HARRIS' || char(10)")).toBe('HELEN\n');
  });

  it('MySQL Workbench schema script + two data-only mysqldump 8.0 files: recognised by content, 10 customers and 10 orders', async () => {
    const dir = (f: string) => fixture('mysql-musicstore', f);
    const { result, db } = await importInto([dir('musicstore_script.sql'), dir('musicstore_customer.sql'), dir('musicstore_order.sql')]);
    // The schema script gives the column names (its tables are `musicstore`.`customer`, the data says `customer`)
    // and is not imported itself; its unfilled tables are not listed once per data file.
    expect(counts(result)).toEqual([
      ['customer', 'customers', 10, 10, 0],
      ['order', 'orders', 10, 10, 0],
    ]);
    expect(result.warnings).toEqual([]);
    expect(result.customersCreated).toBe(0);
    expect(one(db, 'SELECT count(*) FROM customers')).toBe(10);
    expect(one(db, 'SELECT count(*) FROM orders')).toBe(10);
    expect(one(db, 'SELECT count(*) FROM orders WHERE customer_id NOT IN (SELECT customer_id FROM customers)')).toBe(0);
    // BIT(1) values arrive as `_binary '\x01'` / `_binary '\0'` and are kept as bytes.
    expect(one(db, "SELECT count(*) FROM raw_customer WHERE hex(customerStatus) = '01'")).toBe(7);
    expect(one(db, "SELECT count(*) FROM raw_customer WHERE hex(customerStatus) = '00'")).toBe(3);
    expect(one(db, "SELECT min(order_date) || ' … ' || max(order_date) FROM orders")).toBe('2020-02-09 09:41:14 … 2020-07-02 18:25:48');
  });

  it.each(['datasets.xls', 'datasets.xlsx'])("readxl %s: every sheet, with the R datasets' row counts", async (file) => {
    const { result, db } = await importInto([fixture('readxl-examples', file)]);
    expect(counts(result)).toEqual([
      ['iris', 'raw', 150, 150, 0],
      ['mtcars', 'raw', 32, 32, 0],
      ['chickwts', 'raw', 71, 71, 0],
      ['quakes', 'raw', 1000, 1000, 0],
    ]);
    expect(db.prepare('SELECT Species, count(*) FROM raw_iris GROUP BY 1 ORDER BY 1').raw(true).all()).toEqual([
      ['setosa', 50],
      ['versicolor', 50],
      ['virginica', 50],
    ]);
  });

  it.each(['deaths.xls', 'deaths.xlsx'])('readxl %s: the header found under four rows of notes; ten people and the four note rows under the table', async (file) => {
    const { result, db } = await importInto([fixture('readxl-examples', file)]);
    expect(counts(result)).toEqual([
      ['arts', 'raw', 14, 14, 0],
      ['other', 'raw', 14, 14, 0],
    ]);
    expect(result.warnings.filter((w) => w.code === 'title-rows-skipped').map((w) => w.message)).toEqual([
      '4 row(s) above the header row 5 treated as titles',
      '4 row(s) above the header row 5 treated as titles',
    ]);
    for (const t of ['raw_arts', 'raw_other']) {
      expect(db.prepare(`SELECT name FROM pragma_table_info('${t}') WHERE name NOT LIKE '\\_\\_%' ESCAPE '\\' ORDER BY cid`).pluck().all()).toEqual([
        'Name',
        'Profession',
        'Age',
        'Has_kids',
        'Date_of_birth',
        'Date_of_death',
      ]);
      expect(one(db, `SELECT count(*) FROM "${t}" WHERE typeof(Age) IN ('integer', 'real')`)).toBe(10);
    }
    expect(one(db, "SELECT Date_of_death FROM raw_arts WHERE Name = 'David Bowie'")).toMatch(/^2016-01-10/);
  });
});
