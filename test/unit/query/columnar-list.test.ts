// The columnar list (dashboards' high-risk list over in-memory columns) picks the same rows in
// the same order as compileList on SQLite, for random fields, filters, sorts and limits.
import type Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { numberColumn, textColumn, type ColumnData } from '../../../shared/query/columnar';
import { columnarListRows } from '../../../shared/query/columnar-list';
import { compileList, type ListSpec } from '../../../shared/query/compile-list';
import { sqliteDialect } from '../../../shared/query/dialect-sqlite';
import { FC_PARAMS, asOf, filter, rows } from './arbitraries';
import { FIELDS, resolveField } from './catalog';
import { TABLE, openTestDatabase, replaceRows } from './sqlite-table';

let db: Database.Database;
beforeAll(() => {
  db = openTestDatabase();
});
afterAll(() => db.close());

const LISTED = ['name', 'tier', 'spend', 'tenure', 'signup', 'active'] as const;

const spec = fc
  .record({
    fields: fc.shuffledSubarray([...LISTED], { minLength: 1, maxLength: 4 }),
    filter: fc.option(filter, { nil: undefined }),
    sorts: fc.array(fc.tuple(fc.nat(), fc.constantFrom('asc' as const, 'desc' as const)), { maxLength: 2 }),
    limit: fc.integer({ min: 1, max: 8 }),
  })
  .map(({ fields, filter: f, sorts, limit }): ListSpec => {
    const sort = sorts.map(([i, direction]) => ({ key: fields[i % fields.length] ?? 'name', direction })).filter((s, i, all) => all.findIndex((o) => o.key === s.key) === i);
    return { source: 'customer', fields, limit, sort, ...(f ? { filter: f } : {}) };
  });

function columns(): { rowCount: number; column: (name: string) => ColumnData | undefined; values: (index: number, fields: readonly string[]) => unknown[] } {
  const out = new Map<string, ColumnData>();
  for (const field of FIELDS.filter((f) => f.source === 'customer' && f.attributeKey === undefined && !f.membership)) {
    const values = db.prepare(`SELECT "${field.column}" FROM ${TABLE} ORDER BY rowid`).pluck().all();
    out.set(field.column, field.type === 'number' || field.type === 'boolean' ? numberColumn(values) : textColumn(values));
    if (field.previousColumn) out.set(field.previousColumn, numberColumn(db.prepare(`SELECT "${field.previousColumn}" FROM ${TABLE} ORDER BY rowid`).pluck().all()));
  }
  const all = db.prepare(`SELECT * FROM ${TABLE} ORDER BY rowid`).all() as Record<string, unknown>[];
  return {
    rowCount: all.length,
    column: (name) => out.get(name),
    values: (index, fields) => fields.map((id) => all[index]?.[resolveField(id)?.column ?? ''] ?? null),
  };
}

describe('columnarListRows', () => {
  it('equals compileList on SQLite for random specs', () => {
    let compared = 0;
    fc.assert(
      fc.property(rows, asOf, spec, (data, snapshot, list) => {
        replaceRows(db, data);
        let expected: unknown[][];
        try {
          const compiled = compileList(list, { resolveField, dialect: sqliteDialect, asOf: snapshot, table: TABLE });
          expected = db
            .prepare(compiled.sql)
            .raw(true)
            .all(...compiled.params) as unknown[][];
        } catch {
          return; // Refused filters are compileQuery's and the filter engine's business (tested there).
        }
        const { rowCount, column, values } = columns();
        const indices = columnarListRows(list, rowCount, column, { resolveField, asOf: snapshot });
        if (indices === null) {
          expect(JSON.stringify(list)).toMatch(/attr_region|saved_segment/);
          return;
        }
        expect(indices.map((i) => values(i, list.fields))).toEqual(expected);
        if (expected.length > 1) compared += 1;
      }),
      { ...FC_PARAMS, numRuns: 200 },
    );
    expect(compared).toBeGreaterThan(40);
  });
});
