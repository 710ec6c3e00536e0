// Exports over every host: dashboard.export and report.monthly as jobs that write a file — the
// desktop hosts and the CLI to the path given (a folder: a file named after the title and date),
// the browser host only as a download (a path from the page refused, a downloadId answered and
// served) — a month outside the data refused with reportMonthOutOfRange and its range, a logo
// that is no image refused with exportLogoRefused, and export.printToPdf answered desktopOnly
// everywhere but the desktop app's main process.
import { copyFileSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoWorkspace } from '../../electron/demo/generate';
import { runRefresh } from '../../electron/service/scoring/refresh';
import { createService, type Service } from '../../electron/service/service';
import { openWorkspace } from '../../electron/store/workspace';
import type { ExportedFile } from '../../shared/contract/domains/exports';
import { templateSpec } from '../../shared/dashboards/templates';
import { tempDir } from '../support/temp';
import { allTransports } from './all-transports';
import type { Transport } from './transports';

const demo = tempDir();
const demoPath = join(demo.dir, 'demo.churn');
let reportMonth = '';
let lastFactMonth = '';

beforeAll(async () => {
  await createDemoWorkspace(demoPath, { customers: 400 });
  const ws = await openWorkspace(demoPath);
  runRefresh(ws.db, { trainIfMissing: true }, () => undefined);
  const months = ws.db.prepare('SELECT DISTINCT month FROM churn_facts_monthly ORDER BY month DESC').pluck().all() as string[];
  [lastFactMonth, reportMonth] = [months[0] ?? '', months[1] ?? ''];
  ws.db.pragma('wal_checkpoint(TRUNCATE)');
  ws.close();
}, 120_000);
afterAll(() => demo.cleanup());

for (const [label, connect] of allTransports) {
  describe(`exports over ${label}`, () => {
    const t = tempDir();
    const path = join(t.dir, 'exp.churn');
    let service: Service;
    let api: Transport;
    const browser = label === 'HTTP host';

    /** The file an answer points at: the path written, or the browser host's download fetched. */
    const bytesOf = async (answer: ExportedFile): Promise<Buffer> => {
      if (!browser) {
        expect(answer.downloadId).toBeNull();
        return readFileSync(answer.path!);
      }
      expect(answer.path).toBeNull();
      const host = (api as Transport & { host: { port: number; token: string } }).host;
      const res = await fetch(`http://127.0.0.1:${host.port}/api/download?id=${encodeURIComponent(answer.downloadId!)}`, { headers: { Authorization: `Bearer ${host.token}` } });
      expect(res.status).toBe(200);
      return Buffer.from(await res.arrayBuffer());
    };
    const invoke = (name: string, input: Record<string, unknown>, file: string) => api.invoke(name, browser ? input : { ...input, path: join(t.dir, file) });

    beforeAll(async () => {
      copyFileSync(demoPath, path);
      service = createService(undefined, { workspaceFolder: t.dir });
      api = await connect(service, t.dir);
      const opened = await api.invoke('workspace.openNamed', { name: 'exp' });
      if (!opened.ok) throw new Error(opened.error.message);
    }, 60_000);
    afterAll(async () => {
      await api.close();
      service.close();
      t.cleanup();
    });

    it('exports the cockpit as a PDF', async () => {
      const r = await invoke('dashboard.export', { name: '流失预警驾驶舱', spec: templateSpec('cockpit'), format: 'pdf', language: 'zh-CN' }, 'cockpit.pdf');
      if (!r.ok) throw new Error(r.error.message);
      const answer = r.result as ExportedFile;
      expect(answer).toMatchObject({ format: 'pdf', sheets: [] });
      expect(answer.pages).toBeGreaterThan(1);
      expect(answer.dataDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const bytes = await bytesOf(answer);
      expect(bytes.length).toBe(answer.bytes);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    });

    it('exports the cockpit as a workbook with a sheet per widget', async () => {
      const r = await invoke('dashboard.export', { name: 'Cockpit', spec: templateSpec('cockpit'), format: 'xlsx', language: 'en' }, 'cockpit.xlsx');
      if (!r.ok) throw new Error(r.error.message);
      const answer = r.result as ExportedFile;
      expect(answer).toMatchObject({ format: 'xlsx', pages: null });
      expect(answer.sheets[0]?.kind).toBe('cover');
      expect(answer.sheets.filter((s) => s.chart === 'native').length).toBeGreaterThan(3);
      const bytes = await bytesOf(answer);
      expect(bytes.length).toBe(answer.bytes);
      expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    });

    it('writes the monthly report as a PDF named after its title in a folder', async () => {
      const input = { month: reportMonth, format: 'pdf', language: 'en' };
      const r = await api.invoke('report.monthly', browser ? input : { ...input, path: t.dir });
      if (!r.ok) throw new Error(r.error.message);
      const answer = r.result as ExportedFile;
      expect(answer.fileName).toMatch(new RegExp(`^Monthly churn report ${reportMonth}_\\d{4}-\\d{2}-\\d{2}\\.pdf$`));
      if (!browser) expect(readdirSync(t.dir)).toContain(answer.fileName);
      expect((await bytesOf(answer)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    });

    it('refuses a month outside the data with its range, writing nothing', async () => {
      const r = await invoke('report.monthly', { month: '2099-01', format: 'pdf' }, 'none.pdf');
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.reason).toBe('reportMonthOutOfRange');
      expect(r.error.params).toMatchObject({ month: '2099-01' });
      expect(String(r.error.params?.last) <= lastFactMonth).toBe(true);
      expect(existsSync(join(t.dir, 'none.pdf'))).toBe(false);
    });

    it('refuses a logo that is no image', async () => {
      const logo = { mime: 'image/png', base64: Buffer.from('GIF89a not a png').toString('base64') };
      const r = await invoke('dashboard.export', { name: 'x', spec: templateSpec('cockpit'), format: 'pdf', logo }, 'logo.pdf');
      expect(r.ok ? null : r.error.reason).toBe('exportLogoRefused');
    });

    it(browser ? 'refuses a path from the page' : 'needs a path to write to', async () => {
      const input = { name: 'x', spec: templateSpec('cockpit'), format: 'pdf' };
      const r = await api.invoke('dashboard.export', browser ? { ...input, path: join(t.dir, 'evil.pdf') } : input);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(browser ? r.error.reason : r.error.code).toBe(browser ? 'exportPathRefused' : 'INVALID_INPUT');
      expect(existsSync(join(t.dir, 'evil.pdf'))).toBe(false);
    });

    it('answers export.printToPdf with desktopOnly', async () => {
      const r = await api.invoke('export.printToPdf', { path: join(t.dir, 'p.pdf'), title: 'x', dataDate: null });
      expect(r.ok ? null : r.error.reason).toBe('desktopOnly');
    });
  });
}
