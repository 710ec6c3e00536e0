// A health-configuration change is not a customer's score change (issue 10 §9): after new
// weights the refresh reports no "change since last snapshot" (null, not the difference the
// new weights made), the mart has no previous health score for changed_by to compare with,
// and Customer 360's history marks the version change. Same configuration again: changes
// are reported as before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createDemoWorkspace } from '../../electron/demo/generate';
import { openWorkspace, type Workspace } from '../../electron/store/workspace';
import { runRefresh } from '../../electron/service/scoring/refresh';
import { customerProfile } from '../../electron/service/scoring/profile';
import { scoringDataDay } from '../../electron/store/scoring/data-date';
import { getHealthConfig, saveHealthConfig } from '../../electron/store/scoring/settings';
import { isoOfDay } from '../../shared/scoring/days';
import type { SnapshotSummary } from '../../shared/contract/domains/scoring-schemas';
import { tempDir } from '../support/temp';

const quiet = () => undefined;

describe('health change across a configuration change', () => {
  const t = tempDir();
  let ws: Workspace;
  let first: SnapshotSummary;
  let second: SnapshotSummary;
  let reweighted: SnapshotSummary;
  let resaved: SnapshotSummary;
  /** customer_mart's previous health scores right after the reweighted refresh. */
  let martPreviousAfterReweight = -1;
  const one = <T>(sql: string, ...params: unknown[]) =>
    ws.db
      .prepare(sql)
      .pluck()
      .get(...params) as T;
  /** Customers scored in both snapshots, with the stored change and the plain difference. */
  const pairs = (before: number, after: number) =>
    ws.db
      .prepare(
        `SELECT a.customer_id AS id, a.health_change AS change, a.health_score - b.health_score AS diff FROM customer_scores a
         JOIN customer_scores b ON b.customer_id = a.customer_id AND b.snapshot_id = ? WHERE a.snapshot_id = ? AND a.health_score IS NOT NULL AND b.health_score IS NOT NULL`,
      )
      .all(before, after) as { id: string; change: number | null; diff: number }[];

  beforeAll(async () => {
    const path = join(t.dir, 'demo.churn');
    await createDemoWorkspace(path, { customers: 1200 });
    ws = await openWorkspace(path);
    const day = scoringDataDay(ws.db);
    first = runRefresh(ws.db, { asOf: isoOfDay(day - 60), trainIfMissing: false }, quiet);
    second = runRefresh(ws.db, { asOf: isoOfDay(day - 30), trainIfMissing: false }, quiet);
    const config = getHealthConfig(ws.db).config;
    const heavier = { ...config, groups: config.groups.map((g) => ({ ...g, weight: g.id === 'complaints' ? 60 : g.id === 'purchase' ? 5 : g.weight })) };
    saveHealthConfig(ws.db, heavier, 'complaints first');
    reweighted = runRefresh(ws.db, { trainIfMissing: false }, quiet);
    martPreviousAfterReweight = one<number>('SELECT count(prev_health_score) FROM customer_mart');
    // The same configuration saved again as a new version: same basis, changes comparable.
    saveHealthConfig(ws.db, heavier, 'unchanged copy');
    resaved = runRefresh(ws.db, { trainIfMissing: false }, quiet);
  });
  afterAll(() => {
    ws.close();
    t.cleanup();
  });

  it('same configuration: the change is the score difference', () => {
    expect(second.healthConfigVersion).toBe(0);
    const p = pairs(first.snapshotId, second.snapshotId);
    expect(p.length).toBeGreaterThan(500);
    for (const { change, diff } of p) expect(change).toBeCloseTo(diff, 1);
    expect(p.filter((x) => Math.abs(x.diff) > 0.5).length).toBeGreaterThan(100);
  });

  it('after new weights: no change is reported, although the scores moved by the reweighting', () => {
    expect(reweighted.healthConfigVersion).toBe(1);
    const p = pairs(second.snapshotId, reweighted.snapshotId);
    expect(p.length).toBeGreaterThan(500);
    // The config-induced difference is there…
    expect(p.filter((x) => Math.abs(x.diff) > 1).length).toBeGreaterThan(100);
    // …and is not the customers' change.
    expect(p.filter((x) => x.change !== null)).toEqual([]);
    expect(one<number>('SELECT count(*) FROM customer_scores WHERE snapshot_id = ? AND health_change IS NOT NULL', reweighted.snapshotId)).toBe(0);
  });

  it('a version saved with the same content is the same basis: changes are reported again', () => {
    expect(resaved.healthConfigVersion).toBe(2);
    const p = pairs(reweighted.snapshotId, resaved.snapshotId);
    expect(p.length).toBeGreaterThan(500);
    for (const { change, diff } of p) expect(change).toBeCloseTo(diff, 1);
  });

  it("the mart's previous health score follows the same rule, so changed_by compares like with like", () => {
    // Reweighted against the snapshot before it: different bases, nothing to compare with.
    expect(martPreviousAfterReweight).toBe(0);
    // The mart now holds the newest snapshot (resaved) against reweighted: same basis.
    expect(one<number>('SELECT count(prev_health_score) FROM customer_mart')).toBeGreaterThan(500);
    expect(one<number>('SELECT count(*) FROM customer_mart WHERE abs(health_score - prev_health_score - health_change) > 0.01')).toBe(0);
  });

  it("Customer 360's history carries each point's version and marks the configuration change", () => {
    const id = one<string>('SELECT customer_id FROM customer_scores WHERE snapshot_id = ? AND health_score IS NOT NULL ORDER BY customer_id LIMIT 1', first.snapshotId);
    const history = customerProfile(ws.db, { customerId: id, timelineLimit: 5 }).history;
    expect(history.map((h) => [h.snapshotId, h.healthVersion, h.configChanged, h.healthChange === null])).toEqual([
      [first.snapshotId, 0, false, true],
      [second.snapshotId, 0, false, false],
      [reweighted.snapshotId, 1, true, true],
      [resaved.snapshotId, 2, false, false],
    ]);
  });
});
