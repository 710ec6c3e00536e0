// The customer mart a refresh builds (electron/store/mart/), on a small demo workspace,
// checked against SQL written independently from PRODUCT.md §5 (test/support/
// independent-mart-sql.ts): lifecycle counts, no churned customer with a tier or a churn
// probability, spells that agree with the lifecycle, and monthly facts equal to a day-by-day
// count, under a 90-day and a 60-day implicit definition.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createDemoWorkspace } from '../../electron/demo/generate';
import { openWorkspace, type Workspace } from '../../electron/store/workspace';
import { runRefresh } from '../../electron/service/scoring/refresh';
import { getChurnDefinition, saveChurnDefinition } from '../../electron/store/scoring/settings';
import { buildMart, rebuildMartProfiles } from '../../electron/store/mart/build-mart';
import { dayOf } from '../../shared/scoring/days';
import { CHURN_KINDS, LIFECYCLE_STATES, NO_KIND } from '../../shared/scoring/lifecycle';
import { featureIds } from '../../shared/scoring/feature-catalog';
import type { SnapshotSummary } from '../../shared/contract/domains/scoring-schemas';
import { independentActiveOn, independentLifecycleCounts, independentMonthFacts } from '../support/independent-mart-sql';
import { tempDir } from '../support/temp';

const quiet = () => undefined;

describe('customer mart built by the refresh', () => {
  const t = tempDir();
  let ws: Workspace;
  let first: SnapshotSummary;
  let latest: SnapshotSummary;
  const all = <T>(sql: string, ...params: unknown[]) => ws.db.prepare(sql).all(...params) as T[];
  const one = <T>(sql: string, ...params: unknown[]) =>
    ws.db
      .prepare(sql)
      .pluck()
      .get(...params) as T;

  beforeAll(async () => {
    const path = join(t.dir, 'demo.churn');
    await createDemoWorkspace(path, { customers: 2000 });
    ws = await openWorkspace(path);
    first = runRefresh(ws.db, { asOf: '2026-08-31', trainIfMissing: true }, quiet);
    latest = runRefresh(ws.db, { trainIfMissing: false }, quiet);
  });
  afterAll(() => {
    ws.close();
    t.cleanup();
  });

  it('holds one row per customer, from the newest snapshot, with its lifecycle counted as §5 says', () => {
    expect(one<number>('SELECT count(*) FROM customer_mart')).toBe(one<number>('SELECT count(*) FROM customers'));
    expect(one<number>('SELECT count(*) FROM customers c WHERE NOT EXISTS (SELECT 1 FROM customer_mart m WHERE m.customer_id = c.customer_id)')).toBe(0);
    expect(one<number>('SELECT count(*) FROM customer_mart WHERE snapshot_id IS NOT ?', latest.snapshotId)).toBe(0);
    const counts = Object.fromEntries(
      all<{ lifecycle: string; n: number }>('SELECT lifecycle, count(*) AS n FROM customer_mart GROUP BY lifecycle').map((r) => [r.lifecycle, r.n]),
    );
    expect({ active: 0, churned: 0, prospect: 0, ...counts }).toEqual(independentLifecycleCounts(ws.db, latest.asOf, 90));
    expect(counts.churned).toBeGreaterThan(300);
    // Every cancellation dated by T is churned, named as such unless a contract ended earlier.
    expect(one<number>(`SELECT count(*) FROM customer_mart WHERE status = 'cancelled' AND coalesce(cancel_date <= ?, 1) AND lifecycle <> 'churned'`, latest.asOf)).toBe(0);
    expect(one<number>(`SELECT count(*) FROM customer_mart WHERE churn_kind = 'cancelled' AND status <> 'cancelled'`)).toBe(0);
    expect(one<number>(`SELECT count(*) FROM customer_mart WHERE (lifecycle = 'churned') <> (churn_kind IS NOT NULL)`)).toBe(0);
  });

  it('gives churned customers no tier, churn probability or value × risk, and prospects no P(alive) or CLV', () => {
    for (const table of ['customer_mart', `customer_scores WHERE snapshot_id = ${latest.snapshotId} AND`]) {
      const where = table.endsWith('AND') ? table : `${table} WHERE`;
      expect(
        one<number>(
          `SELECT count(*) FROM ${where} ${table.startsWith('customer_mart') ? "lifecycle = 'churned'" : 'churned = 1'} AND (tier IS NOT NULL OR churn_probability IS NOT NULL OR value_risk IS NOT NULL)`,
        ),
      ).toBe(0);
    }
    expect(one<number>(`SELECT count(*) FROM customer_mart WHERE status = 'cancelled' AND (tier IS NOT NULL OR churn_probability IS NOT NULL)`)).toBe(0);
    expect(one<number>(`SELECT count(*) FROM customer_mart WHERE lifecycle = 'prospect' AND (p_alive IS NOT NULL OR clv IS NOT NULL)`)).toBe(0);
    expect(one<number>(`SELECT count(*) FROM customer_mart WHERE lifecycle = 'active' AND churn_probability IS NOT NULL`)).toBeGreaterThan(1000);
    // customer_scores' churn columns say the same as the lifecycle.
    const disagree = one<number>(
      `SELECT count(*) FROM customer_mart m JOIN customer_scores s ON s.snapshot_id = m.snapshot_id AND s.customer_id = m.customer_id
       WHERE s.churned <> (m.lifecycle = 'churned') OR s.churn_date IS NOT m.churn_date`,
    );
    expect(disagree).toBe(0);
    expect(latest.tierCounts.atRisk).toBe(one<number>(`SELECT count(*) FROM customer_mart WHERE tier = 'atRisk'`));
  });

  it('copies the snapshot scores and features, the previous snapshot scores and the purchase aggregates', () => {
    const mismatch = (columns: string[], table: string, alias: string, on: string) =>
      one<number>(
        `SELECT count(*) FROM customer_mart m JOIN ${table} ${alias} ON ${on} WHERE ${columns.map((c) => `m.${c} IS NOT ${alias}.${c.replace(/^prev_/, '')}`).join(' OR ')}`,
      );
    const latestOn = `x.snapshot_id = ${latest.snapshotId} AND x.customer_id = m.customer_id`;
    expect(mismatch(['health_score', 'tier', 'churn_probability', 'p_alive', 'clv', 'value_risk', 'reasons', 'rfm_segment'], 'customer_scores', 'x', latestOn)).toBe(0);
    expect(mismatch(featureIds, 'snapshot_features', 'x', latestOn)).toBe(0);
    expect(
      mismatch(
        ['prev_health_score', 'prev_churn_probability', 'prev_clv', 'prev_p_alive'],
        'customer_scores',
        'x',
        `x.snapshot_id = ${first.snapshotId} AND x.customer_id = m.customer_id`,
      ),
    ).toBe(0);
    expect(one<number>('SELECT count(prev_health_score) FROM customer_mart')).toBeGreaterThan(1000);
    expect(one<number>(`SELECT count(*) FROM customer_mart WHERE top_reason IS NOT reasons ->> '$[0][1]'`)).toBe(0);
    expect(one<number>(`SELECT count(top_reason) FROM customer_mart`)).toBeGreaterThan(1000);
    // The customer list's definitions, as of the data date: purchases (completed orders) counted
    // and dated; net spend = completed amounts plus credit notes' negative amounts (issue 10).
    const aggregates = one<number>(
      `SELECT count(*) FROM customer_mart m WHERE
         m.order_count IS NOT (SELECT count(*) FROM orders o WHERE o.customer_id = m.customer_id AND o.status = 'completed')
         OR abs(m.total_amount - (SELECT coalesce(sum(CASE WHEN o.status = 'completed' THEN o.amount WHEN o.status = 'refunded' AND o.amount < 0 THEN o.amount END), 0)
                                  FROM orders o WHERE o.customer_id = m.customer_id)) > 1e-6
         OR m.first_order_date IS NOT (SELECT min(substr(o.order_date, 1, 10)) FROM orders o WHERE o.customer_id = m.customer_id AND o.status = 'completed')
         OR m.last_order_date IS NOT (SELECT max(substr(o.order_date, 1, 10)) FROM orders o WHERE o.customer_id = m.customer_id AND o.status = 'completed')`,
    );
    expect(aggregates).toBe(0);
  });

  it('writes spells that agree with the lifecycle at T', () => {
    const T = latest.asOf;
    const covering = `EXISTS (SELECT 1 FROM customer_spells s WHERE s.customer_id = m.customer_id AND s.start_date <= :T AND (s.end_date IS NULL OR s.end_date > :T))`;
    expect(one<number>(`SELECT count(*) FROM customer_mart m WHERE (lifecycle = 'active') <> ${covering}`, { T })).toBe(0);
    // An implicit churn date is the end of the customer's last spell; ongoing spells are the active ones.
    expect(
      one<number>(
        `SELECT count(*) FROM customer_mart m WHERE lifecycle = 'churned' AND churn_kind = 'implicit'
         AND churn_date IS NOT (SELECT end_date FROM customer_spells s WHERE s.customer_id = m.customer_id ORDER BY spell DESC LIMIT 1)`,
      ),
    ).toBe(0);
    expect(one<number>(`SELECT count(*) FROM customer_spells WHERE end_date IS NULL`)).toBe(one<number>(`SELECT count(*) FROM customer_mart WHERE lifecycle = 'active'`));
    expect(one<number>(`SELECT count(*) FROM customer_spells WHERE end_date <= start_date OR end_date > ?`, T)).toBe(0);
  });

  const checkFacts = (n: number) => {
    const T = one<string>('SELECT as_of FROM snapshots WHERE snapshot_id = (SELECT max(snapshot_id) FROM snapshots)');
    const months = all<{ month: string }>('SELECT DISTINCT month FROM churn_facts_monthly ORDER BY month').map((r) => r.month);
    expect(months.at(-1)).toBe(T.slice(0, 7));
    // The last complete months, the partial one, and the first month with data.
    for (const month of [months[1]!, ...months.slice(-4)]) {
      const firstDay = `${month}-01`;
      const lastDay = month === T.slice(0, 7) ? T : one<string>(`SELECT date(?, '+1 month', '-1 day')`, firstDay);
      const facts = ws.db
        .prepare(
          `SELECT coalesce(sum(active_at_start), 0) AS activeAtStart, coalesce(sum(churned), 0) AS churned, coalesce(sum(acquired), 0) AS acquired,
                  coalesce(sum(returned), 0) AS returned FROM churn_facts_monthly WHERE month = ?`,
        )
        .get(month);
      expect(facts, `${month}, ${n} days`).toEqual(independentMonthFacts(ws.db, firstDay, lastDay, n));
    }
    expect(one<number>('SELECT count(*) FROM churn_facts_monthly WHERE active_at_start = 0 AND churned = 0 AND acquired = 0 AND returned = 0')).toBe(0);
    // Cohorts: period 0 is the whole cohort; period p counts those active on the first day of month cohort + p.
    const cohort = months[1]!;
    const cells = all<{ period: number; customers: number; active: number }>(
      'SELECT period, sum(customers) AS customers, sum(active) AS active FROM cohort_facts_monthly WHERE cohort_month = ? GROUP BY period ORDER BY period',
      cohort,
    );
    expect(cells.length).toBe(months.length - 1);
    expect(cells[0]!.active).toBe(cells[0]!.customers);
    const acquired = one<number>('SELECT sum(acquired) FROM churn_facts_monthly WHERE month = ?', cohort);
    expect(cells[0]!.customers).toBe(acquired);
    for (const p of [1, 3, 6]) {
      const day = one<string>(`SELECT date(?, '+' || ? || ' months')`, `${cohort}-01`, p);
      const independent = one<number>(
        `SELECT count(*) FROM customer_spells s WHERE s.spell = 1 AND substr(s.start_date, 1, 7) = ? AND EXISTS (
           SELECT 1 FROM customer_spells x WHERE x.customer_id = s.customer_id AND x.start_date <= ? AND (x.end_date IS NULL OR x.end_date > ?))`,
        cohort,
        day,
        day,
      );
      expect(cells[p]!.active, `period ${p}`).toBe(independent);
    }
    // Spells replay "active on day d" as counted from the orders directly.
    const mid = one<string>(`SELECT date(?, '-45 days')`, T);
    expect(one<number>('SELECT count(*) FROM customer_spells WHERE start_date <= ? AND (end_date IS NULL OR end_date > ?)', mid, mid)).toBe(independentActiveOn(ws.db, mid, n));
  };

  it('counts monthly facts as a day-by-day count does (90-day definition)', () => {
    checkFacts(90);
  });

  it('counts monthly facts as a day-by-day count does (60-day definition)', () => {
    saveChurnDefinition(ws.db, { ...getChurnDefinition(ws.db), implicit: { ...getChurnDefinition(ws.db).implicit, days: 60 } });
    latest = runRefresh(ws.db, { trainIfMissing: false }, quiet);
    checkFacts(60);
    const counts = Object.fromEntries(
      all<{ lifecycle: string; n: number }>('SELECT lifecycle, count(*) AS n FROM customer_mart GROUP BY lifecycle').map((r) => [r.lifecycle, r.n]),
    );
    expect({ active: 0, churned: 0, prospect: 0, ...counts }).toEqual(independentLifecycleCounts(ws.db, latest.asOf, 60));
  });

  it('leaves the mart alone when a refresh fails or is as of an earlier day than the newest snapshot', () => {
    const before = all('SELECT customer_id, snapshot_id, lifecycle, health_score FROM customer_mart ORDER BY customer_id');
    const spells = one<number>('SELECT count(*) FROM customer_spells');
    const snapshots = one<number>('SELECT count(*) FROM snapshots');
    expect(() =>
      runRefresh(ws.db, { trainIfMissing: false }, (phase) => {
        if (phase === 'mart') throw new Error('cancelled');
      }),
    ).toThrow('cancelled');
    expect(one<number>('SELECT count(*) FROM snapshots')).toBe(snapshots);
    runRefresh(ws.db, { asOf: '2026-06-30', trainIfMissing: false }, quiet);
    expect(all('SELECT customer_id, snapshot_id, lifecycle, health_score FROM customer_mart ORDER BY customer_id')).toEqual(before);
    expect(one<number>('SELECT count(*) FROM customer_spells')).toBe(spells);
  });

  it('builds the same rows when the score rows are not in row order (joined by customer id)', () => {
    const columns =
      'customer_id, snapshot_id, lifecycle, churn_date, churn_kind, order_count, total_amount, last_order_date, health_score, tier, reasons, top_reason, recency_days, prev_clv';
    const before = all(`SELECT ${columns} FROM customer_mart WHERE snapshot_id IS NOT NULL ORDER BY customer_id`);
    const rows = all<{
      customer_id: string;
      lifecycle: string;
      churn_date: string | null;
      churn_kind: string | null;
      order_count: number;
      total_amount: number;
      first_order_date: string | null;
      last_order_date: string | null;
    }>(
      'SELECT customer_id, lifecycle, churn_date, churn_kind, order_count, total_amount, first_order_date, last_order_date FROM customer_mart WHERE snapshot_id IS NOT NULL ORDER BY customer_id',
    );
    const day = (iso: string | null) => (iso === null ? NaN : dayOf(iso));
    const previous = one<number>('SELECT snapshot_id FROM snapshots WHERE snapshot_id <> ? ORDER BY as_of DESC, snapshot_id DESC LIMIT 1', latest.snapshotId);
    const rebuild = ws.db.transaction(() => {
      // The first score row moves to the end of the table: the rowids no longer follow the rows.
      ws.db
        .prepare('UPDATE customer_scores SET rowid = (SELECT max(rowid) + 1 FROM customer_scores) WHERE snapshot_id = ? AND customer_id = ?')
        .run(latest.snapshotId, rows[0]!.customer_id);
      buildMart(
        ws.db,
        { snapshotId: latest.snapshotId, previousId: previous, asOf: latest.asOf },
        {
          count: rows.length,
          id: (r) => rows[r]!.customer_id,
          lifecycle: {
            state: Uint8Array.from(rows, (r) => LIFECYCLE_STATES.indexOf(r.lifecycle as never)),
            kind: Uint8Array.from(rows, (r) => (r.churn_kind === null ? NO_KIND : CHURN_KINDS.indexOf(r.churn_kind as never))),
            churnDay: Float64Array.from(rows, (r) => day(r.churn_date)),
          },
          orders: {
            count: Float64Array.from(rows, (r) => r.order_count),
            amount: Float64Array.from(rows, (r) => r.total_amount),
            firstDay: Float64Array.from(rows, (r) => day(r.first_order_date)),
            lastDay: Float64Array.from(rows, (r) => day(r.last_order_date)),
          },
        },
      );
      expect(all(`SELECT ${columns} FROM customer_mart WHERE snapshot_id IS NOT NULL ORDER BY customer_id`)).toEqual(before);
      throw new Error('roll back');
    });
    expect(rebuild).toThrow('roll back');
    expect(all(`SELECT ${columns} FROM customer_mart WHERE snapshot_id IS NOT NULL ORDER BY customer_id`)).toEqual(before);
  });

  it('rebuildMartProfiles adds new customers and keeps the decided lifecycles', () => {
    const before = all('SELECT customer_id, lifecycle, churn_date, churn_kind, health_score, order_count FROM customer_mart ORDER BY customer_id');
    ws.db.exec(`
      INSERT INTO customers (customer_id, name, region, signup_date) VALUES ('ZNEW1', '新客户', '华东', '2026-10-01'), ('ZNEW2', '新客户二', '华北', '2026-10-02');
      INSERT INTO orders (order_id, customer_id, order_date, amount) VALUES ('ZO1', 'ZNEW1', '2026-10-05', 120.5);
      UPDATE customers SET name = '改名' WHERE customer_id = 'C000001';`);
    rebuildMartProfiles(ws.db);
    const after = all<Record<string, unknown>>('SELECT customer_id, lifecycle, churn_date, churn_kind, health_score, order_count FROM customer_mart ORDER BY customer_id');
    expect(after.filter((r) => !String(r.customer_id).startsWith('ZNEW'))).toEqual(before);
    expect(all('SELECT customer_id, lifecycle, snapshot_id, order_count, total_amount, tier FROM customer_mart WHERE customer_id LIKE ? ORDER BY customer_id', 'ZNEW%')).toEqual([
      { customer_id: 'ZNEW1', lifecycle: 'active', snapshot_id: null, order_count: 1, total_amount: 120.5, tier: null },
      { customer_id: 'ZNEW2', lifecycle: 'prospect', snapshot_id: null, order_count: 0, total_amount: 0, tier: null },
    ]);
    expect(one<string>(`SELECT name FROM customer_mart WHERE customer_id = 'C000001'`)).toBe('改名');
    expect(one<number>(`SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'customer_mart' AND sql IS NOT NULL`)).toBe(11);
  });
});
