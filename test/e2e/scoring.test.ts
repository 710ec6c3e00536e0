// End to end for the scoring screens through the loopback HTTP host in headless Chromium:
// a demo workspace scored by the CLI; the Health page's tier counts and histogram checked
// against SQL; a refresh started from the UI; a logistic model trained from the Models page
// whose AUC must equal the stored run's; a Customer 360 page whose churn probability equals
// the stored score; the Customers grid's score columns and the at-risk KPI cards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { runCli } from '../support/cli';
import { findChrome } from './browser';
import { SCREENSHOT_DIR, startAppSession, type AppSession } from './app-session';
import type { Served } from './serve';

const chrome = findChrome();

interface TierCounts {
  healthy: number;
  watch: number;
  atRisk: number;
}

describe.skipIf(!chrome)('scoring screens in headless Chromium via the HTTP host', () => {
  let session: AppSession;
  let served: Served;
  let page: Page;
  let db: Database.Database;

  beforeAll(async () => {
    session = await startAppSession({
      chrome: chrome ?? '',
      prefix: 'churn-e2e-scoring-',
      locale: 'en-US',
      prepare: (path) => {
        const refresh = runCli(['refresh', path, '--json']);
        if (refresh.code !== 0) throw new Error(`refresh failed: ${refresh.stderr}`);
      },
    });
    ({ page, db, served } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  const latestSnapshot = () => db.prepare('SELECT max(snapshot_id) FROM snapshots').pluck().get() as number;
  const numberAttr = async (testId: string, attr = 'data-value') => Number(await page.getByTestId(testId).getAttribute(attr));
  /** Tier counts of the stored scores the Health page compares against (customers not churned). */
  const storedTiers = (snapshotId: number): TierCounts => {
    const rows = db.prepare('SELECT tier, count(*) AS n FROM customer_scores WHERE snapshot_id = ? AND churned = 0 AND tier IS NOT NULL GROUP BY tier').all(snapshotId) as {
      tier: keyof TierCounts;
      n: number;
    }[];
    const counts: TierCounts = { healthy: 0, watch: 0, atRisk: 0 };
    for (const r of rows) counts[r.tier] = r.n;
    return counts;
  };
  const goto = async (hash: string) => {
    await page.goto(`${served.url}${hash}`);
  };

  it('shows the health histogram and tier counts equal to SQL', async () => {
    await goto('#/health');
    await page.getByTestId('health-histogram').locator('canvas').first().waitFor({ timeout: 60_000 });
    await page.waitForFunction(() => document.querySelector('[data-testid="health-tier-healthy"]')?.getAttribute('data-saved'));
    const expected = storedTiers(latestSnapshot());
    const saved = {
      healthy: await numberAttr('health-tier-healthy', 'data-saved'),
      watch: await numberAttr('health-tier-watch', 'data-saved'),
      atRisk: await numberAttr('health-tier-atRisk', 'data-saved'),
    };
    expect(saved).toEqual(expected);
    // The preview rescores the same customers: the histogram and the tier cards count them all.
    const previewed = {
      healthy: await numberAttr('health-tier-healthy'),
      watch: await numberAttr('health-tier-watch'),
      atRisk: await numberAttr('health-tier-atRisk'),
    };
    const total = expected.healthy + expected.watch + expected.atRisk;
    expect(previewed.healthy + previewed.watch + previewed.atRisk).toBe(total);
    expect(await numberAttr('health-histogram', 'data-total')).toBe(total);
    expect(total).toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'health-en.png') });

    // Raising the healthy cut-off can only move customers out of "healthy": the live preview follows.
    const healthyBefore = previewed.healthy;
    // antd puts the test id on the input or on its wrapper, depending on the version.
    await page.locator('input[data-testid="tier-healthy-cutoff"], [data-testid="tier-healthy-cutoff"] input').first().fill('85');
    await page.getByTestId('health-dirty').waitFor();
    await expect.poll(() => numberAttr('health-tier-healthy'), { timeout: 20_000 }).toBeLessThan(healthyBefore);
    await page.getByTestId('health-reset').click();
    await expect.poll(() => numberAttr('health-tier-healthy'), { timeout: 20_000 }).toBe(healthyBefore);
  });

  it('refreshes scores from the Health page with progress', async () => {
    const before = latestSnapshot();
    await page.getByTestId('refresh-scores').click();
    await expect.poll(() => latestSnapshot(), { timeout: 120_000, interval: 500 }).toBe(before + 1);
    await page.getByTestId('refresh-scores').waitFor({ timeout: 60_000 });
    await expect.poll(() => numberAttr('health-tier-healthy', 'data-saved'), { timeout: 20_000 }).toBe(storedTiers(before + 1).healthy);
  });

  it('trains a logistic model whose AUC on screen equals the stored run', async () => {
    await goto('#/models');
    await page.getByTestId('train-start').click();
    await page
      .getByTestId('train-progress')
      .waitFor({ timeout: 10_000 })
      .catch(() => undefined);
    await page.getByTestId('train-start').waitFor({ timeout: 120_000 });
    const runId = db.prepare(`SELECT max(run_id) FROM model_runs WHERE kind = 'logistic'`).pluck().get() as number;
    const detail = page.locator(`[data-testid="model-detail"][data-run-id="${runId}"]`);
    await detail.waitFor({ timeout: 30_000 });
    const storedAuc = db.prepare(`SELECT json_extract(metrics, '$.auc') FROM model_runs WHERE run_id = ?`).pluck().get(runId) as number;
    expect(storedAuc).toBeGreaterThan(0.5);
    expect(await numberAttr('model-auc')).toBe(storedAuc);
    expect(Number(await page.getByTestId(`run-${runId}-auc`).getAttribute('data-value'))).toBe(storedAuc);
    await page.getByTestId('model-roc-chart').locator('canvas').first().waitFor();
    await page.getByTestId('model-lift-chart').locator('canvas').first().waitFor();
    await page.getByTestId('model-calibration-chart').locator('canvas').first().waitFor();
    expect(await numberAttr('model-coefficients', 'data-count')).toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'models-en.png') });
  });

  it('shows at-risk KPIs equal to SQL on the dashboard', async () => {
    await goto('#/dashboard');
    await page.getByTestId('kpi-value-kpi_at_risk').waitFor({ timeout: 30_000 });
    const row = db
      .prepare(`SELECT count(*) AS n, coalesce(sum(clv), 0) AS clv FROM customer_scores WHERE snapshot_id = ? AND tier = 'atRisk' AND churned = 0`)
      .get(latestSnapshot()) as { n: number; clv: number };
    expect(await numberAttr('kpi-value-kpi_at_risk')).toBe(row.n);
    expect(await numberAttr('kpi-value-kpi_clv_at_risk')).toBeCloseTo(row.clv, 6);
  });

  it('opens a customer from the grid and shows the stored churn probability in Chinese', async () => {
    await page.getByTestId('language-switch').getByText('中文', { exact: true }).click();
    await goto('#/customers');
    const grid = page.getByTestId('customers-grid');
    await grid.locator('.ag-row[row-index="0"] [col-id="health_score"] [data-value]').waitFor({ timeout: 30_000 });
    const firstId = await grid.locator('.ag-row[row-index="0"] [col-id="customer_id"] a').first().innerText();
    const stored = db.prepare('SELECT health_score, churn_probability FROM customer_scores WHERE snapshot_id = ? AND customer_id = ?').get(latestSnapshot(), firstId) as {
      health_score: number;
      churn_probability: number | null;
    };
    const shownHealth = Number(await grid.locator('.ag-row[row-index="0"] [col-id="health_score"] [data-value]').getAttribute('data-value'));
    expect(shownHealth).toBe(stored.health_score);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'customers-scores-zh.png') });

    // The riskiest customer of the latest snapshot, opened by its link.
    const riskiest = db
      .prepare(
        'SELECT customer_id, churn_probability FROM customer_scores WHERE snapshot_id = ? AND churn_probability IS NOT NULL ORDER BY churn_probability DESC, customer_id LIMIT 1',
      )
      .get(latestSnapshot()) as { customer_id: string; churn_probability: number };
    await goto(`#/customer/${encodeURIComponent(riskiest.customer_id)}`);
    await page.getByTestId('c360-probability').waitFor({ timeout: 30_000 });
    expect(await numberAttr('c360-probability')).toBe(riskiest.churn_probability);
    expect(await page.getByTestId('customer360-page').getAttribute('data-customer-id')).toBe(riskiest.customer_id);
    expect(await numberAttr('c360-reasons', 'data-count')).toBeGreaterThan(0);
    // The chart, or with a single snapshot the note that a trend needs two (and has one).
    const history = page.locator('[data-testid="c360-history-chart"], [data-testid="c360-history-short"]').first();
    await history.waitFor();
    const shownPoints = Number((await history.getAttribute('data-points')) ?? (await history.getAttribute('data-has')));
    expect(shownPoints).toBe(db.prepare('SELECT count(*) FROM customer_scores WHERE customer_id = ?').pluck().get(riskiest.customer_id) as number);
    expect(await page.getByTestId('c360-title').innerText()).toContain(riskiest.customer_id);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'customer360-zh.png') });

    // Back in the grid, the id is a link to the 360 page.
    await goto('#/customers');
    const link = grid.locator('.ag-row[row-index="0"] [col-id="customer_id"] a').first();
    await link.waitFor({ timeout: 30_000 });
    await link.click();
    await expect.poll(() => page.getByTestId('customer360-page').getAttribute('data-customer-id'), { timeout: 20_000 }).toBe(firstId);
  });

  it('sorts the grid by churn probability and filters it by tier on the server', async () => {
    await goto('#/customers');
    const grid = page.getByTestId('customers-grid');
    await grid.locator('.ag-row[row-index="0"] [col-id="health_score"] [data-value]').waitFor({ timeout: 30_000 });
    const header = grid.locator('.ag-header-cell[col-id="churn_probability"] .ag-header-cell-label');
    await header.click(); // ascending
    await header.click(); // descending
    const top = db.prepare('SELECT max(churn_probability) FROM customer_scores WHERE snapshot_id = ?').pluck().get(latestSnapshot()) as number;
    const shownProbability = async () => {
      const id = await grid.locator('.ag-row[row-index="0"] [col-id="customer_id"] a').first().innerText();
      return db.prepare('SELECT churn_probability FROM customer_scores WHERE snapshot_id = ? AND customer_id = ?').pluck().get(latestSnapshot(), id) as number | null;
    };
    await expect.poll(shownProbability, { timeout: 20_000 }).toBe(top);

    await grid.locator('.ag-header-cell[col-id="tier"] .ag-header-cell-filter-button').click();
    await page.getByTestId('tier-filter-atRisk').click();
    const atRisk = db.prepare(`SELECT count(*) FROM customer_scores WHERE snapshot_id = ? AND tier = 'atRisk'`).pluck().get(latestSnapshot()) as number;
    expect(atRisk).toBeGreaterThan(0);
    await expect.poll(() => numberAttr('customers-total'), { timeout: 20_000 }).toBe(atRisk);
    await expect.poll(() => grid.locator('.ag-row[row-index="0"] [col-id="tier"] [data-tier]').getAttribute('data-tier'), { timeout: 20_000 }).toBe('atRisk');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'customers-at-risk-zh.png') });
    await page.getByTestId('customers-clear-filters').click();
  });
});
