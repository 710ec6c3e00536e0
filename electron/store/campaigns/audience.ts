// Who a campaign's audience holds, from the newest snapshot's customer mart: a saved segment or
// list (membersWhere), an unsaved rule (the catalog's filter compiler), the customers of the
// inbox's warnings (warningCustomersWhere) or a list of ids, each bound as a parameter. A
// retention campaign leaves the churned out (there is nothing to retain), a win-back campaign
// the live ones (there is nothing to win back).
import type { CampaignAudience, OutcomeMetric } from '../../../shared/contract/domains/campaigns';
import type { BoundValue } from '../../../shared/query';
import type { Db } from '../database';
import { compileCustomerFilter, customerFilterContext } from '../segments/filter-context';
import { membersWhere } from '../segments/members-where';
import { warningCustomersWhere } from '../warnings/customers-where';

export interface AudienceCustomer {
  readonly customerId: string;
  readonly owner: string | null;
  readonly tier: string | null;
  readonly valueRisk: string | null;
  readonly clv: number | null;
  readonly churnProbability: number | null;
  readonly lifecycle: string | null;
}

export function audienceWhere(db: Db, audience: CampaignAudience): { sql: string; params: BoundValue[] } {
  switch (audience.kind) {
    case 'segment':
      return membersWhere(db, { segmentId: audience.segmentId });
    case 'filter':
      return compileCustomerFilter(audience.filter, customerFilterContext(db));
    case 'warnings':
      return warningCustomersWhere(db, audience.filter);
    case 'customers':
      return { sql: 'customer_id IN (SELECT value FROM json_each(?))', params: [JSON.stringify(audience.customerIds)] };
  }
}

export function isExcluded(metric: OutcomeMetric, lifecycle: string | null): boolean {
  if (metric === 'retention') return lifecycle === 'churned';
  if (metric === 'winback') return lifecycle !== 'churned';
  return false;
}

/** The audience's customers in id order, and how many of them the metric leaves out. */
export function audienceCustomers(db: Db, audience: CampaignAudience, metric: OutcomeMetric): { included: AudienceCustomer[]; excluded: number } {
  const where = audienceWhere(db, audience);
  const rows = db
    .prepare(
      `SELECT customer_id AS customerId, owner, tier, value_risk AS valueRisk, clv, churn_probability AS churnProbability, lifecycle
       FROM customer_mart WHERE ${where.sql} ORDER BY customer_id`,
    )
    .all(...where.params) as AudienceCustomer[];
  const included = rows.filter((r) => !isExcluded(metric, r.lifecycle));
  return { included, excluded: rows.length - included.length };
}
