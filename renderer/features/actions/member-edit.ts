// A members-grid edit as campaign.recordOutcomes input, and the input that puts a member back as
// it was before (the grid's undo): the previous outcome with its date, kind and cost, or a clear.
import type { CampaignMember } from '../../../shared/contract/domains/campaigns';
import type { OperationInput } from '../../../shared/contract/operations';

type Outcome = OperationInput<'campaign.recordOutcomes'>['outcomes'][number];

export interface MemberEdit {
  customerId: string;
  before: CampaignMember;
  outcome: CampaignMember['outcome'];
}

/** Today (local) as the contact date of an outcome recorded by hand without one. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function editInput(member: CampaignMember, outcome: CampaignMember['outcome'], now: Date = new Date()): Outcome {
  return {
    customerId: member.customerId,
    outcome,
    ...(outcome !== null ? { date: member.contactedOn ?? today(now) } : {}),
    ...(member.kind ? { kind: member.kind } : {}),
    ...(member.cost !== null ? { cost: member.cost } : {}),
  };
}

export function undoInput(edit: MemberEdit): Outcome {
  const b = edit.before;
  return {
    customerId: b.customerId,
    outcome: b.outcome,
    ...(b.contactedOn ? { date: b.contactedOn } : {}),
    ...(b.kind ? { kind: b.kind } : {}),
    ...(b.cost !== null ? { cost: b.cost } : {}),
  };
}
