// Compiled aggregate queries run on SQLite against a plain-JS aggregation of the same rows
// (filtered by the oracle): groups, measures with filters, ratios, grains, sort, limit.
import type Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FilterNode, QuerySpec, TimeGrain } from '../../../shared/query/ast';
import { compileQuery } from '../../../shared/query/compile-query';
import { sqliteDialect } from '../../../shared/query/dialect-sqlite';
import { compareText, matches } from '../../../shared/query/evaluate';
import { FC_PARAMS, asOf, filter, rows } from './arbitraries';
import { resolveField, resolveMeasure } from './catalog';
import { TABLE, openTestDatabase, replaceRows, type TestRow } from './sqlite-table';

let db: Database.Database;
beforeAll(() => {
  db = openTestDatabase();
});
afterAll(() => db.close());

type Cell = string | number | null;
type Output = Record<string, Cell>;

const DAY_MS = 86_400_000;
const DIMENSION: Record<string, (row: TestRow, grain?: TimeGrain) => Cell> = {
  tier: (row) => row.tier,
  attr_region: (row) => {
    if (row.attrs === null) return null;
    const value = (JSON.parse(row.attrs) as Record<string, unknown>)['reg"i\\o.n'];
    return typeof value === 'string' ? value : null;
  },
  signup: (row, grain) => {
    if (row.signup === null) return null;
    const day = row.signup.slice(0, 10);
    if (grain === 'month') return day.slice(0, 7);
    if (grain === 'year') return day.slice(0, 4);
    const t = Date.parse(`${day}T00:00:00Z`);
    return new Date(t - ((new Date(t).getUTCDay() + 6) % 7) * DAY_MS).toISOString().slice(0, 10);
  },
};

const sumOrNull = (values: (number | null)[]): number | null => {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0);
};

const MEASURE: Record<string, (group: TestRow[]) => Cell> = {
  customers: (g) => g.length,
  active_customers: (g) => g.filter((r) => r.active === true).length,
  total_spend: (g) => sumOrNull(g.map((r) => r.spend)),
  at_risk_spend: (g) => sumOrNull(g.filter((r) => r.tier === 'atRisk').map((r) => r.spend)),
  tiers: (g) => new Set(g.map((r) => r.tier).filter((t) => t !== null)).size,
  active_share: (g) => (g.length === 0 ? null : g.filter((r) => r.active === true).length / g.length),
};

/** SQLite's order: NULLs last (as requested), numbers numerically, text by UTF-8 bytes. */
function compareCells(a: Cell, b: Cell): number {
  if (a === null || b === null) return (a === null ? 1 : 0) - (b === null ? 1 : 0);
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return compareText(String(a), String(b));
}

function expected(spec: QuerySpec, data: readonly TestRow[], snapshot: string, where?: FilterNode): Output[] {
  const kept = where ? data.filter((r) => matches(where, { ...r }, { resolveField, asOf: snapshot })) : [...data];
  const groups = new Map<string, { key: Cell[]; rows: TestRow[] }>();
  for (const row of kept) {
    const key = spec.dimensions.map((d) => DIMENSION[d.field]?.(row, d.grain) ?? null);
    const id = JSON.stringify(key);
    const group = groups.get(id) ?? { key, rows: [] };
    group.rows.push(row);
    groups.set(id, group);
  }
  // Without dimensions there is exactly one (possibly empty) group.
  if (spec.dimensions.length === 0 && groups.size === 0) groups.set('[]', { key: [], rows: [] });
  const out = [...groups.values()].map(({ key, rows: g }) => {
    const record: Output = {};
    spec.dimensions.forEach((d, i) => (record[d.field] = key[i] ?? null));
    for (const m of spec.measures) record[m] = MEASURE[m]?.(g) ?? null;
    return record;
  });
  const order = [...(spec.sort ?? [])];
  for (const d of spec.dimensions) if (!order.some((o) => o.key === d.field)) order.push({ key: d.field, direction: 'asc' });
  out.sort((a, b) => {
    for (const { key, direction } of order) {
      const [x, y] = [a[key] ?? null, b[key] ?? null];
      if (x === null || y === null) {
        if (x !== y) return x === null ? 1 : -1; // NULLs last in both directions
        continue;
      }
      const diff = compareCells(x, y);
      if (diff !== 0) return direction === 'desc' ? -diff : diff;
    }
    return 0;
  });
  return spec.limit === undefined ? out : out.slice(0, spec.limit);
}

const ALL_MEASURES = ['customers', 'active_customers', 'total_spend', 'at_risk_spend', 'tiers', 'active_share'];
const SPECS: QuerySpec[] = [
  { source: 'customer', measures: ALL_MEASURES, dimensions: [{ field: 'tier' }] },
  { source: 'customer', measures: ALL_MEASURES, dimensions: [] },
  { source: 'customer', measures: ['customers', 'at_risk_spend'], dimensions: [{ field: 'signup', grain: 'week' }], sort: [{ key: 'at_risk_spend', direction: 'desc' }], limit: 3 },
  {
    source: 'customer',
    measures: ['customers', 'active_share'],
    dimensions: [{ field: 'signup', grain: 'month' }, { field: 'attr_region' }],
    sort: [{ key: 'active_share', direction: 'asc' }],
  },
  { source: 'customer', measures: ['total_spend'], dimensions: [{ field: 'signup', grain: 'year' }, { field: 'tier' }], sort: [{ key: 'tier', direction: 'desc' }] },
];

/** Sums of 1e-9 depend on the order of addition; round so equal totals stay equal. */
const round = (cell: unknown): unknown => (typeof cell === 'number' ? Number(cell.toPrecision(12)) : cell);
const rounded = (list: readonly Record<string, unknown>[]) => list.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, round(v)])));
// Avoid near-ties that only the order of floating-point addition decides.
const exactRows = rows.map((list) => list.map((r) => ({ ...r, spend: r.spend === 1e-9 ? 1 : r.spend })));

describe('compiled queries on SQLite agree with a JS aggregation', () => {
  it.each(SPECS.map((s, i) => [i + 1, s] as const))('spec %i', (_, spec) => {
    fc.assert(
      fc.property(exactRows, asOf, fc.option(filter, { nil: undefined }), (data, snapshot, where) => {
        replaceRows(db, data);
        const query: QuerySpec = where === undefined ? spec : { ...spec, filter: where };
        const compiled = compileQuery(query, { resolveField, resolveMeasure, dialect: sqliteDialect, asOf: snapshot, table: TABLE });
        const actual = db.prepare(compiled.sql).all(...compiled.params) as Record<string, unknown>[];
        expect(rounded(actual)).toEqual(rounded(expected(query, data, snapshot, where)));
        expect(compiled.columns.map((c) => c.key)).toEqual([...spec.dimensions.map((d) => d.field), ...spec.measures]);
      }),
      FC_PARAMS,
    );
  });
});
