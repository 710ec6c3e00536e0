// Dashboard use cases: KPIs and the monthly churn trend (implicit churn definition).
import type { ChurnTrendPoint, Kpis } from '../../shared/contract/operations';
import { churnRate, lastCompleteMonths } from '../../shared/metrics/months';
import { activeOn, dataDate, monthlyChurn } from '../store/churn-rates';
import type { Db } from '../store/database';

/** PRODUCT.md §5 default until the configurable churn definition arrives. */
export const DEFAULT_INACTIVITY_DAYS = 90;

export function churnTrend(db: Db, months: number): { dataDate: string | null; inactivityDays: number; points: ChurnTrendPoint[] } {
  const asOf = dataDate(db);
  if (!asOf) return { dataDate: null, inactivityDays: DEFAULT_INACTIVITY_DAYS, points: [] };
  const bounds = lastCompleteMonths(asOf, months);
  const points = monthlyChurn(db, bounds, asOf, DEFAULT_INACTIVITY_DAYS).map((row) => ({
    month: row.month,
    activeAtStart: row.activeAtStart,
    churned: row.churned,
    rate: churnRate(row.activeAtStart, row.churned),
  }));
  return { dataDate: asOf, inactivityDays: DEFAULT_INACTIVITY_DAYS, points };
}

export function kpis(db: Db): Kpis {
  const customers = db.prepare('SELECT count(*) FROM customers').pluck().get() as number;
  const trend = churnTrend(db, 2);
  const asOf = trend.dataDate;
  const last = trend.points.at(-1);
  const prev = trend.points.at(-2);
  const rateLast = last?.rate ?? null;
  const ratePrev = prev?.rate ?? null;
  return {
    dataDate: asOf,
    month: last?.month ?? null,
    customers,
    activeCustomers: asOf ? activeOn(db, asOf, DEFAULT_INACTIVITY_DAYS) : 0,
    churnedLastMonth: last?.churned ?? 0,
    churnRateLastMonth: rateLast,
    churnRatePrevMonth: ratePrev,
    churnRateChange: rateLast !== null && ratePrev !== null ? (rateLast - ratePrev) * 100 : null,
    inactivityDays: DEFAULT_INACTIVITY_DAYS,
  };
}
