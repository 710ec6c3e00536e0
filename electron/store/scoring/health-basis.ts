// Reading the health basis (configuration version and "no data" indicators) of stored
// snapshots, to tell a customer's score change from a change of how scores are computed.
import { sameHealthBasis, type HealthBasis } from '../../../shared/scoring/health-basis';
import type { HealthConfig } from '../../../shared/scoring/health-config';
import type { Db } from '../database';
import { getHealthConfig } from './settings';

interface BasisRow {
  snapshot_id: number;
  as_of: string;
  health_version: number | null;
  no_data: string | null;
}

const BASIS_SELECT = `SELECT snapshot_id, as_of, health_version, json_extract(summary, '$.noDataIndicators') AS no_data FROM snapshots`;

function toBasis(row: BasisRow): HealthBasis & { snapshotId: number; asOf: string } {
  const stored = row.no_data ? (JSON.parse(row.no_data) as { indicator: string }[]) : [];
  return { snapshotId: row.snapshot_id, asOf: row.as_of, version: row.health_version ?? 0, noData: stored.map((n) => n.indicator) };
}

/** The basis of the newest snapshot as of `asOf` or earlier (the one previousHealth reads), null when none. */
export function previousBasis(db: Db, asOf: string): (HealthBasis & { snapshotId: number }) | null {
  const row = db.prepare(`${BASIS_SELECT} WHERE as_of <= ? ORDER BY as_of DESC, snapshot_id DESC LIMIT 1`).get(asOf) as BasisRow | undefined;
  return row ? toBasis(row) : null;
}

/** Every snapshot's basis by id. */
export function snapshotBases(db: Db): Map<number, HealthBasis & { asOf: string }> {
  const rows = db.prepare(BASIS_SELECT).all() as BasisRow[];
  return new Map(rows.map((r) => [r.snapshot_id, toBasis(r)]));
}

/** sameHealthBasis with the configurations read from the workspace (each version once). */
export function basisComparer(db: Db): (a: HealthBasis, b: HealthBasis) => boolean {
  const configs = new Map<number, HealthConfig | null>();
  const configOf = (version: number): HealthConfig | null => {
    if (!configs.has(version)) {
      try {
        configs.set(version, getHealthConfig(db, version).config);
      } catch {
        // A damaged or missing version cannot be shown equal to anything.
        configs.set(version, null);
      }
    }
    return configs.get(version) ?? null;
  };
  return (a, b) => sameHealthBasis(a, b, configOf);
}
