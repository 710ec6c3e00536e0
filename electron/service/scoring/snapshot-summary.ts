// The summary of a stored snapshot, read back from the database (what list and refresh return).
import type { SnapshotSummary } from '../../../shared/contract/domains/scoring-schemas';
import type { StoredSnapshotWarning } from '../../../shared/contract/domains/snapshot-warnings';
import { AppError } from '../../../shared/contract/errors';
import type { Db } from '../../store/database';
import { getSnapshotRow, listSnapshotRows, type SnapshotRow } from '../../store/scoring/snapshot-read';

interface StoredSummary {
  churnDefinition?: unknown;
  bgnbd?: SnapshotSummary['bgnbd'];
  gammaGamma?: SnapshotSummary['gammaGamma'];
  warnings?: StoredSnapshotWarning[];
  durationMs?: number;
  sources?: SnapshotSummary['sources'];
  noDataIndicators?: SnapshotSummary['noDataIndicators'];
}

export function summarizeSnapshot(db: Db, snapshotId: number): SnapshotSummary {
  const row = getSnapshotRow(db, snapshotId);
  if (!row) throw new AppError('NOT_FOUND', `snapshot ${snapshotId} does not exist`, { reason: 'snapshotNotFound', params: { snapshotId } });
  return toSummary(db, row);
}

export function listSnapshots(db: Db): SnapshotSummary[] {
  return listSnapshotRows(db).map((row) => toSummary(db, row));
}

function toSummary(db: Db, row: SnapshotRow): SnapshotSummary {
  const stored = (row.summary ? JSON.parse(row.summary) : {}) as StoredSummary;
  const counts = db
    .prepare(
      `SELECT sum(churned = 0 AND tier = 'healthy') AS healthy, sum(churned = 0 AND tier = 'watch') AS watch,
              sum(churned = 0 AND tier = 'atRisk') AS atRisk, avg(CASE WHEN churned = 0 THEN health_score END) AS meanHealth, sum(CASE WHEN tier = 'atRisk' AND churned = 0 THEN clv END) AS atRiskClv,
              sum(value_risk = 'highValue') AS highValue, sum(value_risk = 'potential') AS potential,
              sum(value_risk = 'warning') AS warning, sum(value_risk = 'lowValue') AS lowValue
       FROM customer_scores WHERE snapshot_id = ?`,
    )
    .get(row.snapshot_id) as Record<string, number | null>;
  const int = (v: number | null | undefined): number => v ?? 0;
  return {
    snapshotId: row.snapshot_id,
    asOf: row.as_of,
    createdAt: row.created_at,
    customers: row.customers,
    churnDefinition: stored.churnDefinition ?? null,
    healthConfigVersion: row.health_version ?? 0,
    modelRunId: row.model_run_id,
    tierCounts: { healthy: int(counts.healthy), watch: int(counts.watch), atRisk: int(counts.atRisk) },
    valueRiskCounts: { highValue: int(counts.highValue), potential: int(counts.potential), warning: int(counts.warning), lowValue: int(counts.lowValue) },
    meanHealth: counts.meanHealth ?? null,
    atRiskClv: counts.atRiskClv ?? null,
    bgnbd: stored.bgnbd ?? null,
    gammaGamma: stored.gammaGamma ?? null,
    durationMs: stored.durationMs ?? 0,
    warnings: stored.warnings ?? [],
    sources: stored.sources ?? [],
    noDataIndicators: stored.noDataIndicators ?? [],
  };
}
