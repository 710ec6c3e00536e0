// Which event sources a snapshot has data from (PRODUCT.md §5, issue 10 §5 "Sparse sources").
//
// A feature such as "complaints in 90 days" is 0 for a customer without tickets, which the
// health score reads as "no complaints" — a full 100. That is right when tickets are imported
// and this customer had none; it is wrong when no tickets were imported at all: order-only
// data then scores every customer 100 on complaints and competition and lifts them all into
// the healthy tier. So each snapshot decides, per source, whether the source is present:
//
//   present ⇔ rows for at least `minCustomerShare` of the customers known on T (default 2 %)
//            AND at least one row in the `windowDays` before T (default 365 days)
//
// Why a share and not "any row": a few test tickets or one pilot survey would otherwise make
// the source count for everyone, and every other customer would score 100 on it again. 2 % is
// far below what a source in real use covers (the demo's sparsest source, signals, covers
// about a fifth of customers) yet above a handful of stray rows. Why a window: a source whose
// export stopped years ago says nothing about today — its 90-day counts are 0 for everyone.
// 365 days is the longest window any feature reads. Both are scoring settings.
//
// The indicators of an absent source are "no data" for every customer: left out of the score
// with the remaining weights renormalised (shared/scoring/health.ts), never scored 100.
import type { EventHistory } from './history';
import type { Events } from './events';
import type { FeatureId } from './feature-catalog';
import type { HealthConfig } from './health-config';

export const healthSources = ['orders', 'activities', 'tickets', 'surveys', 'signals'] as const;
export type HealthSource = (typeof healthSources)[number];

/**
 * The event tables each feature is computed from. A feature is "no data" only when every one
 * of its sources is absent: satisfaction comes from surveys and from rated tickets. Features
 * not listed (tenure, contract end) come from the customer table itself and are always present
 * (a customer without a contract end date has NaN, handled per customer).
 */
export const featureSources: Partial<Record<FeatureId, readonly HealthSource[]>> = {
  recency_days: ['orders'],
  orders_30d: ['orders'],
  orders_90d: ['orders'],
  orders_180d: ['orders'],
  orders_365d: ['orders'],
  amount_30d: ['orders'],
  amount_90d: ['orders'],
  amount_180d: ['orders'],
  amount_365d: ['orders'],
  amount_change_90d: ['orders'],
  avg_discount_90d: ['orders'],
  median_order_gap_days: ['orders'],
  overdue_ratio: ['orders'],
  active_days_30d: ['activities'],
  active_days_90d: ['activities'],
  active_days_trend: ['activities'],
  page_views_30d: ['activities'],
  page_views_90d: ['activities'],
  page_views_trend: ['activities'],
  email_opens_90d: ['activities'],
  tickets_90d: ['tickets'],
  complaints_90d: ['tickets'],
  severe_complaints_90d: ['tickets'],
  complaints_365d: ['tickets'],
  first_response_hours: ['tickets'],
  satisfaction_avg: ['surveys', 'tickets'],
  satisfaction_trend: ['surveys', 'tickets'],
  nps_avg: ['surveys'],
  nps_trend: ['surveys'],
  competitor_signals_90d: ['signals'],
  price_signals_90d: ['signals'],
};

export interface SourceCoverageRule {
  minCustomerShare: number;
  windowDays: number;
}

export interface SourceCoverage {
  source: HealthSource;
  /** Customers known on T with at least one row dated ≤ T. */
  customers: number;
  /** customers / customers known on T (0 when none are known). */
  share: number;
  /** Rows dated in (T − windowDays, T]. */
  rowsInWindow: number;
  present: boolean;
}

/** Coverage of each source among `rows` (history customer indexes known on T). */
export function sourceCoverage(h: EventHistory, rows: Int32Array, T: number, rule: SourceCoverageRule): SourceCoverage[] {
  const tables: Record<HealthSource, Events> = { orders: h.orders, activities: h.activities, tickets: h.tickets, surveys: h.surveys, signals: h.signals };
  return healthSources.map((source) => {
    const e = tables[source];
    let customers = 0;
    let rowsInWindow = 0;
    for (let r = 0; r < rows.length; r++) {
      const c = rows[r]!;
      const from = e.offsets[c]!;
      const to = e.offsets[c + 1]!;
      // Rows are sorted by day: the first tells whether the customer has any row by T.
      if (to === from || e.day[from]! > T) continue;
      customers++;
      for (let i = to - 1; i >= from; i--) {
        const age = T - e.day[i]!;
        if (age < 0) continue;
        if (age >= rule.windowDays) break;
        rowsInWindow++;
      }
    }
    const share = rows.length > 0 ? customers / rows.length : 0;
    return { source, customers, share, rowsInWindow, present: rowsInWindow > 0 && share >= rule.minCustomerShare };
  });
}

/** A feature has data unless every source it is computed from is absent. */
export function featureHasData(feature: string, absent: ReadonlySet<string>): boolean {
  const sources = featureSources[feature as FeatureId];
  return sources === undefined || sources.some((s) => !absent.has(s));
}

export interface NoDataIndicator {
  indicator: string;
  /** The absent sources the indicator's feature is computed from (what the note names). */
  sources: HealthSource[];
}

/** The configuration's indicators whose feature has no data, given the absent sources. */
export function noDataIndicators(config: HealthConfig, absent: ReadonlySet<string>): NoDataIndicator[] {
  return config.indicators
    .filter((ind) => !featureHasData(ind.feature, absent))
    .map((ind) => ({ indicator: ind.id, sources: [...(featureSources[ind.feature as FeatureId] ?? [])] }));
}

export function absentSources(coverage: readonly Pick<SourceCoverage, 'source' | 'present'>[]): Set<string> {
  return new Set(coverage.filter((c) => !c.present).map((c) => c.source));
}
