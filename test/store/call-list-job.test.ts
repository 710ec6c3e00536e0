// segment.export end to end through the service: the handler resolves the target, a reading
// job streams the list (progress as the exportingRows phase), a cancel leaves no file; and
// through the browser host: a path from the page is refused (exportPathRefused), the list is
// written into the host's own download folder and served by id at GET /api/download
// (token-checked, UTF-8 file name); downloads expire and vanish.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { createService, type Service } from '../../electron/service/service';
import { startHttpHost, type HttpHost } from '../../electron/hosts/http-host';
import { DownloadFolder, contentDisposition } from '../../electron/hosts/http/downloads';
import { resources } from '../../shared/i18n/resources';
import type { JobProgress } from '../../shared/contract/events';
import { tempDir } from '../support/temp';
import { FIXTURE_FILTER, FIXTURE_MEMBERS, fixtureWorkspace, insertMartRows } from './call-list-fixture';

const BULK = 30_000;
const source = { filter: FIXTURE_FILTER };

describe('segment.export through the service and the browser host', () => {
  const t = tempDir();
  let service: Service;
  let host: HttpHost;
  const progress: JobProgress[] = [];

  beforeAll(async () => {
    const ws = await fixtureWorkspace(t.dir);
    // Enough members for a cancel to land mid-list.
    insertMartRows(
      ws.db,
      Array.from({ length: BULK }, (_, i) => ({ customer_id: `B${String(i).padStart(6, '0')}`, region: '西南', value_risk: 'warning', churn_probability: 0.5 })),
    );
    // A saved list of two members, named with a character no file system takes.
    ws.db.prepare(`INSERT INTO segments (id, kind, name, created_at, updated_at) VALUES (7, 'list', '高价值/回访', '2026-12-01', '2026-12-01')`).run();
    ws.db.prepare(`INSERT INTO segment_list_members (segment_id, customer_id) VALUES (7, 'C001'), (7, 'C003')`).run();
    const path = ws.path;
    ws.close();
    service = createService();
    service.subscribe((event, payload) => {
      if (event === 'job.progress') progress.push(payload as JobProgress);
    });
    const opened = await service.invoke('workspace.open', { path });
    expect(opened.ok).toBe(true);
    host = await startHttpHost(service, { port: 0, rendererDir: t.dir });
  });
  afterAll(async () => {
    await host.close();
    service.close();
    t.cleanup();
  });

  it('writes into a folder under the unsaved-rule name and the date, reporting progress as rows', async () => {
    const out = join(t.dir, 'out');
    (await import('node:fs')).mkdirSync(out);
    const r = await service.invoke('segment.export', { source, format: 'csv', path: out, jobId: 'export-1' });
    expect(r).toMatchObject({ ok: true, result: { rows: FIXTURE_MEMBERS.length + BULK, downloadId: null } });
    const result = (r as { result: { fileName: string; path: string } }).result;
    expect(result.fileName).toMatch(new RegExp(`^${resources['zh-CN']['call-list'].unsavedName}_\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    expect(result.path).toBe(join(out, result.fileName));
    expect(readdirSync(out)).toEqual([result.fileName]);
    // Most likely to churn first (C001 0.83, then the bulk at 0.5 by id, then C002 0.25 …), not scored last.
    const ids = readFileSync(result.path, 'utf8')
      .split('\r\n')
      .slice(1, -1)
      .map((line) => line.slice(0, line.indexOf(',')));
    expect(ids.slice(0, 3)).toEqual(['C001', 'B000000', 'B000001']);
    expect(ids.slice(BULK + 1)).toEqual(['C002', 'C003', 'C004', 'C005']);
    const mine = progress.filter((p) => p.jobId === 'export-1' && p.phase === 'exportingRows');
    expect(mine.at(-1)).toMatchObject({ done: FIXTURE_MEMBERS.length + BULK, total: FIXTURE_MEMBERS.length + BULK });
  });

  it('names the file of a saved segment after it and the date, sanitised', async () => {
    const out = join(t.dir, 'saved');
    (await import('node:fs')).mkdirSync(out);
    const r = await service.invoke('segment.export', { source: { segmentId: 7 }, format: 'xlsx', path: out });
    expect(r).toMatchObject({ ok: true, result: { rows: 2 } });
    const result = (r as { result: { fileName: string; path: string } }).result;
    expect(result.fileName).toMatch(/^高价值_回访_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const book = XLSX.read(readFileSync(result.path));
    const ids = XLSX.utils
      .sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[0]!]!, { header: 1 })
      .slice(1)
      .map((row) => row[0]);
    expect(ids).toEqual(['C001', 'C003']);
  });

  it('writes to the file the caller names', async () => {
    const file = join(t.dir, '名单.xlsx');
    const r = await service.invoke('segment.export', { source, format: 'xlsx', language: 'en', path: file });
    expect(r).toMatchObject({ ok: true, result: { fileName: '名单.xlsx', path: file } });
    const book = XLSX.read(readFileSync(file));
    expect(book.SheetNames).toEqual([resources.en['call-list'].sheetName]);
  });

  it('refuses a folder that does not exist', async () => {
    const r = await service.invoke('segment.export', { source, path: join(t.dir, 'missing', 'x.xlsx') });
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'fileNotFound' } });
  });

  it('leaves no file when cancelled', async () => {
    const folder = join(t.dir, 'cancelled');
    (await import('node:fs')).mkdirSync(folder);
    const running = service.invoke('segment.export', { source, format: 'xlsx', path: folder, jobId: 'export-cancel' });
    // Cancel as soon as the first rows are out.
    for (let i = 0; i < 500 && !progress.some((p) => p.jobId === 'export-cancel' && p.phase === 'exportingRows' && p.done > 0); i++) await new Promise((r) => setTimeout(r, 10));
    expect(await service.invoke('job.cancel', { jobId: 'export-cancel' })).toMatchObject({ ok: true, result: { cancelled: true } });
    expect(await running).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(readdirSync(folder)).toEqual([]);
  });

  interface Answer {
    status: number;
    headers: IncomingHttpHeaders;
    body: Buffer;
    json(): unknown;
  }
  // A connection of its own per request (agent: false): a pooled keep-alive socket the server
  // closed while a test parsed a large file would fail the next request with ECONNRESET.
  const api = (path: string, init: { method?: string; body?: string } = {}, token: string | null = host.token) =>
    new Promise<Answer>((resolve, reject) => {
      const headers: Record<string, string> = { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) };
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
  const post = (input: unknown) => ({ method: 'POST', body: JSON.stringify(input) });

  it('browser host: refuses a path from the page with exportPathRefused, writing nothing', async () => {
    const r = await api('/api/segment.export', post({ source, path: join(t.dir, 'evil.xlsx') }));
    expect(r.status).toBe(403);
    expect(r.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'exportPathRefused' } });
    expect(existsSync(join(t.dir, 'evil.xlsx'))).toBe(false);
  });

  it('browser host: answers a download id instead of a path, and serves the file by it with its UTF-8 name', async () => {
    const r = await api('/api/segment.export', post({ source, format: 'xlsx' }));
    expect(r.status).toBe(200);
    const answer = r.json() as { ok: true; result: { rows: number; path: string | null; downloadId: string; fileName: string } };
    expect(answer.result).toMatchObject({ rows: FIXTURE_MEMBERS.length + BULK, path: null });
    expect(answer.result.downloadId).toMatch(/^[A-Za-z0-9_-]{24}$/);

    const id = encodeURIComponent(answer.result.downloadId);
    expect((await api(`/api/download?id=${id}`, {}, null)).status).toBe(401);
    const file = await api(`/api/download?id=${id}`);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(file.headers['content-disposition']).toBe(contentDisposition(answer.result.fileName));
    expect(file.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(answer.result.fileName)}`);
    const bytes = new Uint8Array(file.body);

    // A link the browser saves cannot set a header: the token may ride in the query, as for events.
    const linked = await api(`/api/download?id=${id}&token=${host.token}`, {}, null);
    expect(linked.status).toBe(200);
    expect(linked.body.equals(file.body)).toBe(true);

    const book = XLSX.read(bytes);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[0]!]!, { header: 1 });
    expect(rows).toHaveLength(FIXTURE_MEMBERS.length + BULK + 1);
  });

  it('browser host: 404 for an unknown id, and no way to other files through it', async () => {
    expect((await api('/api/download?id=nope')).status).toBe(404);
    expect((await api(`/api/download?id=${encodeURIComponent('../../etc/passwd')}`)).status).toBe(404);
  });
});

describe('download folder', () => {
  it('removes a file when its time is up, and everything on close', async () => {
    const downloads = new DownloadFolder({ ttlMs: 20 });
    const { id, folder } = downloads.reserve();
    expect(existsSync(folder)).toBe(true);
    downloads.publish(id, join(folder, 'x.csv'));
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(existsSync(folder)).toBe(false);
    const second = downloads.reserve();
    expect(readdirSync(downloads.root)).toEqual([second.id]);
    downloads.close();
    expect(existsSync(downloads.root)).toBe(false);
  });

  it('gives a plain-ASCII fallback name beside the exact UTF-8 one', () => {
    expect(contentDisposition('高价值 "客户".xlsx')).toBe(`attachment; filename="___ ____.xlsx"; filename*=UTF-8''%E9%AB%98%E4%BB%B7%E5%80%BC%20%22%E5%AE%A2%E6%88%B7%22.xlsx`);
  });
});
