// The rough edges of issue 10 §9, end to end in both languages at 1366×768:
//  - the same customer's money, probability and score read the same in the grid and on its
//    360 page (one format per kind);
//  - the 360 timeline shows satisfaction and NPS as scores (no currency sign) and known codes
//    translated;
//  - a customer with one snapshot gets "a trend needs at least 2 snapshots, has 1", not an
//    empty chart;
//  - Ctrl/Cmd+F finds, +S saves on Health once something changed, and elsewhere +S and +E say
//    in the UI language what they do and where.
// Screenshots go to test-output/screenshots/rough-<what>-<lang>.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT, runCli } from '../support/cli';
import { tempDir } from '../support/temp';
import { resources } from '../../shared/i18n/resources';
import { findChrome, launchChrome } from './browser';
import { serve } from './serve';
import { refreshWorkspace, startAppSession, type AppSession } from './app-session';

const chrome = findChrome();
const DIR = join(REPO_ROOT, 'test-output', 'screenshots');
const languages = [
  { tag: 'en', locale: 'en-US', lang: 'en' },
  { tag: 'zh', locale: 'zh-CN', lang: 'zh-CN' },
] as const;

describe.skipIf(!chrome)('rough edges of §9 in both languages', () => {
  let session: AppSession;

  beforeAll(async () => {
    mkdirSync(DIR, { recursive: true });
    session = await startAppSession({ chrome: chrome ?? '', prefix: 'churn-e2e-rough-', locale: 'en-US', prepare: refreshWorkspace });
  }, 300_000);

  afterAll(async () => {
    await session?.close();
  });

  async function newPage(locale: string): Promise<Page> {
    const context = await session.browser.newContext({ viewport: { width: 1366, height: 768 }, locale });
    return context.newPage();
  }

  for (const { tag, locale, lang } of languages) {
    it(`reads one customer the same in the grid and on Customer 360, with a scored timeline, in ${tag}`, async () => {
      const page = await newPage(locale);
      // A customer with a churn probability, a CLV above 10,000 (where 万 would show) and surveys and tickets.
      const id = session.db
        .prepare(
          `SELECT m.customer_id FROM customer_mart m WHERE m.churn_probability IS NOT NULL AND m.clv >= 10000
             AND EXISTS (SELECT 1 FROM surveys s WHERE s.customer_id = m.customer_id) AND EXISTS (SELECT 1 FROM tickets t WHERE t.customer_id = m.customer_id AND t.satisfaction IS NOT NULL)
           ORDER BY m.customer_id LIMIT 1`,
        )
        .pluck()
        .get() as string;
      expect(id).toBeTruthy();
      await page.goto(`${session.served.url}#/customers`);
      await page.getByTestId('customers-quick-filter').fill(id);
      const grid = page.getByTestId('customers-grid');
      const row = grid.locator(`.ag-row[row-id="${id}"]`).first();
      await row.locator('[col-id="clv"]').waitFor({ timeout: 30_000 });
      const cell = async (col: string) => (await row.locator(`[col-id="${col}"]`).innerText()).trim();
      const inGrid = { clv: await cell('clv'), probability: await cell('churn_probability'), pAlive: await cell('p_alive'), health: await cell('health_score') };

      await page.goto(`${session.served.url}#/customer/${encodeURIComponent(id)}`);
      await page.getByTestId('c360-clv').waitFor({ timeout: 30_000 });
      const card = async (testId: string) => (await page.getByTestId(`${testId}-display`).innerText()).trim();
      const in360 = { clv: await card('c360-clv'), probability: await card('c360-probability'), pAlive: await card('c360-palive'), health: await card('c360-health') };
      expect(in360).toEqual(inGrid);
      expect(inGrid.clv).toMatch(/^¥\d{1,3}(,\d{3})+\.\d{2}$/);
      expect(inGrid.probability).toMatch(/^\d{1,3}\.\d%$/);
      expect(inGrid.health).toMatch(/^\d{1,3}\.\d$/);

      // The timeline: satisfaction and survey scores are scores, never money; kinds translated.
      const timeline = page.getByTestId('c360-timeline');
      await timeline.scrollIntoViewIfNeeded();
      const scored = timeline.locator('[data-kind="survey"], [data-kind="ticket"]');
      expect(await scored.count()).toBeGreaterThan(0);
      for (const text of await scored.allInnerTexts()) {
        expect(text).not.toMatch(/[¥$]/);
        expect(text).not.toMatch(/\b(csat|nps|complaint|inquiry|repair|low|medium|high)\b/);
      }
      const r = resources[lang];
      expect((await timeline.innerText()).includes(r.codes.surveyKind.csat) || (await timeline.innerText()).includes(r.codes.surveyKind.nps)).toBe(true);

      // One refresh, one snapshot: the history card says what a trend needs instead of an empty chart.
      const short = page.getByTestId('c360-history-short');
      await short.waitFor({ timeout: 10_000 });
      expect(await short.getAttribute('data-has')).toBe('1');
      expect(await short.innerText()).toContain(r.translation.empty.tooLittleHistory.snapshots.replace('{{needs}}', '2').replace('{{has}}', '1'));
      expect(await page.getByTestId('c360-history-chart').count()).toBe(0);
      await page.screenshot({ path: join(DIR, `rough-customer360-timeline-${tag}.png`) });
      await page.context().close();
    }, 120_000);

    it(`answers Ctrl+S, Ctrl+E and Ctrl+F in ${tag}`, async () => {
      const page = await newPage(locale);
      const r = resources[lang].translation.shortcuts.unavailable;
      // Models: a page with nothing to save or export (the Dashboards page saves its dashboard on Ctrl+S).
      await page.goto(`${session.served.url}#/models`);
      await page.getByTestId('model-detail').waitFor({ timeout: 30_000 });

      // Where there is nothing to save or export, the key says so (and the browser's own dialog does not open).
      await page.keyboard.press('Control+s');
      await expect.poll(() => page.locator('.shortcut-save-unavailable').innerText(), { timeout: 5_000 }).toContain(r.save);
      await page.keyboard.press('Control+e');
      await expect.poll(() => page.locator('.shortcut-export-unavailable').innerText(), { timeout: 5_000 }).toContain(r.export);
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(DIR, `rough-shortcut-message-${tag}.png`) });

      // Ctrl+F: to the Customers page with the search box focused.
      await page.keyboard.press('Control+f');
      await page.getByTestId('customers-quick-filter').waitFor({ timeout: 30_000 });
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.closest('[data-testid]')?.getAttribute('data-testid')))
        .toBe('customers-quick-filter');
      expect(page.url()).toContain('#/customers');

      // Ctrl+S on Health with a changed configuration opens "Save as new version".
      await page.goto(`${session.served.url}#/health`);
      // antd puts the test id on the input itself or on its wrapper, depending on the version.
      const weight = page.locator('input[data-testid="group-service-weight"], [data-testid="group-service-weight"] input').first();
      await weight.waitFor({ timeout: 60_000 });
      await weight.fill('20');
      await weight.press('Tab');
      await page.getByTestId('health-dirty').waitFor({ timeout: 10_000 });
      await page.keyboard.press('Control+s');
      await page.getByTestId('health-save-confirm').waitFor({ timeout: 10_000 });
      await page.screenshot({ path: join(DIR, `rough-shortcut-save-health-${tag}.png`) });

      // Ctrl+E on Data while an import's rejected rows are shown downloads them as CSV.
      await page.goto(`${session.served.url}#/data`);
      const orders = join(session.dir, `orders-with-a-bad-row-${tag}.csv`);
      writeFileSync(orders, ['订单号,客户编号,下单时间,实付金额', `E1${tag},C000001,2026-10-30,12.5`, `E2${tag},C000001,not a date,8`].join('\n') + '\n', 'utf8');
      await page.locator('[data-testid="file-picker"] input[type="file"]').setInputFiles(orders);
      await page.locator('[data-testid="preview-panel"][data-stage="ready"]').waitFor({ timeout: 60_000 });
      await page.getByTestId('import-start').click();
      await page.getByTestId('import-result').waitFor({ timeout: 60_000 });
      await expect.poll(() => page.getByTestId('rejects').getAttribute('data-total'), { timeout: 20_000 }).toBe('1');
      const download = page.waitForEvent('download', { timeout: 15_000 });
      await page.keyboard.press('Control+e');
      expect((await download).suggestedFilename()).toMatch(/\.csv$/);
      await page.context().close();
    }, 120_000);
  }
});

describe.skipIf(!chrome)('a churn trend over too short a history says why', () => {
  it('shows "needs at least 3 months, has N" on the dashboard of a two-month workspace, in both languages', async () => {
    const t = tempDir('churn-e2e-short-');
    const workspace = join(t.dir, 'short.churn');
    // Forty customers ordering over seven weeks: the months before have nobody active at their start.
    const rows = ['order_id,customer_id,order_date,amount'];
    for (let c = 1; c <= 40; c++)
      for (let k = 0; k < 3; k++)
        rows.push(`O${c}-${k},C${String(c).padStart(3, '0')},2026-${k === 0 ? '09' : '10'}-${String(3 + ((c * 7 + k * 11) % 25)).padStart(2, '0')},${50 + c}`);
    const file = join(t.dir, 'orders.csv');
    writeFileSync(file, rows.join('\n') + '\n', 'utf8');
    for (const args of [
      ['import', workspace, file, '--json'],
      ['refresh', workspace, '--json'],
    ]) {
      const r = runCli(args);
      if (r.code !== 0) throw new Error(`${args[0]} failed: ${r.stderr}`);
    }
    const served = await serve(workspace);
    const browser = await launchChrome(chrome ?? '');
    try {
      for (const { tag, locale, lang } of languages) {
        const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale });
        const page = await context.newPage();
        await page.goto(`${served.url}#/dashboard`);
        const short = page.getByTestId('churn-trend-short');
        await short.waitFor({ timeout: 60_000 });
        const has = Number(await short.getAttribute('data-has'));
        expect(has).toBeLessThan(3);
        expect(await short.innerText()).toContain(resources[lang].translation.empty.tooLittleHistory.months.replace('{{needs}}', '3').replace('{{has}}', String(has)));
        expect(await page.getByTestId('chart-chart_trend').count()).toBe(0);
        await page.screenshot({ path: join(DIR, `rough-churn-trend-short-${tag}.png`) });
        await context.close();
      }
    } finally {
      await browser.close();
      await served.stop();
      t.cleanup();
    }
  }, 180_000);
});
