// refresh, train and models as automation uses them: exit 0 and sane JSON on the demo.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { runCli } from '../support/cli';
import { tempDir } from '../support/temp';

describe('churn-cockpit scoring commands', () => {
  const t = tempDir();
  const ws = join(t.dir, 'demo.churn');
  beforeAll(() => {
    expect(runCli(['demo', ws, '--customers', '2000']).code).toBe(0);
  });
  afterAll(() => t.cleanup());

  it('refresh --json prints a snapshot with tiers, BG/NBD and Gamma-Gamma', () => {
    const r = runCli(['refresh', ws, '--as-of', '2026-09-30', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as {
      asOf: string;
      customers: number;
      tierCounts: Record<string, number>;
      bgnbd: { r: number; alpha: number; timeUnit: string };
      modelRunId: number;
    };
    expect(s.asOf).toBe('2026-09-30');
    expect(s.customers).toBeGreaterThan(1000);
    expect(s.bgnbd.timeUnit).toBe('week');
    expect(s.bgnbd.r).toBeGreaterThan(0);
    expect(s.modelRunId).toBeGreaterThan(0);
  });

  it('train --json prints the run metrics for logistic and tree', () => {
    for (const model of ['logistic', 'tree']) {
      const r = runCli(['train', ws, '--model', model, '--label', 'implicit', '--json']);
      expect(r.code, r.stderr).toBe(0);
      const run = JSON.parse(r.stdout) as { kind: string; metrics: { auc: number; topK: unknown[]; lift: unknown[]; calibration: unknown[] } };
      expect(run.kind).toBe(model);
      expect(run.metrics.auc).toBeGreaterThan(0.7);
      expect(run.metrics.topK).toHaveLength(3);
      expect(run.metrics.lift).toHaveLength(10);
      expect(run.metrics.calibration).toHaveLength(10);
    }
    const bad = runCli(['train', ws, '--model', 'forest']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/--model must be logistic or tree/);
  });

  it('models --json prints the latest run of each kind with fitted parameters', () => {
    const r = runCli(['models', ws, '--json']);
    expect(r.code).toBe(0);
    const { runs } = JSON.parse(r.stdout) as { runs: { kind: string; params: Record<string, unknown> }[] };
    expect(runs.map((x) => x.kind).sort()).toEqual(['bgnbd', 'gammaGamma', 'logistic', 'tree']);
    const bg = runs.find((x) => x.kind === 'bgnbd')?.params ?? {};
    expect(bg.timeUnit).toBe('week');
    for (const k of ['r', 'alpha', 'a', 'b']) expect(bg[k], k).toBeGreaterThan(0);
    const gg = runs.find((x) => x.kind === 'gammaGamma')?.params ?? {};
    for (const k of ['p', 'q', 'v']) expect(gg[k], k).toBeGreaterThan(0);
  });
});
