// Golden SQL: the exact text and parameters each dialect emits for representative filters
// and queries. Written by hand from the documented semantics; a diff here is a behaviour
// change to review, not a snapshot to refresh.
import { describe, expect, it } from 'vitest';
import type { FilterNode, QuerySpec } from '../../../shared/query/ast';
import { compileFilter } from '../../../shared/query/compile-filter';
import { compileQuery } from '../../../shared/query/compile-query';
import { renderSql, type Dialect } from '../../../shared/query/dialect';
import { postgresDialect } from '../../../shared/query/dialect-postgres';
import { sqliteDialect } from '../../../shared/query/dialect-sqlite';
import { raw } from '../../../shared/query/fragment';
import { resolveField, resolveMeasure } from './catalog';

type Params = (string | number | null)[];
interface Golden {
  readonly sqlite: [string, Params];
  readonly postgres: [string, Params];
}

const AS_OF = '2024-03-31';
const FOLD = `'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'`;
const c = (field: string, op: string, extra: object = {}): FilterNode => ({ kind: 'condition', field, op, ...extra }) as FilterNode;
const not = (child: FilterNode): FilterNode => ({ kind: 'not', child });
const and = (...children: FilterNode[]): FilterNode => ({ kind: 'group', op: 'and', children });
const or = (...children: FilterNode[]): FilterNode => ({ kind: 'group', op: 'or', children });
/** 'reg"i\o.n' as a SQLite JSON path, and as the bare key PostgreSQL's ->> takes. */
const SQLITE_PATH = '$."reg\\"i\\\\o.n"';
const PG_KEY = 'reg"i\\o.n';

const FILTERS: [string, FilterNode, Golden][] = [
  ['= on text', c('name', '=', { value: 'Ann' }), { sqlite: ['"name" = ?', ['Ann']], postgres: ['"name" = $1', ['Ann']] }],
  ['!= includes NULL', c('name', '!=', { value: 'Ann' }), { sqlite: ['"name" IS NOT ?', ['Ann']], postgres: ['"name" IS DISTINCT FROM $1', ['Ann']] }],
  [
    'NOT in adds OR IS NULL',
    not(c('tier', 'in', { values: ['watch', 'atRisk'] })),
    {
      sqlite: ['("tier" IS NULL OR "tier" NOT IN (?, ?))', ['watch', 'atRisk']],
      postgres: ['("tier" IS NULL OR "tier" NOT IN ($1, $2))', ['watch', 'atRisk']],
    },
  ],
  ['in [] is FALSE', c('tier', 'in', { values: [] }), { sqlite: ['FALSE', []], postgres: ['FALSE', []] }],
  ['not_in [] is TRUE', c('tier', 'not_in', { values: [] }), { sqlite: ['TRUE', []], postgres: ['TRUE', []] }],
  ['in of one distinct value is =', c('tier', 'in', { values: ['watch', 'watch'] }), { sqlite: ['"tier" = ?', ['watch']], postgres: ['"tier" = $1', ['watch']] }],
  [
    'in over numbers converts and dedupes numeric text',
    c('tenure', 'in', { values: [1, '2', 1, ' 1 '] }),
    { sqlite: ['"tenure" IN (?, ?)', [1, 2]], postgres: ['"tenure" IN ($1, $2)', [1, 2]] },
  ],
  [
    'contains escapes ! % _ and folds ASCII',
    c('name', 'contains', { value: '50%_Off!' }),
    {
      sqlite: [`lower("name") LIKE ? ESCAPE '!'`, ['%50!%!_off!!%']],
      postgres: [`translate("name", ${FOLD}) LIKE $1 ESCAPE '!'`, ['%50!%!_off!!%']],
    },
  ],
  [
    'NOT starts_with keeps É and backslash as they are',
    not(c('name', 'starts_with', { value: 'ÉA\\' })),
    {
      sqlite: [`("name" IS NULL OR lower("name") NOT LIKE ? ESCAPE '!')`, ['Éa\\%']],
      postgres: [`("name" IS NULL OR translate("name", ${FOLD}) NOT LIKE $1 ESCAPE '!')`, ['Éa\\%']],
    },
  ],
  [
    'ends_with escapes the wildcard and anchors at the end',
    c('name', 'ends_with', { value: '_Co' }),
    {
      sqlite: [`lower("name") LIKE ? ESCAPE '!'`, ['%!_co']],
      postgres: [`translate("name", ${FOLD}) LIKE $1 ESCAPE '!'`, ['%!_co']],
    },
  ],
  ['is_empty on text is NULL or empty', c('name', 'is_empty'), { sqlite: ['("name" IS NULL OR "name" = ?)', ['']], postgres: ['("name" IS NULL OR "name" = $1)', ['']] }],
  ['not_empty on text', c('name', 'not_empty'), { sqlite: ['"name" <> ?', ['']], postgres: ['"name" <> $1', ['']] }],
  ['is_empty on a number is NULL', c('spend', 'is_empty'), { sqlite: ['"spend" IS NULL', []], postgres: ['"spend" IS NULL', []] }],
  ['not_empty on a date', c('signup', 'not_empty'), { sqlite: ['"signup" IS NOT NULL', []], postgres: ['"signup" IS NOT NULL', []] }],
  [
    'between on numbers, numeric text converted',
    c('spend', 'between', { low: '9', high: 10 }),
    { sqlite: ['("spend" >= ? AND "spend" <= ?)', [9, 10]], postgres: ['("spend" >= $1 AND "spend" <= $2)', [9, 10]] },
  ],
  [
    'NOT between',
    not(c('spend', 'between', { low: 9, high: 10 })),
    {
      sqlite: ['("spend" IS NULL OR "spend" < ? OR "spend" > ?)', [9, 10]],
      postgres: ['("spend" IS NULL OR "spend" < $1 OR "spend" > $2)', [9, 10]],
    },
  ],
  [
    '= on a date is the whole day',
    c('signup', '=', { value: '2024-02-29' }),
    {
      sqlite: ['("signup" >= ? AND "signup" < ?)', ['2024-02-29', '2024-03-01']],
      postgres: ['(CAST("signup" AS date) >= CAST($1 AS date) AND CAST("signup" AS date) < CAST($2 AS date))', ['2024-02-29', '2024-03-01']],
    },
  ],
  [
    'NOT = on a date',
    not(c('signup', '=', { value: '2024-02-29' })),
    {
      sqlite: ['("signup" IS NULL OR "signup" < ? OR "signup" >= ?)', ['2024-02-29', '2024-03-01']],
      postgres: ['("signup" IS NULL OR CAST("signup" AS date) < CAST($1 AS date) OR CAST("signup" AS date) >= CAST($2 AS date))', ['2024-02-29', '2024-03-01']],
    },
  ],
  [
    'in_last_days 30 from 2024-03-31',
    c('signup', 'in_last_days', { amount: 30 }),
    {
      sqlite: ['("signup" >= ? AND "signup" < ?)', ['2024-03-02', '2024-04-01']],
      postgres: ['(CAST("signup" AS date) >= CAST($1 AS date) AND CAST("signup" AS date) < CAST($2 AS date))', ['2024-03-02', '2024-04-01']],
    },
  ],
  ['= false on a boolean', c('active', '=', { value: false }), { sqlite: ['"active" = ?', [0]], postgres: ['"active" = $1', ['false']] }],
  ['NOT = true on a boolean includes NULL', not(c('active', '=', { value: true })), { sqlite: ['"active" IS NOT ?', [1]], postgres: ['"active" IS DISTINCT FROM $1', ['true']] }],
  ['changed_by up', c('spend', 'changed_by', { value: 5, direction: 'up' }), { sqlite: ['("spend" - "spend_prev") >= ?', [5]], postgres: ['("spend" - "spend_prev") >= $1', [5]] }],
  [
    'changed_by down',
    c('spend', 'changed_by', { value: 5, direction: 'down' }),
    { sqlite: ['("spend_prev" - "spend") >= ?', [5]], postgres: ['("spend_prev" - "spend") >= $1', [5]] },
  ],
  [
    'NOT changed_by (any direction) includes rows missing either value',
    not(c('spend', 'changed_by', { value: '2.5' })),
    {
      sqlite: ['("spend" IS NULL OR "spend_prev" IS NULL OR abs("spend" - "spend_prev") < ?)', [2.5]],
      postgres: ['("spend" IS NULL OR "spend_prev" IS NULL OR abs("spend" - "spend_prev") < $1)', [2.5]],
    },
  ],
  [
    'an attribute: the key is bound, never spliced',
    c('attr_region', '=', { value: 'EU' }),
    {
      sqlite: ['json_extract("attrs", ?) = ?', [SQLITE_PATH, 'EU']],
      postgres: ['(CAST("attrs" AS jsonb) ->> $1) = $2', [PG_KEY, 'EU']],
    },
  ],
  [
    'NOT is pushed to the leaves (De Morgan)',
    not(and(c('name', '=', { value: 'a' }), or(c('spend', '>', { value: 1 }), not(c('active', '=', { value: true }))))),
    {
      sqlite: ['("name" IS NOT ? OR (("spend" IS NULL OR "spend" <= ?) AND "active" = ?))', ['a', 1, 1]],
      postgres: ['("name" IS DISTINCT FROM $1 OR (("spend" IS NULL OR "spend" <= $2) AND "active" = $3))', ['a', 1, 'true']],
    },
  ],
  ['double NOT cancels', not(not(c('tenure', '<', { value: 3 }))), { sqlite: ['"tenure" < ?', [3]], postgres: ['"tenure" < $1', [3]] }],
  [
    'placeholders past $9 keep their order',
    c('tier', 'in', { values: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'] }),
    {
      sqlite: ['"tier" IN (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k']],
      postgres: ['"tier" IN ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k']],
    },
  ],
];

const DIALECTS: [keyof Golden, Dialect][] = [
  ['sqlite', sqliteDialect],
  ['postgres', postgresDialect],
];

describe.each(DIALECTS)('golden filters: %s', (name, dialect) => {
  it.each(FILTERS)('%s', (_, node, golden) => {
    const [sql, params] = golden[name];
    expect(compileFilter(node, { resolveField, dialect, asOf: AS_OF })).toEqual({ sql, params });
  });

  it('qualifies columns with an alias', () => {
    const placeholder = name === 'sqlite' ? '?' : '$1';
    expect(compileFilter(c('name', '=', { value: 'x' }), { resolveField, dialect, asOf: AS_OF, alias: 'c' })).toEqual({
      sql: `"c"."name" = ${placeholder}`,
      params: ['x'],
    });
  });
});

const table = 'customer_mart';
const spec = (s: Partial<QuerySpec>): QuerySpec => ({ source: 'customer', measures: ['customers'], dimensions: [], ...s });

const QUERIES: [string, QuerySpec, Golden, string[]][] = [
  [
    'count by an enum, default sort by the dimension',
    spec({ dimensions: [{ field: 'tier' }] }),
    {
      sqlite: ['SELECT "tier" AS "tier", count(*) AS "customers" FROM "customer_mart" GROUP BY 1 ORDER BY "tier" ASC NULLS LAST', []],
      postgres: ['SELECT "tier" AS "tier", count(*) AS "customers" FROM "customer_mart" GROUP BY 1 ORDER BY "tier" ASC NULLS LAST', []],
    },
    ['tier:dimension', 'customers:measure'],
  ],
  [
    'totals without dimensions, filtered and limited',
    spec({ measures: ['customers', 'total_spend'], filter: c('active', '=', { value: true }), limit: 10 }),
    {
      sqlite: ['SELECT count(*) AS "customers", sum("spend") AS "total_spend" FROM "customer_mart" WHERE "active" = ? LIMIT ?', [1, 10]],
      postgres: ['SELECT count(*) AS "customers", sum("spend") AS "total_spend" FROM "customer_mart" WHERE "active" = $1 LIMIT $2', ['true', 10]],
    },
    ['customers:measure', 'total_spend:measure'],
  ],
  [
    'month grain, attribute dimension, filtered measures, a ratio, sort by a measure',
    spec({
      measures: ['active_share', 'at_risk_spend', 'tiers'],
      dimensions: [{ field: 'signup', grain: 'month' }, { field: 'attr_region' }],
      filter: c('name', 'contains', { value: 'x' }),
      sort: [{ key: 'at_risk_spend', direction: 'desc' }],
      limit: 5,
    }),
    {
      sqlite: [
        `SELECT strftime('%Y-%m', "signup") AS "signup", json_extract("attrs", ?) AS "attr_region", ` +
          `CAST(count(CASE WHEN "active" = ? THEN 1 END) AS REAL) / NULLIF(count(*), 0) AS "active_share", ` +
          `sum(CASE WHEN "tier" = ? THEN "spend" END) AS "at_risk_spend", count(DISTINCT "tier") AS "tiers" ` +
          `FROM "customer_mart" WHERE lower("name") LIKE ? ESCAPE '!' GROUP BY 1, 2 ` +
          `ORDER BY "at_risk_spend" DESC NULLS LAST, "signup" ASC NULLS LAST, "attr_region" ASC NULLS LAST LIMIT ?`,
        [SQLITE_PATH, 1, 'atRisk', '%x%', 5],
      ],
      postgres: [
        `SELECT to_char(CAST("signup" AS date), 'YYYY-MM') AS "signup", (CAST("attrs" AS jsonb) ->> $1) AS "attr_region", ` +
          `CAST(count(CASE WHEN "active" = $2 THEN 1 END) AS double precision) / NULLIF(count(*), 0) AS "active_share", ` +
          `sum(CASE WHEN "tier" = $3 THEN "spend" END) AS "at_risk_spend", count(DISTINCT "tier") AS "tiers" ` +
          `FROM "customer_mart" WHERE translate("name", ${FOLD}) LIKE $4 ESCAPE '!' GROUP BY 1, 2 ` +
          `ORDER BY "at_risk_spend" DESC NULLS LAST, "signup" ASC NULLS LAST, "attr_region" ASC NULLS LAST LIMIT $5`,
        [PG_KEY, 'true', 'atRisk', '%x%', 5],
      ],
    },
    ['signup:dimension', 'attr_region:dimension', 'active_share:measure', 'at_risk_spend:measure', 'tiers:measure'],
  ],
  [
    'week grain sorted descending',
    spec({ dimensions: [{ field: 'signup', grain: 'week' }], sort: [{ key: 'signup', direction: 'desc' }] }),
    {
      sqlite: [`SELECT date("signup", 'weekday 0', '-6 days') AS "signup", count(*) AS "customers" FROM "customer_mart" GROUP BY 1 ORDER BY "signup" DESC NULLS LAST`, []],
      postgres: [
        `SELECT to_char(CAST("signup" AS date) - (CAST(EXTRACT(ISODOW FROM CAST("signup" AS date)) AS integer) - 1), 'YYYY-MM-DD') AS "signup", ` +
          `count(*) AS "customers" FROM "customer_mart" GROUP BY 1 ORDER BY "signup" DESC NULLS LAST`,
        [],
      ],
    },
    ['signup:dimension', 'customers:measure'],
  ],
  [
    'year grain',
    spec({ dimensions: [{ field: 'signup', grain: 'year' }] }),
    {
      sqlite: [`SELECT strftime('%Y', "signup") AS "signup", count(*) AS "customers" FROM "customer_mart" GROUP BY 1 ORDER BY "signup" ASC NULLS LAST`, []],
      postgres: [`SELECT to_char(CAST("signup" AS date), 'YYYY') AS "signup", count(*) AS "customers" FROM "customer_mart" GROUP BY 1 ORDER BY "signup" ASC NULLS LAST`, []],
    },
    ['signup:dimension', 'customers:measure'],
  ],
];

describe.each(DIALECTS)('golden queries: %s', (name, dialect) => {
  it.each(QUERIES)('%s', (_, query, golden, columns) => {
    const [sql, params] = golden[name];
    const compiled = compileQuery(query, { resolveField, resolveMeasure, dialect, asOf: AS_OF, table });
    expect({ sql: compiled.sql, params: compiled.params }).toEqual({ sql, params });
    expect(compiled.columns.map((col) => `${col.key}:${col.kind}`)).toEqual(columns);
  });
});

describe('dialect details', () => {
  it('quotes only identifiers of the catalog pattern', () => {
    expect(renderSql(sqliteDialect.identifier('customer_mart'), sqliteDialect).sql).toBe('"customer_mart"');
    expect(renderSql(postgresDialect.identifier('a1_b'), postgresDialect).sql).toBe('"a1_b"');
    expect(sqliteDialect.quoteIdentifier('signup_date')).toBe('"signup_date"');
    for (const bad of ['a"b', 'A', '_a', 'a b', 'a-b', '', 'é']) {
      expect(() => sqliteDialect.quoteIdentifier(bad), bad).toThrow(expect.objectContaining({ code: 'INVALID_IDENTIFIER' }) as Error);
      expect(() => sqliteDialect.identifier(bad), bad).toThrow(expect.objectContaining({ code: 'INVALID_IDENTIFIER' }) as Error);
      expect(() => postgresDialect.identifier(bad), bad).toThrow(expect.objectContaining({ code: 'INVALID_IDENTIFIER' }) as Error);
    }
  });

  it('renders LIMIT / OFFSET, SQLite needing a LIMIT before any OFFSET', () => {
    expect(renderSql(sqliteDialect.limitOffset(10, 20), sqliteDialect)).toEqual({ sql: 'LIMIT ? OFFSET ?', params: [10, 20] });
    expect(renderSql(sqliteDialect.limitOffset(undefined, 20), sqliteDialect)).toEqual({ sql: 'LIMIT -1 OFFSET ?', params: [20] });
    expect(renderSql(postgresDialect.limitOffset(undefined, 20), postgresDialect)).toEqual({ sql: 'OFFSET $1', params: [20] });
    expect(renderSql(postgresDialect.limitOffset(), postgresDialect)).toEqual({ sql: '', params: [] });
    expect(() => sqliteDialect.limitOffset(-1)).toThrow(expect.objectContaining({ code: 'INVALID_QUERY' }) as Error);
  });

  it('orders with NULLs last in both directions', () => {
    const col = raw('x');
    expect(renderSql(sqliteDialect.orderTerm(col, 'asc'), sqliteDialect).sql).toBe('x ASC NULLS LAST');
    expect(renderSql(postgresDialect.orderTerm(col, 'desc'), postgresDialect).sql).toBe('x DESC NULLS LAST');
  });

  it('escapes the JSON path key for SQLite and binds the bare key for PostgreSQL', () => {
    const key = 'a"b\\c\nd';
    expect(renderSql(sqliteDialect.jsonText(raw('j'), key), sqliteDialect)).toEqual({ sql: 'json_extract(j, ?)', params: ['$."a\\"b\\\\c\\nd"'] });
    expect(renderSql(postgresDialect.jsonText(raw('j'), key), postgresDialect)).toEqual({ sql: '(CAST(j AS jsonb) ->> $1)', params: [key] });
  });
});
