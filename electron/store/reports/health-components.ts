// The health score by component for the monthly report: over the newest snapshot's scores, the
// mean score of each health group (customers with data for it) and its mean applied weight (0
// where a customer had no data), over non-churned customers (the mart's lifecycle active or
// prospect, as avg_health_score counts) — overall and by tier. customer_scores.health_groups is a
// JSON array of [score | null, weight] in the order of the snapshot's health configuration.
import type { Db } from '../database';
import { getHealthConfig } from '../scoring/settings';

export interface HealthComponentRow {
  /** The health group's id (label scoring:health.groupNames.<id>). */
  readonly group: string;
  /** null: overall; else the tier code. */
  readonly tier: string | null;
  readonly score: number | null;
  readonly weight: number | null;
  /** Customers counted (non-churned with a score row). */
  readonly customers: number;
}

const SQL = `
  SELECT CAST(g.key AS INTEGER) AS idx, m.tier AS tier,
         avg(json_extract(g.value, '$[0]')) AS score,
         avg(json_extract(g.value, '$[1]')) AS weight,
         count(*) AS customers
  FROM customer_scores s
  JOIN customer_mart m ON m.customer_id = s.customer_id
  JOIN json_each(s.health_groups) g
  WHERE s.snapshot_id = ? AND m.lifecycle IN ('active', 'prospect') AND s.health_groups IS NOT NULL
  GROUP BY GROUPING
  ORDER BY idx, tier`;

const TIER_ORDER = ['healthy', 'watch', 'atRisk'];

export function healthComponents(db: Db): HealthComponentRow[] {
  const snapshot = db.prepare('SELECT snapshot_id AS id, health_version AS version FROM snapshots ORDER BY as_of DESC, snapshot_id DESC LIMIT 1').get() as
    { id: number; version: number | null } | undefined;
  if (!snapshot) return [];
  const groups = getHealthConfig(db, snapshot.version ?? 0).config.groups;
  type Raw = { idx: number; tier: string | null; score: number | null; weight: number | null; customers: number };
  const overall = db.prepare(SQL.replace('GROUPING', 'idx').replace('m.tier AS tier', 'NULL AS tier')).all(snapshot.id) as Raw[];
  const byTier = (db.prepare(SQL.replace('GROUPING', 'idx, m.tier')).all(snapshot.id) as Raw[]).filter((r) => r.tier !== null);
  byTier.sort((a, b) => a.idx - b.idx || TIER_ORDER.indexOf(a.tier ?? '') - TIER_ORDER.indexOf(b.tier ?? ''));
  return [...overall, ...byTier].flatMap((r) => {
    const group = groups[r.idx];
    return group ? [{ group: group.id, tier: r.tier, score: r.score, weight: r.weight, customers: r.customers }] : [];
  });
}
