// End to end in headless Chromium (issue 10 §1–2): a line-level export dropped on the Data page
// is read as "each row is an order line, grouped by InvoiceNo"; the sample's orders and total
// show before importing; the analyst can switch to "each row is an order" and back; after the
// import the result says how many lines made how many orders and how many were returns — all
// equal to SQL on the workspace. In both languages, with a screenshot each.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../support/cli';
import { findChrome } from './browser';
import { SCREENSHOT_DIR, startAppSession, type AppSession } from './app-session';

const chrome = findChrome();
const FIXTURE = join(REPO_ROOT, 'test', 'fixtures', 'import', 'online-retail-mini.csv');

for (const locale of ['zh-CN', 'en'] as const) {
  describe.skipIf(!chrome)(`Data page, order lines (${locale})`, () => {
    let session: AppSession;
    let page: Page;
    let db: Database.Database;

    beforeAll(async () => {
      session = await startAppSession({ chrome: chrome ?? '', prefix: `churn-e2e-lines-${locale}-`, locale });
      ({ page, db } = session);
    });
    afterAll(async () => {
      await session?.close();
    });

    it('shows the line grouping with the sample’s orders, lets the analyst switch, and reports returns after the import', async () => {
      await page.goto(`${session.served.url}#/data`);
      await page.getByTestId('data-page').waitFor({ timeout: 30_000 });
      await page.locator('[data-testid="file-picker"] input[type="file"]').setInputFiles(FIXTURE);
      const grain = page.getByTestId('order-grain');
      await grain.waitFor({ timeout: 60_000 });
      expect(await grain.getAttribute('data-grain')).toBe('line');
      await expect.poll(async () => (await grain.textContent()) ?? '').toContain('InvoiceNo');
      const sample = page.getByTestId('line-orders-preview');
      // The fixture's 20 rows: 17 with a customer make 10 invoices.
      expect(await sample.getAttribute('data-orders')).toBe('10');
      expect(await sample.getAttribute('data-lines')).toBe('17');
      await page.screenshot({ path: join(SCREENSHOT_DIR, `data-order-lines-${locale}.png`) });
      await grain.locator('input[value="orders"]').check({ force: true });
      await expect.poll(() => grain.getAttribute('data-grain')).toBe('order');
      expect(await page.getByTestId('line-orders-preview').count()).toBe(0);
      await grain.locator('input[value="order_lines"]').check({ force: true });
      await expect.poll(() => grain.getAttribute('data-grain')).toBe('line');

      const ordersBefore = db.prepare('SELECT count(*) FROM orders').pluck().get() as number;
      await page.getByTestId('import-start').click();
      await page.getByTestId('import-result').waitFor({ timeout: 120_000 });
      const importId = Number(await page.getByTestId('import-result').getAttribute('data-import-id'));
      const grouped = page.getByTestId('result-lines-grouped');
      const returns = page.getByTestId('result-returns');
      const lines = db.prepare('SELECT count(*) FROM order_lines').pluck().get() as number;
      expect(Number(await grouped.getAttribute('data-lines'))).toBe(lines);
      expect(Number(await grouped.getAttribute('data-orders'))).toBe((db.prepare('SELECT count(*) FROM orders').pluck().get() as number) - ordersBefore);
      const refunded = db.prepare(`SELECT count(*) FROM orders WHERE order_id IN (SELECT DISTINCT order_id FROM order_lines) AND status = 'refunded'`).pluck().get() as number;
      expect(Number(await returns.getAttribute('data-refunded'))).toBe(refunded);
      expect(refunded).toBeGreaterThan(0);
      const summary = JSON.parse(db.prepare('SELECT summary FROM imports WHERE import_id = ?').pluck().get(importId) as string) as { orders: { refunded: number } };
      expect(summary.orders.refunded).toBe(refunded);
      expect(await returns.textContent()).toContain(String(refunded));
      await page.screenshot({ path: join(SCREENSHOT_DIR, `data-order-lines-result-${locale}.png`) });
    });
  });
}
