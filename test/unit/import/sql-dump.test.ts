import { describe, expect, it } from 'vitest';
import { readAllTables } from '../../../electron/import/readers/source';
import { readSqlDump } from '../../../electron/import/readers/sql-dump/reader';
import { StatementSplitter } from '../../../electron/import/readers/sql-dump/splitter';
import { tempDir } from './helpers';

const tmp = tempDir();

async function read(name: string, sql: string, opts = {}) {
  const src = readSqlDump(tmp.write(name, sql), opts);
  const tables = await readAllTables(src);
  return { src, tables, skipped: Object.fromEntries(src.details.get('skippedStatements') as Map<string, number>) };
}

describe('SQL dumps', () => {
  it('mysqldump: escapes, _binary, hex, versioned comments, LOCK, DELIMITER triggers, positional INSERT', async () => {
    const sql = [
      '-- MySQL dump 10.13',
      '/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;',
      'SET NAMES utf8mb4;',
      'DROP TABLE IF EXISTS `t`;',
      'CREATE TABLE `t` (',
      '  `id` int NOT NULL AUTO_INCREMENT,',
      "  `name` varchar(20) DEFAULT 'x;y',",
      '  `blob` blob,',
      '  `geo` geometry /*!80003 SRID 0 */,',
      '  `score` double,',
      '  PRIMARY KEY (`id`), KEY `k` (`name`)',
      ') ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;',
      'LOCK TABLES `t` WRITE;',
      "INSERT INTO `t` VALUES (1,'It\\'s \\\"ok\\\"\\n',_binary 'ab',/*!50705 0x0101,*/NULL),",
      "(2,'semi;colon -- not a comment',0xCAFE,/*!50705 0x0202,*/-3.5),",
      "(3,'a''b # nope',X'00ff',/*!50705 0x03,*/ NOW());",
      'UNLOCK TABLES;',
      'DELIMITER ;;',
      "/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER trg BEFORE INSERT ON t FOR EACH ROW BEGIN SET NEW.id = 1; SET NEW.name = 'a;b'; END */;;",
      'DELIMITER ;',
      '# hash comment',
      "INSERT INTO t (name, id) VALUES ('four', 4);",
    ].join('\n');
    const { src, tables, skipped } = await read('my.sql', sql);
    expect(src.details.get('dialect')).toBe('mysql');
    expect(tables.map((t) => t.info.name)).toEqual(['t']);
    const rows = tables.flatMap((t) => t.rows);
    expect(tables[0]?.info.columns).toEqual(['id', 'name', 'blob', 'geo', 'score']);
    expect(rows.map((r) => r.values.slice(0, 2))).toEqual([
      [1, 'It\'s "ok"\n'],
      [2, 'semi;colon -- not a comment'],
      [3, "a'b # nope"],
      [4, 'four'],
    ]);
    expect(rows[0]?.values[2]).toEqual(new Uint8Array([0x61, 0x62]));
    expect(rows[1]?.values[2]).toEqual(new Uint8Array([0xca, 0xfe]));
    expect(rows[2]?.values[2]).toEqual(new Uint8Array([0x00, 0xff]));
    expect(rows.map((r) => r.values[3])).toEqual([new Uint8Array([1, 1]), new Uint8Array([2, 2]), new Uint8Array([3]), null]);
    expect(rows.map((r) => r.values[4])).toEqual([null, -3.5, 'NOW()', null]);
    expect(rows.map((r) => r.lineage.row)).toEqual([14, 15, 16, 22]);
    expect(src.warnings.count('expression-value')).toBe(1);
    expect(skipped).toEqual({ SET: 2, 'DROP TABLE': 1, 'LOCK TABLES': 1, 'UNLOCK TABLES': 1, DELIMITER: 2, 'CREATE TRIGGER': 1 });
  });

  it('pg_dump: COPY with \\N and escapes, INSERT mode, schema-qualified names, partitions, dollar quotes', async () => {
    const sql = [
      '-- PostgreSQL database dump',
      'SET standard_conforming_strings = on;',
      "SELECT pg_catalog.set_config('search_path', '', false);",
      'CREATE FUNCTION public.f() RETURNS trigger AS $$ BEGIN RETURN NEW; END; $$ LANGUAGE plpgsql;',
      'CREATE TABLE public.orders (id integer, note text, at timestamp) PARTITION BY RANGE (at);',
      "CREATE TABLE public.orders_2024 PARTITION OF public.orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');",
      'CREATE TABLE sales.leads (id integer, "Full Name" text);',
      'COPY public.orders_2024 (id, note, at) FROM stdin;',
      '1\ttab\\there\t2024-03-05 10:00:00',
      '2\t\\N\t2024-03-06 00:00:00',
      '\\.',
      "INSERT INTO sales.leads VALUES (1, E'line\\nbreak'), (2, 'it''s');",
      "INSERT INTO public.orders (id, at) VALUES (3, '2024-05-01'::timestamp);",
      'ALTER TABLE ONLY public.orders OWNER TO app;',
    ].join('\n');
    const { src, tables, skipped } = await read('pg.sql', sql);
    expect(src.details.get('dialect')).toBe('postgres');
    expect(tables.map((t) => [t.info.name, t.rows.length])).toEqual([
      ['orders', 2],
      ['sales.leads', 2],
      ['orders', 1],
    ]);
    expect(tables[0]?.rows.map((r) => r.values)).toEqual([
      ['1', 'tab\there', '2024-03-05 10:00:00'],
      ['2', null, '2024-03-06 00:00:00'],
    ]);
    expect(tables[0]?.rows[0]?.lineage.row).toBe(9);
    expect(tables[1]?.info.columns).toEqual(['id', 'Full Name']);
    expect(tables[1]?.rows.map((r) => r.values)).toEqual([
      [1, 'line\nbreak'],
      [2, "it's"],
    ]);
    expect(tables[2]?.rows[0]?.values).toEqual([3, null, '2024-05-01']);
    expect(src.warnings.count('partition-rows')).toBeGreaterThan(0);
    expect(skipped).toMatchObject({ SET: 1, SELECT: 1, 'CREATE FUNCTION': 1, 'ALTER TABLE': 1 });
  });

  it('sqlite3 .dump: transaction, quoted names, trigger bodies with semicolons, script without final semicolon', async () => {
    const sql = [
      'PRAGMA foreign_keys=OFF;',
      'BEGIN TRANSACTION;',
      'CREATE TABLE IF NOT EXISTS "cust" (id INTEGER PRIMARY KEY, [name] TEXT, `v` REAL, CONSTRAINT c UNIQUE(name));',
      'INSERT INTO "cust" VALUES(1,\'A\\B\',1.5);',
      'INSERT INTO cust VALUES(2,NULL,-0.25);',
      'CREATE TRIGGER tr AFTER INSERT ON cust BEGIN UPDATE cust SET v = 1; SELECT CASE WHEN 1 THEN 2 END; END;',
      'CREATE TABLE empty_one (a, b);',
      'COMMIT',
    ].join('\n');
    const { tables, skipped } = await read('lite.sql', sql, { dialect: 'sqlite' });
    expect(tables.map((t) => [t.info.name, t.info.columns, t.rows.length])).toEqual([
      ['cust', ['id', 'name', 'v'], 2],
      ['empty_one', ['a', 'b'], 0],
    ]);
    expect(tables[0]?.rows.map((r) => r.values)).toEqual([
      [1, 'A\\B', 1.5],
      [2, null, -0.25],
    ]);
    expect(skipped).toEqual({ PRAGMA: 1, BEGIN: 1, 'CREATE TRIGGER': 1, COMMIT: 1 });
  });

  it('generated scripts: N strings, [brackets], GO separators', async () => {
    const sql = "CREATE TABLE [dbo].[T] ([Id] INT, [Name] NVARCHAR(10))\nGO\nINSERT INTO [dbo].[T] ([Id], [Name]) VALUES (1, N'Ünï ''x''')\nGO\n";
    const { tables, skipped } = await read('mssql.sql', sql, { dialect: 'mssql' });
    expect(tables[0]?.info.name).toBe('T');
    expect(tables[0]?.rows[0]?.values).toEqual([1, "Ünï 'x'"]);
    expect(skipped).toEqual({ GO: 2 });
  });

  it('splits identically whatever the chunk size', () => {
    const sql = "INSERT INTO a VALUES ('x;y', /* c;\n */ 2);\n-- c\nCREATE TABLE b (c int);\nCOPY b (c) FROM stdin;\n1\n\\.\nSELECT 1;";
    const run = (size: number): string[] => {
      const s = new StatementSplitter({ dialect: 'postgres', file: 'x', maxStatementChars: 1000 });
      const items = [];
      for (let i = 0; i < sql.length; i += size) items.push(...s.feed(sql.slice(i, i + size), false));
      items.push(...s.feed('', true));
      return items.map((it) => `${it.kind}@${it.line}:${'text' in it ? it.text : ''}`);
    };
    const whole = run(sql.length);
    expect(whole).toEqual([
      "statement@1:INSERT INTO a VALUES ('x;y', \n  2)",
      'statement@4:CREATE TABLE b (c int)',
      'statement@5:COPY b (c) FROM stdin',
      'copy-data@6:1',
      'copy-end@7:',
      'statement@8:SELECT 1',
    ]);
    for (const size of [1, 3, 7, 50]) expect(run(size)).toEqual(whole);
  });

  it('caps statement size with the starting line', async () => {
    const sql = `SELECT 1;\nINSERT INTO t VALUES ('${'x'.repeat(5000)}');`;
    await expect(read('big.sql', sql, { limits: { maxStatementChars: 1000 } })).rejects.toThrow(/line 2 is longer than 1000/);
  });
});
