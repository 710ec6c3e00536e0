// End to end: the same figure read from every screen that shows it agrees with itself and with
// SQL written here, independently, from PRODUCT.md §5 — not with the product's mart queries.
// On the demo workspace after a refresh (default churn definition: 90 days without an order,
// cancellations and unrenewed contract ends count):
//   lifecycle as of T   churned = cancelled by T (or without a date), contract ended by T, or the
//                       last order ≤ T is 90+ days back; prospect = no order ≤ T; else active;
//   at risk             = not churned on T and the stored tier of the newest snapshot is atRisk.
// The at-risk count is read from the Customers grid (Tier = at risk, the row count shown), the
// Dashboard KPI card and the Health page; active customers from the Dashboard and the grid's
// Lifecycle filter. Then a 60-day definition is saved (no UI edits it yet: through the HTTP
// API), a refresh is started from the Dashboard, and its trend must change and equal an
// independent day-by-day count for every month.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { lastCompleteMonths } from '../../shared/metrics/months';
import { independentMonthFacts } from '../support/independent-mart-sql';
import { findChrome } from './browser';
import { refreshWorkspace, startAppSession, type AppSession } from './app-session';

const chrome = findChrome();

type State = 'active' | 'churned' | 'prospect';

/** PRODUCT.md §5 lifecycle as of T with implicit churn after `n` days, written from the definition (purchases: completed orders; a refund is not one). */
function lifecycleSql(): string {
  return `
    WITH last_order AS (
      SELECT customer_id, max(substr(order_date, 1, 10)) AS day FROM orders
      WHERE status = 'completed' AND substr(order_date, 1, 10) <= :T GROUP BY customer_id
    )
    SELECT c.customer_id AS id,
      CASE
        WHEN c.status = 'cancelled' AND (c.cancel_date IS NULL OR substr(c.cancel_date, 1, 10) <= :T) THEN 'churned'
        WHEN c.contract_end IS NOT NULL AND substr(c.contract_end, 1, 10) <= :T THEN 'churned'
        WHEN l.day IS NULL THEN 'prospect'
        WHEN julianday(:T) - julianday(l.day) >= :n THEN 'churned'
        ELSE 'active'
      END AS state
    FROM customers c LEFT JOIN last_order l ON l.customer_id = c.customer_id`;
}

interface Expected {
  T: string;
  snapshotId: number;
  counts: Record<State, number>;
  atRisk: number;
}

function expected(db: Database.Database, n: number): Expected {
  const newest = db.prepare('SELECT snapshot_id AS id, as_of AS T FROM snapshots ORDER BY as_of DESC, snapshot_id DESC LIMIT 1').get() as { id: number; T: string };
  const counts: Record<State, number> = { active: 0, churned: 0, prospect: 0 };
  for (const r of db.prepare(`SELECT state, count(*) AS k FROM (${lifecycleSql()}) GROUP BY state`).all({ T: newest.T, n }) as { state: State; k: number }[]) {
    counts[r.state] = r.k;
  }
  const atRisk = db
    .prepare(
      `SELECT count(*) FROM (${lifecycleSql()}) life JOIN customer_scores s ON s.customer_id = life.id
       WHERE s.snapshot_id = :sid AND life.state <> 'churned' AND s.tier = 'atRisk'`,
    )
    .pluck()
    .get({ T: newest.T, n, sid: newest.id }) as number;
  return { T: newest.T, snapshotId: newest.id, counts, atRisk };
}

/** A month of the cockpit's churn-rate trend widget. */
interface TrendRow {
  month: string;
  rate: number | null;
}

describe.skipIf(!chrome)('the same numbers on every screen, equal to independent SQL', () => {
  let session: AppSession;
  let page: Page;
  let db: Database.Database;

  beforeAll(async () => {
    session = await startAppSession({
      chrome: chrome ?? '',
      prefix: 'churn-e2e-numbers-',
      locale: 'en-US',
      prepare: refreshWorkspace,
    });
    ({ page, db } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  const goto = (hash: string) => page.goto(`${session.served.url}${hash}`);
  const numberAttr = async (testId: string, attr = 'data-value') => Number(await page.getByTestId(testId).getAttribute(attr));
  const grid = () => page.getByTestId('customers-grid');
  const gridTotal = () => numberAttr('customers-total');

  async function readTrend(): Promise<TrendRow[]> {
    // The months and rates the trend widget draws: its frame's data-rows, once answered.
    const frame = page.getByTestId('frame-chart_trend');
    await expect.poll(async () => (await frame.getAttribute('data-rows')) ?? '[]', { timeout: 30_000 }).not.toBe('[]');
    await expect.poll(() => frame.getAttribute('data-loading'), { timeout: 30_000 }).toBe('false');
    const rows = (JSON.parse((await frame.getAttribute('data-rows')) ?? '[]') as [string, number | null][]).map(([month, rate]) => ({ month, rate }));
    return rows.sort((a, b) => a.month.localeCompare(b.month));
  }

  function checkTrend(rows: readonly TrendRow[], T: string, n: number): void {
    const months = lastCompleteMonths(T, 24);
    expect(rows.map((r) => r.month)).toEqual(months.map((m) => m.month));
    for (const [i, m] of months.entries()) {
      const facts = independentMonthFacts(db, m.first, m.last, n);
      const shown = rows[i];
      expect(shown?.month).toBe(m.month);
      if (facts.activeAtStart > 0) expect(shown?.rate).toBeCloseTo(facts.churned / facts.activeAtStart, 12);
    }
    expect(rows.some((r) => (r.rate ?? 0) > 0)).toBe(true);
  }

  let first: Expected;
  let trend90: TrendRow[] = [];

  it('shows active and at-risk customers on the Dashboard equal to SQL', async () => {
    first = expected(db, 90);
    console.log(`numbers (90 days, T = ${first.T}):`, JSON.stringify({ ...first.counts, atRisk: first.atRisk }));
    expect(first.atRisk).toBeGreaterThan(0);
    expect(first.counts.churned).toBeGreaterThan(0);
    // Nobody cancelled by T is at risk: churned customers have no tier at all.
    const cancelledAtRisk = db
      .prepare(
        `SELECT count(*) FROM customers c JOIN customer_scores s ON s.customer_id = c.customer_id AND s.snapshot_id = ?
         WHERE c.status = 'cancelled' AND (c.cancel_date IS NULL OR substr(c.cancel_date, 1, 10) <= ?) AND s.tier IS NOT NULL`,
      )
      .pluck()
      .get(first.snapshotId, first.T) as number;
    expect(cancelledAtRisk).toBe(0);

    await goto('#/dashboard');
    await page.getByTestId('kpi-value-kpi_at_risk').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('dashboard-as-of').getAttribute('data-value')).toBe(first.T);
    expect(await numberAttr('kpi-value-kpi_active')).toBe(first.counts.active);
    expect(await numberAttr('kpi-value-kpi_at_risk')).toBe(first.atRisk);
    // The help beside the KPIs states the configured N.
    await page.getByTestId('kpi-help-kpi_active').hover();
    await expect.poll(() => page.getByTestId('kpi-help-kpi_active-content').innerText(), { timeout: 10_000 }).toContain('90 days');
    await page.mouse.move(0, 0);
    trend90 = await readTrend();
    checkTrend(trend90, first.T, 90);
  });

  it('shows the same at-risk, active and churned counts in the Customers grid', async () => {
    await goto('#/customers');
    await grid().locator('.ag-row[row-index="0"] [col-id="lifecycle"] [data-lifecycle]').waitFor({ timeout: 30_000 });
    expect(await gridTotal()).toBe(db.prepare('SELECT count(*) FROM customers').pluck().get());

    await grid().locator('.ag-header-cell[col-id="tier"] .ag-header-cell-filter-button').click();
    await page.getByTestId('tier-filter-atRisk').click();
    await expect.poll(gridTotal, { timeout: 20_000 }).toBe(first.atRisk);
    await expect.poll(() => grid().locator('.ag-row[row-index="0"] [col-id="tier"] [data-tier]').getAttribute('data-tier'), { timeout: 20_000 }).toBe('atRisk');
    // The at-risk rows are all active or prospects: none churned.
    const lifecycles = await grid()
      .locator('[col-id="lifecycle"] [data-lifecycle]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-lifecycle')));
    expect(lifecycles.length).toBeGreaterThan(0);
    expect(lifecycles).not.toContain('churned');

    await page.getByTestId('tier-filter-churned').click();
    await expect.poll(gridTotal, { timeout: 20_000 }).toBe(first.counts.churned);
    await expect.poll(() => grid().locator('.ag-row[row-index="0"] [col-id="tier"] [data-lifecycle]').getAttribute('data-lifecycle'), { timeout: 20_000 }).toBe('churned');
    await page.keyboard.press('Escape');
    await page.getByTestId('customers-clear-filters').click();
    await expect.poll(gridTotal, { timeout: 20_000 }).toBe(db.prepare('SELECT count(*) FROM customers').pluck().get());

    await grid().locator('.ag-header-cell[col-id="lifecycle"] .ag-header-cell-filter-button').click();
    await page.getByTestId('enum-filter-lifecycle-active').click();
    await expect.poll(gridTotal, { timeout: 20_000 }).toBe(first.counts.active);
    await page.getByTestId('enum-filter-lifecycle-prospect').click();
    await expect.poll(gridTotal, { timeout: 20_000 }).toBe(first.counts.active + first.counts.prospect);
    await page.keyboard.press('Escape');
    await page.getByTestId('customers-clear-filters').click();
  });

  it('shows the same at-risk count on the Health page, churned customers apart', async () => {
    await goto('#/health');
    await page.waitForFunction(() => document.querySelector('[data-testid="health-tier-atRisk"]')?.getAttribute('data-saved'), undefined, { timeout: 60_000 });
    expect(await numberAttr('health-tier-atRisk', 'data-saved')).toBe(first.atRisk);
    // The live preview rescoring with the saved configuration finds the same customers at risk.
    await expect.poll(() => numberAttr('health-tier-atRisk'), { timeout: 20_000 }).toBe(first.atRisk);
    expect(await numberAttr('health-churned')).toBe(first.counts.churned);
    const tiers = (await numberAttr('health-tier-healthy', 'data-saved')) + (await numberAttr('health-tier-watch', 'data-saved')) + first.atRisk;
    // Every customer not churned and scored has a tier; the histogram counts exactly them.
    expect(await numberAttr('health-histogram', 'data-total')).toBe(tiers);
    expect(tiers).toBeLessThanOrEqual(first.counts.active + first.counts.prospect);
  });

  it('changes the trend after a 60-day definition is saved and scores are refreshed, equal to a day-by-day count', async () => {
    const url = new URL(session.served.url);
    const token = url.searchParams.get('token') ?? '';
    const response = await fetch(`${url.origin}/api/churn.saveDefinition`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ kind: 'implicit', implicit: { basis: 'orders', days: 60, rule: 'days' } }),
    });
    const saved = (await response.json()) as { ok: boolean; result?: { implicit: { days: number } } };
    expect(saved.ok).toBe(true);
    expect(saved.result?.implicit.days).toBe(60);

    await goto('#/dashboard');
    await page.getByTestId('kpi-value-kpi_at_risk').waitFor({ timeout: 30_000 });
    const before = first.snapshotId;
    await page.getByTestId('refresh-scores').click();
    const newest = () => db.prepare('SELECT max(snapshot_id) FROM snapshots').pluck().get() as number;
    await expect.poll(newest, { timeout: 120_000, interval: 500 }).toBeGreaterThan(before);
    await page.getByTestId('refresh-scores').waitFor({ timeout: 60_000 });

    const second = expected(db, 60);
    console.log(`numbers (60 days, T = ${second.T}):`, JSON.stringify({ ...second.counts, atRisk: second.atRisk }));
    await expect.poll(() => numberAttr('kpi-value-kpi_active'), { timeout: 20_000 }).toBe(second.counts.active);
    expect(await numberAttr('kpi-value-kpi_at_risk')).toBe(second.atRisk);
    expect(second.counts.active).toBeLessThan(first.counts.active);
    await page.getByTestId('kpi-help-kpi_active').hover();
    await expect.poll(() => page.getByTestId('kpi-help-kpi_active-content').innerText(), { timeout: 10_000 }).toContain('60 days');
    await page.mouse.move(0, 0);

    await page.reload();
    await page.getByTestId('kpi-value-kpi_at_risk').waitFor({ timeout: 30_000 });
    const trend60 = await readTrend();
    expect(trend60.map((r) => r.rate)).not.toEqual(trend90.map((r) => r.rate));
    checkTrend(trend60, second.T, 60);
    console.log(
      'trend 90 → 60 days (last 3 months):',
      trend60.slice(-3).map((r, i) => `${r.month}: ${trend90.at(i - 3)?.rate} → ${r.rate}`),
    );
  });
});
