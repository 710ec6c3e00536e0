// A workspace built by name from files is the workspace.createFromFiles job: job.cancel stops
// it by the caller's jobId, and nothing is left in the workspace folder.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createService, type Service } from '../../../electron/service/service';
import { tempDir } from '../../support/temp';
import { writeOrdersCsv } from '../import/import-support';

describe('workspace.createNamedFromFiles cancelled', () => {
  const t = tempDir();
  const folder = join(t.dir, 'workspaces');
  const big = join(t.dir, 'big-orders.csv');
  let service: Service;

  beforeAll(async () => {
    mkdirSync(folder);
    await writeOrdersCsv(big, 200_000);
    service = createService(undefined, { workspaceFolder: folder });
  });
  afterAll(() => {
    service.close();
    t.cleanup();
  });

  it('answers CANCELLED, lists the job while it runs, and leaves the folder as it was', async () => {
    const jobId = 'named-cancel';
    let listed = false;
    const off = service.subscribe((event, payload) => {
      if (event !== 'job.progress' || (payload as { jobId: string; done: number }).done < 20_000) return;
      void service.invoke('job.list', {}).then((r) => {
        listed ||= r.ok && (r.result as { jobs: { jobId: string; operation: string }[] }).jobs.some((j) => j.jobId === jobId && j.operation === 'workspace.createFromFiles');
        return service.invoke('job.cancel', { jobId });
      });
    });
    const r = await service.invoke('workspace.createNamedFromFiles', { jobId, name: 'big', files: [{ path: big }] });
    off();
    expect(r).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(listed).toBe(true);
    expect(readdirSync(folder).filter((f) => f.endsWith('.churn') || f.includes('.tmp'))).toEqual([]);
    expect(service.session.hasWorkspace).toBe(false);
  }, 120_000);
});
