// Dashboards and the workspace around them: a dashboard whose widget filters by a saved segment
// is named among the segment's users (and its deletion refused); a read-only workspace answers
// the dashboard reads and refuses save and delete with READ_ONLY_VIOLATION; a spec damaged
// outside the app is listed without widgets and refused by get, never evaluated.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, type Service } from '../../electron/service/service';
import { Session } from '../../electron/service/session';
import { openWorkspace, type Workspace } from '../../electron/store/workspace';
import { describeSegment } from '../../electron/service/segments/describe';
import { deleteSegment, saveSegment } from '../../electron/service/segments/writes';
import { saveDashboard } from '../../electron/service/dashboards/writes';
import { describeDashboard, listDashboards } from '../../electron/service/dashboards/describe';
import { DashboardSpecSchema } from '../../shared/dashboards/dashboard';
import { tempDir } from '../support/temp';

const EAST = { schemaVersion: 1 as const, filter: { kind: 'condition' as const, field: 'region', op: '=' as const, value: '华东' } };
const spec = (segment: number | string) =>
  DashboardSpecSchema.parse({
    schemaVersion: 1,
    widgets: [
      { id: 'plain', kind: 'kpi', source: 'customer', measure: 'customers' },
      { id: 'seg', kind: 'kpi', source: 'customer', measure: 'customers', filter: { kind: 'condition', field: 'saved_segment', op: 'in', values: [segment] } },
    ],
    layout: [],
  });

describe('dashboards using saved segments', () => {
  const t = tempDir();
  let ws: Workspace;
  beforeAll(async () => {
    ws = await openWorkspace(join(t.dir, 'a.churn'), { create: true });
  });
  afterAll(() => {
    ws.close();
    t.cleanup();
  });

  it('names the dashboard among the segment’s users, by id or by name, and refuses the deletion', () => {
    const east = saveSegment(ws.db, { name: 'East', description: '', tags: [], color: 'blue', definition: EAST });
    const other = saveSegment(ws.db, { name: 'Other', description: '', tags: [], color: 'blue', definition: EAST });
    const byId = saveDashboard(ws.db, { name: 'By id', spec: spec(east.id) });
    const byName = saveDashboard(ws.db, { name: 'By name', spec: spec('east') });
    expect(describeSegment(ws.db, east.id).usedBy).toEqual([
      { kind: 'dashboard', id: byId.id, name: 'By id' },
      { kind: 'dashboard', id: byName.id, name: 'By name' },
    ]);
    expect(describeSegment(ws.db, other.id).usedBy).toEqual([]);
    expect(() => deleteSegment(ws.db, { id: east.id })).toThrow(/used by/);
  });

  it('lists a damaged spec without widgets and refuses to read it', () => {
    const id = Number(
      ws.db.prepare(`INSERT INTO dashboards (name, name_key, spec, created_at, updated_at) VALUES ('Damaged', 'damaged', '{"schemaVersion": 99}', 'x', 'x')`).run().lastInsertRowid,
    );
    expect(listDashboards(ws.db).find((d) => d.id === id)).toEqual({ id, name: 'Damaged', template: null, widgetCount: 0, updatedAt: 'x' });
    expect(() => describeDashboard(ws.db, id)).toThrow(/cannot read/);
  });
});

describe('dashboards on a read-only workspace', () => {
  const t = tempDir();
  let service: Service;
  beforeAll(async () => {
    const path = join(t.dir, 'ro.churn');
    const ws = await openWorkspace(path, { create: true });
    saveDashboard(ws.db, { name: 'Kept', spec: DashboardSpecSchema.parse({ schemaVersion: 1, widgets: [], layout: [] }) });
    ws.close();
    service = createService(new Session({ integrityCheck: 'skip' }));
    await service.session.open(path, { readOnly: true });
  });
  afterAll(() => {
    service.close();
    t.cleanup();
  });

  it('reads, and refuses writes', async () => {
    expect(await service.invoke('dashboard.list', {})).toMatchObject({ ok: true, result: { dashboards: [{ name: 'Kept', widgetCount: 0 }], asOf: null } });
    const refused = { ok: false, error: { code: 'READ_ONLY_VIOLATION' } };
    expect(await service.invoke('dashboard.save', { name: 'New', spec: { schemaVersion: 1, widgets: [], layout: [] } })).toMatchObject(refused);
    expect(await service.invoke('dashboard.delete', { id: 1 })).toMatchObject(refused);
  });

  it('answers data with every query widget empty before the first snapshot', async () => {
    const result = await service.invoke('dashboard.data', { widgets: spec(1).widgets.slice(0, 1) });
    expect(result).toMatchObject({ ok: true, result: { asOf: null, results: [{ widgetId: 'plain', status: 'empty', problem: { code: 'noSnapshot' } }] } });
  });
});
