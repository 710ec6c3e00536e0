// Optional integration run on a real PostgreSQL (skipped when /usr/lib/postgresql is absent):
// the PostgreSQL dialect against the same JS oracle (saved segments included), and against
// SQLite for whole queries.
import type Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FilterNode, QuerySpec, TimeGrain } from '../../../shared/query/ast';
import { compileFilter } from '../../../shared/query/compile-filter';
import { compileQuery } from '../../../shared/query/compile-query';
import { renderSql } from '../../../shared/query/dialect';
import { postgresDialect } from '../../../shared/query/dialect-postgres';
import { sqliteDialect } from '../../../shared/query/dialect-sqlite';
import { raw } from '../../../shared/query/fragment';
import { matches } from '../../../shared/query/evaluate';
import { SEED, asOf, dateCondition, filter, row } from './arbitraries';
import { resolveField, resolveMeasure } from './catalog';
import { PostgresServer, literal, postgresAvailable } from './postgres-server';
import { segmentFilter, segments } from './segment-arbitraries';
import { isListMember, segmentResolver, type TestSegment } from './segments';
import { TABLE, customerKey, openTestDatabase, replaceRows, type TestRow } from './sqlite-table';

const server = postgresAvailable ? new PostgresServer() : undefined;
let sqlite: Database.Database;

// One fixed table of rows and many filters: psql runs them all in one batch.
// 1e-9 becomes 1: sums then never depend on the order of addition, which differs per engine.
const DATA: TestRow[] = fc.sample(row, { numRuns: 400, seed: SEED }).map((r, i) => ({ id: i + 1, ...r, spend: r.spend === 1e-9 ? 1 : r.spend }));
const CASES: [FilterNode, string][] = [
  ...fc.sample(fc.tuple(filter, asOf), { numRuns: 400, seed: SEED }),
  ...fc.sample(fc.tuple(dateCondition, asOf), { numRuns: 200, seed: SEED + 1 }),
];

// One set of saved segments (lists stored in both engines) and filters referring to them.
const SAVED: TestSegment[] =
  fc.sample(segments, { numRuns: 50, seed: SEED }).find((set) => set.some((s) => s.kind === 'list' && s.members.length > 0) && set.some((s) => s.kind === 'filter')) ?? [];
const SEGMENT_CASES: [FilterNode, string][] = fc.sample(fc.tuple(segmentFilter, asOf), { numRuns: 300, seed: SEED + 2 });

function createTable(pg: PostgresServer): void {
  const values = DATA.map((r) =>
    [r.id, customerKey(r.id), r.name, r.tier, r.spend, r.spend_prev, r.tenure, r.signup, r.active === null ? null : String(r.active), r.attrs].map(literal).join(', '),
  );
  const members = SAVED.flatMap((s) => (s.kind === 'list' ? [...new Set(s.members)].map((m) => `(${s.id}, ${literal(m)})`) : []));
  pg.psql(
    `CREATE TABLE ${TABLE} (id integer PRIMARY KEY, customer_id text NOT NULL UNIQUE, name text, tier text, spend double precision, spend_prev double precision,
       tenure double precision, signup text, active boolean, attrs text);
     INSERT INTO ${TABLE} VALUES ${values.map((v) => `(${v})`).join(',\n')};
     CREATE TABLE segment_list_members (segment_id integer NOT NULL, customer_id text NOT NULL, PRIMARY KEY (segment_id, customer_id));
     ${members.length > 0 ? `INSERT INTO segment_list_members VALUES ${members.join(', ')};` : ''}`,
  );
}

describe.skipIf(!postgresAvailable)('PostgreSQL integration', () => {
  beforeAll(() => {
    server?.start();
    if (server) createTable(server);
    sqlite = openTestDatabase();
    replaceRows(sqlite, DATA);
  }, 120_000);
  afterAll(() => {
    sqlite.close();
    server?.stop();
  });

  it(`runs ${CASES.length} random filters and their negations like the JS oracle`, () => {
    const pg = server as PostgresServer;
    let script = '';
    const expected: string[] = [];
    CASES.forEach(([node, snapshot], i) => {
      for (const [suffix, current] of [
        ['p', node],
        ['n', { kind: 'not', child: node } as FilterNode],
      ] as const) {
        const compiled = compileFilter(current, { resolveField, dialect: postgresDialect, asOf: snapshot });
        const sql = `SELECT coalesce(string_agg(CAST(id AS text), ',' ORDER BY id), '') FROM ${TABLE} WHERE ${compiled.sql}`;
        script += PostgresServer.execute(`q${i}${suffix}`, sql, compiled.params);
        expected.push(
          DATA.filter((r) => matches(current, { ...r }, { resolveField, asOf: snapshot }))
            .map((r) => r.id)
            .join(','),
        );
      }
    });
    const actual = pg.psql(script);
    const mismatches = expected.flatMap((ids, i) => (actual[i] === ids ? [] : [{ case: JSON.stringify(CASES[i >> 1]), negated: i % 2 === 1 }]));
    expect(mismatches).toEqual([]);
    expect(actual).toHaveLength(expected.length);
  });

  it(`runs ${SEGMENT_CASES.length} filters referring to saved segments (lists and dynamic) like the JS oracle`, () => {
    const pg = server as PostgresServer;
    const resolveSegment = segmentResolver(SAVED);
    const oracle = { resolveField, resolveSegment, isListMember: isListMember(SAVED) };
    let script = '';
    const expected: string[] = [];
    SEGMENT_CASES.forEach(([node, snapshot], i) => {
      const compiled = compileFilter(node, { resolveField, dialect: postgresDialect, asOf: snapshot, resolveSegment });
      script += PostgresServer.execute(`s${i}`, `SELECT coalesce(string_agg(CAST(id AS text), ',' ORDER BY id), '') FROM ${TABLE} WHERE ${compiled.sql}`, compiled.params);
      expected.push(
        DATA.filter((r) => matches(node, { ...r, customer_id: customerKey(r.id) }, { ...oracle, asOf: snapshot }))
          .map((r) => r.id)
          .join(','),
      );
    });
    const actual = pg.psql(script);
    expect(expected.flatMap((ids, i) => (actual[i] === ids ? [] : [JSON.stringify(SEGMENT_CASES[i])]))).toEqual([]);
    expect(SAVED.some((s) => s.kind === 'list')).toBe(true);
    expect(SAVED.some((s) => s.kind === 'filter')).toBe(true);
  });

  it.each<TimeGrain>(['week', 'month', 'year'])('truncates to %s like the SQLite dialect for every day of 2000–2030', (grain) => {
    const pg = server as PostgresServer;
    const day = raw('d');
    const [pgTrunc, liteTrunc] = [renderSql(postgresDialect.truncateDate(day, grain), postgresDialect), renderSql(sqliteDialect.truncateDate(day, grain), sqliteDialect)];
    const lines = pg.psql(
      `SELECT d || '|' || ${pgTrunc.sql} FROM (
         SELECT to_char(g, 'YYYY-MM-DD') || s AS d FROM generate_series(DATE '2000-01-01', DATE '2030-12-31', INTERVAL '1 day') g,
         (VALUES (''), (' 23:59:59')) AS t(s)) days ORDER BY d;`,
    );
    expect(lines).toHaveLength(11_323 * 2);
    const check = sqlite.prepare(`SELECT ${liteTrunc.sql} AS t FROM (SELECT ? AS d)`);
    const wrong = lines.filter((line) => {
      const [d = '', t] = line.split('|');
      return (check.get(d) as { t: string }).t !== t;
    });
    expect(wrong).toEqual([]);
  });

  it('returns the same aggregate rows as SQLite for the same specs', () => {
    const pg = server as PostgresServer;
    const specs: QuerySpec[] = [
      { source: 'customer', measures: ['customers', 'active_customers', 'total_spend', 'at_risk_spend', 'tiers', 'active_share'], dimensions: [{ field: 'tier' }] },
      { source: 'customer', measures: ['customers', 'active_share'], dimensions: [{ field: 'signup', grain: 'week' }, { field: 'attr_region' }], limit: 50 },
      {
        source: 'customer',
        measures: ['at_risk_spend', 'customers'],
        dimensions: [{ field: 'signup', grain: 'month' }],
        sort: [{ key: 'at_risk_spend', direction: 'desc' }],
        filter: { kind: 'not', child: { kind: 'condition', field: 'name', op: 'contains', value: 'a' } },
      },
    ];
    const round = (v: unknown) => (typeof v === 'number' ? Number(v.toPrecision(12)) : v);
    const normalize = (list: Record<string, unknown>[]) => list.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, round(v)])));
    for (const spec of specs) {
      const options = { resolveField, resolveMeasure, asOf: '2024-03-31', table: TABLE };
      const onPg = compileQuery(spec, { ...options, dialect: postgresDialect });
      const onLite = compileQuery(spec, { ...options, dialect: sqliteDialect });
      // jsonb prints on one line (json_agg would break lines between elements).
      const sql = `SELECT coalesce(jsonb_agg(x), '[]') FROM (${onPg.sql}) x`;
      const [json = '[]'] = pg.psql(PostgresServer.execute('agg', sql, onPg.params));
      const fromLite = sqlite.prepare(onLite.sql).all(...onLite.params) as Record<string, unknown>[];
      expect(normalize(JSON.parse(json) as Record<string, unknown>[])).toEqual(normalize(fromLite));
    }
  });
});
