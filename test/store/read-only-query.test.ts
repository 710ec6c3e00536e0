import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openWorkspace } from '../../electron/store/workspace';
import { runReadOnlyQuery } from '../../electron/store/read-only-query';
import { LATEST_SCHEMA_VERSION } from '../../electron/store/migrations';
import { seedHandCases } from '../support/hand-cases';
import { tempDir } from '../support/temp';

describe('read-only query', () => {
  const t = tempDir();
  const path = join(t.dir, 'q.churn');
  beforeAll(async () => {
    const ws = await openWorkspace(path, { create: true });
    seedHandCases(ws.db);
    ws.close();
  });
  afterAll(() => t.cleanup());

  it('answers SELECT, WITH and read-only PRAGMAs', () => {
    expect(runReadOnlyQuery(path, 'SELECT count(*) AS n FROM customers', 10)).toEqual({ columns: ['n'], rows: [[6]], truncated: false });
    expect(runReadOnlyQuery(path, '-- comment\nWITH x AS (SELECT 1 AS a) SELECT a FROM x', 10).rows).toEqual([[1]]);
    expect(runReadOnlyQuery(path, 'PRAGMA user_version', 10).rows).toEqual([[LATEST_SCHEMA_VERSION]]);
    expect(runReadOnlyQuery(path, 'SELECT customer_id FROM customers ORDER BY 1', 2)).toMatchObject({ rows: [['A'], ['B']], truncated: true });
  });

  const refused = [
    'DELETE FROM customers',
    'delete from orders where 1',
    'DROP TABLE orders',
    `ATTACH DATABASE '${join(t.dir, 'evil.db')}' AS evil`,
    'PRAGMA writable_schema = ON',
    'PRAGMA writable_schema=1',
    'PRAGMA main.writable_schema = 1',
    'PRAGMA journal_mode = DELETE',
    'UPDATE customers SET name = NULL',
    'INSERT INTO customers (customer_id) VALUES (1)',
    'WITH x AS (SELECT 1) DELETE FROM customers',
    '/* hide */ VACUUM',
    'SELECT 1; DELETE FROM customers',
  ];
  for (const sql of refused) {
    it(`refuses: ${sql}`, () => {
      const before = createHash('sha256').update(readFileSync(path)).digest('hex');
      expect(() => runReadOnlyQuery(path, sql, 10)).toThrow(/read-only|more than one statement|query failed/);
      expect(createHash('sha256').update(readFileSync(path)).digest('hex')).toBe(before);
      expect(runReadOnlyQuery(path, 'SELECT count(*) FROM customers', 1).rows).toEqual([[6]]);
    });
  }
});
