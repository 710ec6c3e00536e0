// A workspace opened read-only (the CLI's segment commands, a second window) answers the segment
// reads and refuses every segment write, on the service thread and as a job, with READ_ONLY_VIOLATION.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, type Service } from '../../electron/service/service';
import { Session } from '../../electron/service/session';
import { openWorkspace } from '../../electron/store/workspace';
import { tempDir } from '../support/temp';

const EAST = { schemaVersion: 1, filter: { kind: 'condition', field: 'region', op: '=', value: '华东' } };

describe('segments on a read-only workspace', () => {
  const t = tempDir();
  let service: Service;

  beforeAll(async () => {
    const path = join(t.dir, 'ro.churn');
    const ws = await openWorkspace(path, { create: true });
    ws.db.prepare(`INSERT INTO segments (kind, name, definition, created_at, updated_at) VALUES ('dynamic', 'East', ?, 'x', 'x')`).run(JSON.stringify(EAST));
    ws.close();
    service = createService(new Session({ integrityCheck: 'skip' }));
    await service.session.open(path, { readOnly: true });
  });
  afterAll(() => {
    service.close();
    t.cleanup();
  });

  it('reads, and refuses writes', async () => {
    expect(await service.invoke('segment.list', {})).toMatchObject({ ok: true, result: { segments: [{ name: 'East', size: 0 }] } });
    const refused = { ok: false, error: { code: 'READ_ONLY_VIOLATION' } };
    expect(await service.invoke('segment.save', { name: 'West', definition: EAST })).toMatchObject(refused);
    expect(await service.invoke('segment.rename', { id: 1, name: 'Renamed' })).toMatchObject(refused);
    expect(await service.invoke('segment.duplicate', { id: 1 })).toMatchObject(refused);
    expect(await service.invoke('segment.delete', { id: 1 })).toMatchObject(refused);
    expect(await service.invoke('segment.freeze', { name: 'Frozen', source: { segmentId: 1 } })).toMatchObject(refused);
    expect(await service.invoke('segment.importList', { name: 'Imported', path: join(t.dir, 'none.csv') })).toMatchObject(refused);
  });
});
