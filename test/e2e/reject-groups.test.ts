// The Data page groups an import's rejects by reason, in English and Chinese at 1366×768: a file
// with 60 guest checkouts (no customer id), 2 unreadable dates and 1 bad amount shows three
// groups, largest first, with their counts equal to SQL; a group opens onto its rows, paged.
// Screenshots in test-output/e2e/rejects-grouped-{en,zh}.png for a person to look at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { runCli } from '../support/cli';
import { findChrome } from './browser';
import { SCREENSHOT_DIR, startAppSession, type AppSession } from './app-session';

const chrome = findChrome();

const languages = [
  { tag: 'en', locale: 'en-US', history: 'Import history', guest: 'Customer ID empty (guest checkout)', date: 'Order date: not a date' },
  { tag: 'zh', locale: 'zh-CN', history: '导入历史', guest: '客户ID为空（游客下单）', date: '下单时间：不是有效的日期' },
] as const;

describe.skipIf(!chrome)('rejects grouped by reason on the Data page', () => {
  let session: AppSession;
  let importId = 0;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    session = await startAppSession({
      chrome: chrome ?? '',
      prefix: 'churn-e2e-rejects-',
      locale: 'en-US',
      prepare: (path, dir) => {
        const lines = ['order_id,customer_id,order_date,amount'];
        for (let i = 0; i < 60; i++) lines.push(`E2E-G${i},,2026-10-${String(1 + (i % 28)).padStart(2, '0')},${i + 1}`);
        lines.push('E2E-D1,E2E-C1,someday,5', 'E2E-D2,E2E-C1,2026-14-40,6', 'E2E-A1,E2E-C2,2026-10-03,abc', 'E2E-K1,E2E-C2,2026-10-04,8');
        const csv = join(dir, 'guests.csv');
        writeFileSync(csv, `${lines.join('\n')}\n`);
        const r = runCli(['import', path, csv, '--json']);
        if (r.code !== 0) throw new Error(`import failed: ${r.stderr}`);
        importId = (JSON.parse(r.stdout) as { importId: number }).importId;
      },
    });
  }, 240_000);

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await session?.close();
  });

  for (const lang of languages) {
    it(`shows three groups with their counts in ${lang.tag}, and a group's rows`, async () => {
      const context = await session.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: lang.locale });
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(`${session.served.url}#/data`);
      await page.getByRole('tab', { name: lang.history, exact: true }).click();
      const row = page.locator(`[data-testid="import-history"] tr[data-import-id="${importId}"]`);
      await row.waitFor({ timeout: 30_000 });
      await row.locator('button.ant-btn-link').click();

      const groups = page.getByTestId('reject-groups').locator('[data-code]');
      await groups.first().waitFor({ timeout: 20_000 });
      const stored = session.db.prepare('SELECT code, count(*) AS n FROM import_rejects WHERE import_id = ? GROUP BY code, params ORDER BY n DESC').all(importId) as {
        code: string;
        n: number;
      }[];
      expect(stored.map((s) => [s.code, s.n])).toEqual([
        ['customerMissing', 60],
        ['invalidValue', 2],
        ['invalidValue', 1],
      ]);
      const shown = await groups.evaluateAll((els) => els.map((e) => [e.getAttribute('data-code'), Number(e.getAttribute('data-count'))]));
      expect(shown).toEqual(stored.map((s) => [s.code, s.n]));
      const text = await page.getByTestId('reject-groups').innerText();
      expect(text).toContain(lang.guest);
      expect(text).toContain(lang.date);
      expect(text).toContain('someday');

      // The largest group opens onto its own rows, paged (20 a page): all 60 are there, none of the others.
      await page.getByTestId('reject-groups').locator('.ant-collapse-header').first().click();
      const rows = page.getByTestId('reject-group-rows').first();
      await rows.locator('tbody tr.ant-table-row').first().waitFor({ timeout: 10_000 });
      expect(await rows.locator('tbody tr.ant-table-row').count()).toBe(20);
      expect(await page.getByTestId('reject-groups').locator('.ant-collapse-item-active .ant-pagination-item').count()).toBe(3);
      await page.waitForTimeout(500);
      await page.screenshot({ path: join(SCREENSHOT_DIR, `rejects-grouped-${lang.tag}.png`) });
    });
  }
});
