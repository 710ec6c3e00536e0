// The New-campaign dialog's draft → campaign.save input, the review's notes save, the members
// grid's edit and undo inputs, and how effects read on screen.
import { describe, expect, it } from 'vitest';
import { CampaignWriteSchema, type Campaign } from '../../../shared/contract/domains/campaigns';
import { operations } from '../../../shared/contract/operations';
import { draftFrom, draftProblems, toWrite } from '../../../renderer/features/actions/campaign-draft';
import { campaignWrite } from '../../../renderer/features/actions/campaign-write';
import { editInput, undoInput } from '../../../renderer/features/actions/member-edit';
import { formatEstimateCount, formatPointInterval, formatPValue, formatRoi, formatUplift } from '../../../renderer/features/actions/effect-format';

const launched: Campaign = {
  id: 'CMP-1',
  name: '关怀回访',
  playbookId: 3,
  playbookText: null,
  channel: 'phone',
  owner: '王芳',
  startDate: '2025-10-01',
  endDate: '2025-10-31',
  followUpDays: 60,
  costPerContact: 30,
  controlShare: 0.25,
  seed: 12345,
  stratify: 'none',
  outcomeMetric: 'recorded',
  audience: { kind: 'segment', segmentId: 4 },
  hypothesis: 'h',
  notes: 'n',
  nextSteps: 's',
  status: 'running',
  origin: 'app',
  createdAt: '2025-09-30T10:00:00Z',
  updatedAt: null,
  groups: { treatment: 75, control: 25 },
  contacted: 0,
  outcomes: 0,
  recordedCost: 0,
};

describe('campaign draft', () => {
  it('a new draft has the issue’s defaults: 20 % control, stratified, retention, a seed', () => {
    const d = draftFrom(null, 'Campaign', false);
    expect(d.controlPercent).toBe(20);
    expect(d.stratify).toBe(true);
    expect(d.outcomeMetric).toBe('retention');
    expect(Number.isInteger(d.seed) && d.seed >= 0 && d.seed < 2 ** 31).toBe(true);
    const write = toWrite(d, { kind: 'segment', segmentId: 1 }, undefined);
    const parsed = CampaignWriteSchema.parse(write);
    expect(parsed.controlShare).toBe(0.2);
    expect(parsed.stratify).toBe('tier');
    expect(parsed.seed).toBe(d.seed);
    expect(parsed.id).toBeUndefined();
  });

  it('editing a draft keeps its id, seed and dates; repeating keeps the plan with a new seed and no notes', () => {
    const edit = draftFrom(launched, 'x', false);
    expect(edit.seed).toBe(12345);
    expect(edit.startDate).toBe('2025-10-01');
    expect(toWrite(edit, launched.audience ?? { kind: 'segment', segmentId: 4 }, 'CMP-1').id).toBe('CMP-1');
    const repeat = draftFrom(launched, 'Repeat', true);
    expect(repeat.name).toBe('Repeat');
    expect(repeat.controlPercent).toBe(25);
    expect(repeat.playbookId).toBe(3);
    expect(repeat.notes).toBe('');
    expect(repeat.startDate).not.toBe('2025-10-01');
  });

  it('says what is missing before a save', () => {
    const d = { ...draftFrom(null, '', false), endDate: '2000-01-01' };
    expect(draftProblems(d, null)).toEqual(['name', 'dates', 'audience']);
  });

  it('the review saves notes on the campaign as it stands, also one imported from data without audience or dates', () => {
    const write = campaignWrite(launched, { notes: 'worked', nextSteps: 'more' });
    expect(CampaignWriteSchema.parse(write)).toMatchObject({
      id: 'CMP-1',
      notes: 'worked',
      nextSteps: 'more',
      seed: 12345,
      controlShare: 0.25,
      audience: { kind: 'segment', segmentId: 4 },
    });
    const imported: Campaign = { ...launched, audience: null, startDate: null, endDate: null, seed: null, controlShare: null, costPerContact: null };
    const parsed = CampaignWriteSchema.safeParse(campaignWrite(imported, { notes: 'x' }));
    expect(parsed.success).toBe(true);
    expect(parsed.data?.startDate).toBe('2025-09-30');
  });
});

describe('members grid edits', () => {
  const member = {
    customerId: 'C-1',
    name: null,
    owner: null,
    group: 'treatment' as const,
    stratum: null,
    tier: 'atRisk',
    valueRisk: null,
    clv: null,
    churnProbability: null,
    contactedOn: '2026-01-02',
    kind: 'call',
    outcome: 'failure' as const,
    cost: 30,
  };
  const input = operations['campaign.recordOutcomes'].input;

  it('an edit keeps the contact date, kind and cost; undo puts the previous outcome back', () => {
    const edit = editInput(member, 'success');
    expect(edit).toEqual({ customerId: 'C-1', outcome: 'success', date: '2026-01-02', kind: 'call', cost: 30 });
    expect(input.safeParse({ id: 'CMP-1', outcomes: [edit] }).success).toBe(true);
    const undo = undoInput({ customerId: 'C-1', before: member, outcome: 'success' });
    expect(undo).toEqual({ customerId: 'C-1', outcome: 'failure', date: '2026-01-02', kind: 'call', cost: 30 });
  });

  it('an outcome typed for an uncontacted member is dated today; clearing sends null', () => {
    const fresh = { ...member, contactedOn: null, kind: null, outcome: null, cost: null };
    expect(editInput(fresh, 'success', new Date(2026, 2, 9))).toEqual({ customerId: 'C-1', outcome: 'success', date: '2026-03-09' });
    expect(editInput(fresh, null)).toEqual({ customerId: 'C-1', outcome: null });
    expect(undoInput({ customerId: 'C-1', before: fresh, outcome: 'success' })).toEqual({ customerId: 'C-1', outcome: null });
  });
});

describe('effect text', () => {
  it('uplift in points, intervals signed, p-values and ROI', () => {
    expect(formatUplift(0.0321, 'en')).toBe('+3.2 pp');
    expect(formatUplift(0.0321, 'zh-CN')).toBe('+3.2 个百分点');
    expect(formatUplift(-0.005, 'en')).toBe('-0.5 pp');
    expect(formatPointInterval({ lower: -0.0123, upper: 0.0456 })).toBe('[-1.2, +4.6]');
    expect(formatPointInterval({ lower: -0.0004, upper: 0.1 })).toBe('[0.0, +10.0]');
    expect(formatPointInterval(null)).toBe('—');
    expect(formatPValue(0.0004)).toBe('< 0.001');
    expect(formatPValue(0.0496)).toBe('0.0496');
    expect(formatPValue(0.5)).toBe('0.500');
    expect(formatPValue(null)).toBe('—');
    expect(formatRoi(1.25, 'en')).toBe('125.0%');
    expect(formatEstimateCount(95)).toBe('95.0');
    expect(formatEstimateCount(1234.56)).toBe('1,234.6');
  });
});
