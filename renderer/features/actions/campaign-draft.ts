// The New-campaign dialog's form state and how it becomes a campaign.save input. A draft starts
// from the audience the page was asked for, or from an existing campaign (editing a draft, or
// "repeat on the new warning list", which keeps the plan and takes the new audience).
import dayjs from 'dayjs';
import type { Campaign, CampaignAudience, CampaignWrite, OutcomeMetric } from '../../../shared/contract/domains/campaigns';

export interface CampaignDraft {
  name: string;
  playbookId: number | null;
  owner: string;
  startDate: string;
  endDate: string;
  followUpDays: number;
  costPerContact: number;
  /** Percent, 1–90 (the contract's share × 100). */
  controlPercent: number;
  stratify: boolean;
  seed: number;
  outcomeMetric: OutcomeMetric;
  hypothesis: string;
  notes: string;
  nextSteps: string;
}

/** A fresh seed, recorded with the campaign so its draw can be repeated. */
export function randomSeed(): number {
  const buf = new Uint32Array(1);
  crypto.getRandomValues(buf);
  return (buf[0] ?? 1) % 2 ** 31;
}

function isoDay(d: dayjs.Dayjs): string {
  return d.format('YYYY-MM-DD');
}

export function draftFrom(template: Campaign | null, defaultName: string, repeat: boolean): CampaignDraft {
  const today = dayjs();
  const followUpDays = template?.followUpDays ?? 90;
  const keepDates = template !== null && !repeat;
  return {
    name: template ? (repeat ? defaultName : template.name) : defaultName,
    playbookId: template?.playbookId ?? null,
    owner: template?.owner ?? '',
    startDate: keepDates && template.startDate ? template.startDate : isoDay(today),
    endDate: keepDates && template.endDate ? template.endDate : isoDay(today.add(30, 'day')),
    followUpDays,
    costPerContact: template?.costPerContact ?? 0,
    controlPercent: Math.round((template?.controlShare ?? 0.2) * 100),
    stratify: template ? template.stratify === 'tier' : true,
    seed: !repeat && template?.seed !== null && template?.seed !== undefined ? template.seed : randomSeed(),
    outcomeMetric: template?.outcomeMetric ?? 'retention',
    hypothesis: template?.hypothesis ?? '',
    notes: repeat ? '' : (template?.notes ?? ''),
    nextSteps: repeat ? '' : (template?.nextSteps ?? ''),
  };
}

export function draftProblems(draft: CampaignDraft, audience: CampaignAudience | null): ('name' | 'dates' | 'audience')[] {
  const problems: ('name' | 'dates' | 'audience')[] = [];
  if (draft.name.trim() === '') problems.push('name');
  if (!draft.startDate || !draft.endDate || draft.endDate < draft.startDate) problems.push('dates');
  if (!audience) problems.push('audience');
  return problems;
}

export function toWrite(draft: CampaignDraft, audience: CampaignAudience, id: string | undefined): CampaignWrite {
  return {
    ...(id ? { id } : {}),
    name: draft.name.trim(),
    playbookId: draft.playbookId,
    owner: draft.owner.trim() || null,
    startDate: draft.startDate,
    endDate: draft.endDate,
    followUpDays: draft.followUpDays,
    costPerContact: draft.costPerContact,
    controlShare: draft.controlPercent / 100,
    stratify: draft.stratify ? 'tier' : 'none',
    seed: draft.seed,
    outcomeMetric: draft.outcomeMetric,
    audience,
    hypothesis: draft.hypothesis,
    notes: draft.notes,
    nextSteps: draft.nextSteps,
  };
}
