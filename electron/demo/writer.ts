// Prepared INSERT statements for every table the demo fills, with running row counts. The
// caller wraps all use in one transaction; statement reuse plus one commit is what makes
// millions of rows take seconds.
import type { Db } from '../store/database';

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

export type DemoWriter = ReturnType<typeof createWriter>;

export function createWriter(db: Db) {
  const statements = {
    customer: db.prepare(
      `INSERT INTO customers (customer_id, name, region, city, industry, segment, owner, signup_date, contract_end,
         status, cancel_date, cancel_reason, attributes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    order: db.prepare(
      `INSERT INTO orders (order_id, customer_id, order_date, amount, quantity, product, category, channel, discount, status)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    activity: db.prepare(`INSERT INTO activities (customer_id, activity_date, kind, count, duration) VALUES (?, ?, ?, ?, ?)`),
    ticket: db.prepare(
      `INSERT INTO tickets (ticket_id, customer_id, opened_at, first_response_at, resolved_at, kind, severity, satisfaction, attributes)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    survey: db.prepare(`INSERT INTO surveys (customer_id, survey_date, kind, score, comment) VALUES (?, ?, ?, ?, ?)`),
    signal: db.prepare(`INSERT INTO market_signals (customer_id, signal_date, competitor, kind, attributes) VALUES (?, ?, ?, ?, ?)`),
    campaign: db.prepare(
      `INSERT INTO campaigns (campaign_id, name, playbook, channel, cost_per_contact, start_date, end_date, control_share, seed, attributes)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    action: db.prepare(
      `INSERT INTO actions (campaign_id, customer_id, action_date, owner, kind, cost, grp, outcome, attributes)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
  };
  const counts: RowCounts = {
    customers: 0,
    orders: 0,
    activities: 0,
    tickets: 0,
    surveys: 0,
    market_signals: 0,
    campaigns: 0,
    actions: 0,
  };

  return {
    counts,
    customer(row: {
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
    }): void {
      statements.customer.run(
        row.id,
        row.name,
        row.region,
        row.city,
        row.industry,
        row.segment,
        row.owner,
        row.signupDate,
        row.contractEnd,
        row.status,
        row.cancelDate,
        row.cancelReason,
        row.attributes,
      );
      counts.customers++;
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
      statements.order.run(id, customerId, date, amount, quantity, product, category, channel, discount, status);
      counts.orders++;
    },
    activity(customerId: string, date: string, kind: string, count: number, duration: number | null): void {
      statements.activity.run(customerId, date, kind, count, duration);
      counts.activities++;
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
      statements.ticket.run(id, customerId, openedAt, firstResponseAt, resolvedAt, kind, severity, satisfaction, attributes);
      counts.tickets++;
    },
    survey(customerId: string, date: string, kind: 'csat' | 'nps', score: number, comment: string | null): void {
      statements.survey.run(customerId, date, kind, score, comment);
      counts.surveys++;
    },
    signal(customerId: string, date: string, competitor: string, kind: string, attributes: string): void {
      statements.signal.run(customerId, date, competitor, kind, attributes);
      counts.market_signals++;
    },
    campaign(row: {
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
    }): void {
      statements.campaign.run(
        row.id,
        row.name,
        row.playbook,
        row.channel,
        row.costPerContact,
        row.startDate,
        row.endDate,
        row.controlShare,
        row.seed,
        row.attributes,
      );
      counts.campaigns++;
    },
    action(row: {
      campaignId: string;
      customerId: string;
      date: string;
      owner: string;
      kind: string;
      cost: number;
      group: 'treatment' | 'control';
      outcome: 'retained' | 'churned';
      attributes: string;
    }): void {
      statements.action.run(row.campaignId, row.customerId, row.date, row.owner, row.kind, row.cost, row.group, row.outcome, row.attributes);
      counts.actions++;
    },
  };
}
