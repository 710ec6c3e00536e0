// Playbooks and campaigns over every host, on the hand workspace (test/support/hand-scores.ts:
// customers A–F, snapshot 2024-06-30): the library with its refusals, a draft planned, drawn
// from its seed and read back, outcomes recorded by hand and by file, the effect and the list's
// headline, the call list (a path on the desktop hosts and the CLI, a download in the browser
// host), and the campaign refusals with their codes and params.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, type Service } from '../../electron/service/service';
import { rebuildMartProfiles } from '../../electron/store/mart/build-mart';
import { openWorkspace } from '../../electron/store/workspace';
import {
  CampaignEffectSchema,
  CampaignPlanSchema,
  CampaignSchema,
  PlaybookSchema,
  type Campaign,
  type CampaignEffect,
  type CampaignPlan,
  type Playbook,
} from '../../shared/contract/domains/campaigns';
import { seedHandCases } from '../support/hand-cases';
import { seedHandScores } from '../support/hand-scores';
import { tempDir } from '../support/temp';
import { allTransports } from './all-transports';
import type { Transport } from './transports';

const DRAFT = {
  name: '回访 A–F',
  startDate: '2024-06-01',
  endDate: '2024-06-30',
  controlShare: 0.4,
  stratify: 'none',
  seed: 7,
  outcomeMetric: 'recorded',
  costPerContact: 30,
  audience: { kind: 'customers', customerIds: ['A', 'B', 'D', 'E', 'F'] },
};

for (const [label, connect] of allTransports) {
  describe(`campaigns over ${label}`, () => {
    const t = tempDir();
    const path = join(t.dir, 'campaigns.churn');
    const browser = label === 'HTTP host';
    let service: Service;
    let api: Transport;
    const ok = async <T>(name: string, input: unknown): Promise<T> => {
      const r = await api.invoke(name, input);
      if (!r.ok) throw new Error(`${name} failed: ${r.error.code} ${r.error.message}`);
      return r.result as T;
    };

    beforeAll(async () => {
      const ws = await openWorkspace(path, { create: true });
      seedHandCases(ws.db);
      seedHandScores(ws.db);
      rebuildMartProfiles(ws.db);
      ws.close();
      service = createService(undefined, { workspaceFolder: t.dir });
      api = await connect(service, t.dir);
      const opened = await api.invoke('workspace.openNamed', { name: 'campaigns' });
      if (!opened.ok) throw new Error(opened.error.message);
    });
    afterAll(async () => {
      await api.close();
      service.close();
      t.cleanup();
    });

    it('lists, saves and deletes playbooks, refusing an unknown one', async () => {
      const { playbooks } = await ok<{ playbooks: Playbook[] }>('playbook.list', {});
      expect(playbooks.map((p) => p.builtin)).toEqual(['exclusiveOffer', 'vipService', 'careCall', 'productTraining', 'pricingPlan', 'competitorComparison']);
      const made = await ok<Playbook>('playbook.save', { name: '续约午餐', channel: 'visit', costPerContact: 200, valueRisk: ['highValue'] });
      expect(PlaybookSchema.parse(made)).toMatchObject({ name: '续约午餐', builtin: null, valueRisk: ['highValue'], reasonTypes: [], description: '' });
      expect(await ok('playbook.delete', { id: made.id })).toEqual({ deleted: true });
      expect(await api.invoke('playbook.delete', { id: made.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'playbookNotFound', params: { id: made.id } } });
      expect(await ok('playbook.suggest', { customerId: 'nobody' })).toEqual({ playbook: null, valueRisk: null, reasonType: null });
    });

    it('plans, draws from the seed, records outcomes and reads the effect', async () => {
      const plan = await ok<CampaignPlan>('campaign.plan', { audience: DRAFT.audience, controlShare: 0.4, stratify: 'none', outcomeMetric: 'recorded' });
      expect(CampaignPlanSchema.parse(plan)).toMatchObject({ audience: 5, excluded: 0, treatment: 3, control: 2 });
      const draft = await ok<Campaign>('campaign.save', DRAFT);
      expect(CampaignSchema.parse(draft)).toMatchObject({ name: '回访 A–F', status: 'draft', origin: 'app', groups: { treatment: 0, control: 0 }, seed: 7 });
      const drawn = await ok<{ campaign: Campaign; plan: CampaignPlan }>('campaign.assign', { id: draft.id });
      expect(drawn.campaign.groups).toEqual({ treatment: 3, control: 2 });
      expect(await api.invoke('campaign.assign', { id: draft.id })).toMatchObject({ ok: false, error: { reason: 'campaignAssigned', params: { id: draft.id } } });
      const members = await ok<{ rows: { customerId: string; group: string }[]; total: number }>('campaign.members', { id: draft.id });
      expect(members.total).toBe(5);
      const outcomes = members.rows.map((m) => ({
        customerId: m.customerId,
        outcome: m.group === 'treatment' ? 'success' : m.customerId === members.rows.find((x) => x.group === 'control')?.customerId ? 'success' : 'failure',
      }));
      expect(await ok('campaign.recordOutcomes', { id: draft.id, outcomes })).toEqual({ updated: 5, notMembers: [] });
      const effect = await ok<CampaignEffect>('campaign.effect', { id: draft.id });
      expect(CampaignEffectSchema.parse(effect)).toMatchObject({ treatment: { n: 3, successes: 3, rate: 1 }, control: { n: 2, successes: 1, rate: 0.5 }, uplift: 0.5, cost: 90 });
      expect(effect.newcombe?.lower).toBeLessThan(0.5);
      expect(effect.breakdowns.map((b) => b.by)).toEqual(['valueRisk', 'owner', 'tier']);
      const listed = await ok<{ campaigns: (Campaign & { headline: { uplift: number } | null })[] }>('campaign.list', {});
      expect(listed.campaigns.find((c) => c.id === draft.id)?.headline?.uplift).toBe(0.5);
      // Drawn: the name changes, the share does not.
      expect(await ok<Campaign>('campaign.save', { ...DRAFT, id: draft.id, name: 'Renamed', notes: '先打 A' })).toMatchObject({ name: 'Renamed', notes: '先打 A' });
      expect(await api.invoke('campaign.save', { ...DRAFT, id: draft.id, controlShare: 0.5 })).toMatchObject({ ok: false, error: { reason: 'campaignAssigned' } });

      const file = join(t.dir, 'call-list-back.csv');
      const { rows } = await ok<{ rows: unknown[] }>('campaign.members', { id: draft.id, group: 'treatment' });
      expect(rows).toHaveLength(3);
      const exported = await ok<{ fileName: string; path: string | null; downloadId: string | null; rows: number }>(
        'campaign.exportCallList',
        browser ? { id: draft.id, language: 'en' } : { id: draft.id, language: 'en', path: t.dir },
      );
      expect(exported.rows).toBe(3);
      if (browser) expect(exported).toMatchObject({ path: null, downloadId: expect.any(String) as string });
      else
        expect(
          readFileSync(exported.path ?? '')
            .subarray(0, 2)
            .toString(),
        ).toBe('PK');
      if (browser) expect(await api.invoke('campaign.exportCallList', { id: draft.id, path: t.dir })).toMatchObject({ ok: false, error: { reason: 'exportPathRefused' } });
      writeFileSync(file, 'customer_id,outcome\nA,no\nZ,yes\n');
      const imported = await ok<{ imported: number; rejected: number; rejects: { code: string }[] }>('campaign.importOutcomes', { campaignId: draft.id, path: file });
      expect(imported).toMatchObject({ imported: 1, rejected: 1, rejects: [{ code: 'notMember' }] });
    });

    it('creates a campaign from an outcome file and refuses what it must', async () => {
      const file = join(t.dir, '外部实验.csv');
      writeFileSync(file, '客户ID,结果,分组\nA,是,实验组\nB,否,实验组\nD,是,对照组\nE,否,对照组\n');
      const made = await ok<{ campaign: Campaign; created: boolean; imported: number }>('campaign.importOutcomes', { path: file, name: '外部实验' });
      expect(made).toMatchObject({ created: true, imported: 4, campaign: { name: '外部实验', origin: 'import', groups: { treatment: 2, control: 2 } } });
      expect(await ok('campaign.delete', { id: made.campaign.id })).toEqual({ deleted: true });
      expect(await api.invoke('campaign.get', { id: made.campaign.id })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND', reason: 'campaignNotFound', params: { id: made.campaign.id } },
      });
      expect(await api.invoke('campaign.save', { ...DRAFT, startDate: '2024-07-01', endDate: '2024-06-01' })).toMatchObject({
        ok: false,
        error: { reason: 'campaignDatesInvalid', params: { start: '2024-07-01', end: '2024-06-01' } },
      });
      expect(await api.invoke('campaign.save', { ...DRAFT, controlShare: 2 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      const empty = await ok<Campaign>('campaign.save', { ...DRAFT, audience: { kind: 'customers', customerIds: ['nobody'] } });
      expect(await api.invoke('campaign.assign', { id: empty.id })).toMatchObject({ ok: false, error: { reason: 'campaignAudienceEmpty' } });
      expect(await api.invoke('campaign.recordOutcomes', { id: empty.id, outcomes: [{ customerId: 'A', outcome: 'success' }] })).toMatchObject({
        ok: false,
        error: { reason: 'campaignNotAssigned', params: { id: empty.id } },
      });
    });
  });
}
