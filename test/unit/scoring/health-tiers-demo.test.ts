// The default health configuration on the demo workspace: the tiers an analyst sees among
// active customers are believable — some are at risk, churned customers are at risk more
// often than active ones, and the tiers order customers by how often they go on to churn.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createDemoWorkspace } from '../../../electron/demo/generate';
import { openWorkspace, type Workspace } from '../../../electron/store/workspace';
import { runRefresh } from '../../../electron/service/scoring/refresh';
import { scoringDataDay } from '../../../electron/store/scoring/data-date';
import { isoOfDay } from '../../../shared/scoring/days';
import type { SnapshotSummary } from '../../../shared/contract/domains/scoring-schemas';
import { tempDir } from '../../support/temp';

const quiet = () => undefined;
const HORIZON = 90;

describe('default health tiers on the demo workspace', () => {
  const t = tempDir();
  let ws: Workspace;
  let earlier: SnapshotSummary;
  let latest: SnapshotSummary;

  beforeAll(async () => {
    const path = join(t.dir, 'demo.churn');
    await createDemoWorkspace(path, { customers: 2500 });
    ws = await openWorkspace(path);
    const dataDay = scoringDataDay(ws.db);
    earlier = runRefresh(ws.db, { asOf: isoOfDay(dataDay - HORIZON), trainIfMissing: false }, quiet);
    latest = runRefresh(ws.db, { trainIfMissing: true }, quiet);
  });
  afterAll(() => {
    ws.close();
    t.cleanup();
  });

  // Churned customers have no tier (PRODUCT.md §5 Lifecycle): their health score is banded by
  // the default thresholds (healthy ≥ 70 > watch ≥ 40 > at risk) to compare them with the rest.
  const tierShares = (snapshotId: number, churned: 0 | 1) => {
    const rows = ws.db
      .prepare(
        `SELECT CASE WHEN health_score >= 70 THEN 'healthy' WHEN health_score >= 40 THEN 'watch' ELSE 'atRisk' END AS tier, count(*) AS n
         FROM customer_scores WHERE snapshot_id = ? AND churned = ? AND health_score IS NOT NULL GROUP BY 1`,
      )
      .all(snapshotId, churned) as { tier: string; n: number }[];
    const total = rows.reduce((s, r) => s + r.n, 0);
    return { total, atRisk: rows.find((r) => r.tier === 'atRisk')?.n ?? 0 };
  };

  it('puts some active customers at risk, and churned customers more often than active ones', () => {
    const active = tierShares(latest.snapshotId, 0);
    const churned = tierShares(latest.snapshotId, 1);
    expect(active.total).toBeGreaterThan(1000);
    expect(churned.total).toBeGreaterThan(100);
    expect(active.atRisk).toBeGreaterThan(0);
    expect(churned.atRisk / churned.total).toBeGreaterThan(active.atRisk / active.total);
    expect(ws.db.prepare('SELECT count(*) FROM customer_scores WHERE snapshot_id = ? AND churned = 1 AND tier IS NOT NULL').pluck().get(latest.snapshotId)).toBe(0);
    // The Dashboard's KPIs read these figures from the snapshot summary.
    expect(latest.tierCounts.atRisk).toBe(active.atRisk);
    expect(latest.atRiskClv ?? 0).toBeGreaterThan(0);
  });

  it('orders customers active at an earlier snapshot by later churn: at risk > watch > healthy', () => {
    const rows = ws.db
      .prepare(
        `SELECT e.tier AS tier, count(*) AS n, sum(l.churned) AS churned
         FROM customer_scores e JOIN customer_scores l ON l.customer_id = e.customer_id AND l.snapshot_id = ?
         WHERE e.snapshot_id = ? AND e.churned = 0 AND e.tier IS NOT NULL GROUP BY e.tier`,
      )
      .all(latest.snapshotId, earlier.snapshotId) as { tier: string; n: number; churned: number }[];
    const rate = (tier: string) => {
      const r = rows.find((x) => x.tier === tier);
      if (!r || r.n === 0) throw new Error(`no ${tier} customers at the earlier snapshot`);
      return r.churned / r.n;
    };
    expect(rate('atRisk')).toBeGreaterThan(rate('watch'));
    expect(rate('watch')).toBeGreaterThan(rate('healthy'));
  });
});
