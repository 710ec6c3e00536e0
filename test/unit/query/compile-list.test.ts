// compileList: whitelisted columns under their ids, bound values, a stable order with NULLs
// last, limit + 1 to detect truncation; refused names with the compiler's codes; run on SQLite.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { compileList, postgresDialect, sqliteDialect, type ListSpec, type QueryErrorCode } from '../../../shared/query';
import { resolveField } from './catalog';

const options = { resolveField, dialect: sqliteDialect, asOf: '2024-06-30', table: 'customer_mart' };
const codeOf = (spec: ListSpec): QueryErrorCode | undefined => {
  try {
    compileList(spec, options);
    return undefined;
  } catch (error) {
    return (error as { code?: QueryErrorCode }).code;
  }
};

describe('compileList', () => {
  it('selects the fields as ids, binds every value and asks one row more than the limit', () => {
    const compiled = compileList(
      {
        source: 'customer',
        fields: ['name', 'tier', 'attr_region'],
        filter: { kind: 'condition', field: 'name', op: '=', value: "x' OR 1=1 --" },
        sort: [{ key: 'tier', direction: 'desc' }],
        limit: 20,
      },
      options,
    );
    expect(compiled.sql).toBe(
      'SELECT "name" AS "name", "tier" AS "tier", json_extract("attrs", ?) AS "attr_region" FROM "customer_mart" WHERE "name" = ? ORDER BY "tier" DESC NULLS LAST, "name" ASC NULLS LAST, "attr_region" ASC NULLS LAST LIMIT ?',
    );
    expect(compiled.params).toEqual(['$."reg\\"i\\\\o.n"', "x' OR 1=1 --", 21]);
    expect(compiled.columns).toEqual(['name', 'tier', 'attr_region']);
    expect(compiled.fetch).toBe(21);
  });

  it('prints the PostgreSQL dialect too', () => {
    const compiled = compileList({ source: 'customer', fields: ['spend'], limit: 5 }, { ...options, dialect: postgresDialect });
    expect(compiled.sql).toBe('SELECT "spend" AS "spend" FROM "customer_mart" ORDER BY "spend" ASC NULLS LAST LIMIT $1');
    expect(compiled.params).toEqual([6]);
  });

  it('refuses unknown fields, other sources, membership, foreign sort keys and bad limits', () => {
    expect(codeOf({ source: 'customer', fields: ['nope'], limit: 5 })).toBe('UNKNOWN_FIELD');
    expect(codeOf({ source: 'customer', fields: ['churned_month'], limit: 5 })).toBe('SOURCE_MISMATCH');
    expect(codeOf({ source: 'customer', fields: ['saved_segment'], limit: 5 })).toBe('UNSUPPORTED_FIELD');
    expect(codeOf({ source: 'customer', fields: ['name'], sort: [{ key: 'tier', direction: 'asc' }], limit: 5 })).toBe('UNKNOWN_SORT_KEY');
    expect(codeOf({ source: 'customer', fields: ['name', 'name'], limit: 5 })).toBe('INVALID_QUERY');
    expect(codeOf({ source: 'customer', fields: [], limit: 5 })).toBe('INVALID_QUERY');
    expect(codeOf({ source: 'customer', fields: ['name'], limit: 0 })).toBe('INVALID_QUERY');
    expect(codeOf({ source: 'customer', fields: ['name'], filter: { kind: 'condition', field: 'spend', op: 'contains', value: '1' }, limit: 5 })).toBe('OPERATOR_NOT_ALLOWED');
  });

  it('runs on SQLite: NULLs last in both directions, ties broken by the other fields', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE customer_mart (name TEXT, tier TEXT, spend REAL)');
    const insert = db.prepare('INSERT INTO customer_mart VALUES (?, ?, ?)');
    for (const row of [
      ['b', 'watch', 2],
      ['a', 'watch', null],
      ['c', null, 5],
      ['d', 'atRisk', 2],
    ] as const)
      insert.run(...row);
    const run = (spec: ListSpec) => {
      const compiled = compileList(spec, options);
      return db
        .prepare(compiled.sql)
        .raw(true)
        .all(...compiled.params);
    };
    expect(run({ source: 'customer', fields: ['name', 'spend'], sort: [{ key: 'spend', direction: 'desc' }], limit: 10 })).toEqual([
      ['c', 5],
      ['b', 2],
      ['d', 2],
      ['a', null],
    ]);
    expect(run({ source: 'customer', fields: ['tier', 'name'], limit: 2 })).toEqual([
      ['atRisk', 'd'],
      ['watch', 'a'],
      ['watch', 'b'],
    ]);
    db.close();
  });
});
