// Order-only workspaces (issue 10 §5): the refresh marks the indicators of the sources that
// are missing "no data", stores them with the snapshot, scores nobody 100 on them, and the
// tiers are not degenerate. Before: the Taobao shop's 2018–2019 exports gave 626 healthy,
// 46 watch and 0 at risk with competition and complaints at 100 for everyone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createDemoWorkspace } from '../../electron/demo/generate';
import { openWorkspace, type Workspace } from '../../electron/store/workspace';
import { runRefresh } from '../../electron/service/scoring/refresh';
import { previewHealth } from '../../electron/service/scoring/preview';
import { getHealthConfig } from '../../electron/store/scoring/settings';
import type { SnapshotSummary } from '../../shared/contract/domains/scoring-schemas';
import { dataDir, hasData } from '../unit/import/helpers';
import { importFiles, openService } from '../unit/import/import-support';
import { tempDir } from '../support/temp';

const quiet = () => undefined;
const ABSENT_INDICATORS = ['reply_time', 'satisfaction', 'active_days', 'page_views', 'competitor_attention', 'complaint_count', 'complaint_severity'];

/** Checks shared by both workspaces; returns the active customers' tier shares. */
function expectOrderOnly(ws: Workspace, summary: SnapshotSummary) {
  expect(summary.sources.filter((s) => s.present).map((s) => s.source)).toEqual(['orders']);
  expect(summary.noDataIndicators.map((x) => x.indicator)).toEqual(ABSENT_INDICATORS);
  const config = getHealthConfig(ws.db).config;
  const groups = config.groups.map((g) => g.id);
  const rows = ws.db.prepare('SELECT health_groups, health_indicators FROM customer_scores WHERE snapshot_id = ? AND health_score IS NOT NULL').all(summary.snapshotId) as {
    health_groups: string;
    health_indicators: string;
  }[];
  expect(rows.length).toBeGreaterThan(100);
  for (const row of rows) {
    const g = JSON.parse(row.health_groups) as [number | null, number][];
    const ind = JSON.parse(row.health_indicators) as (number | null)[];
    // Only the purchase group has data, with the whole weight.
    g.forEach(([score, weight], j) => {
      if (groups[j] === 'purchase') expect(weight).toBeCloseTo(1, 6);
      else expect([score, weight]).toEqual([null, 0]);
    });
    config.indicators.forEach((indicator, k) => {
      if (ABSENT_INDICATORS.includes(indicator.id)) expect(ind[k]).toBeNull();
    });
  }
  const { healthy, watch, atRisk } = summary.tierCounts;
  const active = healthy + watch + atRisk;
  return { healthy: healthy / active, watch: watch / active, atRisk: atRisk / active, active };
}

describe('an order-only demo workspace (every other source emptied)', () => {
  const t = tempDir();
  let ws: Workspace;
  let summary: SnapshotSummary;

  beforeAll(async () => {
    const path = join(t.dir, 'orders-only.churn');
    await createDemoWorkspace(path, { customers: 1500 });
    ws = await openWorkspace(path);
    ws.db.exec('DELETE FROM activities; DELETE FROM tickets; DELETE FROM surveys; DELETE FROM market_signals;');
    summary = runRefresh(ws.db, { trainIfMissing: false }, quiet);
  });
  afterAll(() => {
    ws.close();
    t.cleanup();
  });

  it('leaves the missing sources out and spreads customers over all three tiers', () => {
    const shares = expectOrderOnly(ws, summary);
    expect(shares.active).toBeGreaterThan(500);
    for (const share of [shares.healthy, shares.watch, shares.atRisk]) expect(share).toBeGreaterThan(0.01);
    expect(shares.healthy).toBeLessThan(0.9);
  });

  it('the preview scores a draft the same way, and names what has no data', () => {
    const preview = previewHealth(ws.db, getHealthConfig(ws.db).config);
    expect(preview.tiers).toEqual(summary.tierCounts);
    expect(preview.noDataIndicators.map((x) => x.indicator)).toEqual(ABSENT_INDICATORS);
    expect(preview.groupMeans.find((g) => g.group === 'complaints')?.mean).toBeNull();
  });
});

describe.skipIf(!hasData)('the Taobao shop exports 2018 + 2019 (orders only)', () => {
  const t = tempDir();
  let ws: Workspace;
  let summary: SnapshotSummary;

  beforeAll(async () => {
    const path = join(t.dir, 'taobao.churn');
    const service = await openService(path);
    try {
      await importFiles(service, { files: ['2018.xlsx', '2019.xlsx'].map((f) => ({ path: join(dataDir, 'cn-taobao-orders', '14', 'data', f) })) });
    } finally {
      service.close();
    }
    ws = await openWorkspace(path);
    summary = runRefresh(ws.db, { trainIfMissing: false }, quiet);
  });
  afterAll(() => {
    ws?.close();
    t.cleanup();
  });

  it('no longer puts nearly everyone in the healthy tier: some active customers are at risk', () => {
    const shares = expectOrderOnly(ws, summary);
    expect(shares.active).toBe(672);
    expect(summary.tierCounts.atRisk).toBeGreaterThan(0);
    expect(shares.healthy).toBeLessThan(0.8);
    expect(shares.watch).toBeGreaterThan(0.1);
  });
});

if (!hasData) console.log(`[sparse-sources] ${dataDir} is absent: the Taobao order-only case is skipped`);
