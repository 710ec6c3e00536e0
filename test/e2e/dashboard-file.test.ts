// Dashboard files end to end in Chromium (issue 12 "Tests"): on the refreshed demo with the
// cockpit saved, "Save as dashboard file…" (k = 1, so the viewer's numbers must equal SQL on the
// workspace exactly) downloads a .churndash through the browser; a SECOND host started with
// `serve FILE.churndash` lands on the viewer: the cockpit read-only (no edit or save buttons, no
// Data or Segments in the navigation), a filter from the bar and a linkage click on the region
// bars change the numbers to what SQL says for that region; the same file dropped on the first
// host's window opens there in the viewer. Screenshots at 1366×768 in both languages go to
// test-output/screenshots/dashboard-viewer-*.png.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { templateSpec } from '../../shared/dashboards/templates';
import { REPO_ROOT, runCli } from '../support/cli';
import { refreshWorkspace, startAppSession, type AppSession } from './app-session';
import { findChrome, launchChrome } from './browser';
import { serve, type Served } from './serve';

const chrome = findChrome();
const SHOTS = join(REPO_ROOT, 'test-output', 'screenshots');
const AT_RISK = 'kpi_at_risk';

/** The KPI's exact number (data-value), NaN while it loads. */
async function kpi(page: Page, id: string): Promise<number> {
  const value = await page
    .getByTestId(`kpi-value-${id}`)
    .getAttribute('data-value', { timeout: 2_000 })
    .catch(() => null);
  return value === null || value === '' ? Number.NaN : Number(value);
}

/**
 * A linkage click on an ECharts bar: the chart draws on a canvas, so the pointer sweeps low across
 * the plot until zrender shows the hand cursor (it is over a bar), and clicks there.
 */
async function clickABar(page: Page, testId: string): Promise<void> {
  const chart = page.getByTestId(testId);
  await chart.scrollIntoViewIfNeeded();
  const box = await chart.boundingBox();
  if (!box) throw new Error(`${testId}: not visible`);
  for (const fy of [0.8, 0.7, 0.55]) {
    for (let x = box.x + 8; x < box.x + box.width - 8; x += 5) {
      const y = box.y + box.height * fy;
      await page.mouse.move(x, y);
      const cursor = await chart.evaluate((el) => (el.querySelector('div') as HTMLElement | null)?.style.cursor ?? '');
      if (cursor === 'pointer') {
        await page.mouse.click(x, y);
        return;
      }
    }
  }
  throw new Error(`${testId}: no bar found under the pointer`);
}

describe.skipIf(!chrome)('dashboard files: save, serve, view read-only, filter, link, drop', () => {
  let session: AppSession;
  let viewerHost: Served;
  let viewerBrowser: Browser;
  let file = '';
  const regions: string[] = [];
  const atRiskSql = (region?: string): number => {
    const db = new Database(session.workspace, { readonly: true });
    try {
      const where = region === undefined ? '' : ' AND region = ?';
      return db
        .prepare(`SELECT count(*) FROM customer_mart WHERE tier = 'atRisk'${where}`)
        .pluck()
        .get(...(region === undefined ? [] : [region])) as number;
    } finally {
      db.close();
    }
  };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await startAppSession({
      chrome: chrome ?? '',
      prefix: 'churn-e2e-dashfile-',
      locale: 'en-US',
      prepare: (workspace) => {
        refreshWorkspace(workspace);
        // The analyst's saved cockpit (dashboard.save, as the page's Save does).
        const saved = runCli(['call', '--workspace', workspace, 'dashboard.save', JSON.stringify({ name: 'Cockpit', spec: templateSpec('cockpit') })]);
        if (saved.code !== 0) throw new Error(`dashboard.save failed: ${saved.stdout}`);
      },
    });
    regions.push(...(session.db.prepare('SELECT DISTINCT region FROM customer_mart WHERE region IS NOT NULL').pluck().all() as string[]));
    regions.sort((a, b) => b.length - a.length);
  }, 240_000);
  afterAll(async () => {
    await viewerBrowser?.close();
    await viewerHost?.stop();
    await session?.close();
  });

  it('saves the cockpit as a dashboard file through the page and the browser download', async () => {
    const { page } = session;
    await page.goto(`${session.served.url}#/dashboard`);
    await expect.poll(() => kpi(page, AT_RISK), { timeout: 60_000 }).toBe(atRiskSql());
    await page.getByTestId('dashboard-export').click();
    await page.getByTestId('dashboard-save-file').click();
    // The modal's root element has no box of its own: wait for its button.
    await page.getByTestId('save-file-ok').waitFor();
    // antd puts the test id on the input itself or on its wrapper, depending on the version.
    const kField = page.getByTestId('save-file-k');
    const k = (await kField.evaluate((el) => el.tagName)) === 'INPUT' ? kField : kField.locator('input');
    await k.fill('1');
    await k.press('Tab');
    const download = page.waitForEvent('download', { timeout: 120_000 });
    await page.getByTestId('save-file-ok').click();
    const done = await download;
    expect(done.suggestedFilename()).toMatch(/\.churndash$/);
    file = join(session.dir, 'cockpit.churndash');
    await done.saveAs(file);
    expect(readFileSync(file).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
    const packaged = new Database(file, { readonly: true });
    try {
      expect(packaged.prepare(`SELECT value FROM manifest WHERE key = 'kAnonymity'`).pluck().get()).toBe('1');
    } finally {
      packaged.close();
    }
  }, 180_000);

  it('serve FILE.churndash lands on the viewer: the cockpit read-only, numbers as SQL', async () => {
    viewerHost = await serve(file);
    viewerBrowser = await launchChrome(chrome ?? '');
    const page = await (await viewerBrowser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-US' })).newPage();
    page.on('pageerror', (e) => console.error('viewer page error:', e.message));
    await page.goto(viewerHost.url);
    await expect.poll(() => page.evaluate(() => window.location.hash), { timeout: 30_000 }).toMatch(/^#\/viewer/);
    await expect.poll(() => kpi(page, AT_RISK), { timeout: 60_000 }).toBe(atRiskSql());
    await expect.poll(() => kpi(page, 'kpi_active'), { timeout: 10_000 }).toBe(session.db.prepare(`SELECT count(*) FROM customer_mart WHERE lifecycle = 'active'`).pluck().get());
    // Editing and the workspace's pages are absent, not disabled.
    for (const testId of ['dashboard-edit', 'dashboard-save', 'dashboard-save-file', 'dashboard-add-widget']) expect(await page.getByTestId(testId).count(), testId).toBe(0);
    // Soft: the checks below still run when the shell shows the workspace's pages.
    for (const route of ['data', 'segments']) expect.soft(await page.locator(`a[href="#/${route}"]`).count(), `nav ${route}`).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'dashboard-viewer-en.png') });

    // A filter from the bar: the first region offered.
    await page.getByTestId('filter-region').click();
    const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').first();
    const region = (await option.getAttribute('title')) ?? '';
    expect(regions).toContain(region);
    await option.click();
    await page.keyboard.press('Escape');
    await page.getByTestId('viewer-banner').click();
    await expect.poll(() => kpi(page, AT_RISK), { timeout: 20_000 }).toBe(atRiskSql(region));
    expect(atRiskSql(region)).toBeLessThan(atRiskSql());
    await page.screenshot({ path: join(SHOTS, 'dashboard-viewer-filtered-en.png') });

    // Cleared, then a linkage click on a region bar filters the other widgets to that region.
    await page.getByTestId('filter-region').hover();
    await page.getByTestId('filter-region').locator('.ant-select-clear').click();
    await expect.poll(() => kpi(page, AT_RISK), { timeout: 20_000 }).toBe(atRiskSql());
    await clickABar(page, 'chart-chart_region');
    const chips = page.getByTestId('filter-chips');
    let linked = '';
    await expect
      .poll(
        async () => {
          const text = (await chips.count()) > 0 ? await chips.innerText() : '';
          linked = regions.find((r) => text.includes(r)) ?? '';
          return linked;
        },
        { timeout: 20_000 },
      )
      .not.toBe('');
    await expect.poll(() => kpi(page, AT_RISK), { timeout: 20_000 }).toBe(atRiskSql(linked));
    expect(await kpi(page, 'kpi_active')).toBe(session.db.prepare(`SELECT count(*) FROM customer_mart WHERE lifecycle = 'active' AND region = ?`).pluck().get(linked));
    await page.screenshot({ path: join(SHOTS, 'dashboard-viewer-linked-en.png') });
  }, 180_000);

  it('shows the viewer in Chinese', async () => {
    const page = await (await viewerBrowser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' })).newPage();
    await page.goto(viewerHost.url);
    await expect.poll(() => page.evaluate(() => window.location.hash), { timeout: 30_000 }).toMatch(/^#\/viewer/);
    await expect.poll(() => kpi(page, AT_RISK), { timeout: 60_000 }).toBe(atRiskSql());
    expect(await page.locator('body').innerText()).toContain('流失预警驾驶舱');
    await page.screenshot({ path: join(SHOTS, 'dashboard-viewer-zh-CN.png') });
  }, 120_000);

  it('opens the file dropped on the window of the workspace host in the viewer', async () => {
    const { page } = session;
    await page.goto(`${session.served.url}#/customers`);
    await page.waitForLoadState('networkidle');
    const bytes = readFileSync(file).toString('base64');
    await page.evaluate(
      ({ b64, name }) => {
        const raw = atob(b64);
        const data = new Uint8Array(raw.length);
        for (let i = 0; i < raw.length; i += 1) data[i] = raw.charCodeAt(i);
        const transfer = new DataTransfer();
        transfer.items.add(new File([data], name, { type: 'application/octet-stream' }));
        document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
        document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      },
      { b64: bytes, name: 'cockpit.churndash' },
    );
    await expect.poll(() => page.evaluate(() => window.location.hash), { timeout: 30_000 }).toMatch(/^#\/viewer/);
    await expect.poll(() => kpi(page, AT_RISK), { timeout: 60_000 }).toBe(atRiskSql());
    expect(await page.getByTestId('dashboard-edit').count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'dashboard-viewer-dropped-en.png') });
  }, 120_000);
});
