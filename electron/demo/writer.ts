// Typed row writers for every table the demo fills, with running row counts. The caller wraps
// all use in one transaction and must call flush() before it commits.
import type { Db } from '../store/database';
import { BatchInserter } from './bulk-load';

export interface RowCounts {
  customers: number;
  orders: number;
  activities: number;
  tickets: number;
  surveys: number;
  market_signals: number;
  campaigns: number;
  actions: number;
}

export interface CustomerRow {
  id: string;
  name: string;
  region: string;
  city: string;
  industry: string;
  segment: string;
  owner: string;
  signupDate: string;
  contractEnd: string | null;
  status: 'active' | 'cancelled';
  cancelDate: string | null;
  cancelReason: string | null;
  attributes: string;
}

export interface CampaignRow {
  id: string;
  name: string;
  playbook: string;
  channel: string;
  costPerContact: number;
  startDate: string;
  endDate: string;
  controlShare: number;
  seed: number;
  attributes: string;
}

export interface ActionRow {
  campaignId: string;
  customerId: string;
  date: string;
  owner: string;
  kind: string;
  cost: number;
  group: 'treatment' | 'control';
  outcome: 'retained' | 'churned';
  attributes: string;
}

export type DemoWriter = ReturnType<typeof createWriter>;

export function createWriter(db: Db) {
  const tables = {
    customers: new BatchInserter(db, 'customers', [
      'customer_id',
      'name',
      'region',
      'city',
      'industry',
      'segment',
      'owner',
      'signup_date',
      'contract_end',
      'status',
      'cancel_date',
      'cancel_reason',
      'attributes',
    ]),
    orders: new BatchInserter(db, 'orders', ['order_id', 'customer_id', 'order_date', 'amount', 'quantity', 'product', 'category', 'channel', 'discount', 'status']),
    activities: new BatchInserter(db, 'activities', ['customer_id', 'activity_date', 'kind', 'count', 'duration']),
    tickets: new BatchInserter(db, 'tickets', ['ticket_id', 'customer_id', 'opened_at', 'first_response_at', 'resolved_at', 'kind', 'severity', 'satisfaction', 'attributes']),
    surveys: new BatchInserter(db, 'surveys', ['customer_id', 'survey_date', 'kind', 'score', 'comment']),
    market_signals: new BatchInserter(db, 'market_signals', ['customer_id', 'signal_date', 'competitor', 'kind', 'attributes']),
    campaigns: new BatchInserter(db, 'campaigns', [
      'campaign_id',
      'name',
      'playbook',
      'channel',
      'cost_per_contact',
      'start_date',
      'end_date',
      'control_share',
      'seed',
      'attributes',
    ]),
    actions: new BatchInserter(db, 'actions', ['campaign_id', 'customer_id', 'action_date', 'owner', 'kind', 'cost', 'grp', 'outcome', 'attributes']),
  } satisfies Record<keyof RowCounts, BatchInserter>;

  return {
    counts(): RowCounts {
      const entries = Object.entries(tables).map(([name, t]) => [name, t.rows]);
      return Object.fromEntries(entries) as RowCounts;
    },
    flush(): void {
      for (const t of Object.values(tables)) t.flush();
    },
    customer(r: CustomerRow): void {
      tables.customers.add([r.id, r.name, r.region, r.city, r.industry, r.segment, r.owner, r.signupDate, r.contractEnd, r.status, r.cancelDate, r.cancelReason, r.attributes]);
    },
    order(
      id: string,
      customerId: string,
      date: string,
      amount: number,
      quantity: number,
      product: string,
      category: string,
      channel: string,
      discount: number,
      status: 'completed' | 'refunded' | 'cancelled',
    ): void {
      tables.orders.add([id, customerId, date, amount, quantity, product, category, channel, discount, status]);
    },
    activity(customerId: string, date: string, kind: string, count: number, duration: number | null): void {
      tables.activities.add([customerId, date, kind, count, duration]);
    },
    ticket(
      id: string,
      customerId: string,
      openedAt: string,
      firstResponseAt: string | null,
      resolvedAt: string | null,
      kind: string,
      severity: string,
      satisfaction: number | null,
      attributes: string,
    ): void {
      tables.tickets.add([id, customerId, openedAt, firstResponseAt, resolvedAt, kind, severity, satisfaction, attributes]);
    },
    survey(customerId: string, date: string, kind: 'csat' | 'nps', score: number, comment: string | null): void {
      tables.surveys.add([customerId, date, kind, score, comment]);
    },
    signal(customerId: string, date: string, competitor: string, kind: string, attributes: string): void {
      tables.market_signals.add([customerId, date, competitor, kind, attributes]);
    },
    campaign(r: CampaignRow): void {
      tables.campaigns.add([r.id, r.name, r.playbook, r.channel, r.costPerContact, r.startDate, r.endDate, r.controlShare, r.seed, r.attributes]);
    },
    action(r: ActionRow): void {
      tables.actions.add([r.campaignId, r.customerId, r.date, r.owner, r.kind, r.cost, r.group, r.outcome, r.attributes]);
    },
  };
}
