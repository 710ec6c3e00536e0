// The Dashboards page end to end in Chromium (issue 12 "Tests"): on the refreshed demo, open the
// default 流失预警驾驶舱; click a bar of 各区域高风险客户 (chart_region) and check every other
// widget's numbers against SQL with that region (the workspace file opened read-only here);
// Esc clears the linkage; drill region → city and back up; drill through to Customers and find
// the grid's total equal to SQL; add a widget from the gallery, drag and resize it on the
// react-grid-layout handles and see the layout change; save it; large-screen mode fills
// 1366×768 and 1920×1080 without scrollbars; screenshots in both languages go to
// test-output/screenshots/dashboard-*.png; the zh-CN page shows no untranslated English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { REPO_ROOT } from '../support/cli';
import { findChrome } from './browser';
import { refreshWorkspace, startAppSession, type AppSession } from './app-session';
import { ALLOWED_TERMS, LIBRARY_LABELS, dataValues, offence } from './untranslated-rules';
import { collectTexts } from './page-texts';

const chrome = findChrome();
const SHOTS = join(REPO_ROOT, 'test-output', 'screenshots');
const DASHBOARD_NAME = '华东周会驾驶舱';

type Row = (string | number | null)[];

async function rowsOf(page: Page, id: string): Promise<Row[]> {
  return JSON.parse((await page.getByTestId(`frame-${id}`).getAttribute('data-rows')) ?? '[]') as Row[];
}

/** Rows in any order: charts order categories the catalog's way, SQL its own. */
function asSet(rows: unknown[]): string[] {
  return rows.map((r) => JSON.stringify(r)).sort();
}

async function valueOf(page: Page, id: string): Promise<number> {
  return Number(await page.getByTestId(`frame-${id}`).getAttribute('data-value'));
}

/** Every frame answered and none is loading. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const frames = Array.from(document.querySelectorAll('[data-testid^="frame-"]'));
      return frames.length > 0 && frames.every((f) => f.getAttribute('data-loading') === 'false' && f.getAttribute('data-status') !== 'loading');
    },
    undefined,
    { timeout: 30_000 },
  );
}

/** Clicks across a canvas chart until `hit` is true (bars are drawn, not in the DOM). */
async function clickUntil(page: Page, chart: Locator, hit: () => Promise<boolean>, options: { dbl?: boolean } = {}): Promise<{ x: number; y: number }> {
  await chart.scrollIntoViewIfNeeded();
  const box = await chart.boundingBox();
  if (!box) throw new Error('chart not visible');
  for (const fy of [0.5, 0.7, 0.35, 0.85]) {
    for (let fx = 0.08; fx < 0.95; fx += 0.04) {
      const x = box.x + box.width * fx;
      const y = box.y + box.height * fy;
      if (options.dbl) await page.mouse.dblclick(x, y);
      else await page.mouse.click(x, y);
      await page.waitForTimeout(150);
      if (await hit()) return { x, y };
    }
  }
  throw new Error('no bar answered a click');
}

describe.skipIf(!chrome)('dashboards end to end', () => {
  let session: AppSession;
  let page: Page;
  const goto = (hash: string) => page.goto(`${session.served.url}${hash}`);
  const scalar = (sql: string, ...params: (string | number)[]) =>
    session.db
      .prepare(sql)
      .pluck()
      .get(...params) as number;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await startAppSession({ chrome: chrome ?? '', prefix: 'dashboards-e2e', locale: 'zh-CN', prepare: refreshWorkspace });
    page = session.page;
  }, 240_000);

  afterAll(async () => {
    await session?.close();
  });

  it('opens the default cockpit with numbers equal to SQL', async () => {
    await goto('#/dashboard');
    await page.getByTestId('frame-kpi_active').waitFor({ timeout: 60_000 });
    await settled(page);
    await expect.poll(() => page.getByTestId('dashboard-template-banner').count()).toBe(1);
    expect(await valueOf(page, 'kpi_active')).toBe(scalar(`SELECT count(*) FROM customer_mart WHERE lifecycle = 'active'`));
    expect(await valueOf(page, 'kpi_at_risk')).toBe(scalar(`SELECT count(*) FROM customer_mart WHERE tier = 'atRisk'`));
    // Categories come in the catalog's order (healthy → watch → atRisk): compared as sets of rows.
    expect(asSet(await rowsOf(page, 'chart_tiers'))).toEqual(
      asSet(session.db.prepare(`SELECT tier, count(*) FROM customer_mart WHERE tier IS NOT NULL AND tier <> '' GROUP BY tier`).raw(true).all()),
    );
    await page.screenshot({ path: join(SHOTS, 'dashboard-zh-1366.png') });
  }, 120_000);

  it('a click on a region bar filters every other widget to that region (checked against SQL); Esc clears it', async () => {
    const linkageChip = page.locator('[data-testid^="chip-linkage:chart_region:"]');
    await clickUntil(page, page.getByTestId('chart-chart_region'), async () => (await linkageChip.count()) > 0);
    const key = (await linkageChip.first().getAttribute('data-testid')) ?? '';
    const region = key.slice('chip-linkage:chart_region:'.length);
    expect(region.length).toBeGreaterThan(0);
    await settled(page);

    expect(await valueOf(page, 'kpi_active')).toBe(scalar(`SELECT count(*) FROM customer_mart WHERE lifecycle = 'active' AND region = ?`, region));
    expect(await valueOf(page, 'kpi_at_risk')).toBe(scalar(`SELECT count(*) FROM customer_mart WHERE tier = 'atRisk' AND region = ?`, region));
    expect(await valueOf(page, 'kpi_clv_at_risk')).toBeCloseTo(scalar(`SELECT coalesce(sum(clv), 0) FROM customer_mart WHERE tier = 'atRisk' AND region = ?`, region), 6);
    const [from, to] = ((await page.getByTestId('frame-kpi_churn').getAttribute('data-period')) ?? '..').split('..');
    expect(await valueOf(page, 'kpi_churn')).toBeCloseTo(
      scalar(
        `SELECT CAST(sum(churned) AS REAL) / NULLIF(sum(active_at_start), 0) FROM churn_facts_monthly WHERE month BETWEEN ? AND ? AND region = ?`,
        from ?? '',
        to ?? '',
        region,
      ),
      12,
    );
    expect(asSet(await rowsOf(page, 'chart_tiers'))).toEqual(
      asSet(session.db.prepare(`SELECT tier, count(*) FROM customer_mart WHERE tier IS NOT NULL AND tier <> '' AND region = ? GROUP BY tier`).raw(true).all(region)),
    );
    expect(asSet(await rowsOf(page, 'chart_value_risk'))).toEqual(
      asSet(session.db.prepare(`SELECT value_tier, tier, count(*) FROM customer_mart WHERE tier IS NOT NULL AND tier <> '' AND region = ? GROUP BY 1, 2`).raw(true).all(region)),
    );
    const listed = await rowsOf(page, 'table_high_risk');
    const atRisk = session.db.prepare(`SELECT customer_id FROM customer_mart WHERE tier = 'atRisk' AND region = ?`).pluck().all(region) as string[];
    expect(listed.length).toBe(Math.min(50, atRisk.length));
    // Every listed customer is an at-risk customer of that region (customer_id is the list's second column).
    for (const row of listed) expect(atRisk).toContain(row[1]);
    // Each other widget says the region filter applies to it; the clicked one is not filtered by itself.
    for (const id of ['kpi_active', 'kpi_churn', 'kpi_at_risk', 'kpi_clv_at_risk', 'chart_tiers', 'chart_value_risk', 'table_high_risk', 'chart_trend', 'chart_reasons']) {
      expect(Number(await page.getByTestId(`widget-mark-${id}`).getAttribute('data-count')), id).toBeGreaterThanOrEqual(1);
    }
    expect(await page.getByTestId('widget-mark-chart_region').getAttribute('data-count')).toBe('0');
    await page.screenshot({ path: join(SHOTS, 'dashboard-zh-linkage.png') });

    await page.keyboard.press('Escape');
    await expect.poll(() => linkageChip.count()).toBe(0);
    await settled(page);
    expect(await valueOf(page, 'kpi_at_risk')).toBe(scalar(`SELECT count(*) FROM customer_mart WHERE tier = 'atRisk'`));
  }, 120_000);

  it('drills region → city on a double click and back up', async () => {
    const breadcrumb = page.getByTestId('widget-drill-chart_region');
    await clickUntil(page, page.getByTestId('chart-chart_region'), async () => (await breadcrumb.count()) > 0, { dbl: true });
    await settled(page);
    // A double click is two clicks first: whatever linkage they left is cleared, the drill stays.
    await page.keyboard.press('Escape');
    await settled(page);
    const cityRows = await rowsOf(page, 'chart_region');
    const cities = cityRows.map((r) => String(r[0]));
    const region = session.db
      .prepare(`SELECT DISTINCT region FROM customer_mart WHERE city = ?`)
      .pluck()
      .get(cities[0] ?? '') as string;
    const expected = session.db.prepare(`SELECT city FROM customer_mart WHERE region = ? GROUP BY city`).pluck().all(region) as string[];
    expect(cities.length).toBeGreaterThan(0);
    for (const c of cities) expect(expected).toContain(c);
    await page.getByTestId('widget-drill-up-chart_region').click();
    await expect.poll(() => breadcrumb.count()).toBe(0);
    await settled(page);
    const regions = session.db.prepare(`SELECT DISTINCT region FROM customer_mart`).pluck().all() as string[];
    for (const r of await rowsOf(page, 'chart_region')) expect(regions).toContain(r[0]);
  }, 120_000);

  it('drills through to Customers with the widget’s filter: the grid total equals SQL', async () => {
    await page.getByTestId('widget-menu-table_high_risk').scrollIntoViewIfNeeded();
    await page.getByTestId('widget-menu-table_high_risk').click();
    await page.getByRole('menuitem', { name: '在客户列表中打开' }).click();
    await page.getByTestId('customers-dashboard-filter').waitFor({ timeout: 30_000 });
    const total = page.getByTestId('customers-total');
    await expect.poll(async () => Number(await total.getAttribute('data-value')), { timeout: 30_000 }).toBe(scalar(`SELECT count(*) FROM customer_mart WHERE tier = 'atRisk'`));
  }, 120_000);

  it('adds a widget from the gallery, drags and resizes it, and saves the dashboard', async () => {
    await goto('#/dashboard');
    await page.getByTestId('frame-kpi_active').waitFor({ timeout: 60_000 });
    await page.getByTestId('dashboard-edit').click();
    await page.getByTestId('dashboard-add-widget').click();
    await page.getByTestId('gallery-kpi').click();
    const frame = page.getByTestId('frame-kpi');
    await frame.waitFor();
    await settled(page);
    const item = frame.locator('xpath=..');
    await item.scrollIntoViewIfNeeded();
    const before = await item.boundingBox();
    if (!before) throw new Error('new widget not visible');
    // Drag by the title bar to the right.
    const handle = frame.locator('.widget-drag-handle');
    const h = await handle.boundingBox();
    if (!h) throw new Error('no drag handle');
    await page.mouse.move(h.x + 20, h.y + h.height / 2);
    await page.mouse.down();
    await page.mouse.move(h.x + 80, h.y + h.height / 2, { steps: 5 });
    await page.mouse.move(h.x + 20 + before.width * 1.5, h.y + h.height / 2, { steps: 15 });
    await page.mouse.up();
    await page.waitForTimeout(400);
    const moved = await item.boundingBox();
    expect(moved?.x ?? 0).toBeGreaterThan(before.x + before.width / 2);
    // Resize from the south-east corner handle.
    const resize = item.locator('.react-resizable-handle');
    const r = await resize.boundingBox();
    if (!r) throw new Error('no resize handle');
    await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2);
    await page.mouse.down();
    await page.mouse.move(r.x + 60, r.y + 40, { steps: 5 });
    await page.mouse.move(r.x + 220, r.y + 120, { steps: 15 });
    await page.mouse.up();
    await page.waitForTimeout(400);
    const resized = await item.boundingBox();
    expect(resized?.width ?? 0).toBeGreaterThan((moved?.width ?? 0) + 100);
    expect(resized?.height ?? 0).toBeGreaterThan((moved?.height ?? 0) + 60);
    // Undo puts the size back, redo the new one.
    await page.getByTestId('dashboard-undo').click();
    await page.waitForTimeout(300);
    expect(Math.round((await item.boundingBox())?.width ?? 0)).toBe(Math.round(moved?.width ?? 0));
    await page.getByTestId('dashboard-redo').click();
    await page.waitForTimeout(300);
    expect(Math.round((await item.boundingBox())?.width ?? 0)).toBe(Math.round(resized?.width ?? 0));

    await page.keyboard.press('Control+s');
    await page.getByTestId('dashboard-name-input').fill(DASHBOARD_NAME);
    await page.getByTestId('dashboard-name-ok').click();
    await expect.poll(() => page.getByTestId('dashboard-template-banner').count(), { timeout: 20_000 }).toBe(0);
    const stored = session.db.prepare(`SELECT count(*) FROM dashboards WHERE name = ?`).pluck().get(DASHBOARD_NAME);
    expect(stored).toBe(1);
    await page.getByTestId('dashboard-edit').click();
  }, 120_000);

  it('adds a conditional format (条件属性) to the high-risk list in the widget editor: every row gets it', async () => {
    await goto('#/dashboard');
    await page.getByTestId('frame-table_high_risk').waitFor({ timeout: 60_000 });
    await page.getByTestId('dashboard-edit').click();
    await page.getByTestId('dashboard-add-widget').waitFor();
    const table = page.getByTestId('table-table_high_risk');
    await table.waitFor({ timeout: 30_000 });
    await settled(page);
    const rows = await page.locator('[data-testid^="table-row-table_high_risk-"]').count();
    const lightsBefore = await table.locator('[data-light]').count();
    expect(rows).toBeGreaterThan(0);
    await page.getByTestId('widget-menu-table_high_risk').click();
    await page.locator('li[data-menu-id$="-edit"]').click();
    const editor = page.getByTestId('widget-editor');
    await editor.waitFor();
    await editor.getByTestId('rule-add').click();
    const rule = editor
      .locator('[data-testid^="rule-"]')
      .filter({ has: page.locator('.ant-select') })
      .last();
    // The new rule's column: CLV (the list's last field).
    await rule.locator('.ant-select').first().click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').last().click();
    await page.getByTestId('widget-editor-apply').click();
    await settled(page);
    await expect.poll(async () => (await table.locator('[data-light]').count()) - lightsBefore, { timeout: 20_000 }).toBe(rows);
  }, 120_000);

  it('large-screen mode fills 1366×768 and 1920×1080 without scrollbars', async () => {
    for (const [w, h] of [
      [1366, 768],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.getByTestId('dashboard-large-screen').click();
      const screen = page.getByTestId('large-screen');
      await screen.waitFor();
      await settled(page);
      await page.waitForTimeout(600);
      const canvas = await page.getByTestId('large-screen-canvas').boundingBox();
      expect(Math.round(canvas?.width ?? 0)).toBe(w);
      expect(Math.round(canvas?.height ?? 0)).toBe(h);
      // What the user sees: the scaled canvas ends at the screen's edges and nothing scrolls.
      const scroll = await page.evaluate(() => {
        const root = document.scrollingElement ?? document.documentElement;
        const shown = document.querySelector('[data-testid="large-screen"]');
        return { page: root.scrollHeight > window.innerHeight || root.scrollWidth > window.innerWidth, clip: shown ? getComputedStyle(shown).overflow : '' };
      });
      expect(scroll).toEqual({ page: false, clip: 'clip' });
      const grid = await page.getByTestId('large-screen').getByTestId('dashboard-grid').boundingBox();
      expect((grid?.y ?? 0) + (grid?.height ?? 0)).toBeLessThanOrEqual(h + 1);
      expect(await page.getByTestId('large-screen-as-of').innerText()).toContain('数据截至');
      await page.screenshot({ path: join(SHOTS, `dashboard-large-zh-${w}.png`) });
      await page.keyboard.press('Escape');
      await expect.poll(() => screen.count()).toBe(0);
    }
  }, 120_000);

  it('shows no untranslated English in zh-CN, then reads in English at both sizes', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await goto('#/dashboard');
    await page.getByTestId('frame-kpi_active').waitFor({ timeout: 60_000 });
    await settled(page);
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(SHOTS, 'dashboard-zh-1920.png') });
    const texts = await collectTexts(page);
    const allowed = [...dataValues(session.db), ...ALLOWED_TERMS, DASHBOARD_NAME].sort((a, b) => b.length - a.length);
    const offenders = texts.flatMap((text) => {
      const why = offence(text, allowed);
      return why && !LIBRARY_LABELS.has(text) ? [`${text} (${why})`] : [];
    });
    expect(offenders).toEqual([]);

    await page.getByTestId('language-switch').getByText('English').click();
    await settled(page);
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(SHOTS, 'dashboard-en-1920.png') });
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.waitForTimeout(600);
    await page.screenshot({ path: join(SHOTS, 'dashboard-en-1366.png') });
    await page.getByTestId('dashboard-large-screen').click();
    await page.getByTestId('large-screen').waitFor();
    await settled(page);
    await page.waitForTimeout(600);
    await page.screenshot({ path: join(SHOTS, 'dashboard-large-en-1366.png') });
    await page.keyboard.press('Escape');
  }, 120_000);
});
