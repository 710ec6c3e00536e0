// The analysis reads and the health preview load the whole history or every stored feature
// (seconds at 100,000 customers), so the service runs them on a worker thread: the grid keeps
// answering meanwhile, results equal the direct computation, and a newer preview ends the
// one it replaces.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createDemoWorkspace } from '../../../electron/demo/generate';
import { createService, type Service } from '../../../electron/service/service';
import { openWorkspace } from '../../../electron/store/workspace';
import { cohorts } from '../../../electron/service/scoring/analysis';
import { defaultHealthConfig } from '../../../shared/scoring/health-config';
import { tempDir } from '../../support/temp';

describe('analysis and preview run off the service thread', () => {
  const t = tempDir();
  const path = join(t.dir, 'demo.churn');
  let service: Service;

  beforeAll(async () => {
    await createDemoWorkspace(path, { customers: 2500 });
    service = createService();
    const opened = await service.invoke('workspace.open', { path });
    if (!opened.ok) throw new Error(opened.error.message);
    const refreshed = await service.invoke('snapshot.refresh', {});
    if (!refreshed.ok) throw new Error(refreshed.error.message);
  });
  afterAll(() => {
    service.close();
    t.cleanup();
  });

  it('answers customers.list while survival curves are being computed', async () => {
    const settled: string[] = [];
    const slow = service.invoke('analysis.survival', { dimension: 'cat:region' }).then((r) => {
      settled.push('survival');
      return r;
    });
    const quick = service.invoke('customers.list', { limit: 5 }).then((r) => {
      settled.push('customers');
      return r;
    });
    const [s, q] = await Promise.all([slow, quick]);
    expect(s.ok && q.ok).toBe(true);
    expect(settled).toEqual(['customers', 'survival']);
  });

  it('returns what the direct computation returns', async () => {
    const viaService = await service.invoke('analysis.cohorts', { basis: 'signup', cohorts: 6 });
    if (!viaService.ok) throw new Error(viaService.error.message);
    const ws = await openWorkspace(path, { readOnly: true });
    try {
      expect(viaService.result).toEqual(cohorts(ws.db, { basis: 'signup', cohorts: 6 }));
    } finally {
      ws.close();
    }
    const unknown = await service.invoke('analysis.churnByDimension', { dimension: 'cat:nope' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('ends a preview that a newer one replaces', async () => {
    const edited = structuredClone(defaultHealthConfig);
    edited.tiers.healthy = 85;
    const first = service.invoke('health.preview', { config: defaultHealthConfig });
    const second = service.invoke('health.preview', { config: edited });
    const [a, b] = await Promise.all([first, second]);
    expect(a).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    if (!b.ok) throw new Error(b.error.message);
    const preview = b.result as { tiers: Record<string, number>; saved: { tiers: Record<string, number> } };
    expect(preview.tiers.healthy).toBeLessThan(preview.saved.tiers.healthy!);
  });
});
