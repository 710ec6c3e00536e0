// Screenshots at 1366×768, in English and Chinese, of the screens the lifecycle changed:
// Dashboard, Customers (Lifecycle column, a churned customer's Tier cell), Health (churned
// counted apart) and a churned customer's 360 page; and of the empty states every
// score-dependent screen shows before the first refresh, which must offer the refresh itself.
// Written to test-output/screenshots/ (not committed) for a person to look at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { REPO_ROOT } from '../support/cli';
import { findChrome } from './browser';
import { refreshWorkspace, startAppSession, type AppSession } from './app-session';

const chrome = findChrome();
const DIR = join(REPO_ROOT, 'test-output', 'screenshots');

const languages = [
  { tag: 'en', locale: 'en-US' },
  { tag: 'zh', locale: 'zh-CN' },
] as const;

describe.skipIf(!chrome)('screenshots of the lifecycle screens in both languages', () => {
  let session: AppSession;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    mkdirSync(DIR, { recursive: true });
    session = await startAppSession({
      chrome: chrome ?? '',
      prefix: 'churn-e2e-shots-',
      locale: 'en-US',
      prepare: refreshWorkspace,
    });
  });

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await session?.close();
  });

  for (const { tag, locale } of languages) {
    it(`shoots Dashboard, Customers, Health and a churned customer in ${tag}`, async () => {
      const context = await session.browser.newContext({ viewport: { width: 1366, height: 768 }, locale });
      contexts.push(context);
      const page: Page = await context.newPage();
      const goto = (hash: string) => page.goto(`${session.served.url}${hash}`);

      await goto('#/dashboard');
      await page.getByTestId('kpi-value-kpi_at_risk').waitFor({ timeout: 30_000 });
      await page.getByTestId('chart-chart_trend').locator('canvas').first().waitFor();
      await page.waitForTimeout(600);
      await page.screenshot({ path: join(DIR, `dashboard-${tag}.png`) });

      await goto('#/customers');
      const grid = page.getByTestId('customers-grid');
      await grid.locator('.ag-row[row-index="0"] [col-id="lifecycle"] [data-lifecycle]').waitFor({ timeout: 30_000 });
      // Sorted by lifecycle descending: prospects, then churned customers (Tier says 已流失), then active.
      await grid.locator('.ag-header-cell[col-id="lifecycle"] .ag-header-cell-label').click();
      await grid.locator('.ag-header-cell[col-id="lifecycle"] .ag-header-cell-label').click();
      await page.waitForTimeout(800);
      await page.screenshot({ path: join(DIR, `customers-${tag}.png`) });
      await grid.locator('.ag-header-cell[col-id="tier"] .ag-header-cell-filter-button').click();
      await page.getByTestId('tier-filter').waitFor();
      await page.screenshot({ path: join(DIR, `customers-tier-filter-${tag}.png`) });
      await page.keyboard.press('Escape');

      await goto('#/health');
      await page.getByTestId('health-histogram').locator('canvas').first().waitFor({ timeout: 60_000 });
      await page.getByTestId('health-churned').waitFor({ timeout: 30_000 });
      await page.waitForTimeout(600);
      await page.screenshot({ path: join(DIR, `health-${tag}.png`) });

      const churned = session.db
        .prepare(`SELECT customer_id FROM customer_mart WHERE lifecycle = 'churned' AND churn_kind = 'cancelled' ORDER BY customer_id LIMIT 1`)
        .pluck()
        .get() as string;
      await goto(`#/customer/${encodeURIComponent(churned)}`);
      await page.getByTestId('c360-churned').waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('c360-lifecycle').getAttribute('data-value')).toBe('churned');
      expect(await page.getByTestId('c360-probability').count()).toBe(0);
      // One refresh is one snapshot: the history card says a trend needs two instead of drawing a dot.
      await page.getByTestId('c360-history-short').waitFor({ timeout: 30_000 });
      await page.waitForTimeout(600);
      await page.screenshot({ path: join(DIR, `customer360-churned-${tag}.png`) });
      await context.close();
    });
  }
});

describe.skipIf(!chrome)('before the first refresh every score screen says so and offers the refresh', () => {
  let session: AppSession;

  beforeAll(async () => {
    mkdirSync(DIR, { recursive: true });
    session = await startAppSession({ chrome: chrome ?? '', prefix: 'churn-e2e-nosnap-', locale: 'zh-CN' });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('shows the no-snapshot state on Customers, Customer 360, Health and the Dashboard, then refreshes', async () => {
    const { page } = session;
    const goto = (hash: string) => page.goto(`${session.served.url}${hash}`);

    await goto('#/customers');
    await page.getByTestId('customers-no-snapshot').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('customers-no-snapshot').getByTestId('refresh-scores').count()).toBe(1);
    await page.screenshot({ path: join(DIR, 'no-snapshot-customers-zh.png') });

    await goto('#/customer/C000001');
    await page.getByTestId('c360-no-score').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('c360-no-score').getByTestId('refresh-scores').count()).toBe(1);

    await goto('#/health');
    await page.getByTestId('no-snapshot').waitFor({ timeout: 60_000 });
    await page.screenshot({ path: join(DIR, 'no-snapshot-health-zh.png') });

    await goto('#/dashboard');
    const empty = page.getByTestId('dashboard-no-snapshot');
    await empty.waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('kpi-value-kpi_active').count()).toBe(0);
    await page.screenshot({ path: join(DIR, 'no-snapshot-dashboard-zh.png') });
    await empty.getByTestId('refresh-scores').click();
    await page.getByTestId('kpi-value-kpi_at_risk').waitFor({ timeout: 120_000 });
    expect(Number(await page.getByTestId('kpi-value-kpi_active').getAttribute('data-value'))).toBe(
      session.db.prepare(`SELECT count(*) FROM customer_mart WHERE lifecycle = 'active'`).pluck().get() as number,
    );
  });
});
