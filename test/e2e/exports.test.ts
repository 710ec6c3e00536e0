// Exports from the Dashboards page end to end in Chromium (issue 13 "Tests"): on the refreshed
// demo, open the cockpit; Export → Excel → OK downloads a workbook that ExcelJS reads back with the
// cover, a sheet per widget, the KPI card's number and the list's rows; Ctrl+E opens the dialog;
// PDF downloads a file starting %PDF whose text (pdftotext) holds the title; 月度报告 with a month
// picked downloads the report's workbook; Cancel during a running export leaves no download.
// Screenshots at 1366×768 in zh-CN and en (toolbar menu, both dialogs, the progress state) go to
// test-output/screenshots/export-*.png; the dialogs show no untranslated English and nothing cut
// without a title.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { Resvg } from '@resvg/resvg-js';
import { EXPORT_LOGO_MAX_BYTES } from '../../shared/contract/domains/exports';
import { REPO_ROOT } from '../support/cli';
import { findChrome } from './browser';
import { refreshWorkspace, startAppSession, type AppSession } from './app-session';
import { cellValues, clippedWithoutTitle, downloadOrError, keep, parseShownNumber, pdfFirstPage, pdfText, readWorkbook, reportedSheets, shownDecimals } from './export-files';
import { collectTexts } from './page-texts';
import { ALLOWED_TERMS, LIBRARY_LABELS, dataValues, offence } from './untranslated-rules';

const chrome = findChrome();
/** A small blue logo, drawn without a browser. */
const LOGO_PNG = Buffer.from(
  new Resvg(
    '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" rx="8" fill="#1d4ed8"/><circle cx="20" cy="20" r="10" fill="#fff"/></svg>',
  )
    .render()
    .asPng(),
);
const SHOTS = join(REPO_ROOT, 'test-output', 'screenshots');
/** The export's own phases (jobs:phases.*), past the generic start. */
const EXPORT_PHASE = /^(evaluatingWidgets|renderingCharts|writingSheet|packagingWorkbook|writingPdf)$/;
const MODAL = '.ant-modal-container:visible';

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const frames = Array.from(document.querySelectorAll('[data-testid^="frame-"]'));
      return frames.length > 0 && frames.every((f) => f.getAttribute('data-loading') === 'false' && f.getAttribute('data-status') !== 'loading');
    },
    undefined,
    { timeout: 60_000 },
  );
}

/**
 * Holds the answer of `operation` until `release` is called, so the running state (progress with
 * its phase labels, Cancel) stays on screen long enough to be photographed; the job itself runs.
 */
async function holdAnswer(page: Page, operation: string): Promise<{ release: () => void; done: Promise<void> }> {
  let release = () => undefined as void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let finished = () => undefined as void;
  const done = new Promise<void>((resolve) => (finished = resolve));
  // The transport's URL may carry a query (the session token): match the path only.
  const pattern = (url: URL) => url.pathname === `/api/${operation}`;
  const handler = async (route: Route) => {
    const response = await route.fetch({ timeout: 180_000 });
    await gate;
    await route.fulfill({ response });
    await page.unroute(pattern, handler);
    finished();
  };
  await page.route(pattern, handler);
  return { release, done };
}

describe.skipIf(!chrome)('exports from the Dashboards page', () => {
  let session: AppSession;
  let page: Page;
  let allowed: string[];

  const noEnglish = async (): Promise<string[]> => {
    const texts = await collectTexts(page);
    return texts.flatMap((text) => {
      const why = offence(text, allowed);
      return why && !LIBRARY_LABELS.has(text) ? [`${text} (${why})`] : [];
    });
  };
  const openMenu = async () => {
    await page.getByTestId('dashboard-export').click();
    await page.getByTestId('dashboard-export-xlsx').waitFor();
  };
  const fitsScreen = async () => {
    const box = await page.locator(MODAL).boundingBox();
    expect(box).not.toBeNull();
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(768);
    expect(box?.width ?? 0).toBeLessThanOrEqual(1366);
    expect(await clippedWithoutTitle(page.locator(MODAL))).toEqual([]);
  };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await startAppSession({ chrome: chrome ?? '', prefix: 'exports-e2e', locale: 'zh-CN', prepare: refreshWorkspace });
    page = session.page;
    allowed = [...dataValues(session.db), ...ALLOWED_TERMS, '流失预警驾驶舱'].sort((a, b) => b.length - a.length);
    await page.goto(`${session.served.url}#/dashboard`);
    await page.getByTestId('frame-kpi_active').waitFor({ timeout: 60_000 });
    await settled(page);
  }, 240_000);

  afterAll(async () => {
    await session?.close();
  });

  it('offers Export (Excel, PDF) and 月度报告 in the toolbar; Ctrl+E opens the Excel export', async () => {
    // Keyboard: the button takes focus and Enter opens its menu.
    await page.getByTestId('dashboard-export').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('dashboard-export-xlsx').waitFor();
    await expect.poll(() => page.getByTestId('dashboard-export-pdf').count()).toBe(1);
    expect(await page.getByTestId('dashboard-export-xlsx').innerText()).toContain('Excel 工作簿');
    expect(await page.getByTestId('dashboard-monthly-report').innerText()).toContain('月度报告');
    await page.screenshot({ path: join(SHOTS, 'export-menu-zh.png') });
    await page.keyboard.press('Escape');
    await page.getByTestId('dashboard-export-xlsx').waitFor({ state: 'hidden' });

    await page.keyboard.press('Control+e');
    await page.getByTestId('export-dashboard-ok').waitFor();
    expect(await page.getByTestId('export-dashboard-format').locator('input:checked').getAttribute('value')).toBe('xlsx');
    expect(await page.getByTestId('export-filter-summary').getAttribute('data-count')).toBe('0');
    await page.waitForTimeout(300);
    await fitsScreen();
    expect(await noEnglish()).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'export-dashboard-zh.png') });
    await page.getByTestId('export-dashboard-cancel').click();
    await page.getByTestId('export-dashboard-ok').waitFor({ state: 'detached' });
  }, 60_000);

  it('Excel → OK downloads a workbook: cover, a sheet per widget, the KPI card’s number, the list’s rows', async () => {
    // One region from the filter bar: the export applies the filters in force, and says which.
    await page.getByTestId('filter-region').click();
    const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').first();
    const region = (await option.getAttribute('title')) ?? '';
    await option.click();
    await page.keyboard.press('Escape');
    const activeInRegion = session.db.prepare(`SELECT count(*) FROM customer_mart WHERE lifecycle = 'active' AND region = ?`).pluck().get(region) as number;
    await expect.poll(() => page.getByTestId('kpi-value-kpi_active').getAttribute('data-value'), { timeout: 30_000 }).toBe(String(activeInRegion));
    await settled(page);
    await openMenu();
    await page.getByTestId('dashboard-export-xlsx').click();
    await page.getByTestId('export-dashboard-ok').waitFor();
    expect(await page.getByTestId('export-filter-summary').getAttribute('data-count')).toBe('1');
    expect(await page.getByTestId('export-filter-summary').innerText()).toContain(region);
    // A cover logo: too big is refused, a PNG is previewed, removed, picked again and sent.
    const input = page.getByTestId('export-dashboard-logo-input');
    await input.setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: Buffer.alloc(EXPORT_LOGO_MAX_BYTES + 1) });
    expect(await page.getByTestId('export-dashboard-logo-refused').getAttribute('data-reason')).toBe('tooBig');
    await input.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: LOGO_PNG });
    await page.getByTestId('export-dashboard-logo-preview').waitFor();
    await page.getByTestId('export-dashboard-logo-remove').click();
    await page.getByTestId('export-dashboard-logo-preview').waitFor({ state: 'detached' });
    await input.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: LOGO_PNG });
    await page.getByTestId('export-dashboard-logo-preview').waitFor();
    const sent = page.waitForRequest((r) => new URL(r.url()).pathname === '/api/dashboard.export');
    const held = await holdAnswer(page, 'dashboard.export');
    const download = downloadOrError(page, () => page.getByTestId('export-dashboard-ok').click());
    const body = JSON.parse((await sent).postData() ?? '{}') as { logo?: { mime: string; base64: string }; spec?: unknown; filters?: { global: unknown[] } };
    expect(body.logo).toEqual({ mime: 'image/png', base64: LOGO_PNG.toString('base64') });
    expect(body.spec).toBeTruthy();
    expect(JSON.stringify(body.filters?.global)).toContain(region);
    const progress = page.getByTestId('export-dashboard-progress');
    await progress.waitFor();
    // A phase from the job's own progress, in Chinese, before the photograph.
    await expect.poll(() => progress.getAttribute('data-phase'), { timeout: 60_000 }).toMatch(EXPORT_PHASE);
    // The bar animates from its indeterminate width: let it settle before the photograph.
    await page.waitForTimeout(800);
    await page.screenshot({ path: join(SHOTS, 'export-progress-zh.png') });
    held.release();
    const file = join(session.dir, 'cockpit.xlsx');
    const name = await keep(await download, file);
    expect(name).toMatch(/\.xlsx$/);
    await page.getByTestId('export-dashboard-done').waitFor();
    const sheets = await reportedSheets(page, 'export-dashboard-done');

    const workbook = await readWorkbook(file);
    const names = workbook.worksheets.map((w) => w.name);
    expect(names).toEqual(sheets.map((s) => s.name));
    expect(sheets[0]?.kind).toBe('cover');
    // Every widget on the page has its sheet, but KPI cards (on the cover) and texts (no data).
    const widgetIds = await page.locator('[data-testid^="frame-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')?.slice('frame-'.length) ?? ''));
    const kpiIds = await page.locator('[data-testid^="kpi-value-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')?.slice('kpi-value-'.length) ?? ''));
    const textIds = await page.locator('[data-testid^="text-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')?.slice('text-'.length) ?? ''));
    const withSheets = widgetIds.filter((id) => !kpiIds.includes(id) && !textIds.includes(id));
    expect(withSheets.length).toBeGreaterThan(0);
    for (const id of withSheets)
      expect(
        sheets.some((s) => s.widgetId === id),
        id,
      ).toBe(true);

    // The KPI card's shown number is on the cover, at the card's precision.
    const shown = await page.getByTestId('kpi-value-kpi_active').innerText();
    const cover = workbook.getWorksheet(sheets[0]?.name ?? '');
    expect(cover).toBeDefined();
    const numbers = cellValues(cover!).filter((v): v is number => typeof v === 'number');
    const digits = shownDecimals(shown);
    expect(numbers.map((n) => Number(n.toFixed(digits)))).toContain(parseShownNumber(shown));
    expect(parseShownNumber(shown)).toBe(activeInRegion);

    // The high-risk list: as many rows as the page lists, its first customer among them.
    const listed = JSON.parse((await page.getByTestId('frame-table_high_risk').getAttribute('data-rows')) ?? '[]') as (string | number | null)[][];
    const listSheet = sheets.find((s) => s.widgetId === 'table_high_risk' && (s.kind === 'list' || s.kind === 'widget'));
    expect(listSheet?.rows).toBe(listed.length);
    const listValues = cellValues(workbook.getWorksheet(listSheet?.name ?? '')!);
    expect(listValues).toContain(listed[0]?.[1]);
    await page.screenshot({ path: join(SHOTS, 'export-done-zh.png') });
    await page.getByTestId('export-dashboard-close').click();
  }, 240_000);

  it('PDF → a download starting %PDF whose text holds the title', async () => {
    await openMenu();
    await page.getByTestId('dashboard-export-pdf').click();
    await page.getByTestId('export-dashboard-ok').waitFor();
    expect(await page.getByTestId('export-dashboard-format').locator('input:checked').getAttribute('value')).toBe('pdf');
    await page.getByTestId('export-dashboard-page-size').getByText('A3').click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, 'export-dashboard-pdf-zh.png') });
    const download = downloadOrError(page, () => page.getByTestId('export-dashboard-ok').click());
    const file = join(session.dir, 'cockpit.pdf');
    expect(await keep(await download, file)).toMatch(/\.pdf$/);
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(file);
    if (text === null && process.env.CI) throw new Error('pdftotext (poppler-utils) is missing on CI');
    if (text !== null) expect(text.replace(/\s+/g, '')).toContain('流失预警驾驶舱');
    pdfFirstPage(file, join(SHOTS, 'export-pdf-page1.png'));
    await page.getByTestId('export-dashboard-done').waitFor();
    expect(Number(await page.getByTestId('export-dashboard-done').getAttribute('data-pages'))).toBeGreaterThanOrEqual(1);
    await page.getByTestId('export-dashboard-close').click();
  }, 240_000);

  it('月度报告 → a picked month → the report’s workbook downloads', async () => {
    const asOf = (await page.getByTestId('dashboard-as-of').getAttribute('data-value')) ?? '';
    await page.getByTestId('dashboard-monthly-report').click();
    await page.getByTestId('monthly-report-ok').waitFor();
    const defaultMonth = (await page.getByTestId('monthly-report-month').getAttribute('data-value')) ?? '';
    expect(defaultMonth < asOf.slice(0, 7) || asOf.slice(8, 10) >= '28').toBe(true);
    await page.waitForTimeout(300);
    await fitsScreen();
    expect(await noEnglish()).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'export-report-zh.png') });

    // Pick the month before the default in the picker's own panel; the month of the data date is disabled.
    await page.getByTestId('monthly-report-month').click();
    const [y, m] = defaultMonth.split('-').map(Number) as [number, number];
    const previous = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
    if (m === 1) await page.locator('.ant-picker-header-prev-btn').first().click();
    await page.locator(`.ant-picker-cell[title="${previous}"]`).click();
    await expect.poll(() => page.getByTestId('monthly-report-month').getAttribute('data-value')).toBe(previous);

    const download = downloadOrError(page, () => page.getByTestId('monthly-report-ok').click());
    const file = join(session.dir, 'report.xlsx');
    expect(await keep(await download, file)).toMatch(/\.xlsx$/);
    await page.getByTestId('monthly-report-done').waitFor();
    const sheets = await reportedSheets(page, 'monthly-report-done');
    const workbook = await readWorkbook(file);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(sheets.map((s) => s.name));
    // Cover, summary, trend, by segment / region / owner, reasons, health, high-risk, campaigns.
    expect(sheets.length).toBeGreaterThanOrEqual(9);
    expect(cellValues(workbook.worksheets[0]!).join(' ')).toContain(previous);
    // The report's own parts: the 12-month trend (the picked month's churned count among its cells),
    // reasons, the health score and the whole high-risk list.
    for (const id of ['report_trend', 'report_reasons', 'report_health', 'report_high_risk'])
      expect(
        sheets.some((s) => s.widgetId === id),
        id,
      ).toBe(true);
    const trend = sheets.find((s) => s.widgetId === 'report_trend');
    expect(trend?.rows).toBe(12);
    const churned = session.db.prepare(`SELECT sum(churned) FROM churn_facts_monthly WHERE month = ?`).pluck().get(previous) as number;
    expect(cellValues(workbook.getWorksheet(trend?.name ?? '')!)).toContain(churned);
    const atRisk = session.db.prepare(`SELECT count(*) FROM customer_mart WHERE tier = 'atRisk'`).pluck().get() as number;
    expect(sheets.filter((s) => s.widgetId === 'report_high_risk').reduce((n, s) => n + s.rows, 0)).toBe(atRisk);
    await page.getByTestId('monthly-report-close').click();
  }, 240_000);

  it('Cancel during a running export leaves no download', async () => {
    let downloads = 0;
    const count = () => void (downloads += 1);
    page.on('download', count);
    // A PDF: its charts take seconds to draw, time enough for the cancel to arrive.
    await openMenu();
    await page.getByTestId('dashboard-export-pdf').click();
    await page.getByTestId('export-dashboard-ok').waitFor();
    await page.getByTestId('export-dashboard-ok').click();
    const progress = page.getByTestId('export-dashboard-progress');
    // Cancel once the job reports (it exists on the host then, so the cancel reaches it).
    await expect.poll(() => progress.getAttribute('data-phase'), { timeout: 60_000 }).not.toBe('');
    await page.getByTestId('export-dashboard-progress-cancel').click();
    await progress.waitFor({ state: 'hidden', timeout: 60_000 });
    await page.waitForTimeout(3000);
    expect(downloads).toBe(0);
    expect(await page.getByTestId('export-dashboard-done').count()).toBe(0);
    // Cancelled, not failed: no error either, and the dialog offers the export again.
    expect(await page.locator(`${MODAL} [data-testid="error-alert"]`).count()).toBe(0);
    expect(await page.getByTestId('export-dashboard-ok').isEnabled()).toBe(true);
    page.off('download', count);
    await page.getByTestId('export-dashboard-cancel').click();
  }, 120_000);

  it('reads in English: the menu, both dialogs and the progress state at 1366×768', async () => {
    await page.getByTestId('language-switch').getByText('English').click();
    await settled(page);
    await openMenu();
    expect(await page.getByTestId('dashboard-export-xlsx').innerText()).toContain('Excel workbook');
    await page.screenshot({ path: join(SHOTS, 'export-menu-en.png') });
    await page.getByTestId('dashboard-export-xlsx').click();
    await page.getByTestId('export-dashboard-ok').waitFor();
    await page.waitForTimeout(300);
    await fitsScreen();
    await page.screenshot({ path: join(SHOTS, 'export-dashboard-en.png') });
    await page.getByTestId('export-dashboard-cancel').click();

    await page.getByTestId('dashboard-monthly-report').click();
    await page.getByTestId('monthly-report-ok').waitFor();
    await page.waitForTimeout(300);
    await fitsScreen();
    await page.screenshot({ path: join(SHOTS, 'export-report-en.png') });
    // The report as a PDF this time (the workbook is read in zh-CN above).
    await page.getByTestId('monthly-report-format-pdf').click();
    await page.getByTestId('monthly-report-page-size').waitFor();
    const held = await holdAnswer(page, 'report.monthly');
    const download = downloadOrError(page, () => page.getByTestId('monthly-report-ok').click());
    const progress = page.getByTestId('monthly-report-progress');
    await expect.poll(() => progress.getAttribute('data-phase'), { timeout: 60_000 }).toMatch(EXPORT_PHASE);
    // The bar animates from its indeterminate width: let it settle before the photograph.
    await page.waitForTimeout(800);
    await page.screenshot({ path: join(SHOTS, 'export-progress-en.png') });
    held.release();
    const file = join(session.dir, 'report-en.pdf');
    expect(await keep(await download, file)).toMatch(/\.pdf$/);
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.getByTestId('monthly-report-done').waitFor();
    pdfFirstPage(file, join(SHOTS, 'export-report-pdf-page1.png'));
    await page.screenshot({ path: join(SHOTS, 'export-report-done-en.png') });
    await page.getByTestId('monthly-report-close').click();
  }, 240_000);
});
