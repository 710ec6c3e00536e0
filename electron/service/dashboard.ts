// Dashboard use cases: KPIs and the monthly churn trend, read from the customer mart and the
// monthly churn facts that the newest refresh built with the configured churn definition —
// the same lifecycle the Customers grid and Health show, so their counts agree.
import type { ChurnTrendPoint, Kpis } from '../../shared/contract/operations';
import { ChurnDefinitionSchema, type ChurnDefinition } from '../../shared/scoring/churn-definition';
import { churnRate, lastCompleteMonths } from '../../shared/metrics/months';
import type { Db } from '../store/database';
import { martState, type MartState } from '../store/analytics/mart-state';
import { measureValue, runQuery } from '../store/analytics/run-query';
import { getChurnDefinition } from '../store/scoring/settings';

/** The definition the snapshot was computed with (the saved one when there is no snapshot yet). */
function definitionOf(db: Db, state: MartState | null): ChurnDefinition {
  const parsed = state ? ChurnDefinitionSchema.safeParse(state.churnDefinition) : null;
  return parsed?.success ? parsed.data : getChurnDefinition(db);
}

function trendOf(db: Db, state: MartState, months: number): ChurnTrendPoint[] {
  const bounds = lastCompleteMonths(state.asOf, months);
  if (bounds.length === 0) return [];
  const result = runQuery(
    db,
    {
      source: 'churn_month',
      measures: ['active_at_start', 'churned'],
      dimensions: [{ field: 'month' }],
      // Months are 'YYYY-MM' text: the window is the list of its months.
      filter: { kind: 'condition', field: 'month', op: 'in', values: bounds.map((b) => b.month) },
    },
    state.asOf,
  );
  const byMonth = new Map(result.rows.map((r) => [String(r[0]), { activeAtStart: Number(r[1] ?? 0), churned: Number(r[2] ?? 0) }]));
  return bounds.map(({ month }) => {
    const m = byMonth.get(month) ?? { activeAtStart: 0, churned: 0 };
    return { month, ...m, rate: churnRate(m.activeAtStart, m.churned) };
  });
}

export function churnTrend(db: Db, months: number): { dataDate: string | null; inactivityDays: number; points: ChurnTrendPoint[] } {
  const state = martState(db);
  const def = definitionOf(db, state);
  if (!state) return { dataDate: null, inactivityDays: def.implicit.days, points: [] };
  return { dataDate: state.asOf, inactivityDays: def.implicit.days, points: trendOf(db, state, months) };
}

export function kpis(db: Db): Kpis {
  const state = martState(db);
  const def = definitionOf(db, state);
  const customers = db.prepare('SELECT count(*) FROM customer_mart').pluck().get() as number;
  if (!state) {
    return {
      dataDate: null,
      month: null,
      customers,
      activeCustomers: 0,
      churnedLastMonth: 0,
      churnRateLastMonth: null,
      churnRatePrevMonth: null,
      churnRateChange: null,
      inactivityDays: def.implicit.days,
      atRiskCustomers: null,
      atRiskClv: null,
      scoredAsOf: null,
    };
  }
  const asOf = state.asOf;
  const [prev, last] = trendOf(db, state, 2);
  const rateLast = last?.rate ?? null;
  const ratePrev = prev?.rate ?? null;
  return {
    dataDate: asOf,
    month: last?.month ?? null,
    customers,
    activeCustomers: measureValue(db, 'customer', 'active_customers', { asOf }) ?? 0,
    churnedLastMonth: last?.churned ?? 0,
    churnRateLastMonth: rateLast,
    churnRatePrevMonth: ratePrev,
    churnRateChange: rateLast !== null && ratePrev !== null ? (rateLast - ratePrev) * 100 : null,
    inactivityDays: def.implicit.days,
    atRiskCustomers: measureValue(db, 'customer', 'at_risk_customers', { asOf }) ?? 0,
    atRiskClv: measureValue(db, 'customer', 'clv_at_risk', { asOf }) ?? 0,
    scoredAsOf: asOf,
  };
}
