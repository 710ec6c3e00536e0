// The columnar aggregate (dashboards' GROUP BYs over in-memory columns) equals compileQuery run
// on SQLite for random specs: ≤ 2 dimensions of every column kind, counts, sums, filtered
// measures and ratios, random filters, sorts and limits. Unsupported specs answer null.
import type Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { columnarAggregate, type AggregateCell } from '../../../shared/query/columnar-aggregate';
import { numberColumn, textColumn, type ColumnData } from '../../../shared/query/columnar';
import { compileQuery } from '../../../shared/query/compile-query';
import { sqliteDialect } from '../../../shared/query/dialect-sqlite';
import type { QuerySpec } from '../../../shared/query/ast';
import { FC_PARAMS, asOf, filter, rows } from './arbitraries';
import { FIELDS, resolveField, resolveMeasure } from './catalog';
import { TABLE, openTestDatabase, replaceRows } from './sqlite-table';

let db: Database.Database;
beforeAll(() => {
  db = openTestDatabase();
});
afterAll(() => db.close());

const DIMENSIONS = ['tier', 'name', 'tenure', 'active'] as const;
const MEASURES = ['customers', 'active_customers', 'total_spend', 'at_risk_spend', 'active_share'] as const;

const spec = fc
  .record({
    dimensions: fc.subarray([...DIMENSIONS], { maxLength: 2 }),
    measures: fc.subarray([...MEASURES], { minLength: 1, maxLength: 3 }),
    filter: fc.option(filter, { nil: undefined }),
    sortPick: fc.option(fc.tuple(fc.nat(), fc.constantFrom('asc' as const, 'desc' as const)), { nil: undefined }),
    limit: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
  })
  .map(({ dimensions, measures, filter: f, sortPick, limit }): QuerySpec => {
    const keys = [...dimensions, ...measures];
    const sort = sortPick ? [{ key: keys[sortPick[0] % keys.length] ?? 'customers', direction: sortPick[1] }] : undefined;
    return {
      source: 'customer',
      dimensions: dimensions.map((field) => ({ field })),
      measures,
      ...(f ? { filter: f } : {}),
      ...(sort ? { sort } : {}),
      ...(limit ? { limit } : {}),
    };
  });

/** The mart's columns as the column cache loads them: rowid order, text as codes. */
function loadColumns(): { rowCount: number; column: (name: string) => ColumnData | undefined } {
  const out = new Map<string, ColumnData>();
  for (const field of FIELDS.filter((f) => f.source === 'customer' && f.attributeKey === undefined && !f.membership)) {
    const values = db.prepare(`SELECT "${field.column}" FROM ${TABLE} ORDER BY rowid`).pluck().all();
    out.set(field.column, field.type === 'number' || field.type === 'boolean' ? numberColumn(values) : textColumn(values));
    if (field.previousColumn) out.set(field.previousColumn, numberColumn(db.prepare(`SELECT "${field.previousColumn}" FROM ${TABLE} ORDER BY rowid`).pluck().all()));
  }
  const rowCount = db.prepare(`SELECT count(*) FROM ${TABLE}`).pluck().get() as number;
  return { rowCount, column: (name) => out.get(name) };
}

function sameCells(actual: readonly AggregateCell[][], expected: readonly AggregateCell[][]): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((row, i) =>
    row.forEach((cell, j) => {
      const want = expected[i]?.[j] ?? null;
      if (typeof cell === 'number' && typeof want === 'number') expect(Math.abs(cell - want)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)));
      else expect(cell).toBe(want);
    }),
  );
}

describe('columnarAggregate', () => {
  it('equals compileQuery on SQLite for random specs', () => {
    let compared = 0;
    fc.assert(
      fc.property(rows, asOf, spec, (data, snapshot, query) => {
        replaceRows(db, data);
        const options = { resolveField, resolveMeasure, asOf: snapshot };
        let expected: AggregateCell[][];
        try {
          const compiled = compileQuery(query, { ...options, dialect: sqliteDialect, table: TABLE });
          expected = db
            .prepare(compiled.sql)
            .raw(true)
            .all(...compiled.params) as AggregateCell[][];
        } catch (error) {
          // The same mistake is refused with the same code.
          const { rowCount, column } = loadColumns();
          expect(() => columnarAggregate(query, rowCount, column, options)).toThrow(expect.objectContaining({ code: (error as { code: string }).code }));
          return;
        }
        const { rowCount, column } = loadColumns();
        // Twice through one match cache (as a dashboard request's widgets share it): the second answer comes from cached filter rows.
        const matches = new Map<string, Uint8Array>();
        columnarAggregate(query, rowCount, column, { ...options, matches });
        const actual = columnarAggregate(query, rowCount, column, { ...options, matches });
        // Only a JSON attribute (or a saved segment) sends a spec of these measures to SQL.
        if (actual === null) {
          expect(JSON.stringify(query)).toMatch(/attr_region|saved_segment/);
          return;
        }
        expect(actual.columns.map((c) => c.key)).toEqual([...query.dimensions.map((d) => d.field), ...query.measures]);
        sameCells(actual.rows, expected);
        if (actual.rows.length > 0) compared += 1;
      }),
      { ...FC_PARAMS, numRuns: 200 },
    );
    // Most specs really ran on both engines with rows to compare.
    expect(compared).toBeGreaterThan(100);
  });

  it('answers null for what it does not support (grains, count_distinct, JSON attributes, 3 dimensions)', () => {
    replaceRows(db, []);
    const { rowCount, column } = loadColumns();
    const options = { resolveField, resolveMeasure, asOf: '2024-06-30' };
    const base: QuerySpec = { source: 'customer', measures: ['customers'], dimensions: [] };
    expect(columnarAggregate({ ...base, dimensions: [{ field: 'signup', grain: 'month' }] }, rowCount, column, options)).toBeNull();
    expect(columnarAggregate({ ...base, measures: ['tiers'] }, rowCount, column, options)).toBeNull();
    expect(columnarAggregate({ ...base, dimensions: [{ field: 'attr_region' }] }, rowCount, column, options)).toBeNull();
    expect(columnarAggregate({ ...base, dimensions: [{ field: 'tier' }, { field: 'name' }, { field: 'tenure' }] }, rowCount, column, options)).toBeNull();
    expect(columnarAggregate(base, rowCount, column, options)?.rows).toEqual([[0]]);
  });
});
