// Actions end to end in Chromium (issue 14 "Tests"): on the refreshed demo workspace a warning is
// in the inbox; acknowledge it, start a campaign from the inbox, draw its groups, export the
// treatment call list, import an outcome file (实验组/对照组, 是/否) for the campaign's members,
// and read the effect and ROI — the numbers on screen are campaign.effect's. The demo's past
// care call-back shows a positive uplift. The PDCA page fits 1366×768 without a horizontal
// scroll; the pages in Chinese carry no untranslated English. Screenshots in both languages go
// to test-output/screenshots/actions-*.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import type { Page } from 'playwright-core';
import type { CampaignEffect } from '../../shared/contract/domains/campaigns';
import { REPO_ROOT } from '../support/cli';
import { findChrome } from './browser';
import { refreshWorkspace, startAppSession, type AppSession } from './app-session';
import { formatPointInterval, formatPValue, formatRoi, formatUplift } from '../../renderer/features/actions/effect-format';
import { ALLOWED_TERMS, LIBRARY_LABELS, dataValues, offence } from './untranslated-rules';
import { collectTexts } from './page-texts';

const chrome = findChrome();
const SHOTS = join(REPO_ROOT, 'test-output', 'screenshots');
const CAMPAIGN_NAME = 'Inbox care call';
const PLAYBOOK_NAME = 'Loyalty points';

interface MemberRow {
  customer_id: string;
  grp: string;
}

/** The page's own view of a host operation, through the same HTTP API and token. */
async function call<T>(session: AppSession, name: string, input: unknown): Promise<T> {
  const url = new URL(session.served.url);
  const token = url.searchParams.get('token') ?? '';
  const response = await fetch(`${url.origin}/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { ok: boolean; result?: T; error?: unknown };
  if (!body.ok || body.result === undefined) throw new Error(`${name}: ${JSON.stringify(body.error)}`);
  return body.result;
}

/** Picks the n-th option of an antd Select and waits for its dropdown to be gone (a closing one still matches :visible). */
async function pickOption(page: Page, testId: string, n: number): Promise<void> {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').nth(n).click();
  await expect.poll(() => page.locator('.ant-select-dropdown:visible').count(), { timeout: 5_000 }).toBe(0);
}

/** antd's InputNumber puts a test id on its input or on its wrapper, by version: either way, the input. */
function numberInput(page: Page, testId: string) {
  return page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();
}

/** No horizontal scroll at the session's width: the page fits. */
function overflowsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
}

/** A known success pattern per group (6 in 10 treated, 4 in 10 controls succeed), so the rates on screen are checkable. */
function outcomeCsv(members: readonly MemberRow[]): { csv: string; treated: { n: number; s: number }; control: { n: number; s: number } } {
  const lines = ['客户编号,触达日期,动作类型,结果,成本,分组'];
  const treated = { n: 0, s: 0 };
  const control = { n: 0, s: 0 };
  members.forEach((m, i) => {
    const isTreated = m.grp === 'treatment';
    const g = isTreated ? treated : control;
    const success = i % 10 < (isTreated ? 6 : 4);
    g.n += 1;
    if (success) g.s += 1;
    lines.push([m.customer_id, '2026-01-15', isTreated ? '关怀回访' : '', success ? '是' : '否', isTreated ? '30' : '0', isTreated ? '实验组' : '对照组'].join(','));
  });
  // One row for nobody in the campaign: the import rejects it and says so.
  lines.push(['NOT-A-MEMBER-1', '2026-01-15', '关怀回访', '是', '30', '实验组'].join(','));
  return { csv: `${lines.join('\n')}\n`, treated, control };
}

describe.skipIf(!chrome)('actions: from a warning to a campaign’s measured effect', () => {
  let session: AppSession;
  let page: Page;
  let campaignId = '';
  let demoCampaignId = '';

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await startAppSession({ chrome: chrome ?? '', prefix: 'churn-e2e-actions-', locale: 'en-US', prepare: refreshWorkspace });
    page = session.page;
    demoCampaignId = session.db.prepare(`SELECT campaign_id FROM campaigns WHERE origin = 'data' ORDER BY campaign_id LIMIT 1`).pluck().get() as string;
  }, 300_000);

  afterAll(async () => {
    await session?.close();
  });

  const goto = (hash: string) => page.goto(`${session.served.url}${hash}`);
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `actions-${name}.png`) });
  const hash = () => page.evaluate(() => window.location.hash);

  it('acknowledges a warning of the refresh and starts a campaign from the inbox', async () => {
    await goto('#/warnings');
    const inbox = page.getByTestId('warnings-inbox');
    await expect.poll(async () => Number((await inbox.getAttribute('data-total')) ?? 0), { timeout: 30_000 }).toBeGreaterThan(0);
    const row = page.getByTestId('warning-table').locator('tr[data-warning-id]').first();
    const warningId = await row.getAttribute('data-warning-id');
    await row.locator('.ant-checkbox-input').check();
    await page.getByTestId('action-acknowledge').click();
    await expect.poll(() => page.locator(`tr[data-warning-id="${warningId}"]`).getAttribute('data-state'), { timeout: 15_000 }).toBe('acknowledged');
    await shot('inbox-en');

    await page.getByTestId('start-campaign').click();
    await expect.poll(hash, { timeout: 15_000 }).toMatch(/^#\/actions\?new=warnings&filter=/);
    // The dialog's root element has no box of its own: wait for its first field.
    await page.getByTestId('campaign-name').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('campaign-dialog').getByTestId('audience-summary').getAttribute('data-kind')).toBe('warnings');
    const plan = page.getByTestId('campaign-plan');
    await expect.poll(async () => Number((await plan.getAttribute('data-audience')) ?? 0), { timeout: 20_000 }).toBeGreaterThan(0);

    await page.getByTestId('campaign-name').fill(CAMPAIGN_NAME);
    await pickOption(page, 'campaign-playbook', 2);
    expect(Number(await numberInput(page, 'campaign-cost').inputValue())).toBeGreaterThan(0);
    await pickOption(page, 'campaign-metric', 2);
    // The plan follows the form after a debounce: read the number and its sentence together, once settled.
    const readPlan = () =>
      plan.evaluate((el) => ({
        loading: el.getAttribute('data-loading'),
        mde: Number(el.getAttribute('data-mde')),
        words: el.querySelector('[data-testid="plan-mde"]')?.textContent ?? '',
      }));
    let settled = await readPlan();
    await expect
      .poll(
        async () => {
          await page.waitForTimeout(500);
          const next = await readPlan();
          const same = next.loading === 'false' && next.mde === settled.mde;
          settled = next;
          return same;
        },
        { timeout: 20_000 },
      )
      .toBe(true);
    expect(settled.mde).toBeGreaterThan(0);
    // The MDE in words is the plan's number in points.
    expect(settled.words).toContain((Math.round(settled.mde * 1000) / 10).toFixed(1));
    const seed = Number(await numberInput(page, 'campaign-seed').inputValue());
    await page.waitForTimeout(400);
    await shot('new-campaign-en');

    await page.getByTestId('campaign-launch').click();
    await expect.poll(hash, { timeout: 60_000 }).toMatch(/^#\/actions\?campaign=/);
    campaignId = decodeURIComponent(/campaign=([^&]+)/.exec(await hash())?.[1] ?? '');
    const review = page.getByTestId('campaign-review');
    await expect.poll(() => review.getAttribute('data-status'), { timeout: 30_000 }).toBe('running');
    // The seed shown before launch is the one recorded, and the groups are the draw's.
    expect(Number(await page.getByTestId('plan-seed').textContent())).toBe(seed);
    const sizes = session.db.prepare(`SELECT grp, COUNT(*) AS n FROM campaign_members WHERE campaign_id = ? GROUP BY grp`).all(campaignId) as { grp: string; n: number }[];
    const treated = sizes.find((s) => s.grp === 'treatment')?.n ?? 0;
    expect(treated).toBeGreaterThan(0);
    expect(Number(await page.getByTestId('do-treatment').getAttribute('data-value'))).toBe(treated);
  }, 180_000);

  it('exports the treatment call list by owner through the browser download', async () => {
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByTestId('call-list-export').click();
    const file = await download;
    const path = join(session.dir, 'call-list.xlsx');
    await file.saveAs(path);
    const treated = session.db.prepare(`SELECT COUNT(*) FROM campaign_members WHERE campaign_id = ? AND grp = 'treatment'`).pluck().get(campaignId) as number;
    await expect.poll(() => page.getByTestId('call-list-done').getAttribute('data-rows'), { timeout: 30_000 }).toBe(String(treated));
    const book = XLSX.read(readFileSync(path));
    let rows = 0;
    for (const name of book.SheetNames) {
      const sheet = book.Sheets[name];
      if (sheet) rows += XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, blankrows: false }).length - 1;
    }
    // Every treated member is on one owner's sheet (each sheet has a header row).
    expect(rows).toBe(treated);
    expect(book.SheetNames.length).toBe(Number(await page.getByTestId('call-list-done').getAttribute('data-sheets')));
  }, 120_000);

  it('imports an outcome file and shows campaign.effect’s numbers, with the ROI', async () => {
    const members = session.db.prepare(`SELECT customer_id, grp FROM campaign_members WHERE campaign_id = ? ORDER BY customer_id`).all(campaignId) as MemberRow[];
    const { csv, treated, control } = outcomeCsv(members);
    const file = join(session.dir, 'outcomes.csv');
    writeFileSync(file, csv, 'utf8');

    await page.getByTestId('review-import-outcomes').click();
    await page.getByTestId('outcomes-import-pick').waitFor();
    await page.getByTestId('outcomes-import-input').setInputFiles(file);
    await page.getByTestId('outcomes-import-start').click();
    const done = page.getByTestId('outcomes-import-done');
    await done.waitFor({ timeout: 60_000 });
    expect(Number(await done.getAttribute('data-imported'))).toBe(members.length);
    expect(Number(await done.getAttribute('data-rejected'))).toBe(1);
    await page.getByTestId('outcomes-import-rejects').waitFor();
    await page.waitForTimeout(300);
    await shot('import-en');
    await page.keyboard.press('Escape');

    const effectBox = page.getByTestId('campaign-effect');
    await expect
      .poll(async () => (await page.getByTestId('effect-treatment').getAttribute('data-value')) !== '' && (await effectBox.getAttribute('data-loading')) === 'false', {
        timeout: 30_000,
      })
      .toBe(true);
    const effect = await call<CampaignEffect>(session, 'campaign.effect', { id: campaignId });
    expect(effect.treatment.n).toBe(treated.n);
    expect(effect.treatment.successes).toBe(treated.s);
    expect(effect.control.successes).toBe(control.s);
    const value = async (id: string) => Number(await page.getByTestId(id).getAttribute('data-value'));
    const text = async (id: string) => (await page.getByTestId(id).textContent())?.trim() ?? '';
    expect(await value('effect-treatment')).toBe(effect.treatment.rate);
    expect(await value('effect-control')).toBe(effect.control.rate);
    expect(await value('effect-uplift')).toBe(effect.uplift);
    expect(await text('effect-uplift-text')).toBe(formatUplift(effect.uplift, 'en'));
    expect(await text('effect-uplift-sub')).toBe(formatPointInterval(effect.newcombe));
    expect(await text('effect-wald-text')).toBe(formatPointInterval(effect.wald));
    expect(await text('effect-pvalue-text')).toBe(formatPValue(effect.pValue));
    expect(await value('effect-cost')).toBe(effect.cost);
    expect(effect.roi).not.toBeNull();
    expect(await value('effect-roi')).toBe(effect.roi?.estimate);
    expect(await text('effect-roi-text')).toBe(formatRoi(effect.roi?.estimate, 'en'));
    expect(await value('effect-saved-value')).toBe(effect.savedValue?.estimate);
    // 60 % vs 40 %: a clearly positive uplift.
    expect(effect.uplift ?? 0).toBeGreaterThan(0.1);

    await page.getByTestId('effect-chart').waitFor();
    await page.waitForTimeout(400);
    expect(await overflowsWidth(page)).toBe(false);
    await shot('review-en');

    // An outcome edited in the members grid moves the effect by one success; Undo puts it back.
    const successes = (e: CampaignEffect) => e.treatment.successes + e.control.successes;
    const select = page.locator('[data-testid^="member-outcome-"]').first();
    await select.scrollIntoViewIfNeeded();
    const customer = ((await select.getAttribute('data-testid')) ?? '').replace('member-outcome-', '');
    const before = session.db.prepare(`SELECT success FROM campaign_members WHERE campaign_id = ? AND customer_id = ?`).pluck().get(campaignId, customer) as number | null;
    await select.click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .nth(before === 1 ? 1 : 0)
      .click();
    const changed = successes(effect) + (before === 1 ? -1 : 1);
    await expect.poll(async () => successes(await call<CampaignEffect>(session, 'campaign.effect', { id: campaignId })), { timeout: 15_000 }).toBe(changed);
    await expect.poll(async () => Number(await page.getByTestId('effect-uplift').getAttribute('data-value')), { timeout: 15_000 }).not.toBe(effect.uplift);
    await page.getByTestId('members-undo').click();
    await expect.poll(async () => successes(await call<CampaignEffect>(session, 'campaign.effect', { id: campaignId })), { timeout: 15_000 }).toBe(successes(effect));
    await expect.poll(async () => Number(await page.getByTestId('effect-uplift').getAttribute('data-value')), { timeout: 15_000 }).toBe(effect.uplift);
    await page.getByTestId('pdca-do').scrollIntoViewIfNeeded();
    await shot('review-do-en');
    await page.getByTestId('pdca-act').scrollIntoViewIfNeeded();
    await shot('review-act-en');

    // Act: the notes are saved on the campaign; "repeat" opens the dialog on the inbox's open warnings with the plan kept.
    await page.getByTestId('act-notes').fill('Calls worked best for high-value customers');
    await page.getByTestId('act-save').click();
    await expect
      .poll(() => session.db.prepare(`SELECT notes FROM campaigns WHERE campaign_id = ?`).pluck().get(campaignId), { timeout: 10_000 })
      .toBe('Calls worked best for high-value customers');
    await page.getByTestId('act-repeat').click();
    await page.getByTestId('campaign-name').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('campaign-dialog').getByTestId('audience-summary').getAttribute('data-kind')).toBe('warnings');
    await expect.poll(async () => Number((await page.getByTestId('campaign-plan').getAttribute('data-audience')) ?? 0), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(400);
    await shot('repeat-en');
    await page.keyboard.press('Escape');
  }, 180_000);

  it('shows the demo’s past care call-back with a positive uplift', async () => {
    await goto(`#/actions?campaign=${encodeURIComponent(demoCampaignId)}`);
    const uplift = page.getByTestId('effect-uplift');
    await expect.poll(async () => (await uplift.getAttribute('data-value')) ?? '', { timeout: 30_000 }).not.toBe('');
    expect(Number(await uplift.getAttribute('data-value'))).toBeGreaterThan(0);
    await page.getByTestId('effect-chart').waitFor();
    await page.waitForTimeout(400);
    expect(await overflowsWidth(page)).toBe(false);
    await shot('demo-review-en');

    await goto('#/actions');
    await page.getByTestId('campaign-list').locator(`tr[data-campaign-id="${campaignId}"]`).waitFor({ timeout: 20_000 });
    await page.waitForTimeout(300);
    await shot('list-en');
    await page.getByRole('tab').nth(1).click();
    await page.getByTestId('playbook-table').locator('tbody tr.ant-table-row').first().waitFor();
    await shot('playbooks-en');

    // A playbook in use cannot be deleted, and says why; a new one can be added and deleted.
    const used = session.db.prepare(`SELECT playbook_id FROM campaigns WHERE playbook_id IS NOT NULL LIMIT 1`).pluck().get() as number;
    await page.getByTestId(`playbook-delete-${used}`).click();
    await page.locator('.ant-popover:visible .ant-btn-primary').click();
    await expect.poll(() => page.getByTestId('error-alert').first().getAttribute('data-code'), { timeout: 10_000 }).not.toBeNull();
    expect(await page.getByTestId('error-alert').first().textContent()).toContain(
      String(session.db.prepare(`SELECT COUNT(*) FROM campaigns WHERE playbook_id = ?`).pluck().get(used)),
    );
    await page.getByTestId('playbook-add').click();
    await page.getByTestId('playbook-name').fill(PLAYBOOK_NAME);
    await numberInput(page, 'playbook-cost').fill('12.5');
    await page.getByTestId('playbook-save').click();
    const added = page.getByTestId('playbook-table').locator('tr.ant-table-row', { hasText: PLAYBOOK_NAME });
    await added.waitFor({ timeout: 10_000 });
    expect(session.db.prepare(`SELECT cost_per_contact FROM playbooks WHERE name = ?`).pluck().get(PLAYBOOK_NAME)).toBe(12.5);

    // An outcome file with no campaign chosen makes a new campaign from its groups (an external experiment).
    await page.getByRole('tab').nth(0).click();
    await page.getByTestId('campaign-import').click();
    await page.getByTestId('outcomes-import-pick').waitFor();
    await page.getByTestId('outcomes-import-name').fill('External experiment');
    await page.getByTestId('outcomes-import-input').setInputFiles(join(session.dir, 'outcomes.csv'));
    await page.getByTestId('outcomes-import-start').click();
    const created = page.getByTestId('outcomes-import-done');
    await created.waitFor({ timeout: 60_000 });
    const newId = (await created.getAttribute('data-campaign-id')) ?? '';
    const row = session.db.prepare(`SELECT name, origin FROM campaigns WHERE campaign_id = ?`).get(newId) as { name: string; origin: string } | undefined;
    expect(row?.name).toBe('External experiment');
    expect(row?.origin).toBe('import');
    await page.getByTestId('outcomes-import-open').click();
    await expect.poll(async () => (await page.getByTestId('effect-uplift').getAttribute('data-value')) ?? '', { timeout: 30_000 }).not.toBe('');
  }, 120_000);

  it('suggests a playbook on Customer 360 that starts a campaign for the customer', async () => {
    const customer = session.db.prepare(`SELECT customer_id FROM campaign_members WHERE campaign_id = ? LIMIT 1`).pluck().get(campaignId) as string;
    await goto(`#/customer/${encodeURIComponent(customer)}`);
    const card = page.getByTestId('c360-playbook');
    await card.waitFor({ timeout: 30_000 });
    await card.scrollIntoViewIfNeeded();
    await shot('c360-en');
    await page.getByTestId('c360-start-campaign').click();
    await page.getByTestId('campaign-name').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('campaign-dialog').getByTestId('audience-summary').getAttribute('data-kind')).toBe('customers');
    await page.keyboard.press('Escape');
  }, 90_000);

  it('shows the Actions pages in Chinese without untranslated English', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    const zh = await context.newPage();
    zh.on('pageerror', (e) => console.error('page error:', e.message));
    const names = session.db.prepare('SELECT name FROM campaigns').pluck().all() as string[];
    const allowed = [
      ...dataValues(session.db),
      ...ALLOWED_TERMS,
      ...names,
      CAMPAIGN_NAME,
      PLAYBOOK_NAME,
      'Calls worked best for high-value customers',
      'ROI',
      'CLV',
      'Newcombe',
      'Wald',
      'pp',
      'App',
    ].sort((a, b) => b.length - a.length);
    const offenders: string[] = [];
    const check = async (where: string) => {
      for (const line of await collectTexts(zh)) {
        const why = offence(line, allowed);
        if (why && !LIBRARY_LABELS.has(line)) offenders.push(`${where}: ${line} (${why})`);
      }
    };
    const shotZh = (name: string) => zh.screenshot({ path: join(SHOTS, `actions-${name}-zh.png`) });
    try {
      await zh.goto(`${session.served.url}#/actions`);
      await zh.getByTestId('campaign-list').locator(`tr[data-campaign-id="${campaignId}"]`).waitFor({ timeout: 30_000 });
      await zh.waitForTimeout(300);
      await check('list');
      await shotZh('list');

      await zh.goto(`${session.served.url}#/actions?campaign=${encodeURIComponent(campaignId)}`);
      await expect.poll(async () => (await zh.getByTestId('effect-uplift').getAttribute('data-value')) ?? '', { timeout: 30_000 }).not.toBe('');
      await zh.getByTestId('effect-chart').waitFor();
      await zh.waitForTimeout(400);
      expect(await overflowsWidth(zh)).toBe(false);
      await check('review');
      await shotZh('review');
      await zh.getByTestId('pdca-do').scrollIntoViewIfNeeded();
      await check('review do');
      await shotZh('review-do');
      await zh.getByTestId('pdca-act').scrollIntoViewIfNeeded();
      await shotZh('review-act');

      await zh.goto(`${session.served.url}#/actions?campaign=${encodeURIComponent(demoCampaignId)}`);
      await expect.poll(async () => (await zh.getByTestId('effect-uplift').getAttribute('data-value')) ?? '', { timeout: 30_000 }).not.toBe('');
      await zh.waitForTimeout(400);
      await check('demo review');
      await shotZh('demo-review');

      await zh.goto(`${session.served.url}#/actions?new=warnings&filter=${encodeURIComponent(JSON.stringify({ states: ['open'] }))}`);
      await zh.getByTestId('campaign-name').waitFor({ timeout: 15_000 });
      await expect.poll(async () => Number((await zh.getByTestId('campaign-plan').getAttribute('data-audience')) ?? 0), { timeout: 20_000 }).toBeGreaterThan(0);
      await zh.waitForTimeout(400);
      await check('new campaign');
      await shotZh('new-campaign');
      await zh.keyboard.press('Escape');

      await zh.goto(`${session.served.url}#/actions`);
      await zh.getByRole('tab').nth(1).click();
      await zh.getByTestId('playbook-table').locator('tbody tr.ant-table-row').first().waitFor();
      await zh.waitForTimeout(300);
      await check('playbooks');
      await shotZh('playbooks');

      await zh.getByRole('tab').nth(0).click();
      await zh.getByTestId('campaign-import').click();
      await zh.getByTestId('outcomes-import-pick').waitFor();
      await zh.waitForTimeout(400);
      await check('import');
      await shotZh('import');
    } finally {
      await context.close();
    }
    expect(offenders).toEqual([]);
  }, 180_000);
});
