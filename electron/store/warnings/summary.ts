// Counts for the navigation badge and the notification after a refresh.
import type { WarningSummary } from '../../../shared/contract/domains/warnings';
import type { Db } from '../database';

export function warningSummary(db: Db): WarningSummary {
  const counts = db
    .prepare(
      `SELECT coalesce(sum(state = 'open'), 0) AS open, coalesce(sum(state = 'acknowledged'), 0) AS acknowledged,
              coalesce(sum(state = 'open' AND severity = 'high'), 0) AS high, coalesce(sum(state = 'open' AND severity = 'medium'), 0) AS medium,
              coalesce(sum(state = 'open' AND severity = 'low'), 0) AS low
       FROM warnings WHERE state IN ('open', 'acknowledged')`,
    )
    .get() as { open: number; acknowledged: number; high: number; medium: number; low: number };
  const last = db
    .prepare(
      `SELECT snapshot_id AS snapshotId, as_of AS asOf, raised, evaluated_at AS evaluatedAt,
              coalesce(json_extract(detail, '$.raised'), 0) AS runRaised, coalesce(json_extract(detail, '$.raisedBySeverity.high'), 0) AS runHigh
       FROM warning_evaluations ORDER BY as_of DESC, snapshot_id DESC LIMIT 1`,
    )
    .get() as { snapshotId: number; asOf: string; raised: number; evaluatedAt: string; runRaised: number; runHigh: number } | undefined;
  return {
    open: counts.open,
    acknowledged: counts.acknowledged,
    bySeverity: { high: counts.high, medium: counts.medium, low: counts.low },
    raisedLast: last?.raised ?? 0,
    evaluatedOn: last?.asOf ?? null,
    snapshotId: last?.snapshotId ?? null,
    lastRun: last ? { evaluatedAt: last.evaluatedAt, raised: last.runRaised, high: last.runHigh } : null,
  };
}
