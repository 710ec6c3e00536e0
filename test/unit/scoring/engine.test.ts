// The scoring engine on the demo workspace: as-of isolation, the stored health breakdown,
// model quality (the demo's churn has real causes) and an independently recomputed AUC.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDemoWorkspace } from '../../../electron/demo/generate';
import { openWorkspace } from '../../../electron/store/workspace';
import { runRefresh } from '../../../electron/service/scoring/refresh';
import { loadHistory } from '../../../electron/store/scoring/history-load';
import { scoringDataDay } from '../../../electron/store/scoring/data-date';
import { createService } from '../../../electron/service/service';
import { defaultChurnDefinition } from '../../../shared/scoring/churn-definition';
import { trainChurnModel } from '../../../shared/scoring/training';
import { computeFeatures } from '../../../shared/scoring/features';
import { labelAt } from '../../../shared/scoring/labels';
import { buildDesign } from '../../../shared/scoring/design';
import { predict } from '../../../shared/scoring/churn-model';
import { dayOf } from '../../../shared/scoring/days';
import { tempDir } from '../../support/temp';

const AS_OF = '2026-06-30';
const quiet = () => undefined;

/** AUC by counting every (churned, retained) pair: P(s⁺ > s⁻) + ½ P(s⁺ = s⁻). */
function pairwiseAuc(scores: Float64Array, labels: Uint8Array): number {
  let wins = 0;
  let pairs = 0;
  for (let i = 0; i < scores.length; i++) {
    if (labels[i] !== 1) continue;
    for (let j = 0; j < scores.length; j++) {
      if (labels[j] !== 0) continue;
      pairs++;
      wins += scores[i]! > scores[j]! ? 1 : scores[i] === scores[j] ? 0.5 : 0;
    }
  }
  return wins / pairs;
}

describe('scoring engine on the demo workspace', () => {
  const t = tempDir();
  const demo = join(t.dir, 'demo.churn');
  beforeAll(async () => {
    await createDemoWorkspace(demo, { customers: 2500 });
  });
  afterAll(() => t.cleanup());

  it('a refresh as of T ignores every row dated after T', async () => {
    const a = join(t.dir, 'a.churn');
    const b = join(t.dir, 'b.churn');
    copyFileSync(demo, a);
    copyFileSync(demo, b);
    const wa = await openWorkspace(a);
    const wb = await openWorkspace(b);
    // Future rows in every fact table, a cancellation dated after T and a customer who signs up after T.
    wb.db.exec(`
      INSERT INTO orders (order_id, customer_id, order_date, amount, status) SELECT 'F' || customer_id, customer_id, '2026-07-01', 99999, 'completed' FROM customers;
      INSERT INTO activities (customer_id, activity_date, kind, count) SELECT customer_id, '2026-07-01 08:00:00', 'page_view', 50 FROM customers;
      INSERT INTO tickets (ticket_id, customer_id, opened_at, kind, severity) SELECT 'FT' || customer_id, customer_id, '2026-07-02', 'complaint', 'high' FROM customers;
      INSERT INTO surveys (customer_id, survey_date, kind, score) SELECT customer_id, '2026-07-03', 'nps', 0 FROM customers;
      INSERT INTO market_signals (customer_id, signal_date, kind) SELECT customer_id, '2026-07-04', 'quote_request' FROM customers;
      UPDATE customers SET status = 'cancelled', cancel_date = '2026-08-01' WHERE status = 'active' AND rowid % 7 = 0;
      INSERT INTO customers (customer_id, signup_date, status) VALUES ('FUTURE', '2026-07-10', 'active');`);
    const sa = runRefresh(wa.db, { asOf: AS_OF, trainIfMissing: true }, quiet);
    const sb = runRefresh(wb.db, { asOf: AS_OF, trainIfMissing: true }, quiet);
    const dump = (db: typeof wa.db, id: number) => [
      db.prepare(`SELECT * FROM customer_scores WHERE snapshot_id = ? ORDER BY customer_id`).raw(true).all(id),
      db.prepare(`SELECT * FROM snapshot_features WHERE snapshot_id = ? ORDER BY customer_id`).raw(true).all(id),
    ];
    expect(sb.customers).toBe(sa.customers);
    expect(sb.bgnbd).toEqual(sa.bgnbd);
    expect(dump(wb.db, sb.snapshotId)).toEqual(dump(wa.db, sa.snapshotId));
    wa.close();
    wb.close();
  });

  it('stores a health breakdown whose group points sum to the score, and the change since the previous snapshot', async () => {
    const path = join(t.dir, 'c.churn');
    copyFileSync(demo, path);
    const ws = await openWorkspace(path);
    runRefresh(ws.db, { asOf: '2026-05-31', trainIfMissing: false }, quiet);
    const s = runRefresh(ws.db, { asOf: AS_OF, trainIfMissing: false }, quiet);
    const rows = ws.db.prepare(`SELECT health_score, health_groups, health_change FROM customer_scores WHERE snapshot_id = ?`).all(s.snapshotId) as {
      health_score: number | null;
      health_groups: string;
      health_change: number | null;
    }[];
    let checked = 0;
    for (const r of rows) {
      if (r.health_score === null) continue;
      const groups = JSON.parse(r.health_groups) as [number | null, number][];
      const points = groups.reduce((sum, [score, weight]) => sum + (score ?? 0) * weight, 0);
      expect(Math.abs(points - r.health_score)).toBeLessThan(0.02);
      const weights = groups.reduce((sum, [, w]) => sum + w, 0);
      expect(weights).toBeCloseTo(1, 4);
      checked++;
    }
    expect(checked).toBeGreaterThan(2000);
    expect(rows.filter((r) => r.health_change !== null).length).toBeGreaterThan(2000);
    ws.close();
  });

  it('finds the demo churn causes: logistic and tree AUC well above 0.5, logistic AUC = pairwise AUC', async () => {
    const ws = await openWorkspace(demo, { readOnly: true });
    const limit = scoringDataDay(ws.db);
    const h = loadHistory(ws.db, limit, { flagAttribute: null });
    const base = { label: 'implicit' as const, features: 'all' as const, horizonDays: 90, lambda: 1, maxDepth: 4, minLeaf: 50, seed: 1 };
    const logistic = trainChurnModel(h, defaultChurnDefinition, { ...base, model: 'logistic' });
    const tree = trainChurnModel(h, defaultChurnDefinition, { ...base, model: 'tree' });
    expect(logistic.evaluation).toBe('time');
    expect(logistic.metrics.auc).toBeGreaterThan(0.8);
    expect(tree.metrics.auc).toBeGreaterThan(0.75);
    expect(logistic.solver?.converged).toBe(true);
    // Independent recomputation on the evaluation window.
    const frame = computeFeatures(h, dayOf(logistic.evalAsOf));
    const set = labelAt(h, defaultChurnDefinition, 'implicit', frame, 90);
    const X = buildDesign(logistic.state.spec, frame, h, set.rows);
    const scores = predict(logistic.state, X.X, X.n);
    expect(pairwiseAuc(scores, set.labels)).toBeCloseTo(logistic.metrics.auc ?? NaN, 12);
    ws.close();
  });

  it('loads the same history with part of the fact tables scanned on a helper thread', async () => {
    const ws = await openWorkspace(demo, { readOnly: true });
    const limit = dayOf(AS_OF);
    const one = loadHistory(ws.db, limit, { flagAttribute: null, parallel: false });
    const delivered: boolean[] = [];
    const two = loadHistory(ws.db, limit, { flagAttribute: null, parallel: true, onHelper: (ok) => delivered.push(ok) });
    expect(delivered).toEqual([true]);
    expect(two.customers.ids).toEqual(one.customers.ids);
    for (const k of ['orders', 'activities', 'tickets', 'surveys', 'signals'] as const) {
      expect(two[k].day.length, k).toBeGreaterThan(0);
      expect(two[k].offsets, k).toEqual(one[k].offsets);
      expect(two[k].day, k).toEqual(one[k].day);
      expect(two[k].cols, k).toEqual(one[k].cols);
    }
    ws.close();
  });

  it('runs refresh and training through the service in a worker thread with progress', async () => {
    const path = join(t.dir, 'svc.churn');
    copyFileSync(demo, path);
    const service = createService();
    const events: string[] = [];
    service.subscribe((_e, payload) => events.push((payload as { phase?: string }).phase ?? ''));
    await service.invoke('workspace.open', { path });
    const refreshed = await service.invoke('snapshot.refresh', { jobId: 'r1' });
    expect(refreshed.ok).toBe(true);
    expect(events).toContain('writing');
    const trained = await service.invoke('model.train', { model: 'tree', jobId: 't1' });
    expect(trained.ok).toBe(true);
    const profile = await service.invoke('customer.profile', { customerId: 'C000001' });
    expect(profile).toMatchObject({ ok: true });
    // Previewing the saved configuration must reproduce the stored tiers exactly: the
    // preview ranks percentile indicators over the same population as refresh.
    const saved = await service.invoke('health.getConfig', {});
    if (!saved.ok) throw new Error(saved.error.message);
    const preview = await service.invoke('health.preview', { config: (saved.result as { config: unknown }).config });
    if (!preview.ok) throw new Error(preview.error.message);
    const p = preview.result as { tiers: Record<string, number>; saved: { tiers: Record<string, number> } };
    expect(p.tiers).toEqual(p.saved.tiers);
    expect(Object.values(p.tiers).reduce((a, b) => a + b, 0)).toBeGreaterThan(1000);
    service.close();
  });
});
