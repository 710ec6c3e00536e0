// Playbooks and campaigns on a refreshed demo workspace: the library and its refusals, drafts and
// what a drawn campaign may still change, the seeded draw (reproducible, shares per tier, frozen
// columns from the mart), the plan's MDE, the audiences (segment, rule, warnings, ids), outcomes
// recorded by hand, retention measured against the churn data by hand, and the call list by owner.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoWorkspace } from '../../electron/demo/generate';
import { runRefresh } from '../../electron/service/scoring/refresh';
import { listCampaigns, suggestPlaybook } from '../../electron/service/campaigns/reads';
import { runCampaignAssign, runCampaignCallList } from '../../electron/service/campaigns/tasks';
import type { TaskContext } from '../../electron/service/jobs/tasks';
import { readCampaign } from '../../electron/store/campaigns/campaign-rows';
import { deleteCampaign, writeCampaign, type CampaignInput } from '../../electron/store/campaigns/campaign-writes';
import { computeCampaignEffect } from '../../electron/store/campaigns/effect';
import { memberPage } from '../../electron/store/campaigns/members';
import { recordOutcomes } from '../../electron/store/campaigns/outcome-writes';
import { planCampaign } from '../../electron/store/campaigns/plan';
import { deletePlaybook, listPlaybooks, savePlaybook } from '../../electron/store/campaigns/playbooks';
import { openWorkspace, type Workspace } from '../../electron/store/workspace';
import { AppError } from '../../shared/contract/errors';
import { CampaignEffectSchema, CampaignSchema } from '../../shared/contract/domains/campaigns';
import { detectableEffect } from '../../shared/uplift/detectable-effect';
import { tempDir } from '../support/temp';

const quiet = () => undefined;

function reason(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error.reason ?? error.code;
    throw error;
  }
  return 'no error';
}

describe('campaigns on a demo workspace', () => {
  const t = tempDir();
  let ws: Workspace;
  let asOf: string;
  const job = (): TaskContext => ({ path: '', signal: new AbortController().signal, progress: quiet, report: quiet, db: () => ws.db });

  const input = (over: Partial<CampaignInput> = {}): CampaignInput => ({
    name: 'Care calls',
    playbookId: null,
    owner: null,
    startDate: asOf,
    endDate: asOf,
    followUpDays: 90,
    costPerContact: 35,
    controlShare: 0.2,
    stratify: 'tier',
    seed: 12345,
    outcomeMetric: 'retention',
    audience: { kind: 'filter', filter: { kind: 'condition', field: 'tier', op: 'in', values: ['atRisk', 'watch'] } },
    hypothesis: '',
    notes: '',
    nextSteps: '',
    ...over,
  });

  beforeAll(async () => {
    const path = join(t.dir, 'demo.churn');
    await createDemoWorkspace(path, { customers: 2000 });
    ws = await openWorkspace(path);
    asOf = runRefresh(ws.db, { trainIfMissing: true }, quiet).asOf;
  });
  afterAll(() => {
    ws.close();
    t.cleanup();
  });

  it('lists the seeded playbooks, saves and deletes one, and refuses to delete one in use', () => {
    const seeded = listPlaybooks(ws.db);
    expect(seeded.map((p) => p.builtin)).toEqual(['exclusiveOffer', 'vipService', 'careCall', 'productTraining', 'pricingPlan', 'competitorComparison']);
    const careCall = seeded.find((p) => p.builtin === 'careCall');
    expect(careCall?.campaigns).toBe(1); // the demo's campaign
    const made = savePlaybook(ws.db, { name: 'Renewal lunch', description: '', channel: 'visit', costPerContact: 300, valueRisk: ['highValue'], reasonTypes: [] });
    expect(made).toMatchObject({ name: 'Renewal lunch', builtin: null, channel: 'visit', costPerContact: 300, valueRisk: ['highValue'], campaigns: 0 });
    expect(
      savePlaybook(ws.db, { id: made.id, name: 'Renewal dinner', description: 'x', channel: 'visit', costPerContact: 400, valueRisk: [], reasonTypes: ['price'] }),
    ).toMatchObject({
      name: 'Renewal dinner',
      costPerContact: 400,
      reasonTypes: ['price'],
    });
    expect(deletePlaybook(ws.db, made.id)).toBe(true);
    expect(reason(() => deletePlaybook(ws.db, made.id))).toBe('playbookNotFound');
    expect(reason(() => deletePlaybook(ws.db, careCall?.id ?? 0))).toBe('playbookInUse');
  });

  it('suggests the playbook of a customer’s value × risk group and reason', () => {
    const customer = ws.db.prepare(`SELECT customer_id, value_risk, top_reason FROM customer_mart WHERE value_risk = 'highValue' AND top_reason = 'price' LIMIT 1`).get() as
      { customer_id: string } | undefined;
    if (!customer) throw new Error('no high-value price customer in the demo');
    const suggestion = suggestPlaybook(ws.db, customer.customer_id);
    expect(suggestion).toMatchObject({ valueRisk: 'highValue', reasonType: 'price', playbook: { builtin: 'exclusiveOffer' } });
    expect(suggestPlaybook(ws.db, 'no such customer')).toEqual({ playbook: null, valueRisk: null, reasonType: null });
  });

  it('plans: leaves the churned out of a retention campaign and shows the MDE of the drawn sizes', () => {
    const audience = { kind: 'filter' as const, filter: { kind: 'condition' as const, field: 'health_score', op: '<' as const, value: 60 } };
    const plan = planCampaign(ws.db, audience, { controlShare: 0.2, stratify: 'tier', metric: 'retention' });
    const hand = ws.db
      .prepare(
        `SELECT count(*) AS n, sum(lifecycle = 'churned') AS churned, avg(CASE WHEN lifecycle <> 'churned' OR lifecycle IS NULL THEN churn_probability END) AS p FROM customer_mart WHERE health_score < 60`,
      )
      .get() as { n: number; churned: number; p: number };
    expect(plan.audience).toBe(hand.n);
    expect(plan.excluded).toBe(hand.churned);
    expect(plan.treatment + plan.control).toBe(hand.n - hand.churned);
    expect(plan.strata.reduce((s, x) => s + x.n, 0)).toBe(plan.treatment + plan.control);
    expect(plan.baselineRate).toBeCloseTo(1 - hand.p, 9);
    expect(plan.mde).toBeCloseTo(detectableEffect({ treated: plan.treatment, control: plan.control, baseline: 1 - hand.p }).uplift ?? NaN, 12);
    expect(plan.power).toBe(0.8);
    expect(plan.alpha).toBe(0.05);
  });

  it('draws reproducibly from the seed, within tiers, and freezes the members from the mart', () => {
    const a = writeCampaign(ws.db, input());
    const b = writeCampaign(ws.db, input({ name: 'Same seed' }));
    const c = writeCampaign(ws.db, input({ name: 'Other seed', seed: 999 }));
    expect(a).toMatch(/^CMP-\d{8}-[0-9A-Z]{4}$/);
    expect(readCampaign(ws.db, a).status).toBe('draft');
    const first = runCampaignAssign(job(), { id: a });
    runCampaignAssign(job(), { id: b });
    runCampaignAssign(job(), { id: c });
    const groups = (id: string) => ws.db.prepare(`SELECT customer_id, grp, stratum FROM campaign_members WHERE campaign_id = ? ORDER BY customer_id`).all(id);
    expect(groups(b)).toEqual(groups(a));
    expect(groups(c)).not.toEqual(groups(a));
    expect(first.campaign).toMatchObject({ status: 'running', seed: 12345, groups: { treatment: first.plan.treatment, control: first.plan.control } });
    expect(CampaignSchema.parse(first.campaign)).toEqual(first.campaign);
    // Shares per stratum: round(n × 0.2) controls in each tier.
    const strata = ws.db
      .prepare(`SELECT stratum, count(*) AS n, sum(grp = 'control') AS control FROM campaign_members WHERE campaign_id = ? GROUP BY stratum ORDER BY stratum`)
      .all(a) as { stratum: string; n: number; control: number }[];
    expect(strata.map((s) => s.stratum)).toEqual(['atRisk', 'watch']);
    for (const s of strata) expect(s.control).toBe(Math.round(s.n * 0.2));
    // Frozen columns equal the mart's at the draw.
    const mismatched = ws.db
      .prepare(
        `SELECT count(*) FROM campaign_members m JOIN customer_mart c ON c.customer_id = m.customer_id WHERE m.campaign_id = ?
         AND (m.tier IS NOT c.tier OR m.value_risk IS NOT c.value_risk OR m.clv IS NOT c.clv OR m.churn_probability IS NOT c.churn_probability OR m.owner IS NOT c.owner)`,
      )
      .pluck()
      .get(a);
    expect(mismatched).toBe(0);
    // Drawn at the share: no sample-ratio alarm once outcomes exist; until then no effect.
    const effect = computeCampaignEffect(ws.db, a);
    expect(effect.problem).toBe('noOutcomes');
    expect(effect.drawn).toEqual({ treatment: first.plan.treatment, control: first.plan.control, controlShare: 0.2 });
    expect(reason(() => runCampaignAssign(job(), { id: a }))).toBe('campaignAssigned');
  });

  it('keeps a drawn campaign’s draw: only the name, owner, end date and PDCA texts change', () => {
    const id = writeCampaign(ws.db, input({ name: 'Drawn' }));
    runCampaignAssign(job(), { id });
    writeCampaign(ws.db, input({ id, name: 'Drawn, renamed', owner: 'Lead', notes: 'called the top 50 first', nextSteps: 'repeat' }));
    expect(readCampaign(ws.db, id)).toMatchObject({ name: 'Drawn, renamed', owner: 'Lead', notes: 'called the top 50 first', nextSteps: 'repeat' });
    expect(reason(() => writeCampaign(ws.db, input({ id, name: 'Drawn', controlShare: 0.5 })))).toBe('campaignAssigned');
    expect(reason(() => writeCampaign(ws.db, input({ startDate: '2025-05-02', endDate: '2025-05-01' })))).toBe('campaignDatesInvalid');
    expect(reason(() => writeCampaign(ws.db, input({ playbookId: 9999 })))).toBe('playbookNotFound');
    expect(deleteCampaign(ws.db, id)).toBe(true);
    expect(reason(() => readCampaign(ws.db, id))).toBe('campaignNotFound');
    expect(ws.db.prepare('SELECT count(*) FROM campaign_members WHERE campaign_id = ?').pluck().get(id)).toBe(0);
  });

  it('resolves segment, warning and id audiences, and refuses an empty one', () => {
    const ids = (ws.db.prepare(`SELECT customer_id FROM customer_mart WHERE lifecycle = 'active' ORDER BY customer_id LIMIT 40`).pluck().all() as string[]).concat(['nobody']);
    const byIds = writeCampaign(ws.db, input({ name: 'Ids', stratify: 'none', audience: { kind: 'customers', customerIds: ids } }));
    expect(runCampaignAssign(job(), { id: byIds }).plan).toMatchObject({ audience: 40, treatment: 32, control: 8, strata: [] });
    const warned = ws.db
      .prepare(`SELECT count(DISTINCT w.customer_id) FROM warnings w JOIN customer_mart c ON c.customer_id = w.customer_id WHERE w.state IN ('open', 'acknowledged')`)
      .pluck()
      .get() as number;
    expect(warned).toBeGreaterThan(0);
    expect(planCampaign(ws.db, { kind: 'warnings', filter: {} }, { controlShare: 0.2, stratify: 'none', metric: 'recorded' }).audience).toBe(warned);
    ws.db
      .prepare(`INSERT INTO segments (kind, name, description, tags, color, definition, created_at, updated_at) VALUES ('list', 'L', '', '[]', 'blue', NULL, 'now', 'now')`)
      .run();
    const list = ws.db.prepare('SELECT last_insert_rowid()').pluck().get() as number;
    ws.db.prepare('INSERT INTO segment_list_members (segment_id, customer_id) VALUES (?, ?), (?, ?)').run(list, ids[0], list, ids[1]);
    expect(planCampaign(ws.db, { kind: 'segment', segmentId: list }, { controlShare: 0.5, stratify: 'none', metric: 'recorded' })).toMatchObject({
      audience: 2,
      treatment: 1,
      control: 1,
    });
    expect(reason(() => planCampaign(ws.db, { kind: 'segment', segmentId: 9999 }, { controlShare: 0.5, stratify: 'none', metric: 'recorded' }))).toBe('segmentNotFound');
    const none = writeCampaign(ws.db, input({ name: 'None', audience: { kind: 'customers', customerIds: ['nobody'] } }));
    expect(reason(() => runCampaignAssign(job(), { id: none }))).toBe('campaignAudienceEmpty');
  });

  it('records outcomes by hand and measures the recorded metric', () => {
    const id = writeCampaign(ws.db, input({ name: 'Recorded', outcomeMetric: 'recorded', stratify: 'none', seed: 5 }));
    runCampaignAssign(job(), { id });
    const members = ws.db.prepare(`SELECT customer_id, grp FROM campaign_members WHERE campaign_id = ? ORDER BY customer_id`).all(id) as { customer_id: string; grp: string }[];
    const treated = members.filter((m) => m.grp === 'treatment');
    const control = members.filter((m) => m.grp === 'control');
    // 60 % of the treated succeed, 40 % of the controls.
    const edits = [
      ...treated.map((m, i) => ({ customerId: m.customer_id, outcome: i % 5 < 3 ? ('success' as const) : ('failure' as const), kind: 'call', cost: 20 })),
      ...control.map((m, i) => ({ customerId: m.customer_id, outcome: i % 5 < 2 ? ('success' as const) : ('failure' as const) })),
      { customerId: 'nobody', outcome: 'success' as const },
    ];
    expect(recordOutcomes(ws.db, id, edits)).toEqual({ updated: members.length, notMembers: ['nobody'] });
    const ts = treated.filter((_, i) => i % 5 < 3).length;
    const cs = control.filter((_, i) => i % 5 < 2).length;
    const effect = computeCampaignEffect(ws.db, id);
    expect(CampaignEffectSchema.parse(effect)).toEqual(effect);
    expect(effect.treatment).toEqual({ n: treated.length, successes: ts, rate: ts / treated.length });
    expect(effect.control).toEqual({ n: control.length, successes: cs, rate: cs / control.length });
    expect(effect.cost).toBe(20 * treated.length);
    expect(effect.srm?.alarm).toBe(false);
    // Clearing an outcome takes the member out of the measured group: the SRM sees it.
    recordOutcomes(ws.db, id, [{ customerId: treated[0]?.customer_id ?? '', outcome: null }]);
    expect(computeCampaignEffect(ws.db, id).treatment.n).toBe(treated.length - 1);
    const page = memberPage(ws.db, id, { group: 'treatment', offset: 0, limit: 5 });
    expect(page.total).toBe(treated.length);
    expect(page.rows[1]).toMatchObject({ group: 'treatment', kind: 'call', cost: 20, contactedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) as string });
    const listed = listCampaigns(ws.db).campaigns.find((x) => x.id === id);
    expect(listed?.headline?.uplift).toBeCloseTo(computeCampaignEffect(ws.db, id).uplift ?? NaN, 12);
  });

  it('measures retention against the churn data by hand once the window has passed', () => {
    const start = ws.db.prepare(`SELECT date(?, '-200 days')`).pluck().get(asOf) as string;
    const id = writeCampaign(
      ws.db,
      input({
        name: 'Past',
        startDate: start,
        endDate: start,
        followUpDays: 90,
        stratify: 'none',
        audience: {
          kind: 'customers',
          customerIds: ws.db.prepare(`SELECT customer_id FROM customer_mart WHERE lifecycle IS NOT NULL ORDER BY customer_id LIMIT 300`).pluck().all() as string[],
        },
      }),
    );
    runCampaignAssign(job(), { id });
    const end = ws.db.prepare(`SELECT date(?, '+90 days')`).pluck().get(start) as string;
    const hand = ws.db
      .prepare(
        `SELECT count(*) AS n, sum(NOT EXISTS (SELECT 1 FROM customer_spells s WHERE s.customer_id = m.customer_id AND s.end_date BETWEEN ? AND ?) AND (c.churn_date IS NULL OR c.churn_date > ?)) AS retained
         FROM campaign_members m JOIN customer_mart c ON c.customer_id = m.customer_id WHERE m.campaign_id = ?`,
      )
      .get(start, end, end, id) as { n: number; retained: number };
    const effect = computeCampaignEffect(ws.db, id);
    expect(effect.window).toEqual({ start, end, complete: true, dataDate: asOf });
    expect(effect.treatment.n + effect.control.n).toBe(hand.n);
    expect(effect.treatment.successes + effect.control.successes).toBe(hand.retained);
    expect(hand.retained).toBeLessThan(hand.n);
    // A window reaching past the data date measures nothing yet.
    const someone = ws.db.prepare(`SELECT customer_id FROM customer_mart WHERE lifecycle = 'active' ORDER BY customer_id LIMIT 10`).pluck().all() as string[];
    const open = writeCampaign(ws.db, input({ name: 'Open', stratify: 'none', audience: { kind: 'customers', customerIds: someone } }));
    runCampaignAssign(job(), { id: open });
    const openEffect = computeCampaignEffect(ws.db, open);
    expect(openEffect.window.complete).toBe(false);
    expect(openEffect.problem).toBe('noOutcomes');
    expect(ws.db.prepare('SELECT count(success) FROM campaign_members WHERE campaign_id = ?').pluck().get(open)).toBe(0);
  });

  it('measures win-back as a completed order within the window, for the churned only', () => {
    const start = ws.db.prepare(`SELECT date(?, '-150 days')`).pluck().get(asOf) as string;
    const end = ws.db.prepare(`SELECT date(?, '+60 days')`).pluck().get(start) as string;
    const audience = { kind: 'filter' as const, filter: { kind: 'condition' as const, field: 'region', op: 'not_empty' as const } };
    const id = writeCampaign(ws.db, input({ name: 'Win back', startDate: start, endDate: start, followUpDays: 60, outcomeMetric: 'winback', stratify: 'none', audience }));
    const { plan } = runCampaignAssign(job(), { id });
    const churned = ws.db.prepare(`SELECT count(*) FROM customer_mart WHERE region IS NOT NULL AND region <> '' AND lifecycle = 'churned'`).pluck().get() as number;
    expect(plan.treatment + plan.control).toBe(churned);
    expect(plan.excluded).toBeGreaterThan(0);
    const hand = ws.db
      .prepare(
        `SELECT count(*) FROM campaign_members m WHERE m.campaign_id = ?
         AND EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = m.customer_id AND o.status = 'completed' AND substr(o.order_date, 1, 10) BETWEEN ? AND ?)`,
      )
      .pluck()
      .get(id, start, end) as number;
    const effect = computeCampaignEffect(ws.db, id);
    expect(effect.treatment.n + effect.control.n).toBe(churned);
    expect(effect.treatment.successes + effect.control.successes).toBe(hand);
    expect(hand).toBeGreaterThan(0);
    expect(hand).toBeLessThan(churned);
  });

  it('writes the treatment call list, one sheet per owner, neutralised', async () => {
    const id = writeCampaign(ws.db, input({ name: '=HYPERLINK("x") list', stratify: 'none', seed: 77 }));
    runCampaignAssign(job(), { id });
    ws.db
      .prepare(
        `UPDATE campaign_members SET owner = '=cmd|x' WHERE campaign_id = ? AND customer_id = (SELECT min(customer_id) FROM campaign_members WHERE campaign_id = ? AND grp = 'treatment')`,
      )
      .run(id, id);
    const out = await runCampaignCallList(job(), { id, language: 'zh-CN', target: { folder: t.dir } });
    const owners = ws.db
      .prepare(`SELECT owner, count(*) AS n FROM campaign_members WHERE campaign_id = ? AND grp = 'treatment' GROUP BY owner ORDER BY owner IS NULL, owner`)
      .all(id) as { owner: string | null; n: number }[];
    expect(out.rows).toBe(owners.reduce((s, o) => s + o.n, 0));
    expect(out.sheets.map((s) => [s.owner, s.rows])).toEqual(owners.map((o) => [o.owner, o.n]));
    expect(out.fileName).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out.path ?? '');
    expect(book.worksheets.map((w) => w.name)).toEqual(out.sheets.map((s) => s.name));
    const first = book.worksheets[0];
    expect(first?.getRow(1).getCell(1).value).toBe('客户ID');
    expect(first?.getRow(1).getCell(13).value).toBe('分组');
    expect(first?.getRow(2).getCell(13).value).toBe('实验组');
    const hostile = book.worksheets.find((w) => w.name.includes('cmd'));
    expect(hostile?.getRow(2).getCell(3).value).toBe("'=cmd|x");
  });
});
