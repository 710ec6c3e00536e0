// Every campaign member's outcome under its campaign's metric (campaign_members.success), kept
// current after each refresh and each outcome write. Lead's scaffold: the campaigns-core helper builds it.
import type { Db } from '../database';

/** Returns how many members were measured. */
export function measureCampaignOutcomes(db: Db, campaignId?: string): number {
  void db;
  void campaignId;
  return 0;
}
