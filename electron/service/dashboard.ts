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
    ...atRiskFromLatestSnapshot(db),
  };
}

/** At-risk count and CLV of the latest snapshot (customers not churned on its date). */
function atRiskFromLatestSnapshot(db: Db): { atRiskCustomers: number | null; atRiskClv: number | null; scoredAsOf: string | null } {
  const hasScores = db.prepare(`SELECT 1 FROM pragma_table_info('customer_scores') WHERE name = 'churned'`).get() !== undefined;
  const latest = hasScores
    ? (db.prepare('SELECT snapshot_id, as_of FROM snapshots ORDER BY as_of DESC, snapshot_id DESC LIMIT 1').get() as { snapshot_id: number; as_of: string } | undefined)
    : undefined;
  if (!latest) return { atRiskCustomers: null, atRiskClv: null, scoredAsOf: null };
  const row = db
    .prepare(`SELECT count(*) AS n, sum(clv) AS clv FROM customer_scores WHERE snapshot_id = ? AND tier = 'atRisk' AND churned = 0`)
    .get(latest.snapshot_id) as { n: number; clv: number | null };
  return { atRiskCustomers: row.n, atRiskClv: row.clv ?? 0, scoredAsOf: latest.as_of };
}
