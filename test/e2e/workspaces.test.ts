// Workspaces from the UI in the browser host (issue 10 §7): the header's switcher creates a
// workspace by name from a dropped file (uploaded, then built by the import job), the app
// switches to it, back to the demo through Recent, and to it again through Open…, all inside
// the folder given to `serve --workspaces`. A name that is a path is refused with its reason in
// the UI language. Screenshots at 1366×768 in both languages go to test-output/screenshots/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { REPO_ROOT, runCli } from '../support/cli';
import { tempDir } from '../support/temp';
import { findChrome, launchChrome } from './browser';
import { serve, type Served } from './serve';

const chrome = findChrome();
const DIR = join(REPO_ROOT, 'test-output', 'screenshots');

const languages = [
  { tag: 'zh', locale: 'zh-CN', name: '华东 2024', badName: '../外部', refusal: '工作区名称不能包含 / 或 \\', emptyTitle: '新建工作区' },
  { tag: 'en', locale: 'en-US', name: 'East region 2024', badName: '../outside', refusal: 'A workspace name cannot contain / or \\', emptyTitle: 'New workspace' },
] as const;

describe.skipIf(!chrome)('workspaces from the UI (browser host)', () => {
  const t = tempDir('churn-e2e-workspaces-');
  const folder = join(t.dir, 'workspaces');
  let served: Served;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(DIR, { recursive: true });
    mkdirSync(folder);
    const demo = runCli(['demo', join(folder, 'demo.churn'), '--customers', '400']);
    if (demo.code !== 0) throw new Error(`demo failed: ${demo.stderr}`);
    writeFileSync(
      join(t.dir, 'orders.csv'),
      ['order_id,customer_id,order_date,amount', 'O1,C1,2024-03-05,10.50', 'O2,C2,2024-03-06,7', 'O3,C1,2024-04-01,1.25', 'O4,C3,2024-04-02,30'].join('\n') + '\n',
    );
    served = await serve(join(folder, 'demo.churn'), {}, ['--workspaces', folder]);
    browser = await launchChrome(chrome ?? '');
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await served?.stop();
    t.cleanup();
  });

  const headerName = (page: Page) => page.getByTestId('workspace-name');

  for (const lang of languages) {
    it(`creates a workspace from a dropped file, switches to it and back, in ${lang.tag}`, async () => {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: lang.locale });
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error('page error:', e.message));
      try {
        await page.goto(`${served.url}#/dashboard`);
        await expect.poll(() => headerName(page).textContent(), { timeout: 30_000 }).toBe('demo');

        await page.getByTestId('workspace-switcher').click();
        await page.getByTestId('workspace-menu-new').waitFor();
        await page.waitForTimeout(300);
        await page.screenshot({ path: join(DIR, `workspaces-menu-${lang.tag}.png`) });
        await page.getByTestId('workspace-menu-new').click();

        // A path for a name: refused in the form, with the reason in the UI language.
        const name = page.getByTestId('new-workspace-name');
        await name.fill(lang.badName);
        await page.getByTestId('new-workspace-create').click();
        await expect.poll(() => page.locator('.ant-form-item-explain-error').textContent()).toContain(lang.refusal);
        await page.waitForTimeout(500); // the modal's and the message's motion
        await page.screenshot({ path: join(DIR, `workspaces-new-refused-${lang.tag}.png`) });

        await name.fill(lang.name);
        await page.getByTestId('new-workspace-file-input').setInputFiles(join(t.dir, 'orders.csv'));
        await page.getByTestId('new-workspace-files').getByText('orders.csv').waitFor();
        await page.waitForTimeout(300);
        await page.screenshot({ path: join(DIR, `workspaces-new-${lang.tag}.png`) });
        await page.getByTestId('new-workspace-create').click();

        // The page starts again on the new workspace.
        await expect.poll(() => headerName(page).textContent(), { timeout: 60_000 }).toBe(lang.name);
        expect(existsSync(join(folder, `${lang.name}.churn`))).toBe(true);
        await page.getByTestId('data-date').waitFor();
        expect(await page.getByTestId('data-date').getAttribute('data-value')).toBe('2024-04-02');
        await page.screenshot({ path: join(DIR, `workspaces-created-${lang.tag}.png`) });

        // Back to the demo through Recent.
        await page.getByTestId('workspace-switcher').click();
        const recentDemo = page.locator('[data-testid="workspace-menu-recent"][data-name="demo"]');
        await recentDemo.waitFor();
        await page.waitForTimeout(300);
        await page.screenshot({ path: join(DIR, `workspaces-recent-${lang.tag}.png`) });
        await recentDemo.click();
        await expect.poll(() => headerName(page).textContent(), { timeout: 30_000 }).toBe('demo');

        // And to the new one through Open…, which lists the folder.
        await page.getByTestId('workspace-switcher').click();
        await page.getByTestId('workspace-menu-open').click();
        const row = page.locator(`[data-testid="workspace-table"] tr[data-name="${lang.name}"]`);
        await row.waitFor();
        await expect.poll(() => row.textContent()).toContain('3'); // three customers
        await page.waitForTimeout(300);
        await page.screenshot({ path: join(DIR, `workspaces-open-${lang.tag}.png`) });
        await page.getByTestId(`open-workspace-${lang.name}`).click();
        await expect.poll(() => headerName(page).textContent(), { timeout: 30_000 }).toBe(lang.name);

        await page.getByTestId('workspace-switcher').click();
        await page.getByTestId('workspace-menu-open').click();
        await page.locator('[data-testid="workspace-table"] tr[data-name="demo"]').waitFor();
        await page.getByTestId('open-workspace-demo').click();
        await expect.poll(() => headerName(page).textContent(), { timeout: 30_000 }).toBe('demo');
      } finally {
        await context.close();
      }
      // Nothing was made outside the folder, and nothing half-built was left in it.
      expect(readdirSync(t.dir).sort()).toEqual(['orders.csv', 'workspaces']);
      expect(readdirSync(folder).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    }, 180_000);
  }
});
