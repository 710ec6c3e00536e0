// End to end, at 1366×768 in English and Chinese (issue 10 §5 and §9): on an order-only
// workspace (the demo with activities, tickets, surveys and signals emptied) the Health page
// greys out the indicators without data with a translated note and names the missing
// sources; after a health-configuration change, Customer 360 says the configuration changed
// instead of a score change and its history chart marks the change. Screenshots go to
// test-output/screenshots/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { REPO_ROOT, runCli } from '../support/cli';
import { defaultHealthConfig } from '../../shared/scoring/health-config';
import { dayOf, isoOfDay } from '../../shared/scoring/days';
import { findChrome } from './browser';
import { startAppSession, type AppSession } from './app-session';

const chrome = findChrome();
const DIR = join(REPO_ROOT, 'test-output', 'screenshots');

const languages = [
  { tag: 'en', locale: 'en-US', note: 'no data: no tickets imported', changed: 'configuration changed since last' },
  { tag: 'zh', locale: 'zh-CN', note: '无数据：未导入工单', changed: '较上次：配置已变更' },
] as const;

function cli(args: string[]): string {
  const r = runCli(args);
  if (r.code !== 0) throw new Error(`${args[0]} failed: ${r.stderr}`);
  return r.stdout;
}

describe.skipIf(!chrome)('sparse sources and configuration changes in headless Chromium', () => {
  let session: AppSession;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    mkdirSync(DIR, { recursive: true });
    session = await startAppSession({
      chrome: chrome ?? '',
      prefix: 'churn-e2e-sparse-',
      locale: 'en-US',
      prepare: (path) => {
        const db = new Database(path);
        db.exec('DELETE FROM activities; DELETE FROM tickets; DELETE FROM surveys; DELETE FROM market_signals;');
        const last = db.prepare('SELECT max(substr(order_date, 1, 10)) FROM orders').pluck().get() as string;
        db.close();
        cli(['refresh', path, '--as-of', isoOfDay(dayOf(last) - 30), '--json']);
        const reweighted = { ...defaultHealthConfig, groups: defaultHealthConfig.groups.map((g) => ({ ...g, weight: g.id === 'purchase' ? 80 : g.weight })) };
        cli(['call', '--workspace', path, 'health.saveConfig', JSON.stringify({ config: reweighted, note: 'e2e' })]);
        cli(['refresh', path, '--json']);
      },
    });
  }, 240_000);

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await session?.close();
  });

  for (const { tag, locale, note, changed } of languages) {
    it(`greys out the indicators without data and marks the configuration change (${tag})`, async () => {
      const context = await session.browser.newContext({ viewport: { width: 1366, height: 768 }, locale });
      contexts.push(context);
      const page: Page = await context.newPage();
      const goto = (hash: string) => page.goto(`${session.served.url}${hash}`);

      await goto('#/health');
      await page.getByTestId('health-no-data').waitFor({ timeout: 60_000 });
      expect(await page.getByTestId('indicator-complaint_count-no-data').innerText()).toContain(note);
      expect(await page.getByTestId('group-complaints').getAttribute('data-no-data')).toBe('true');
      expect(await page.getByTestId('group-purchase').getAttribute('data-no-data')).toBeNull();
      // Purchase is the only group with data: its indicators share the whole score.
      const shares = await Promise.all(
        ['order_cycle', 'recency', 'amount_change'].map(async (id) => Number(await page.getByTestId(`indicator-${id}-share`).getAttribute('data-value'))),
      );
      expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
      expect(Number(await page.getByTestId('indicator-complaint_count-share').getAttribute('data-value'))).toBe(0);
      await page.waitForTimeout(600);
      await page.screenshot({ path: join(DIR, `health-no-data-${tag}.png`) });

      const active = session.db
        .prepare(
          `SELECT m.customer_id FROM customer_mart m JOIN customer_scores s ON s.customer_id = m.customer_id AND s.snapshot_id = (SELECT min(snapshot_id) FROM snapshots)
           WHERE m.lifecycle = 'active' AND m.health_score IS NOT NULL AND s.health_score IS NOT NULL ORDER BY m.customer_id LIMIT 1`,
        )
        .pluck()
        .get() as string;
      await goto(`#/customer/${encodeURIComponent(active)}`);
      await page.getByTestId('c360-health-config-changed').waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('c360-health-config-changed').innerText()).toBe(changed);
      await page.getByTestId('c360-history-chart').locator('canvas').first().waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('c360-history-chart').getAttribute('data-config-changes')).toBe('1');
      await page.getByTestId('c360-history-chart').scrollIntoViewIfNeeded();
      await page.waitForTimeout(600);
      await page.screenshot({ path: join(DIR, `customer360-config-change-${tag}.png`) });
      await context.close();
    }, 120_000);
  }
});
