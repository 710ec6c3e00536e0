// A churn flag without any history: the public telecom table (1,000 customers, 流失 → status,
// four usage ratios as attributes, no dates) imported through the CLI and trained with both
// models. With no time window, training evaluates on a stratified random split with a recorded
// seed; the same seed gives the same run. Fixture: test/fixtures/reference/cn-telecom-churn.csv
// (byte copy of shared/data/cn-telecom-churn, see that folder's PROVENANCE.md).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { ModelRunSummary } from '../../../shared/contract/domains/scoring-schemas';
import { runCli } from '../../support/cli';
import { tempDir } from '../../support/temp';

const TELECOM = fileURLToPath(new URL('../../fixtures/reference/cn-telecom-churn.csv', import.meta.url));
const DEFAULT_SEED = 20240601;

interface StoredSplit {
  seed: number | null;
  trainN: number;
  trainPositives: number;
  testN: number;
  testPositives: number;
}

describe('training on a churn flag without history (telecom table)', () => {
  const t = tempDir();
  const ws = join(t.dir, 'telecom.churn');
  let overall = NaN;

  const train = (model: 'logistic' | 'tree'): ModelRunSummary => {
    const r = runCli(['train', ws, '--model', model, '--label', 'active', '--json']);
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as ModelRunSummary;
  };
  const stored = (runId: number): StoredSplit => {
    const db = new Database(ws, { readonly: true });
    try {
      return db
        .prepare(
          `SELECT seed, json_extract(train_metrics, '$.n') AS trainN, json_extract(train_metrics, '$.positives') AS trainPositives,
                  json_extract(metrics, '$.n') AS testN, json_extract(metrics, '$.positives') AS testPositives
           FROM model_runs WHERE run_id = ?`,
        )
        .get(runId) as StoredSplit;
    } finally {
      db.close();
    }
  };
  const expectStratified = (s: StoredSplit) => {
    expect(s.trainN + s.testN).toBe(1000);
    expect(Math.abs(s.trainN / 1000 - 0.7)).toBeLessThanOrEqual(0.001);
    expect(Math.abs(s.trainPositives / s.trainN - overall)).toBeLessThanOrEqual(0.01);
    expect(Math.abs(s.testPositives / s.testN - overall)).toBeLessThanOrEqual(0.01);
  };

  beforeAll(() => {
    const r = runCli(['import', ws, TELECOM, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const db = new Database(ws, { readonly: true });
    try {
      // The flag column became the customer status: 400 of 1,000 churned (PROVENANCE.md).
      overall = (db.prepare(`SELECT avg(status = 'cancelled') FROM customers`).pluck().get() as number) ?? NaN;
    } finally {
      db.close();
    }
    expect(overall).toBe(0.4);
  });
  afterAll(() => t.cleanup());

  it.each(['logistic', 'tree'] as const)('%s: stratified random split, seed recorded, same run again, AUC well above chance', (model) => {
    const first = train(model);
    expect(first.evaluation).toBe('random');
    expect(first.seed).toBe(DEFAULT_SEED);
    const split = stored(first.runId);
    expect(split.seed).toBe(DEFAULT_SEED);
    expectStratified(split);
    // The usage ratios are numeric attributes (CSV text "1.08…" read as numbers), not categories.
    expect(first.features).toEqual(expect.arrayContaining(['attr:主叫次数', 'attr:被叫次数', 'attr:通话时长', 'attr:费用']));
    // scikit-learn's in-sample AUC on these five columns is 0.853 (test/fixtures/reference); held out, ours ≈ 0.85.
    expect(first.metrics?.auc).toBeGreaterThan(0.8);

    const again = train(model);
    expect(again.runId).not.toBe(first.runId);
    expect(again.metrics).toEqual(first.metrics);
    expect(stored(again.runId)).toEqual(split);
  });

  it('records another seed and draws another split with it, stratified all the same', () => {
    const r = runCli(['call', '--workspace', ws, 'model.train', JSON.stringify({ model: 'logistic', label: 'active', seed: 7 })]);
    expect(r.code, r.stderr).toBe(0);
    const run = (JSON.parse(r.stdout) as { ok: true; result: ModelRunSummary }).result;
    expect(run.seed).toBe(7);
    const split = stored(run.runId);
    expect(split.seed).toBe(7);
    expectStratified(split);
    const withDefault = train('logistic');
    expect(run.metrics?.auc).not.toBe(withDefault.metrics?.auc);
  });
});
