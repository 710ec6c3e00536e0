// Customers grid at laptop scale: 1,000,000 customers, 3,000,000 orders and a snapshot scoring
// them all. Measures the server side of one grid block (200 rows) at random depths, sorted and
// filtered by customer and score columns, against reading 200 raw customer rows at the same
// depth (the floor any paging scheme pays).
import { join } from 'node:path';
import { openWorkspace } from '../../electron/store/workspace';
import { listCustomerPage as listCustomers } from '../../electron/store/analytics/customer-page';
import { rebuildMartProfiles } from '../../electron/store/mart/build-mart';
import { CustomerListInputSchema } from '../../shared/contract/operations';
import { tempDir } from '../support/temp';
import { median, sample } from './stats';

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 1_000_000);
const ORDERS_PER_CUSTOMER = 3;
const RUNS = 15;

export async function run(): Promise<Record<string, number | string>> {
  const t = tempDir('churn-bench-');
  try {
    const ws = await openWorkspace(join(t.dir, 'bench.churn'), { create: true });
    const db = ws.db;
    const t0 = performance.now();
    db.exec(`
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${CUSTOMERS})
      INSERT INTO customers (customer_id, name, region, city, owner, signup_date, status)
      SELECT printf('C%07d', i), printf('客户%07d', (i * 7919) % ${CUSTOMERS}),
             CASE i % 7 WHEN 0 THEN '华东' WHEN 1 THEN '华北' WHEN 2 THEN '华南' WHEN 3 THEN '华中' WHEN 4 THEN '西南' WHEN 5 THEN '西北' ELSE '东北' END,
             CASE i % 5 WHEN 0 THEN '上海' WHEN 1 THEN '北京' WHEN 2 THEN '广州' WHEN 3 THEN '成都' ELSE '武汉' END,
             printf('经理%02d', i % 12), date('2022-01-01', '+' || (i % 900) || ' days'),
             CASE WHEN i % 9 = 0 THEN 'cancelled' ELSE 'active' END
      FROM n;
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${CUSTOMERS * ORDERS_PER_CUSTOMER})
      INSERT INTO orders (order_id, customer_id, order_date, amount)
      SELECT printf('O%08d', i), printf('C%07d', 1 + (i * 48271) % ${CUSTOMERS}), date('2024-01-01', '+' || (i % 700) || ' days'), (i % 997) + 0.5
      FROM n;
      -- A snapshot scoring every customer, its rows as wide as refresh writes them (breakdown and reasons JSON).
      INSERT INTO snapshots (snapshot_id, as_of, created_at, customers) VALUES (1, '2025-11-30', '2025-12-01T00:00:00Z', ${CUSTOMERS});
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${CUSTOMERS})
      INSERT INTO customer_scores (snapshot_id, customer_id, health_score, tier, churn_probability, p_alive, clv, reasons, health_groups, health_indicators, churned)
      SELECT 1, printf('C%07d', i), (i * 37 % 1000) / 10.0,
             CASE WHEN i * 37 % 1000 >= 700 THEN 'healthy' WHEN i * 37 % 1000 >= 400 THEN 'watch' ELSE 'atRisk' END,
             CASE WHEN i % 9 = 0 THEN NULL ELSE (i * 7919 % 100000) / 100000.0 END, (i * 104729 % 1000) / 1000.0, i * 31 % 50000 + 0.25,
             '[["recency_days","product",0.8123],["complaints_90d","service",0.4412],["competitor_signals_90d","competition",0.2104]]',
             '[[84.21,0.15],[55.5,0.3],[61.25,0.35],[100,0.1],[96,0.1]]', '[90.1,78.2,55.5,50.2,75,40.3,100,100,100]', CASE WHEN i % 9 = 0 THEN 1 ELSE 0 END
      FROM n;`);
    // The grid reads the customer mart, which a refresh builds; here from the snapshot above.
    rebuildMartProfiles(db);
    const buildMs = performance.now() - t0;
    const depth = () => Math.floor(Math.random() * (CUSTOMERS - 200));
    const page = (extra: object) => () => listCustomers(db, CustomerListInputSchema.parse({ offset: depth(), limit: 200, ...extra }));
    const reference = sample(() => db.prepare('SELECT * FROM customers LIMIT 200 OFFSET ?').all(depth()), RUNS);
    const cases: Record<string, number[]> = {
      'default sort (customer_id)': sample(page({}), RUNS),
      'sorted by name desc': sample(page({ sort: [{ column: 'name', direction: 'desc' }] }), RUNS),
      'filtered region = 华东, sorted by signup_date': sample(
        page({ filters: [{ column: 'region', op: 'equals', value: '华东' }], sort: [{ column: 'signup_date', direction: 'asc' }] }),
        RUNS,
      ),
      'quick filter "客户00012"': sample(() => listCustomers(db, CustomerListInputSchema.parse({ limit: 200, quickFilter: '客户00012' })), RUNS),
      // Score columns of the latest snapshot (customer_scores indexes: health, probability, tier).
      'sorted by churn_probability desc': sample(page({ sort: [{ column: 'churn_probability', direction: 'desc' }] }), RUNS),
      'sorted by health_score asc': sample(page({ sort: [{ column: 'health_score', direction: 'asc' }] }), RUNS),
      'filtered tier = atRisk (first page)': sample(
        () => listCustomers(db, CustomerListInputSchema.parse({ limit: 200, filters: [{ column: 'tier', op: 'equals', value: 'atRisk' }] })),
        RUNS,
      ),
      'filtered tier = atRisk, sorted by churn_probability desc (first page)': sample(
        () =>
          listCustomers(
            db,
            CustomerListInputSchema.parse({
              limit: 200,
              filters: [{ column: 'tier', op: 'equals', value: 'atRisk' }],
              sort: [{ column: 'churn_probability', direction: 'desc' }],
            }),
          ),
        RUNS,
      ),
      // No index on clv: every block sorts the snapshot's rows (an index belongs to a migration).
      'sorted by clv desc': sample(page({ sort: [{ column: 'clv', direction: 'desc' }] }), 3),
    };
    ws.close();
    const ref = median(reference);
    const out: Record<string, number | string> = {
      customers: CUSTOMERS,
      orders: CUSTOMERS * ORDERS_PER_CUSTOMER,
      'build workspace (s)': Number((buildMs / 1000).toFixed(1)),
      'reference: raw 200-row page, median ms': Number(ref.toFixed(1)),
    };
    for (const [label, times] of Object.entries(cases)) {
      const m = median(times);
      out[`${label}: median ms`] = Number(m.toFixed(1));
      out[`${label}: ratio to reference`] = Number((m / ref).toFixed(1));
    }
    return out;
  } finally {
    t.cleanup();
  }
}
