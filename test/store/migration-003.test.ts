// Migration 003 (scoring): extends snapshots and customer_scores, adds snapshot_features,
// health_configs and model_runs. Another migration (002) may or may not sit before it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openWorkspace } from '../../electron/store/workspace';
import { migrations, LATEST_SCHEMA_VERSION } from '../../electron/store/migrations';
import { migration003 } from '../../electron/store/migrations/003-scoring';
import { featureCatalog } from '../../shared/scoring/feature-catalog';
import { tempDir } from '../support/temp';

describe('migration 003: scoring', () => {
  let t: ReturnType<typeof tempDir>;
  beforeEach(() => (t = tempDir()));
  afterEach(() => t.cleanup());

  it('is registered after the migrations before it, whichever of them exist', () => {
    expect(migrations).toContain(migration003);
    const versions = migrations.map((m) => m.version);
    expect(versions.filter((v) => v < 3)).toEqual([...versions.filter((v) => v < 3)].sort((a, b) => a - b));
    expect(LATEST_SCHEMA_VERSION).toBeGreaterThanOrEqual(3);
  });

  it('creates the scoring tables and columns', async () => {
    const ws = await openWorkspace(join(t.dir, 'a.churn'), { create: true });
    const columns = (table: string) => ws.db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[];
    expect(columns('snapshots')).toEqual(expect.arrayContaining(['customers', 'health_version', 'model_run_id', 'summary']));
    expect(columns('customer_scores')).toEqual(
      expect.arrayContaining(['health_groups', 'health_indicators', 'health_change', 'rfm_segment', 'value_risk', 'churned', 'churn_date']),
    );
    expect(columns('health_configs')).toEqual(['version', 'created_at', 'note', 'config']);
    expect(columns('model_runs')).toContain('metrics');
    ws.close();
  });

  it('has one snapshot_features column per catalog feature, INTEGER for counts', async () => {
    const ws = await openWorkspace(join(t.dir, 'a.churn'), { create: true });
    const info = ws.db.prepare(`SELECT name, type FROM pragma_table_info('snapshot_features')`).all() as { name: string; type: string }[];
    for (const f of featureCatalog) {
      const col = info.find((c) => c.name === f.id);
      expect(col, f.id).toBeDefined();
      expect(col?.type).toBe(f.integer ? 'INTEGER' : 'REAL');
    }
    expect(info).toHaveLength(featureCatalog.length + 2);
    ws.close();
  });

  it('enforces the model kind vocabulary', async () => {
    const ws = await openWorkspace(join(t.dir, 'a.churn'), { create: true });
    expect(() => ws.db.prepare(`INSERT INTO model_runs (kind, created_at, evaluation, features, config, params) VALUES ('magic', 'x', 'none', '[]', '{}', '{}')`).run()).toThrow(
      /CHECK/,
    );
    ws.close();
  });
});
