// Difference and product measures (the campaign source's uplift, saved customers/value, net
// value under ROI): compiled to SQL whose answer equals the arithmetic of the parts, NULL when a
// part is, refused when they loop, checked by the catalog, and declined by the columnar engine.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { baseCatalog, buildCatalog, CatalogError, sourceTables, type MeasureDef } from '../../../shared/catalog';
import { compileQuery, QueryError, sqliteDialect, type QuerySpec } from '../../../shared/query';
import { aggregateColumns } from '../../../shared/query/columnar-aggregate';

const compile = (spec: QuerySpec, measures: (id: string) => MeasureDef | undefined = (id) => baseCatalog.measure(spec.source, id)) =>
  compileQuery(spec, {
    resolveField: (id) => baseCatalog.field(spec.source, id),
    resolveMeasure: measures,
    dialect: sqliteDialect,
    asOf: '2025-12-31',
    table: sourceTables[spec.source],
  });

function facts(): Database.Database {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE campaign_member_facts (campaign_name TEXT, grp TEXT, success INTEGER, clv REAL, cost REAL)');
  const insert = db.prepare('INSERT INTO campaign_member_facts VALUES (?, ?, ?, ?, ?)');
  // A: treatment 3/4 measured successes (one unmeasured), control 1/3.
  for (const [grp, success, clv, cost] of [
    ['treatment', 1, 100, 10],
    ['treatment', 1, 300, 10],
    ['treatment', 1, null, 10],
    ['treatment', 0, 200, 10],
    ['treatment', null, 400, 10],
    ['control', 1, 50, 0],
    ['control', 0, 60, 0],
    ['control', 0, 70, 0],
  ] as const)
    insert.run('A', grp, success, clv, cost);
  // B: only treatment members — no control rate, so no uplift.
  insert.run('B', 'treatment', 1, 100, 5);
  return db;
}

describe('difference and product measures', () => {
  it('answer the arithmetic of their parts, with NULL when a part is NULL', () => {
    const db = facts();
    const compiled = compile({ source: 'campaign_member', dimensions: [{ field: 'campaign_name' }], measures: ['treatment_rate', 'control_rate', 'uplift'] });
    expect(compiled.sql).toContain(' - ');
    const rows = db
      .prepare(compiled.sql)
      .raw(true)
      .all(...compiled.params) as (string | number | null)[][];
    expect(rows[0]?.[0]).toBe('A');
    expect(rows[0]?.[1]).toBeCloseTo(3 / 4, 15);
    expect(rows[0]?.[2]).toBeCloseTo(1 / 3, 15);
    expect(rows[0]?.[3]).toBeCloseTo(3 / 4 - 1 / 3, 15);
    expect(rows[1]).toEqual(['B', 1, null, null]);
    const value = compile({
      source: 'campaign_member',
      dimensions: [],
      measures: ['saved_customers', 'treated_mean_clv', 'saved_value', 'campaign_cost', 'roi'],
      filter: { kind: 'condition', field: 'campaign_name', op: '=', value: 'A' },
    });
    const [saved, clv, savedValue, cost, roi] = db
      .prepare(value.sql)
      .raw(true)
      .get(...value.params) as number[];
    const uplift = 3 / 4 - 1 / 3;
    expect(saved).toBeCloseTo(uplift * 4, 12);
    expect(clv).toBeCloseTo((100 + 300 + 200 + 400) / 4, 12);
    expect(savedValue).toBeCloseTo(uplift * 4 * 250, 9);
    expect(cost).toBe(50);
    expect(roi).toBeCloseTo((uplift * 4 * 250 - 50) / 50, 12);
    db.close();
  });

  it('refuses a loop of arithmetic measures', () => {
    const loop: Record<string, MeasureDef> = {
      a: { id: 'a', source: 'campaign_member', labelKey: '', format: 'number', arithmetic: { op: 'difference', left: 'b', right: 'members' } },
      b: { id: 'b', source: 'campaign_member', labelKey: '', format: 'number', arithmetic: { op: 'product', left: 'a', right: 'members' } },
    };
    const resolve = (id: string) => loop[id] ?? baseCatalog.measure('campaign_member', id);
    expect(() => compile({ source: 'campaign_member', dimensions: [], measures: ['a'] }, resolve)).toThrow(QueryError);
  });

  it('in the built catalog: one kind per measure, parts of its own source', () => {
    expect(() => buildCatalog()).not.toThrow(CatalogError);
    const arithmetic = baseCatalog.measures.filter((x) => x.arithmetic);
    expect(arithmetic.map((m) => m.id)).toEqual(['uplift', 'saved_customers', 'saved_value', 'net_value']);
    for (const m of arithmetic) {
      expect(m.aggregate === undefined && m.ratio === undefined).toBe(true);
      for (const part of [m.arithmetic?.left ?? '', m.arithmetic?.right ?? '']) expect(baseCatalog.measure(m.source, part)).toBeDefined();
    }
  });

  it('is left to SQL by the columnar engine', () => {
    const spec: QuerySpec = { source: 'campaign_member', dimensions: [], measures: ['uplift'] };
    const options = {
      resolveField: (id: string) => baseCatalog.field('campaign_member', id),
      resolveMeasure: (id: string) => baseCatalog.measure('campaign_member', id),
      asOf: '2025-12-31',
    };
    expect(aggregateColumns(spec, options)).toBeNull();
    expect(aggregateColumns({ ...spec, measures: ['treated'] }, options)).not.toBeNull();
  });
});
