// The dashboard-file viewer over every host: no file open at first (info null, data refused with
// viewerNotOpen), a file written from a small demo opened read-only with its manifest, dashboards
// and packaged catalog, its widgets' data under a filter, its field values, a hostile or foreign
// file refused with its reason (the open file stays open), and close.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoWorkspace } from '../../electron/demo/generate';
import { runRefresh } from '../../electron/service/scoring/refresh';
import { createService, type Service } from '../../electron/service/service';
import { writeDashboardFile } from '../../electron/store/dashboard-file/write-file';
import { openWorkspace } from '../../electron/store/workspace';
import type { DashboardData, ViewerInfo } from '../../shared/contract/domains/dashboards';
import { templateSpec } from '../../shared/dashboards/templates';
import { tempDir } from '../support/temp';
import { allTransports } from './all-transports';
import type { Transport } from './transports';

const files = tempDir('churn-viewer-files-');
let cockpit = '';
let region = '';

beforeAll(async () => {
  const path = join(files.dir, 'demo.churn');
  await createDemoWorkspace(path, { customers: 400 });
  const ws = await openWorkspace(path);
  try {
    runRefresh(ws.db, { trainIfMissing: true }, () => undefined);
    cockpit = join(files.dir, 'cockpit.churndash');
    await writeDashboardFile(ws.db, {
      dashboards: [{ name: '流失预警驾驶舱', spec: templateSpec('cockpit') }],
      kAnonymity: 5,
      includeDetail: false,
      path: cockpit,
      workspaceName: 'demo.churn',
      appVersion: 'test',
    });
    region = ws.db.prepare('SELECT region FROM customer_mart GROUP BY region ORDER BY count(*) DESC LIMIT 1').pluck().get() as string;
  } finally {
    ws.close();
  }
  writeFileSync(join(files.dir, 'foreign.churndash'), 'not a database');
}, 120_000);
afterAll(() => files.cleanup());

for (const [label, connect] of allTransports) {
  describe(`viewer over ${label}`, () => {
    const t = tempDir();
    let service: Service;
    let api: Transport;
    const ok = async <T>(name: string, input: unknown): Promise<T> => {
      const r = await api.invoke(name, input);
      if (!r.ok) throw new Error(`${name} failed: ${r.error.code} ${r.error.message}`);
      return r.result as T;
    };

    beforeAll(async () => {
      service = createService(undefined, { workspaceFolder: t.dir });
      api = await connect(service, t.dir);
    });
    afterAll(async () => {
      await api.close();
      service.close();
      t.cleanup();
    });

    it('has no file open at first', async () => {
      expect(await ok('viewer.info', {})).toBeNull();
      expect(await api.invoke('viewer.data', { index: 0 })).toMatchObject({ ok: false, error: { reason: 'viewerNotOpen' } });
      expect(await ok('viewer.close', {})).toEqual({ closed: false });
    });

    /**
     * Where the viewer finds a file: its path, except through the browser host, which opens only
     * what was uploaded to it (hosts/http/viewer-paths.ts): there the file is uploaded first.
     */
    const viewerPath = async (path: string): Promise<string> => {
      if (!('host' in api)) return path;
      const { host } = api as Transport & { host: { port: number; token: string } };
      const res = await fetch(`http://127.0.0.1:${host.port}/api/upload?name=${encodeURIComponent(basename(path))}`, {
        method: 'PUT',
        headers: { Authorization: `Bearer ${host.token}` },
        body: readFileSync(path),
      });
      return ((await res.json()) as { result: { path: string } }).result.path;
    };

    it('opens a dashboard file, answers its widgets under a filter and its field values, and closes it', async () => {
      const info = await ok<ViewerInfo>('viewer.open', { path: await viewerPath(cockpit) });
      expect(info).toMatchObject({ manifest: { formatVersion: 1, kAnonymity: 5, workspaceName: 'demo.churn', dashboardNames: ['流失预警驾驶舱'] } });
      expect(info.dashboards.map((d) => d.name)).toEqual(['流失预警驾驶舱']);
      expect(info.catalog.fields.map((f) => f.id)).toEqual(expect.arrayContaining(['region', 'owner', 'tier', 'month']));
      expect(info.catalog.fields.some((f) => f.id.startsWith('m__'))).toBe(false);
      expect(await ok('viewer.info', {})).toEqual(info);

      const all = await ok<DashboardData>('viewer.data', { index: 0 });
      expect(all.asOf).toBe(info.manifest.dataDate);
      expect(all.results.map((r) => r.widgetId)).toEqual(info.dashboards[0]?.spec.widgets.map((w) => w.id));
      expect(all.results.filter((r) => r.status === 'ok').length).toBeGreaterThan(5);
      const filtered = await ok<DashboardData>('viewer.data', {
        index: 0,
        widgetIds: ['kpi_active', 'chart_trend'],
        filters: { global: [{ kind: 'condition', field: 'region', op: 'in', values: [region] }] },
      });
      expect(filtered.results.map((r) => r.widgetId)).toEqual(['kpi_active', 'chart_trend']);
      expect(filtered.results[0]?.applied).toEqual(['region']);
      expect(filtered.results[0]?.kpi?.value).toBeLessThan(all.results.find((r) => r.widgetId === 'kpi_active')?.kpi?.value ?? 0);

      const values = await ok<{ values: { value: string; count: number }[] }>('viewer.fieldValues', { field: 'region' });
      expect(values.values[0]?.value).toBeTruthy();

      expect(await api.invoke('viewer.open', { path: await viewerPath(join(files.dir, 'foreign.churndash')) })).toMatchObject({
        ok: false,
        error: { reason: 'dashboardFileRefused', params: { code: 'notDashboardFile' } },
      });
      expect(await ok<ViewerInfo>('viewer.info', {})).toEqual(info);
      expect(await ok('viewer.close', {})).toEqual({ closed: true });
      expect(await ok('viewer.info', {})).toBeNull();
    });
  });
}

describe('dashboard.saveFile as a job', () => {
  const t = tempDir();
  let service: Service;
  const ok = async <T>(name: string, input: unknown): Promise<T> => {
    const r = await service.invoke(name, input);
    if (!r.ok) throw new Error(`${name} failed: ${r.error.code} ${r.error.message}`);
    return r.result as T;
  };
  beforeAll(async () => {
    service = createService(undefined, { workspaceFolder: t.dir });
    await ok('workspace.open', { path: join(files.dir, 'demo.churn') });
  });
  afterAll(() => {
    service.close();
    t.cleanup();
  });

  it('packages saved dashboards into a file named after the first one, which the viewer opens', async () => {
    const saved = await ok<{ id: number }>('dashboard.save', { name: '驾驶舱/东区', spec: templateSpec('cockpit') });
    const out = await ok<{ fileName: string; path: string; bytes: number; manifest: { dashboardNames: string[]; kAnonymity: number } }>('dashboard.saveFile', {
      ids: [saved.id],
      kAnonymity: 10,
      path: t.dir,
    });
    expect(out.fileName).toMatch(/^驾驶舱_东区_\d{4}-\d{2}-\d{2}\.churndash$/);
    expect(out.bytes).toBeGreaterThan(0);
    expect(out.manifest).toMatchObject({ dashboardNames: ['驾驶舱/东区'], kAnonymity: 10 });
    const info = await ok<ViewerInfo>('viewer.open', { path: out.path });
    expect(info.dashboards[0]?.spec).toEqual(templateSpec('cockpit'));
    const named = await ok<{ path: string }>('dashboard.saveFile', { ids: [saved.id], path: join(t.dir, 'named.churndash') });
    expect(named.path).toBe(join(t.dir, 'named.churndash'));
    expect(await service.invoke('dashboard.saveFile', { ids: [9999], path: t.dir })).toMatchObject({ ok: false, error: { reason: 'dashboardNotFound' } });
    expect(await service.invoke('dashboard.saveFile', { ids: [saved.id], path: join(t.dir, 'no', 'such', 'x.churndash') })).toMatchObject({
      ok: false,
      error: { reason: 'fileNotFound' },
    });
  });
});
