// The columnar path (column-cache.ts) of countMatching and listCustomerPage gives the same
// counts, rows and order as the SQL path, on a refreshed demo workspace; writes on this
// connection or commits of another one invalidate the cached columns when they change the mart.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDemoWorkspace } from '../../electron/demo/generate';
import { runRefresh } from '../../electron/service/scoring/refresh';
import { clearColumnCache, columnarMatch } from '../../electron/store/analytics/column-cache';
import { listCustomerPage } from '../../electron/store/analytics/customer-page';
import { martState } from '../../electron/store/analytics/mart-state';
import { countMatching } from '../../electron/store/analytics/run-query';
import { workspaceCatalog } from '../../electron/store/analytics/workspace-catalog';
import { openWorkspace, type Workspace } from '../../electron/store/workspace';
import { CustomerListInputSchema, type CustomerListInput } from '../../shared/contract/operations';
import type { FilterNode } from '../../shared/query';
import { withColumnar } from '../support/columnar-switch';
import { tempDir } from '../support/temp';

const quiet = () => undefined;

const BROAD: FilterNode = {
  kind: 'group',
  op: 'and',
  children: [
    { kind: 'condition', field: 'lifecycle', op: '!=', value: 'prospect' },
    { kind: 'condition', field: 'health_score', op: '<', value: 80 },
    { kind: 'condition', field: 'churn_probability', op: '>=', value: 0.01 },
    { kind: 'condition', field: 'last_order_date', op: 'in_last_days', amount: 365 },
    { kind: 'condition', field: 'owner', op: 'not_in', values: ['x'] },
    {
      kind: 'group',
      op: 'or',
      children: [
        { kind: 'condition', field: 'segment', op: 'is_empty' },
        { kind: 'condition', field: 'industry', op: 'contains', value: 'a' },
        { kind: 'condition', field: 'name', op: 'starts_with', value: '王' },
      ],
    },
    { kind: 'not', child: { kind: 'condition', field: 'tier', op: '=', value: 'healthy' } },
  ],
};

const FILTERS: readonly (FilterNode | undefined)[] = [
  undefined,
  BROAD,
  { kind: 'not', child: BROAD },
  { kind: 'condition', field: 'tier', op: 'in', values: ['watch', 'atRisk'] },
  { kind: 'condition', field: 'clv', op: 'between', low: 10, high: 5000 },
  { kind: 'condition', field: 'signup_date', op: '>=', value: '2023-01-01' },
  { kind: 'condition', field: 'health_score', op: 'changed_by', value: 1, direction: 'down' },
  { kind: 'condition', field: 'churn_date', op: 'in_last_months', amount: 6 },
  { kind: 'condition', field: 'region', op: 'not_empty' },
];

const SORTS: CustomerListInput['sort'][] = [
  [],
  [{ column: 'churn_probability', direction: 'desc' }],
  [{ column: 'health_score', direction: 'asc' }],
  [{ column: 'name', direction: 'asc' }],
  [{ column: 'last_order_date', direction: 'desc' }],
  [
    { column: 'tier', direction: 'asc' },
    { column: 'clv', direction: 'desc' },
  ],
];

describe('columnar path of countMatching and listCustomerPage', () => {
  const t = tempDir();
  let ws: Workspace;
  let path: string;
  let asOf: string;

  beforeAll(async () => {
    path = join(t.dir, 'demo.churn');
    await createDemoWorkspace(path, { customers: 2000 });
    ws = await openWorkspace(path);
    runRefresh(ws.db, { trainIfMissing: true }, quiet);
    asOf = martState(ws.db)?.asOf ?? '';
  });
  afterEach(() => clearColumnCache(ws.db));
  afterAll(() => {
    ws.close();
    t.cleanup();
  });

  it('uses columns only when forced on a small mart, and never for JSON attributes', () => {
    const resolveField = (id: string) => workspaceCatalog(ws.db).field('customer', id);
    expect(withColumnar(true, () => columnarMatch(ws.db, BROAD, { resolveField, asOf }))).not.toBeNull();
    expect(withColumnar(false, () => columnarMatch(ws.db, BROAD, { resolveField, asOf }))).toBeNull();
    const attribute = workspaceCatalog(ws.db).fields.find((f) => f.source === 'customer' && f.attributeKey !== undefined);
    if (attribute) {
      const node: FilterNode = { kind: 'condition', field: attribute.id, op: 'not_empty' };
      expect(withColumnar(true, () => columnarMatch(ws.db, node, { resolveField, asOf }))).toBeNull();
      expect(withColumnar(true, () => countMatching(ws.db, 'customer', node, asOf))).toBe(withColumnar(false, () => countMatching(ws.db, 'customer', node, asOf)));
    }
  });

  it('counts like SQL', () => {
    const counts = FILTERS.map((f) => withColumnar(false, () => countMatching(ws.db, 'customer', f, asOf)));
    expect(counts[1]).toBeGreaterThan(0);
    expect(counts[1]! + counts[2]!).toBe(counts[0]);
    expect(FILTERS.map((f) => withColumnar(true, () => countMatching(ws.db, 'customer', f, asOf)))).toEqual(counts);
  });

  it('lists the same pages in the same order as SQL, for every filter, sort and a few offsets', () => {
    for (const filter of FILTERS) {
      for (const sort of SORTS) {
        for (const [offset, limit] of [
          [0, 50],
          [37, 100],
          [500, 20],
          [1990, 30],
        ] as const) {
          const input = { ...CustomerListInputSchema.parse({ sort, offset, limit }), ...(filter ? { filter } : {}) };
          const sql = withColumnar(false, () => listCustomerPage(ws.db, input));
          const columnar = withColumnar(true, () => listCustomerPage(ws.db, input));
          expect(columnar.total).toBe(sql.total);
          expect(columnar.rows.map((r) => r.customer_id)).toEqual(sql.rows.map((r) => r.customer_id));
        }
      }
    }
  });

  it('grid column filters and the quick filter take the same path', () => {
    const inputs: CustomerListInput[] = [
      { quickFilter: 'a', sort: [{ column: 'clv', direction: 'desc' }] },
      { filters: [{ column: 'tier', op: 'notEqual', value: 'healthy' }], sort: [{ column: 'name', direction: 'desc' }] },
      {
        filters: [
          { column: 'health_score', op: 'inRange', value: 20, valueTo: 60 },
          { column: 'name', op: 'notContains', value: '张' },
        ],
      },
      { filters: [{ column: 'cancel_reason', op: 'blank' }], offset: 100 },
    ];
    for (const raw of inputs) {
      const input = CustomerListInputSchema.parse(raw);
      const sql = withColumnar(false, () => listCustomerPage(ws.db, input));
      const columnar = withColumnar(true, () => listCustomerPage(ws.db, input));
      expect(columnar).toEqual(sql);
    }
  });

  // Every mart writer bumps meta 'mart_generation' in its transaction (build-mart.ts); the
  // direct UPDATEs here do the same, as a writer would.
  const BUMP = `INSERT INTO meta (key, value) VALUES ('mart_generation', '1') ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1`;

  it('a mart write on this connection, or a commit of another one, invalidates the columns', () => {
    const node: FilterNode = { kind: 'condition', field: 'tier', op: '=', value: 'atRisk' };
    const count = () => withColumnar(true, () => countMatching(ws.db, 'customer', node, asOf));
    const before = count();
    const target = ws.db.prepare(`SELECT rowid FROM customer_mart WHERE tier IS NOT 'atRisk' LIMIT 2`).pluck().all() as number[];
    ws.db.transaction(() => {
      ws.db.prepare(`UPDATE customer_mart SET tier = 'atRisk' WHERE rowid = ?`).run(target[0]);
      ws.db.exec(BUMP);
    })();
    expect(count()).toBe(before + 1);
    const other = new Database(path);
    try {
      other.transaction(() => {
        other.prepare(`UPDATE customer_mart SET tier = 'atRisk' WHERE rowid = ?`).run(target[1]);
        other.exec(BUMP);
      })();
    } finally {
      other.close();
    }
    expect(count()).toBe(before + 2);
    expect(count()).toBe(withColumnar(false, () => countMatching(ws.db, 'customer', node, asOf)));
  });

  it('a commit that leaves the mart alone keeps the loaded columns (no reload after saving a segment)', () => {
    const node: FilterNode = { kind: 'condition', field: 'health_score', op: '<', value: 50 };
    const resolveField = (id: string) => workspaceCatalog(ws.db).field('customer', id);
    const column = () => withColumnar(true, () => columnarMatch(ws.db, node, { resolveField, asOf })?.view.column('health_score'));
    const first = column();
    expect(first).toBeDefined();
    const other = new Database(path);
    try {
      other.prepare(`INSERT INTO settings (key, value) VALUES ('column-cache-test', '1') ON CONFLICT (key) DO UPDATE SET value = value || '1'`).run();
    } finally {
      other.close();
    }
    expect(column()).toBe(first);
    ws.db.exec(BUMP);
    expect(column()).not.toBe(first);
  });
});
