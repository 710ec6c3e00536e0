// A campaign as it stands, as a campaign.save input with some fields changed (the review's notes
// and next steps). campaign.save requires an audience and dates even where a launched campaign
// ignores them; a campaign imported from data may have neither, so its member-free placeholders
// are sent: an empty warnings filter and its creation day.
import type { Campaign, CampaignWrite } from '../../../shared/contract/domains/campaigns';
import { today } from './member-edit';

export function campaignWrite(c: Campaign, change: Partial<Pick<CampaignWrite, 'name' | 'owner' | 'endDate' | 'hypothesis' | 'notes' | 'nextSteps'>>): CampaignWrite {
  const fallbackDay = c.createdAt?.slice(0, 10) ?? today();
  return {
    id: c.id,
    name: c.name,
    playbookId: c.playbookId,
    owner: c.owner,
    startDate: c.startDate ?? fallbackDay,
    endDate: c.endDate ?? c.startDate ?? fallbackDay,
    followUpDays: c.followUpDays,
    costPerContact: c.costPerContact ?? 0,
    controlShare: Math.min(0.9, Math.max(0.01, c.controlShare ?? 0.2)),
    stratify: c.stratify,
    ...(c.seed !== null && c.seed >= 0 ? { seed: c.seed } : {}),
    outcomeMetric: c.outcomeMetric,
    audience: c.audience ?? { kind: 'warnings', filter: {} },
    hypothesis: c.hypothesis,
    notes: c.notes,
    nextSteps: c.nextSteps,
    ...change,
  };
}
