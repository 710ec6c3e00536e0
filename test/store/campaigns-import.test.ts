// Outcome files (campaign.importOutcomes): a CSV with Chinese headers and words creating a
// campaign and its groups, an xlsx in English giving a drafted campaign its groups, outcomes
// into a drawn campaign (its members only, in their own group), the refusals, and a call list
// exported, filled in and imported back.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoWorkspace } from '../../electron/demo/generate';
import { importOutcomes } from '../../electron/service/campaigns/import-outcomes';
import { runCampaignAssign, runCampaignCallList } from '../../electron/service/campaigns/tasks';
import type { TaskContext } from '../../electron/service/jobs/tasks';
import { writeCampaign } from '../../electron/store/campaigns/campaign-writes';
import { readCampaign } from '../../electron/store/campaigns/campaign-rows';
import { computeCampaignEffect, measureCampaignOutcomes } from '../../electron/store/campaigns/effect';
import { openWorkspace, type Workspace } from '../../electron/store/workspace';
import { AppError } from '../../shared/contract/errors';
import { tempDir } from '../support/temp';

const quiet = () => undefined;
const job = { signal: new AbortController().signal, progress: quiet };

async function reason(run: () => Promise<unknown>): Promise<{ reason: string | undefined; params: unknown }> {
  try {
    await run();
  } catch (error) {
    if (error instanceof AppError) return { reason: error.reason, params: error.params };
    throw error;
  }
  return { reason: 'no error', params: null };
}

describe('outcome files', () => {
  const t = tempDir();
  let ws: Workspace;
  let customers: string[];

  beforeAll(async () => {
    const path = join(t.dir, 'demo.churn');
    await createDemoWorkspace(path, { customers: 300 });
    ws = await openWorkspace(path);
    customers = ws.db.prepare('SELECT customer_id FROM customers ORDER BY customer_id LIMIT 60').pluck().all() as string[];
  });
  afterAll(() => {
    ws.close();
    t.cleanup();
  });

  const draft = (name: string, ids: string[]) =>
    writeCampaign(ws.db, {
      name,
      playbookId: null,
      owner: null,
      startDate: '2025-01-01',
      endDate: '2025-02-01',
      followUpDays: 60,
      costPerContact: 10,
      controlShare: 0.5,
      stratify: 'none',
      seed: 3,
      outcomeMetric: 'recorded',
      audience: { kind: 'customers', customerIds: ids },
      hypothesis: '',
      notes: '',
      nextSteps: '',
    });

  it('creates a campaign and its groups from a CSV in Chinese, rejecting what it cannot read', async () => {
    const lines = ['客户ID,日期,动作类型,结果,成本,分组'];
    // 30 treated (20 retained), 20 controls (8 retained), written as a team would.
    customers.slice(0, 30).forEach((id, i) => lines.push(`${id},2025/03/${String((i % 28) + 1).padStart(2, '0')},电话回访,${i < 20 ? '是' : '否'},35,实验组`));
    customers.slice(30, 50).forEach((id, i) => lines.push(`${id},2025-03-01,,${i < 8 ? '成功' : '失败'},0,对照组`));
    lines.push(`${customers[50]},2025-03-01,,是,0,观察组`); // unknown group word
    lines.push(`${customers[51]},2025-13-45,,是,0,对照组`); // no such date
    lines.push(`,2025-03-01,,是,0,对照组`); // no customer
    lines.push(`${customers[0]},2025-03-02,,是,0,对照组`); // the same customer in the other group
    const file = join(t.dir, '回访结果.csv');
    writeFileSync(file, `\uFEFF${lines.join('\r\n')}\r\n`);
    const out = await importOutcomes(ws.db, { path: file }, job);
    expect(out).toMatchObject({ created: true, rows: 54, imported: 50, rejected: 4 });
    expect(out.rejects.map((r) => [r.row, r.column, r.code])).toEqual([
      [52, 'group', 'invalidGroup'],
      [53, 'date', 'invalidDate'],
      [54, 'customer', 'missingCustomer'],
      [55, 'group', 'groupConflict'],
    ]);
    expect(out.campaign).toMatchObject({
      name: '回访结果',
      origin: 'import',
      outcomeMetric: 'recorded',
      groups: { treatment: 30, control: 20 },
      startDate: '2025-03-01',
      endDate: '2025-03-28',
    });
    const effect = computeCampaignEffect(ws.db, out.campaign.id);
    expect(effect.treatment).toEqual({ n: 30, successes: 20, rate: 20 / 30 });
    expect(effect.control).toEqual({ n: 20, successes: 8, rate: 8 / 20 });
    expect(effect.cost).toBe(30 * 35);
    // The share of the experiment is unknown here: no sample-ratio check rather than a false one.
    expect(effect.srm).toBeNull();
    // Its PDCA texts still change, though it has no recorded share to keep.
    const c = out.campaign;
    writeCampaign(ws.db, {
      id: c.id,
      name: c.name,
      playbookId: null,
      owner: '王经理',
      startDate: c.startDate ?? '',
      endDate: c.endDate ?? '',
      followUpDays: c.followUpDays,
      costPerContact: 0,
      controlShare: 0.2,
      stratify: c.stratify,
      outcomeMetric: c.outcomeMetric,
      audience: { kind: 'customers', customerIds: ['x'] },
      hypothesis: '回访能挽回',
      notes: '',
      nextSteps: '扩大到华东',
    });
    expect(readCampaign(ws.db, c.id)).toMatchObject({ owner: '王经理', hypothesis: '回访能挽回', nextSteps: '扩大到华东', controlShare: null, audience: null });
  });

  it('gives a drafted campaign its groups from an xlsx in English, treated as a 1/0 column', async () => {
    const id = draft('Drafted', customers.slice(0, 10));
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Results');
    sheet.addRow(['Customer ID', 'Contact date', 'Outcome', 'treated']);
    customers.slice(0, 24).forEach((cid, i) => sheet.addRow([cid, new Date(Date.UTC(2025, 4, 1 + (i % 20))), i % 3 === 0 ? 'fail' : 'success', i < 16 ? 1 : 0]));
    const file = join(t.dir, 'results.xlsx');
    await book.xlsx.writeFile(file);
    const out = await importOutcomes(ws.db, { campaignId: id, path: file }, job);
    expect(out).toMatchObject({ created: false, rows: 24, imported: 24, rejected: 0 });
    expect(out.campaign).toMatchObject({ id, groups: { treatment: 16, control: 8 }, outcomeMetric: 'recorded', status: expect.stringMatching(/running|finished/) as string });
    const hand = (from: number, to: number) => customers.slice(from, to).filter((_, k) => (from + k) % 3 !== 0).length;
    expect(computeCampaignEffect(ws.db, id).treatment).toMatchObject({ n: 16, successes: hand(0, 16) });
    expect(computeCampaignEffect(ws.db, id).control).toMatchObject({ n: 8, successes: hand(16, 24) });
    const dates = ws.db.prepare('SELECT min(action_date), max(action_date) FROM actions WHERE campaign_id = ?').raw().get(id);
    expect(dates).toEqual(['2025-05-01', '2025-05-20']);
  });

  it('records outcomes into a drawn campaign for its members only, in their own group', async () => {
    const id = draft('Drawn', customers.slice(0, 20));
    const ctx: TaskContext = { path: '', signal: job.signal, progress: quiet, report: quiet, db: () => ws.db };
    runCampaignAssign(ctx, { id });
    const groups = new Map(ws.db.prepare('SELECT customer_id, grp FROM campaign_members WHERE campaign_id = ?').raw().all(id) as [string, string][]);
    const other = (g: string | undefined) => (g === 'treatment' ? 'control' : 'treatment');
    const lines = ['customer_id,outcome,group'];
    customers.slice(0, 19).forEach((cid) => lines.push(`${cid},yes,`));
    lines.push(`${customers[19]},yes,${other(groups.get(customers[19] ?? ''))}`);
    lines.push(`${customers[40]},no,`);
    const file = join(t.dir, 'drawn.csv');
    writeFileSync(file, lines.join('\n'));
    const out = await importOutcomes(ws.db, { campaignId: id, path: file }, job);
    expect(out).toMatchObject({ created: false, imported: 19, rejected: 2 });
    expect(out.rejects.map((r) => r.code)).toEqual(['groupMismatch', 'notMember']);
    const effect = computeCampaignEffect(ws.db, id);
    expect(effect.treatment.n + effect.control.n).toBe(19);
  });

  it('refuses a file without a customer column, without a group column for a new campaign, or with nothing to record', async () => {
    const noCustomer = join(t.dir, 'no-customer.csv');
    writeFileSync(noCustomer, 'outcome,group\nyes,treatment\n');
    expect(await reason(() => importOutcomes(ws.db, { path: noCustomer }, job))).toEqual({
      reason: 'outcomeColumnsMissing',
      params: { file: 'no-customer.csv', missing: 'customer' },
    });
    const noGroup = join(t.dir, 'no-group.csv');
    writeFileSync(noGroup, `customer_id,outcome\n${customers[0]},yes\n`);
    expect(await reason(() => importOutcomes(ws.db, { path: noGroup }, job))).toEqual({ reason: 'outcomeColumnsMissing', params: { file: 'no-group.csv', missing: 'group' } });
    const nothing = join(t.dir, 'nothing.csv');
    writeFileSync(nothing, 'customer_id,outcome,group\n,yes,treatment\nX1,maybe,control\n');
    expect(await reason(() => importOutcomes(ws.db, { path: nothing }, job))).toEqual({ reason: 'outcomeFileEmpty', params: { file: 'nothing.csv' } });
    const before = ws.db.prepare('SELECT count(*) FROM campaigns').pluck().get();
    const empty = join(t.dir, 'empty.csv');
    writeFileSync(empty, '');
    expect((await reason(() => importOutcomes(ws.db, { path: empty }, job))).reason).toBe('outcomeFileEmpty');
    expect(ws.db.prepare('SELECT count(*) FROM campaigns').pluck().get()).toBe(before);
  });

  it('takes back the exported call list once filled in', async () => {
    const id = draft('Round trip', customers.slice(0, 30));
    const ctx: TaskContext = { path: '', signal: job.signal, progress: quiet, report: quiet, db: () => ws.db };
    runCampaignAssign(ctx, { id });
    const out = await runCampaignCallList(ctx, { id, language: 'en', target: { folder: t.dir } });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out.path ?? '');
    let filled = 0;
    for (const sheet of book.worksheets) {
      sheet.eachRow((row, n) => {
        if (n === 1) return;
        row.getCell(14).value = '2025-01-10';
        row.getCell(16).value = filled % 2 === 0 ? 'Success' : 'Failure';
        row.getCell(17).value = 12;
        filled++;
      });
    }
    // The importer reads the first sheet: one sheet per file as the team hands them back.
    const first = book.worksheets[0];
    if (!first) throw new Error('no sheet');
    const back = new ExcelJS.Workbook();
    const copy = back.addWorksheet(first.name);
    first.eachRow((row) => copy.addRow((row.values as ExcelJS.CellValue[]).slice(1)));
    const file = join(t.dir, 'filled.xlsx');
    await back.xlsx.writeFile(file);
    const result = await importOutcomes(ws.db, { campaignId: id, path: file }, job);
    const rows = first.rowCount - 1;
    expect(result).toMatchObject({ imported: rows, rejected: 0 });
    expect(computeCampaignEffect(ws.db, id).treatment).toMatchObject({ n: rows, successes: Math.ceil(rows / 2) });
    expect(ws.db.prepare(`SELECT sum(cost) FROM actions WHERE campaign_id = ?`).pluck().get(id)).toBe(12 * rows);
  });

  it('gives a campaign imported as data (import.run’s tables) its members, window and metric from its actions', () => {
    ws.db
      .prepare(
        `INSERT INTO campaigns (campaign_id, name, start_date, end_date, control_share, attributes) VALUES ('EXT-1', '外部活动', '2025-04-01 09:30:00', '2025-04-30', 0.25, '{"follow_up_days":30}')`,
      )
      .run();
    const action = ws.db.prepare(`INSERT INTO actions (campaign_id, customer_id, action_date, owner, kind, cost, grp, outcome) VALUES ('EXT-1', ?, ?, NULL, ?, ?, ?, ?)`);
    customers.slice(0, 12).forEach((id, i) => action.run(id, '2025-04-02', 'call', 5, 'treatment', i < 9 ? '是' : '否'));
    customers.slice(12, 16).forEach((id, i) => action.run(id, '2025-04-02', 'holdout', null, 'control', i < 1 ? '是' : '否'));
    // A second action of one treated customer: the latest outcome counts, the member is one.
    action.run(customers[0], '2025-04-20', 'visit', 5, 'treatment', '否');
    expect(measureCampaignOutcomes(ws.db)).toBeGreaterThanOrEqual(16);
    expect(readCampaign(ws.db, 'EXT-1')).toMatchObject({
      origin: 'data',
      outcomeMetric: 'recorded',
      followUpDays: 30,
      startDate: '2025-04-01',
      groups: { treatment: 12, control: 4 },
    });
    const effect = computeCampaignEffect(ws.db, 'EXT-1');
    expect(effect).toMatchObject({ treatment: { n: 12, successes: 8 }, control: { n: 4, successes: 1 }, cost: 65, window: { start: '2025-04-01', end: '2025-05-01' } });
    // 12 : 4 is exactly the 25 % drawn.
    expect(effect.srm).toMatchObject({ chiSquare: 0, alarm: false });
  });
});
