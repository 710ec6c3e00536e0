// The health score by component for the monthly report: over the newest snapshot's scores, the
// mean score of each health group (customers with data for it) and its mean applied weight (0
// where a customer had no data), over non-churned customers (the mart's lifecycle active or
// prospect, as avg_health_score counts) — overall and by tier. customer_scores.health_groups is a
// JSON array of [score | null, weight] in the order of the snapshot's health configuration.
// One scan: sums and counts per tier for every group (json_extract by index, no json_each row per
// group, which took half a minute at a million customers), the overall row summed from them.
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

const TIER_ORDER = ['healthy', 'watch', 'atRisk'];

interface Sums {
  scoreSum: number;
  scored: number;
  weightSum: number;
  customers: number;
}

export function healthComponents(db: Db): HealthComponentRow[] {
  const snapshot = db.prepare('SELECT snapshot_id AS id, health_version AS version FROM snapshots ORDER BY as_of DESC, snapshot_id DESC LIMIT 1').get() as
    { id: number; version: number | null } | undefined;
  if (!snapshot) return [];
  const groups = getHealthConfig(db, snapshot.version ?? 0).config.groups;
  // Indexes are numbers of the configuration, never input: safe to write into the statement.
  const columns = groups.flatMap((_, j) => [
    `sum(json_extract(s.health_groups, '$[${j}][0]')) AS s${j}`,
    `count(json_extract(s.health_groups, '$[${j}][0]')) AS c${j}`,
    `sum(coalesce(json_extract(s.health_groups, '$[${j}][1]'), 0)) AS w${j}`,
  ]);
  const rows = db
    .prepare(
      `SELECT m.tier AS tier, count(*) AS n, ${columns.join(', ')}
       FROM customer_scores s JOIN customer_mart m ON m.customer_id = s.customer_id
       WHERE s.snapshot_id = ? AND m.lifecycle IN ('active', 'prospect') AND s.health_groups IS NOT NULL
       GROUP BY m.tier`,
    )
    .all(snapshot.id) as Record<string, number | string | null>[];
  const sums = (row: Record<string, number | string | null>, j: number): Sums => ({
    scoreSum: Number(row[`s${j}`] ?? 0),
    scored: Number(row[`c${j}`] ?? 0),
    weightSum: Number(row[`w${j}`] ?? 0),
    customers: Number(row.n ?? 0),
  });
  const out = (group: string, tier: string | null, s: Sums): HealthComponentRow => ({
    group,
    tier,
    score: s.scored > 0 ? s.scoreSum / s.scored : null,
    weight: s.customers > 0 ? s.weightSum / s.customers : null,
    customers: s.customers,
  });
  const tiers = rows.filter((r) => typeof r.tier === 'string').sort((a, b) => TIER_ORDER.indexOf(String(a.tier)) - TIER_ORDER.indexOf(String(b.tier)));
  const overall = groups.map((g, j) =>
    out(
      g.id,
      null,
      rows.reduce<Sums>(
        (acc, r) => {
          const s = sums(r, j);
          return { scoreSum: acc.scoreSum + s.scoreSum, scored: acc.scored + s.scored, weightSum: acc.weightSum + s.weightSum, customers: acc.customers + s.customers };
        },
        { scoreSum: 0, scored: 0, weightSum: 0, customers: 0 },
      ),
    ),
  );
  const byTier = groups.flatMap((g, j) => tiers.map((r) => out(g.id, String(r.tier), sums(r, j))));
  return rows.length === 0 ? [] : [...overall, ...byTier];
}
