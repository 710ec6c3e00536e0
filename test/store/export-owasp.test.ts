// OWASP CSV-injection payloads in customer names, cities and reasons (the mart's rows of a demo
// workspace's copy, updated) come out of the exported workbook as inert text: every such cell
// reads back as text starting with "'", no sheet holds a formula (<f> element), and the numbers
// beside them are still numbers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoWorkspace } from '../../electron/demo/generate';
import { writeWorkbook } from '../../electron/export/workbook/write-workbook';
import { runRefresh } from '../../electron/service/scoring/refresh';
import { buildDashboardDocument } from '../../electron/service/exports/build-document';
import { clearColumnCache } from '../../electron/store/analytics/column-cache';
import { openWorkspace, type Workspace } from '../../electron/store/workspace';
import { DashboardFiltersSchema, DashboardSpecSchema } from '../../shared/dashboards/dashboard';
import { templateSpec } from '../../shared/dashboards/templates';
import { resources } from '../../shared/i18n/resources';
import { tempDir } from '../support/temp';
import { readWorkbook, sheetRows, tableUnder } from './export-readback';

const PAYLOADS = ["=cmd|' /C calc'!A0", '+HYPERLINK("http://x")', '-2+3', '@SUM(1+1)', '%0A', '\t=1', '\r=1', '|calc'];

describe('formula injection in exported workbooks', () => {
  const t = tempDir();
  let ws: Workspace;
  const file = join(t.dir, 'owasp.xlsx');
  const f = resources['zh-CN'].catalog.fields;

  beforeAll(async () => {
    const path = join(t.dir, 'demo.churn');
    await createDemoWorkspace(path, { customers: 500 });
    ws = await openWorkspace(path);
    runRefresh(ws.db, { trainIfMissing: true }, () => undefined);
    // Every at-risk customer gets a payload as name, city and top reason (the rows the lists and the reasons chart show).
    const ids = ws.db.prepare("SELECT customer_id FROM customer_mart WHERE tier = 'atRisk' ORDER BY customer_id").pluck().all() as string[];
    const update = ws.db.prepare('UPDATE customer_mart SET name = ?, city = ?, top_reason = ? WHERE customer_id = ?');
    ids.forEach((id, i) => update.run(PAYLOADS[i % PAYLOADS.length], PAYLOADS[(i + 1) % PAYLOADS.length], PAYLOADS[(i + 2) % PAYLOADS.length], id));
    clearColumnCache(ws.db);
    const cockpit = templateSpec('cockpit');
    const list = {
      id: 'list_payloads',
      kind: 'table',
      source: 'customer',
      mode: 'list',
      filter: { kind: 'condition', field: 'tier', op: '=', value: 'atRisk' },
      fields: ['customer_id', 'name', 'city', 'top_reason', 'health_score', 'clv'],
      limit: 500,
    };
    const spec = DashboardSpecSchema.parse({ ...cockpit, widgets: [...cockpit.widgets, list], layout: [...cockpit.layout, { i: 'list_payloads', x: 0, y: 40, w: 12, h: 8 }] });
    const doc = buildDashboardDocument(ws.db, { name: '=HYPERLINK("http://x")', spec, filters: DashboardFiltersSchema.parse({}), language: 'zh-CN', fullLists: true }, new Date());
    await writeWorkbook(doc, { path: file, signal: new AbortController().signal, onProgress: () => undefined });
  }, 180_000);
  afterAll(() => {
    ws.close();
    t.cleanup();
  });

  it('holds no formula in any sheet', () => {
    const zip = unzipSync(readFileSync(file));
    const sheets = Object.keys(zip).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    expect(sheets.length).toBeGreaterThan(3);
    for (const name of sheets) expect([name, /<f[\s>]/.test(strFromU8(zip[name]!))]).toEqual([name, false]);
  });

  it('writes every payload as text starting with a quote, wherever it shows', async () => {
    const book = await readWorkbook(file);
    let seen = 0;
    for (const sheet of book.worksheets) {
      for (const cell of sheetRows(sheet).flat()) {
        if (typeof cell !== 'string') continue;
        const bare = cell.startsWith("'") ? cell.slice(1) : cell;
        if (!PAYLOADS.includes(bare) && !bare.startsWith('=HYPERLINK')) continue;
        expect([sheet.name, cell.startsWith("'")]).toEqual([sheet.name, true]);
        seen += 1;
      }
    }
    expect(seen).toBeGreaterThan(PAYLOADS.length * 2);
  });

  it('keeps the numbers beside them numbers', async () => {
    const book = await readWorkbook(file);
    const sheet = book.worksheets.find((s) => {
      try {
        return tableUnder(s, [f.customer_id, f.name, f.city]).length > 0;
      } catch {
        return false;
      }
    })!;
    const rows = tableUnder(sheet, [f.customer_id, f.name, f.city, f.top_reason, f.health_score, f.clv]);
    const atRisk = ws.db.prepare("SELECT count(*) FROM customer_mart WHERE tier = 'atRisk'").pluck().get() as number;
    expect(rows.length).toBe(atRisk);
    let numbers = 0;
    for (const row of rows) {
      expect(typeof row[1] === 'string' && row[1].startsWith("'")).toBe(true);
      // A score or a CLV is a number cell (or empty), never text.
      expect([typeof row[4] === 'string', typeof row[5] === 'string']).toEqual([false, false]);
      numbers += Number(typeof row[4] === 'number') + Number(typeof row[5] === 'number');
    }
    expect(numbers).toBeGreaterThan(rows.length);
  });
});
