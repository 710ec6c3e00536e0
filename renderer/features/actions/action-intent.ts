// What the Actions page is asked to open by its hash: a campaign's review (`?campaign=<id>`), or
// the New-campaign dialog with an audience (`?new=warnings&filter=<JSON>` from the inbox,
// `?new=segment&segment=<id>` from a segment, `?new=customers&customers=<id,id>` from Customer
// 360). Every parameter is checked against the contract's schemas, so a hand-edited link is
// ignored instead of reaching a query.
import { CampaignAudienceSchema, CampaignIdSchema, type CampaignAudience } from '../../../shared/contract/domains/campaigns';
import { WarningFilterSchema, type WarningFilter } from '../../../shared/contract/domains/warnings';
import { hashParam, hrefFor } from '../../app/routes';

export type ActionIntent = { kind: 'review'; campaignId: string } | { kind: 'new'; audience: CampaignAudience } | { kind: 'none' };

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function audienceFromHash(hash: string): CampaignAudience | null {
  const kind = hashParam(hash, 'new');
  let candidate: unknown = null;
  if (kind === 'warnings') {
    const filter = hashParam(hash, 'filter');
    candidate = { kind, filter: filter === null ? {} : parseJson(filter) };
  } else if (kind === 'segment') {
    candidate = { kind, segmentId: Number(hashParam(hash, 'segment')) };
  } else if (kind === 'customers') {
    const ids = (hashParam(hash, 'customers') ?? '').split(',').filter((s) => s.length > 0);
    candidate = { kind, customerIds: [...new Set(ids)] };
  }
  const parsed = CampaignAudienceSchema.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}

export function actionIntentFromHash(hash: string): ActionIntent {
  const campaign = CampaignIdSchema.safeParse(hashParam(hash, 'campaign'));
  if (campaign.success) return { kind: 'review', campaignId: campaign.data };
  const audience = audienceFromHash(hash);
  return audience ? { kind: 'new', audience } : { kind: 'none' };
}

export function campaignHref(campaignId: string): string {
  return `${hrefFor('actions')}?campaign=${encodeURIComponent(campaignId)}`;
}

/** The inbox's "start a campaign from these" link (the Warnings page builds the same). */
export function newFromWarningsHref(filter: WarningFilter): string {
  return `${hrefFor('actions')}?new=warnings&filter=${encodeURIComponent(JSON.stringify(WarningFilterSchema.parse(filter)))}`;
}

export function newFromCustomersHref(customerIds: readonly string[]): string {
  return `${hrefFor('actions')}?new=customers&customers=${customerIds.map(encodeURIComponent).join(',')}`;
}
