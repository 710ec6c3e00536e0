// Segments end to end in Chromium (issue 11 "Tests"): on the refreshed demo workspace, open
// Segments, start a new segment, DRAG a field from the palette onto the canvas, choose a value and
// watch the live count change, add an OR group with a condition, save it under a name; filter the
// Customers grid by it and find the builder's count as the grid's total; export its call list as
// xlsx through the browser download and read it back with a second reader (SheetJS); then the
// zh-CN pages show no untranslated English. Screenshots at 1366×768 in both languages go to
// test-output/screenshots/segments-*.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import type { Locator, Page } from 'playwright-core';
import { REPO_ROOT } from '../support/cli';
import { findChrome } from './browser';
import { refreshWorkspace, startAppSession, type AppSession } from './app-session';
import { callListEn } from '../../shared/i18n/messages/call-list.en';
import { ALLOWED_TERMS, LIBRARY_LABELS, dataValues, offence } from './untranslated-rules';
import { collectTexts } from './page-texts';

const chrome = findChrome();
const SHOTS = join(REPO_ROOT, 'test-output', 'screenshots');
const SEGMENT_NAME = 'Spring call campaign';

/** dnd-kit listens to pointer events and starts a drag only after the pointer has moved: press, move in steps, release. */
async function drag(page: Page, from: Locator, to: Locator): Promise<void> {
  await from.scrollIntoViewIfNeeded();
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (!a || !b) throw new Error('drag: source or target not visible');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 12, a.y + a.height / 2 + 4, { steps: 4 });
  // Low in the target: a group's header row (AND / OR, NOT) is not its drop zone.
  await page.mouse.move(b.x + b.width / 2, b.y + b.height * 0.7, { steps: 20 });
  await page.waitForTimeout(100);
  await page.mouse.up();
}

/** The live count the builder shows, once it has settled on a number. */
async function builderCount(page: Page): Promise<number> {
  const count = page.getByTestId('segment-count');
  const value = await count.getAttribute('data-count');
  return value === null || value === '' ? Number.NaN : Number(value);
}

async function settledCount(page: Page, not?: number): Promise<number> {
  let last = Number.NaN;
  await expect
    .poll(
      async () => {
        last = await builderCount(page);
        if (!Number.isFinite(last) || last === not) return false;
        // A stale answer is replaced within the debounce: the same number twice, half a second apart.
        await page.waitForTimeout(500);
        return (await builderCount(page)) === last;
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  return last;
}

/** A field of the palette, found through its search (its catalog group may be collapsed). */
async function paletteField(page: Page, id: string, label: string): Promise<Locator> {
  await page.getByTestId('palette-search').locator('input').or(page.locator('input[data-testid="palette-search"]')).first().fill(label);
  const field = page.getByTestId(`palette-field-${id}`);
  await field.waitFor({ timeout: 10_000 });
  return field;
}

/** Opens a condition's value picker and takes its first category (the most frequent). */
async function pickFirstValue(page: Page, condition: Locator): Promise<void> {
  await condition.locator('[data-testid^="value-picker-"], [data-testid^="condition-values-"]').first().click();
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').first();
  await option.waitFor({ timeout: 10_000 });
  await option.click();
  await page.keyboard.press('Escape');
}

describe.skipIf(!chrome)('segments: build, save, filter the grid, export the call list', () => {
  let session: AppSession;
  let page: Page;
  let segmentId = 0;
  let count = 0;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await startAppSession({ chrome: chrome ?? '', prefix: 'churn-e2e-segments-', locale: 'en-US', prepare: refreshWorkspace });
    page = session.page;
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  const goto = (hash: string) => page.goto(`${session.served.url}${hash}`);
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `segments-${name}.png`) });

  it('builds a segment by dragging fields, watching the count, and saves it', async () => {
    await goto('#/segments');
    await page.getByTestId('segment-list-empty').waitFor({ timeout: 30_000 });
    await shot('list-empty-en');

    await page.getByTestId('segment-new').click();
    const canvas = page.getByTestId('segment-canvas');
    await canvas.waitFor({ timeout: 20_000 });

    // A field dragged from the palette onto the canvas becomes a condition.
    await drag(page, await paletteField(page, 'region', 'Region'), canvas);
    const condition = canvas.locator('[data-testid^="segment-condition-"]').first();
    await condition.waitFor({ timeout: 10_000 });

    // Choose a value (the most frequent region): the count appears, below the whole base.
    // Until a value is chosen the condition is unfinished and the panel still shows every customer.
    const customers = session.db.prepare('SELECT COUNT(*) FROM customer_mart').pluck().get() as number;
    await pickFirstValue(page, condition);
    const oneRegion = await settledCount(page, customers);
    expect(oneRegion).toBeGreaterThan(0);
    expect(oneRegion).toBeLessThan(customers);

    // An OR group with a condition of its own: region AND (tier is …); the count changes.
    await canvas.locator('[data-testid="segment-add-group"], [data-testid="group-add-root"]').first().click();
    const group = canvas.locator('[data-testid^="segment-group-"]:not([data-testid="segment-group-root"])').first();
    await group.waitFor();
    await group.locator('[data-testid^="group-op-"] .ant-radio-button-wrapper').nth(1).click();
    await expect.poll(() => group.getAttribute('data-op')).toBe('or');
    await drag(page, await paletteField(page, 'tier', 'Health tier'), group);
    const inner = group.locator('[data-testid^="segment-condition-"]').first();
    await inner.waitFor({ timeout: 10_000 });
    await pickFirstValue(page, inner);
    count = await settledCount(page, oneRegion);
    expect(count).toBeLessThan(oneRegion);
    expect(count).toBeGreaterThan(0);
    await page.mouse.move(0, 0);
    await shot('editor-en');

    await page.getByTestId('segment-save').click();
    await page.getByTestId('segment-save-modal-name').fill(SEGMENT_NAME);
    await page.waitForTimeout(500); // the modal's opening motion
    await shot('save-en');
    await page.getByTestId('segment-save-modal-ok').click();
    await expect.poll(() => page.evaluate(() => window.location.hash), { timeout: 15_000 }).toMatch(/segment=\d+/);
    segmentId = Number(/segment=(\d+)/.exec(await page.evaluate(() => window.location.hash))?.[1]);
    await expect.poll(() => page.getByTestId('segment-editor').getAttribute('data-dirty')).toBe('false');
    count = await settledCount(page);

    // The list shows it with its size now.
    await page.getByTestId('segment-back').click();
    await page.getByTestId(`segment-row-${segmentId}`).waitFor({ timeout: 15_000 });
    expect(Number(await page.getByTestId(`segment-size-${segmentId}`).getAttribute('data-value'))).toBe(count);
    await shot('list-en');
  }, 180_000);

  it('filters the Customers grid by the segment: the total is the builder’s count', async () => {
    await goto('#/customers');
    await page.getByTestId('customers-total').waitFor({ timeout: 30_000 });
    await page.getByTestId('customers-segment-filter').click();
    await page.getByTestId(`customers-segment-option-${segmentId}`).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('customers-total').getAttribute('data-value'), { timeout: 20_000 }).toBe(String(count));
    expect(await page.evaluate(() => window.location.hash)).toBe(`#/customers?segments=${segmentId}`);
    // Every row shown carries the segment's tag.
    const tags = page.getByTestId('customers-grid').locator('[data-testid="customer-segments"]');
    await tags.first().waitFor({ timeout: 15_000 });
    expect(await tags.first().getAttribute('data-ids')).toContain(String(segmentId));
    await shot('customers-en');

    // The Segments list's "filter customers" is the same deep link.
    await goto('#/segments');
    await page.getByTestId(`segment-filter-${segmentId}`).click();
    await expect.poll(() => page.getByTestId('customers-total').getAttribute('data-value'), { timeout: 20_000 }).toBe(String(count));

    // Customer 360 of a member lists the segment.
    const first = page.getByTestId('customers-grid').locator('.ag-row[row-index="0"] [col-id="customer_id"] a');
    await first.click();
    await page.getByTestId(`c360-segment-${segmentId}`).waitFor({ timeout: 20_000 });
  }, 120_000);

  it('exports the call list as xlsx through the browser download and reads it back with SheetJS', async () => {
    await goto('#/segments');
    await page.getByTestId(`segment-export-${segmentId}`).click();
    await page.getByTestId('segment-export-start').waitFor();
    await page.waitForTimeout(500);
    await shot('export-en');
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByTestId('segment-export-start').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    const path = join(session.dir, 'call-list.xlsx');
    await file.saveAs(path);
    await expect.poll(() => page.getByTestId('segment-export-done').getAttribute('data-rows'), { timeout: 30_000 }).toBe(String(count));

    const book = XLSX.read(readFileSync(path));
    const sheet = book.Sheets[book.SheetNames[0] ?? ''];
    if (!sheet) throw new Error('the call list has no sheet');
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, blankrows: false });
    const header = (rows[0] ?? []).map(String);
    expect(rows.length - 1).toBe(count);
    // The header in the page's language (en here), customer id first, the suggested action present.
    expect(header[0]).toBe(callListEn.columns.customerId);
    expect(header).toContain(callListEn.columns.owner);
    expect(header).toContain(callListEn.columns.churnProbability);
    expect(header).toContain(callListEn.columns.suggestedAction);
    // Numbers stay numbers: the churn probability column holds numbers, not text.
    const probability = header.indexOf(callListEn.columns.churnProbability);
    expect(rows.slice(1).some((row) => typeof row[probability] === 'number')).toBe(true);
    // The first column holds the segment's members: customers of the workspace.
    const ids = new Set(session.db.prepare('SELECT customer_id FROM customers').pluck().all() as string[]);
    for (const row of rows.slice(1, 50)) expect(ids.has(String(row[0]))).toBe(true);
  }, 120_000);

  it('shows the Segments pages in Chinese without untranslated English', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    const zh = await context.newPage();
    zh.on('pageerror', (e) => console.error('page error:', e.message));
    const allowed = [...dataValues(session.db), ...ALLOWED_TERMS, SEGMENT_NAME].sort((a, b) => b.length - a.length);
    const offenders: string[] = [];
    const check = async (where: string) => {
      for (const text of await collectTexts(zh)) {
        const why = offence(text, allowed);
        if (why && !LIBRARY_LABELS.has(text)) offenders.push(`${where}: ${text} (${why})`);
      }
    };
    try {
      await zh.goto(`${session.served.url}#/segments`);
      await zh.getByTestId(`segment-row-${segmentId}`).waitFor({ timeout: 30_000 });
      await zh.waitForTimeout(300);
      await check('list');
      await zh.screenshot({ path: join(SHOTS, 'segments-list-zh.png') });

      await zh.getByTestId('segment-new-template').click();
      await zh.locator('[data-testid^="segments-template-card-"]').first().waitFor();
      await zh.waitForTimeout(400);
      await check('templates');
      await zh.screenshot({ path: join(SHOTS, 'segments-templates-zh.png') });
      await zh.keyboard.press('Escape');

      await zh.getByTestId(`segment-open-${segmentId}`).click();
      await zh.getByTestId('segment-canvas').waitFor({ timeout: 20_000 });
      await expect.poll(async () => Number.isFinite(await builderCount(zh)), { timeout: 20_000 }).toBe(true);
      await zh.waitForTimeout(300);
      await check('editor');
      await zh.screenshot({ path: join(SHOTS, 'segments-editor-zh.png') });

      await zh.getByTestId('segment-export').click();
      await zh.getByTestId('segment-export-start').waitFor();
      await zh.waitForTimeout(400);
      await check('export');
      await zh.screenshot({ path: join(SHOTS, 'segments-export-zh.png') });
      await zh.keyboard.press('Escape');

      await zh.goto(`${session.served.url}#/customers?segments=${segmentId}`);
      await expect.poll(() => zh.getByTestId('customers-total').getAttribute('data-value'), { timeout: 20_000 }).toBe(String(count));
      await zh.waitForTimeout(300);
      await check('customers');
      await zh.screenshot({ path: join(SHOTS, 'segments-customers-zh.png') });
    } finally {
      await context.close();
    }
    expect(offenders).toEqual([]);
  }, 120_000);
});
