// End to end through the loopback HTTP host in headless Chromium: a person opens the demo
// (scored by a CLI refresh: the dashboard reads the newest snapshot), reads the KPIs (checked
// against SQL), reads the trend's data table (checked against an independent day-by-day SQL
// count of PRODUCT.md §5 churn, cancellations and contract ends included), switches to
// Chinese, opens Customers and sorts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { lastCompleteMonths } from '../../shared/metrics/months';
import { independentActiveOn, independentMonthFacts } from '../support/independent-mart-sql';
import { findChrome } from './browser';
import { SCREENSHOT_DIR, refreshWorkspace, startAppSession, type AppSession } from './app-session';

const chrome = findChrome();
if (!chrome) {
  const banner = '!'.repeat(78);
  console.warn(`${banner}\n!! END-TO-END TESTS SKIPPED: no Chromium/Chrome found (set CHROME_PATH or apt-get install chromium)\n${banner}`);
  if (process.env.CI) throw new Error('CI must run the end-to-end tests: install chromium');
}

describe.skipIf(!chrome)('app in headless Chromium via the HTTP host', () => {
  let session: AppSession;
  let page: Page;
  let db: Database.Database;

  beforeAll(async () => {
    session = await startAppSession({
      chrome: chrome ?? '',
      prefix: 'churn-e2e-',
      locale: 'en-US',
      prepare: refreshWorkspace,
    });
    ({ page, db } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  const dataValue = async (testId: string) => Number(await page.getByTestId(testId).getAttribute('data-value'));

  it('shows KPI cards equal to SQL counts on the workspace', async () => {
    await page.goto(session.served.url);
    // The default cockpit (流失预警驾驶舱): its KPI cards carry their exact values.
    await page.waitForFunction(() => document.querySelector('[data-testid="kpi-value-kpi_active"]')?.getAttribute('data-value'), undefined, { timeout: 60_000 });
    const dataDate = db.prepare(`SELECT max(substr(order_date, 1, 10)) FROM orders WHERE status <> 'cancelled'`).pluck().get() as string;
    expect(await dataValue('kpi-value-kpi_active')).toBe(independentActiveOn(db, dataDate, 90));

    const [prev, last] = lastCompleteMonths(dataDate, 2).map((m) => independentMonthFacts(db, m.first, m.last, 90));
    expect(await dataValue('kpi-value-kpi_churn')).toBeCloseTo((last?.churned ?? 0) / (last?.activeAtStart ?? 1), 12);
    expect(prev?.activeAtStart).toBeGreaterThan(0);
    await page.getByTestId('chart-chart_trend').locator('canvas').first().waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'dashboard-en.png'), fullPage: true });
  });

  it('shows 24 monthly churn rates equal to an independent SQL count', async () => {
    // The cockpit's trend widget: the months and rates it draws (its frame's data-rows).
    await page.waitForFunction(() => (document.querySelector('[data-testid="frame-chart_trend"]')?.getAttribute('data-rows') ?? '[]') !== '[]');
    const shownRows = JSON.parse((await page.getByTestId('frame-chart_trend').getAttribute('data-rows')) ?? '[]') as [string, number][];
    const rows = shownRows.map(([month, rate]) => ({ month, rate }));
    expect(rows).toHaveLength(24);
    rows.sort((a, b) => a.month.localeCompare(b.month));
    const dataDate = db.prepare(`SELECT max(substr(order_date, 1, 10)) FROM orders WHERE status <> 'cancelled'`).pluck().get() as string;
    const months = lastCompleteMonths(dataDate, 24);
    expect(rows.map((r) => r.month)).toEqual(months.map((m) => m.month));
    for (const [i, m] of months.entries()) {
      const { activeAtStart, churned } = independentMonthFacts(db, m.first, m.last, 90);
      const shown = rows[i];
      expect(shown?.month).toBe(m.month);
      expect(shown?.rate).toBeCloseTo(churned / activeAtStart, 12);
    }
    expect(rows.some((r) => r.rate > 0)).toBe(true);
  });

  it('switches to Chinese and remembers it', async () => {
    const nav = page.getByTestId('main-nav');
    expect(await nav.innerText()).toContain('Customers');
    await page.getByTestId('language-switch').getByText('中文', { exact: true }).click();
    await expect.poll(() => nav.innerText(), { timeout: 10_000 }).toContain('客户');
    await page.reload();
    await expect.poll(() => page.getByTestId('main-nav').innerText(), { timeout: 15_000 }).toContain('客户');
    await page.getByTestId('kpi-value-kpi_active').waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'dashboard-zh.png'), fullPage: true });
  });

  it('opens Customers and sorts a column on the server', async () => {
    await page.getByTestId('nav-customers').click();
    const grid = page.getByTestId('customers-grid');
    await grid.locator('.ag-row').first().waitFor({ timeout: 30_000 });
    const header = grid.locator('.ag-header-cell[col-id="name"] .ag-header-cell-label');
    await header.click(); // ascending
    await header.click(); // descending
    const top = db.prepare(`SELECT customer_id FROM customers ORDER BY name DESC, rowid DESC LIMIT 3`).pluck().all() as string[];
    await expect.poll(() => grid.locator('.ag-row[row-index="0"] [col-id="customer_id"]').first().innerText(), { timeout: 20_000 }).toBe(top[0]);
    const second = await grid.locator('.ag-row[row-index="1"] [col-id="customer_id"]').first().innerText();
    expect(second).toBe(top[1]);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'customers-zh.png') });
  });
});
