// End to end through the loopback HTTP host in headless Chromium: an analyst uploads a CSV with
// Chinese headers on the Data page, reads the detected encoding in the preview, accepts the
// suggested mapping, imports, and sees counts that equal SQL on the workspace; then finds the
// import in the history. Uses the real telecom churn export from ../shared/data when present,
// otherwise a generated CSV with Chinese headers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../support/cli';
import { findChrome } from './browser';
import { SCREENSHOT_DIR, startAppSession, type AppSession } from './app-session';
import type { Served } from './serve';

const chrome = findChrome();
const REAL_FILE = join(REPO_ROOT, '..', 'shared', 'data', 'cn-telecom-churn', '电信客户流失数据.csv');

function generatedCsv(dir: string): string {
  const path = join(dir, '客户名单.csv');
  const lines = ['客户编号,客户名称,地区,注册日期,是否流失'];
  for (let i = 1; i <= 120; i++)
    lines.push(`K${String(i).padStart(4, '0')},客户${i},${['华东', '华南', '华北'][i % 3]},2023-0${(i % 9) + 1}-1${i % 10},${i % 4 === 0 ? '是' : '否'}`);
  writeFileSync(path, `${lines.join('\n')}\n`, 'utf8');
  return path;
}

describe.skipIf(!chrome)('Data page: upload, preview, map, import in headless Chromium', () => {
  let session: AppSession;
  let source: string;
  let served: Served;
  let page: Page;
  let db: Database.Database;
  let dir: string;

  beforeAll(async () => {
    session = await startAppSession({ chrome: chrome ?? '', prefix: 'churn-e2e-data-', locale: 'zh-CN' });
    ({ page, db, served, dir } = session);
    if (existsSync(REAL_FILE)) {
      source = REAL_FILE;
    } else {
      console.warn(`note: ${REAL_FILE} is absent; importing a generated CSV with Chinese headers instead`);
      source = generatedCsv(dir);
    }
  });

  afterAll(async () => {
    await session?.close();
  });

  const count = (sql: string, ...params: unknown[]) =>
    db
      .prepare(sql)
      .pluck()
      .get(...params) as number;

  it('uploads the file and previews it with the detected encoding and a suggested mapping', async () => {
    await page.goto(`${served.url}#/data`);
    await page.getByTestId('data-page').waitFor({ timeout: 30_000 });
    await page.locator('[data-testid="file-picker"] input[type="file"]').setInputFiles(source);
    const panel = page.locator('[data-testid="preview-panel"][data-stage="ready"]');
    await panel.waitFor({ timeout: 60_000 });
    expect(await panel.getAttribute('data-encoding')).toBe('utf-8');
    expect(await page.getByTestId('preview-encoding').innerText()).toContain('UTF-8');
    expect(await panel.getAttribute('data-delimiter')).toBe(',');

    // The first header of the file is shown as a column of the sample.
    const header =
      readFileSync(source, 'utf8')
        .split(/\r?\n/, 1)[0]
        ?.replace(/^\uFEFF/, '')
        .split(',') ?? [];
    const previewText = await page.getByTestId('preview-table').innerText();
    for (const h of header) expect(previewText).toContain(h.trim());

    const editor = page.getByTestId('mapping-editor');
    await editor.waitFor();
    expect(await editor.getAttribute('data-origin')).toBe('suggested');
    expect(await editor.getAttribute('data-target')).toBe('customers');
    // The suggestion maps at least one field, with a shown confidence.
    const mapped = page.locator('[data-testid="field-slot"]:not([data-column=""])');
    expect(await mapped.count()).toBeGreaterThan(0);
    expect(await page.getByTestId('field-confidence').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'data-preview.png') });
  });

  it('imports with the suggested mapping and shows counts equal to SQL on the workspace', async () => {
    const customersBefore = count('SELECT count(*) FROM customers');
    const importsBefore = count('SELECT count(*) FROM imports');
    await page.getByTestId('import-start').click();
    const result = page.getByTestId('import-result');
    await result.waitFor({ timeout: 120_000 });

    const summary = page.getByTestId('result-summary');
    const shown = {
      read: Number(await summary.getAttribute('data-read')),
      imported: Number(await summary.getAttribute('data-imported')),
      rejected: Number(await summary.getAttribute('data-rejected')),
    };
    const importId = Number(await result.getAttribute('data-import-id'));
    expect(count('SELECT count(*) FROM imports')).toBe(importsBefore + 1);
    const stored = db.prepare('SELECT rows_read AS read, rows_imported AS imported, rows_rejected AS rejected FROM imports WHERE import_id = ?').get(importId);
    expect(shown).toEqual(stored);

    const dataLines =
      readFileSync(source, 'utf8')
        .split(/\r?\n/)
        .filter((l) => l.trim() !== '').length - 1;
    expect(shown.read).toBe(dataLines);
    expect(shown.imported + shown.rejected).toBe(shown.read);
    const rawTable = db.prepare('SELECT raw_table FROM import_tables WHERE import_id = ?').pluck().get(importId) as string;
    expect(count(`SELECT count(*) FROM "${rawTable.replace(/"/g, '""')}"`)).toBe(shown.read);
    // Customers without an id in the file get generated ones: every imported row is a new customer.
    expect(count('SELECT count(*) FROM customers') - customersBefore).toBe(shown.imported);
    expect(Number(await page.getByTestId('rejects-total').getAttribute('data-value'))).toBe(count('SELECT count(*) FROM import_rejects WHERE import_id = ?', importId));
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'data-result.png') });
  });

  it('lists the import in the history', async () => {
    await page.getByRole('tab', { name: '导入历史' }).click();
    const history = page.getByTestId('import-history');
    await history.locator('tr[data-import-id]').first().waitFor({ timeout: 20_000 });
    const ids = await history.locator('tr[data-import-id]').evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-import-id'))));
    expect(ids[0]).toBe(count('SELECT max(import_id) FROM imports'));
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'data-history.png') });
  });

  it('opens the picker with Ctrl+O from another page, reports rejected rows and exports them as neutralised CSV', async () => {
    await page.getByRole('tab', { name: '导入', exact: true }).click();
    await page.getByTestId('import-again').click();
    const orders = join(dir, '订单-含错误.csv');
    writeFileSync(
      orders,
      ['订单号,客户编号,下单时间,实付金额', 'E1,C-E1,2024-03-05,12.5', 'E2,C-E1,不是日期,8', 'E3,C-E2,2024-03-07,=1+1', 'E4,C-E2,2024/3/8,7'].join('\n') + '\n',
      'utf8',
    );
    await page.getByTestId('nav-customers').click();
    await page.getByTestId('customers-page').waitFor({ timeout: 30_000 });
    const chooser = page.waitForEvent('filechooser', { timeout: 20_000 });
    await page.keyboard.press('Control+O');
    await (await chooser).setFiles(orders);
    await page.locator('[data-testid="preview-panel"][data-stage="ready"]').waitFor({ timeout: 60_000 });
    expect(page.url()).toContain('#/data');
    expect(await page.getByTestId('mapping-editor').getAttribute('data-target')).toBe('orders');

    const ordersBefore = count('SELECT count(*) FROM orders');
    await page.getByTestId('import-start').click();
    await page.getByTestId('import-result').waitFor({ timeout: 60_000 });
    const importId = Number(await page.getByTestId('import-result').getAttribute('data-import-id'));
    const summary = page.getByTestId('result-summary');
    const rejected = Number(await summary.getAttribute('data-rejected'));
    const imported = Number(await summary.getAttribute('data-imported'));
    expect(rejected).toBe(2);
    expect(imported).toBe(2);
    expect(count('SELECT count(*) FROM orders') - ordersBefore).toBe(imported);
    const details = count('SELECT count(*) FROM import_rejects WHERE import_id = ?', importId);
    await expect.poll(async () => Number(await page.getByTestId('rejects-total').getAttribute('data-value')), { timeout: 10_000 }).toBe(details);
    const rejectsText = await page.getByTestId('rejects').innerText();
    expect(rejectsText).toContain('不是日期');
    expect(rejectsText).toContain('下单时间');
    // Grouped by reason, one group per refused field with its count; a group opens onto its rows.
    const groups = page.getByTestId('reject-groups').locator('[data-code]');
    expect(await groups.count()).toBe(2);
    expect(await groups.first().getAttribute('data-code')).toBe('invalidValue');
    expect(rejectsText).toContain('下单时间：不是有效的日期');
    await page.getByTestId('reject-groups').locator('.ant-collapse-header').first().click();
    const groupRows = page.getByTestId('reject-group-rows').first();
    await groupRows.locator('code', { hasText: '不是日期' }).waitFor({ timeout: 10_000 });

    const download = page.waitForEvent('download', { timeout: 20_000 });
    await page.getByTestId('rejects-export').click();
    const path = await (await download).path();
    const csv = readFileSync(path, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(details + 1);
    expect(lines[0]).toBe('文件,工作表,源表,行号,列,值,原因,原因代码');
    // The formula-looking rejected value is neutralised, never a live formula in Excel.
    expect(csv).toContain(",'=1+1,");
    expect(csv).not.toMatch(/,=1\+1,/);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'data-rejects.png') });
  });

  it('saves the mapping by name and applies it automatically to a file with the same headers', async () => {
    await page.getByTestId('import-again').click();
    const picker = page.locator('[data-testid="file-picker"] input[type="file"]');
    await picker.setInputFiles(source);
    await page.locator('[data-testid="preview-panel"][data-stage="ready"]').waitFor({ timeout: 60_000 });
    await page.getByTestId('mapping-save-as').click();
    const name = page.getByTestId('mapping-save-name');
    await name.fill('电信月度');
    await name.press('Enter');
    await expect.poll(() => count(`SELECT count(*) FROM mappings WHERE name = '电信月度'`), { timeout: 10_000 }).toBe(1);

    // Next month's file: same headers, so the saved mapping is picked up without asking.
    await page.locator('[data-testid="file-tabs"] .ant-tabs-tab-remove').first().click();
    await page.locator('[data-testid="file-picker"] input[type="file"]').setInputFiles(source);
    await page.locator('[data-testid="preview-panel"][data-stage="ready"]').waitFor({ timeout: 60_000 });
    const editor = page.getByTestId('mapping-editor');
    await expect.poll(() => editor.getAttribute('data-origin'), { timeout: 10_000 }).toBe('saved');
    expect(await page.getByTestId('mapping-origin').innerText()).toContain('电信月度');
  });
});
