// Dashboard files through the browser host, on a refreshed demo: dashboard.saveFile refuses a
// path from the page (exportPathRefused) and answers a download id served at /api/download; the
// downloaded bytes uploaded back (a drop on the window) open in the viewer at the staged path;
// viewer.open refuses every path the host did not hand out itself (viewerPathRefused) — another
// file, the same file spelt differently — and accepts the file the host was started with.
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpHost, type HttpHost } from '../../electron/hosts/http-host';
import { createService, type Service } from '../../electron/service/service';
import type { DashboardFileManifest, ViewerInfo } from '../../shared/contract/domains/dashboards';
import { templateSpec } from '../../shared/dashboards/templates';
import { tempDir } from '../support/temp';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  json: () => unknown;
}

function api(host: HttpHost, path: string, init: { method?: string; body?: string | Buffer } = {}): Promise<Answer> {
  return new Promise<Answer>((resolve, reject) => {
    const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` };
    const req = request({ host: '127.0.0.1', port: host.port, path, method: init.method ?? 'GET', headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json: () => JSON.parse(body.toString('utf8')) as unknown });
      });
    });
    req.on('error', reject);
    req.end(init.body);
  });
}
const post = (input: unknown) => ({ method: 'POST', body: JSON.stringify(input) });

describe('dashboard files through the browser host', () => {
  const t = tempDir();
  const renderer = join(t.dir, 'renderer');
  const ws = join(t.dir, 'demo.churn');
  const onDisk = join(t.dir, 'on-disk.churndash');
  let service: Service;
  let host: HttpHost;
  let dashboardId = 0;

  const ok = async <T>(name: string, input: unknown): Promise<T> => {
    const r = await service.invoke(name, input);
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    return r.result as T;
  };

  beforeAll(async () => {
    mkdirSync(renderer);
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>cc</title>');
    service = createService();
    await ok('workspace.createDemo', { path: ws, customers: 800 });
    await ok('snapshot.refresh', {});
    dashboardId = (await ok<{ id: number }>('dashboard.save', { name: 'Cockpit', spec: templateSpec('cockpit') })).id;
    // A real dashboard file on this computer, written through the service (as the desktop app does).
    await ok('dashboard.saveFile', { ids: [dashboardId], path: onDisk });
    host = await startHttpHost(service, { port: 0, rendererDir: renderer });
  }, 120_000);
  afterAll(async () => {
    await host.close();
    service.close();
    t.cleanup();
  });

  it('refuses a path from the page for dashboard.saveFile, writing nothing', async () => {
    const evil = join(t.dir, 'evil.churndash');
    const r = await api(host, '/api/dashboard.saveFile', post({ ids: [dashboardId], path: evil }));
    expect(r.status).toBe(403);
    expect(r.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'exportPathRefused' } });
    expect(existsSync(evil)).toBe(false);
  });

  it('refuses viewer.open of a file on this computer the host did not hand out', async () => {
    for (const path of [onDisk, join(t.dir, 'missing.churndash'), ws]) {
      const r = await api(host, '/api/viewer.open', post({ path }));
      expect(r.status, path).toBe(403);
      expect(r.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'viewerPathRefused' } });
    }
    expect(await api(host, '/api/viewer.info', post({})).then((r) => r.json())).toEqual({ ok: true, result: null });
  });

  it('answers a download id, serves the file, and opens the same bytes dropped back on the window', async () => {
    const saved = await api(host, '/api/dashboard.saveFile', post({ ids: [dashboardId] }));
    expect(saved.status).toBe(200);
    const answer = (saved.json() as { result: { path: string | null; downloadId: string; fileName: string; bytes: number; manifest: DashboardFileManifest } }).result;
    expect(answer.path).toBeNull();
    expect(answer.fileName).toMatch(/\.churndash$/);
    const file = await api(host, `/api/download?id=${encodeURIComponent(answer.downloadId)}`);
    expect(file.status).toBe(200);
    expect(file.body.length).toBe(answer.bytes);
    expect(file.body.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');

    const upload = await api(host, `/api/upload?name=${encodeURIComponent(answer.fileName)}`, { method: 'PUT', body: file.body });
    expect(upload.status).toBe(200);
    const staged = (upload.json() as { result: { path: string } }).result.path;
    // Spelt another way, the staged file is still not a path the host handed out.
    const sneaky = await api(host, '/api/viewer.open', post({ path: staged.replace(/([\\/])([^\\/]+)$/, '$1.$1$2') }));
    expect(sneaky.json()).toMatchObject({ ok: false, error: { reason: 'viewerPathRefused' } });

    const opened = await api(host, '/api/viewer.open', post({ path: staged }));
    expect(opened.status, opened.body.toString()).toBe(200);
    const info = (opened.json() as { result: ViewerInfo }).result;
    expect(info.dashboards.map((d) => d.name)).toEqual(['Cockpit']);
    expect(info.manifest.checksum).toBe(answer.manifest.checksum);
    const data = await api(host, '/api/viewer.data', post({ index: 0 }));
    expect(data.status).toBe(200);
    expect((data.json() as { result: { results: unknown[] } }).result.results.length).toBe(templateSpec('cockpit').widgets.length);
  });

  it('opens the file it was started with (serve FILE.churndash), and only that one', async () => {
    const own = join(t.dir, 'own.churndash');
    copyFileSync(onDisk, own);
    const second = await startHttpHost(service, { port: 0, rendererDir: renderer, viewerFiles: [own] });
    try {
      expect((await api(second, '/api/viewer.open', post({ path: own }))).status).toBe(200);
      expect((await api(second, '/api/viewer.open', post({ path: onDisk }))).json()).toMatchObject({ ok: false, error: { reason: 'viewerPathRefused' } });
    } finally {
      await second.close();
    }
  });
});
