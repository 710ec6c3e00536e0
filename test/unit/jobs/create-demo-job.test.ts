// workspace.createDemo runs on a job thread (the service stays answerable) and opens the result.
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { createService } from '../../../electron/service/service';
import { tempDir } from '../../support/temp';

describe('workspace.createDemo as a job', () => {
  const t = tempDir();
  const service = createService();
  afterAll(() => {
    service.close();
    t.cleanup();
  });

  it('builds the demo on a job thread, lists it in job.list while it runs, and opens it', async () => {
    const path = join(t.dir, 'demo.churn');
    const building = service.invoke('workspace.createDemo', { path, customers: 300, seed: 3 });
    let seen = false;
    for (let i = 0; i < 200 && !seen; i++) {
      const jobs = await service.invoke('job.list', {});
      seen = jobs.ok && (jobs.result as { jobs: { operation: string }[] }).jobs.some((j) => j.operation === 'workspace.createDemo');
      if (!seen) await new Promise((r) => setTimeout(r, 10));
    }
    const r = await building;
    expect(seen).toBe(true);
    expect(r).toMatchObject({ ok: true, result: { path, name: 'demo.churn' } });
    expect(existsSync(path)).toBe(true);
    const customers = await service.invoke('customers.list', { limit: 1 });
    expect(customers).toMatchObject({ ok: true, result: { total: 300 } });
  });
});
