// Migration 004 (score indexes): drops customer_scores' index on customer_id alone, which
// every refresh rewrote from end to end (a customer's score history reads through the
// primary key instead), and indexes every score the customer list sorts on. Another migration (001–003) may sit before it in any workspace.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openWorkspace } from '../../electron/store/workspace';
import { LATEST_SCHEMA_VERSION, migrations } from '../../electron/store/migrations';
import { migration004 } from '../../electron/store/migrations/004-score-indexes';
import { SCORE_HISTORY_SQL, scoreHistory } from '../../electron/store/scoring/snapshot-read';
import { tempDir } from '../support/temp';

const indexesOf = (db: import('../../electron/store/database').Db) =>
  db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'customer_scores' ORDER BY name`).pluck().all() as string[];

describe('migration 004: score indexes', () => {
  let t: ReturnType<typeof tempDir>;
  beforeEach(() => (t = tempDir()));
  afterEach(() => t.cleanup());

  it('is registered after the migrations before it', () => {
    expect(migrations).toContain(migration004);
    expect(migrations.map((m) => m.version).filter((v) => v <= 4)).toEqual([1, 2, 3, 4]);
    expect(LATEST_SCHEMA_VERSION).toBeGreaterThanOrEqual(4);
  });

  it('upgrades a version-3 workspace: keeps every score row, drops only the customer_id index', async () => {
    const path = join(t.dir, 'a.churn');
    const v3 = await openWorkspace(path, { create: true, migrations: migrations.filter((m) => m.version <= 3) });
    expect(indexesOf(v3.db)).toContain('customer_scores_customer');
    v3.db.exec(`
      INSERT INTO snapshots (snapshot_id, as_of, created_at) VALUES (1, '2024-03-31', 'x'), (2, '2024-01-31', 'x'), (3, '2024-06-30', 'x');
      INSERT INTO customer_scores (snapshot_id, customer_id, health_score, tier, churn_probability, clv)
        VALUES (1, 'A', 50, 'watch', 0.2, 10), (2, 'A', 70, 'healthy', 0.1, 12), (3, 'A', 30, 'atRisk', 0.6, 8), (1, 'B', 90, 'healthy', 0.05, 40), (3, 'B', 80, 'healthy', 0.07, 41);`);
    v3.close();
    const ws = await openWorkspace(path);
    expect(ws.db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(4);
    expect(indexesOf(ws.db)).toEqual([
      'customer_scores_clv',
      'customer_scores_health',
      'customer_scores_p_alive',
      'customer_scores_probability',
      'customer_scores_tier',
      'sqlite_autoindex_customer_scores_1',
    ]);
    const tierColumns = ws.db.prepare(`SELECT name FROM pragma_index_info('customer_scores_tier') ORDER BY seqno`).pluck().all() as string[];
    expect(tierColumns).toEqual(['snapshot_id', 'tier', 'churn_probability']);
    expect(ws.db.prepare('SELECT count(*) FROM customer_scores').pluck().get()).toBe(5);
    // Oldest snapshot first (by as-of date, not by id); B has no row in snapshot 2.
    expect(scoreHistory(ws.db, 'A').map((h) => [h.snapshotId, h.asOf, h.healthScore, h.tier])).toEqual([
      [2, '2024-01-31', 70, 'healthy'],
      [1, '2024-03-31', 50, 'watch'],
      [3, '2024-06-30', 30, 'atRisk'],
    ]);
    expect(scoreHistory(ws.db, 'B').map((h) => h.snapshotId)).toEqual([1, 3]);
    expect(scoreHistory(ws.db, 'nobody')).toEqual([]);
    ws.close();
  });

  it('reads a score history with one primary-key probe per snapshot, never a scan of the scores', async () => {
    const ws = await openWorkspace(join(t.dir, 'b.churn'), { create: true });
    const plan = (ws.db.prepare(`EXPLAIN QUERY PLAN ${SCORE_HISTORY_SQL}`).all('A') as { detail: string }[]).map((r) => r.detail);
    expect(plan.some((d) => /SEARCH s USING (INDEX sqlite_autoindex_customer_scores_1|PRIMARY KEY) \(snapshot_id=\? AND customer_id=\?\)/.test(d))).toBe(true);
    expect(plan.some((d) => /SCAN s\b/.test(d))).toBe(false);
    ws.close();
  });
});
