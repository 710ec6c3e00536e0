// churn-cockpit campaign as automation uses it, on a refreshed demo workspace: list shows the
// demo's campaign with its headline; effect --json prints groups, sizes, rates, uplift with both
// intervals, p-value, sample-ratio check, saved value, cost and ROI equal to the actions counted
// by hand; create + assign draw a campaign on the open warnings reproducibly from the seed;
// import-outcomes creates a campaign from a file; bad input exits non-zero with one line.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CampaignEffectSchema } from '../../shared/contract/domains/campaigns';
import { runCli } from '../support/cli';
import { tempDir } from '../support/temp';

describe('churn-cockpit campaign', () => {
  const t = tempDir();
  const ws = join(t.dir, 'demo.churn');
  const rows = (query: string, ...params: unknown[]): unknown[] => {
    const db = new Database(ws, { readonly: true });
    try {
      return db.prepare(query).all(...params);
    } finally {
      db.close();
    }
  };
  const json = (args: string[]): unknown => {
    const r = runCli([...args, '--json']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    return JSON.parse(r.stdout) as unknown;
  };

  beforeAll(() => {
    expect(runCli(['demo', ws, '--customers', '1500']).code).toBe(0);
    expect(runCli(['refresh', ws]).code).toBe(0);
  });
  afterAll(() => t.cleanup());

  it('lists the demo campaign and prints its effect as the actions say', () => {
    const list = json(['campaign', 'list', ws]) as { campaigns: { id: string; origin: string; headline: { uplift: number } | null }[] };
    const demo = list.campaigns.find((c) => c.origin === 'data');
    if (!demo) throw new Error('no demo campaign listed');
    const effect = CampaignEffectSchema.parse(json(['campaign', 'effect', ws, demo.id]));
    const hand = rows(`SELECT grp, count(*) AS n, sum(outcome = 'retained') AS s, sum(cost) AS cost FROM actions WHERE campaign_id = ? GROUP BY grp ORDER BY grp`, demo.id) as {
      grp: string;
      n: number;
      s: number;
      cost: number;
    }[];
    const [control, treatment] = hand;
    if (!control || !treatment) throw new Error('the demo campaign lacks a group');
    expect(effect).toMatchObject({
      metric: 'recorded',
      treatment: { n: treatment.n, successes: treatment.s },
      control: { n: control.n, successes: control.s },
      cost: treatment.cost + control.cost,
      problem: null,
    });
    expect(effect.uplift).toBeCloseTo(treatment.s / treatment.n - control.s / control.n, 12);
    expect(demo.headline?.uplift).toBeCloseTo(effect.uplift ?? NaN, 12);
    for (const key of ['newcombe', 'wald', 'pValue', 'srm', 'savedValue', 'roi'] as const) expect(effect[key]).not.toBeNull();
    expect(effect.newcombe?.lower).toBeLessThan(effect.uplift ?? NaN);
    expect(effect.roi?.estimate).toBeCloseTo(((effect.savedValue?.estimate ?? NaN) - (effect.cost ?? NaN)) / (effect.cost ?? NaN), 9);
    const text = runCli(['campaign', 'effect', ws, demo.id]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/uplift\s+-?\d+\.\d pts\s+Newcombe 95 % \[/);
  });

  it('creates a campaign on the open warnings and draws it reproducibly from the seed', () => {
    const args = (name: string) => [
      'campaign',
      'create',
      ws,
      '--name',
      name,
      '--warnings',
      '--start',
      '2030-01-01',
      '--end',
      '2030-02-01',
      '--control',
      '0.25',
      '--seed',
      '42',
      '--playbook',
      'careCall',
    ];
    const a = json(args('A')) as { id: string; status: string; playbookId: number; costPerContact: number };
    expect(a.status).toBe('draft');
    // Without --cost the playbook's cost per contact is the campaign's, as the page pre-fills it.
    expect(a.costPerContact).toBe((rows(`SELECT cost_per_contact AS c FROM playbooks WHERE code = 'careCall'`)[0] as { c: number }).c);
    expect((json([...args('C'), '--cost', '12.5']) as { costPerContact: number }).costPerContact).toBe(12.5);
    const drawnA = json(['campaign', 'assign', ws, a.id]) as { plan: { treatment: number; control: number } };
    const b = json([...args('B'), '--assign']) as { campaign: { id: string } };
    const groups = (id: string) => rows('SELECT customer_id, grp FROM campaign_members WHERE campaign_id = ? ORDER BY customer_id', id);
    expect(groups(b.campaign.id)).toEqual(groups(a.id));
    const warned = rows(
      `SELECT DISTINCT w.customer_id FROM warnings w JOIN customer_mart c ON c.customer_id = w.customer_id WHERE w.state = 'open' AND c.lifecycle <> 'churned'`,
    ).length;
    expect(drawnA.plan.treatment + drawnA.plan.control).toBe(warned);
    const again = runCli(['campaign', 'assign', ws, a.id]);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/groups drawn/);
  });

  it('imports an outcome file as a new campaign and refuses bad input', () => {
    const file = join(t.dir, 'experiment.csv');
    writeFileSync(file, 'user_id,converted,group\nu1,1,treatment\nu2,0,treatment\nu3,1,treatment\nu4,0,control\nu5,0,control\nu6,yes,control\n');
    const out = json(['campaign', 'import-outcomes', ws, file, '--name', 'External']) as { created: boolean; imported: number; campaign: { id: string } };
    expect(out).toMatchObject({ created: true, imported: 6 });
    const effect = CampaignEffectSchema.parse(json(['campaign', 'effect', ws, out.campaign.id]));
    expect(effect).toMatchObject({ treatment: { n: 3, successes: 2 }, control: { n: 3, successes: 1 } });
    expect(runCli(['campaign', 'create', ws, '--name', 'X', '--start', '2030-01-01']).code).not.toBe(0);
    const unknown = runCli(['campaign', 'effect', ws, 'CMP-NOPE']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/CMP-NOPE/);
    expect(runCli(['campaign', 'frobnicate', ws]).code).not.toBe(0);
  });
});
