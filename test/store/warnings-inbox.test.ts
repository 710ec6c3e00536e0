// The inbox on a refreshed demo workspace: pages (filter, sort, paging, owners, new ones) and the
// summary agree with hand-written SQL; acknowledge / assign / resolve by ids and in bulk by filter
// change exactly the rows the action applies to, write one event each, answer the previous
// states, and restore puts them back. Then the high-risk list by owner through the service's job:
// the workbook read back with ExcelJS (a sheet per owner, row counts equal to SQL, a hostile owner
// and name kept as text), every write refused on a read-only workspace, and a cancelled export leaving no file.
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoWorkspace } from '../../electron/demo/generate';
import { runRefresh } from '../../electron/service/scoring/refresh';
import { createService, type Service } from '../../electron/service/service';
import { openWorkspace, type Workspace } from '../../electron/store/workspace';
import { warningOwners, warningPage } from '../../electron/store/warnings/list';
import { warningSummary } from '../../electron/store/warnings/summary';
import { restoreWarnings, updateWarnings } from '../../electron/store/warnings/update';
import { resources } from '../../shared/i18n/resources';
import type { TaskContext } from '../../electron/service/jobs/tasks';
import { runWarningExport } from '../../electron/service/warnings/tasks';
import type { OperationOutput } from '../../shared/contract/operations';
import { readWorkbook, sheetRows, tableUnder } from './export-readback';
import { tempDir } from '../support/temp';

const quiet = () => undefined;
const HOSTILE = `=cmd|' /C calc'!A0`;
const NOW = '2030-01-01T00:00:00Z';

describe('the warning inbox', () => {
  const t = tempDir();
  let ws: Workspace;
  let path: string;
  const count = (sql: string, ...params: (string | number)[]) =>
    ws.db
      .prepare(sql)
      .pluck()
      .get(...params) as number;

  beforeAll(async () => {
    path = join(t.dir, 'demo.churn');
    await createDemoWorkspace(path, { customers: 400 });
    ws = await openWorkspace(path);
    runRefresh(ws.db, { trainIfMissing: true }, quiet);
  });
  afterAll(() => {
    ws.close();
    t.cleanup();
  });

  it('pages, sorts and filters like SQL', () => {
    const open = count(`SELECT count(*) FROM warnings WHERE state IN ('open', 'acknowledged')`);
    expect(open).toBeGreaterThan(10);
    const first = warningPage(ws.db, { filter: {}, offset: 0, limit: 5 });
    expect(first.total).toBe(open);
    expect(first.rows).toHaveLength(5);
    // Most severe first, then newest.
    const rank = { high: 3, medium: 2, low: 1 };
    const all = warningPage(ws.db, { filter: {}, offset: 0, limit: 5000 }).rows;
    for (let i = 1; i < all.length; i += 1) expect(rank[all[i - 1]!.severity]).toBeGreaterThanOrEqual(rank[all[i]!.severity]);
    expect(all.every((r) => r.isNew)).toBe(true);
    const second = warningPage(ws.db, { filter: {}, offset: 5, limit: 5 });
    expect(second.rows.map((r) => r.id)).toEqual(all.slice(5, 10).map((r) => r.id));
    const byHealth = warningPage(ws.db, { filter: {}, sort: { key: 'healthScore', direction: 'asc' }, offset: 0, limit: 5000 }).rows.map((r) => r.healthScore);
    const scored = byHealth.filter((h): h is number => h !== null);
    expect(scored).toEqual([...scored].sort((a, b) => a - b));
    // The customer's newest scores, from the mart.
    const row = all[0]!;
    expect(row.healthScore).toBe(count('SELECT health_score FROM customer_mart WHERE customer_id = ?', row.customerId));
    const high = warningPage(ws.db, { filter: { severities: ['high'] }, offset: 0, limit: 1 }).total;
    expect(high).toBe(count(`SELECT count(*) FROM warnings WHERE severity = 'high' AND state IN ('open', 'acknowledged')`));
    const owner = ws.db.prepare('SELECT owner FROM warnings WHERE owner IS NOT NULL LIMIT 1').pluck().get() as string;
    expect(warningPage(ws.db, { filter: { owners: [owner] }, offset: 0, limit: 1 }).total).toBe(
      count(`SELECT count(*) FROM warnings WHERE (owner = ? OR assignee = ?) AND state IN ('open', 'acknowledged')`, owner, owner),
    );
    expect(warningOwners(ws.db)).toEqual(ws.db.prepare('SELECT DISTINCT owner FROM warnings WHERE owner IS NOT NULL ORDER BY owner').pluck().all() as string[]);
    const summary = warningSummary(ws.db);
    expect(summary).toMatchObject({ open, acknowledged: 0, raisedLast: count('SELECT count(*) FROM warnings') });
    expect(summary.bySeverity.high + summary.bySeverity.medium + summary.bySeverity.low).toBe(open);
  });

  it('acknowledges, assigns, resolves and reopens only where the action applies, with events and undo', () => {
    const ids = ws.db.prepare(`SELECT id FROM warnings WHERE state = 'open' ORDER BY id LIMIT 6`).pluck().all() as number[];
    const ack = updateWarnings(ws.db, { ids: ids.slice(0, 4) }, { action: 'acknowledge' }, NOW);
    expect(ack.updated).toBe(4);
    expect(ack.previous.map((p) => p.state)).toEqual(['open', 'open', 'open', 'open']);
    // Acknowledging again changes nothing: they are no longer open.
    expect(updateWarnings(ws.db, { ids: ids.slice(0, 4) }, { action: 'acknowledge' }, NOW)).toEqual({ updated: 0, previous: [] });
    const assigned = updateWarnings(ws.db, { ids }, { action: 'assign', assignee: '王五' }, NOW);
    expect(assigned.updated).toBe(6);
    const resolved = updateWarnings(ws.db, { ids: ids.slice(0, 2) }, { action: 'resolve', note: '已电话回访' }, NOW);
    expect(resolved.previous).toEqual(ids.slice(0, 2).map((id) => ({ id, state: 'acknowledged', assignee: '王五', note: '' })));
    expect(count(`SELECT count(*) FROM warnings WHERE id IN (${ids.slice(0, 2).join(',')}) AND state = 'resolved' AND note = '已电话回访'`)).toBe(2);
    expect(count(`SELECT count(*) FROM warning_events WHERE action IN ('acknowledge', 'assign', 'resolve')`)).toBe(4 + 6 + 2);
    // Undo the resolve: back to acknowledged, no note.
    expect(restoreWarnings(ws.db, resolved.previous, NOW)).toBe(2);
    expect(count(`SELECT count(*) FROM warnings WHERE id IN (${ids.slice(0, 2).join(',')}) AND state = 'acknowledged' AND note = ''`)).toBe(2);
    expect(count(`SELECT count(*) FROM warning_events WHERE action = 'restore'`)).toBe(2);
    // Bulk by filter: one UPDATE over what the inbox shows for the assignee.
    const bulk = updateWarnings(ws.db, { filter: { owners: ['王五'], states: ['acknowledged'] } }, { action: 'resolve', note: 'bulk' }, NOW);
    expect(bulk.updated).toBe(4);
    const reopened = updateWarnings(ws.db, { filter: { owners: ['王五'], states: ['resolved'] } }, { action: 'reopen' }, NOW);
    expect(reopened.updated).toBe(4);
    expect(count(`SELECT count(*) FROM warnings WHERE assignee = '王五' AND state = 'open'`)).toBe(6);
  });

  it('writes the high-risk list by owner: a sheet per owner, counts equal to SQL, hostile text kept as text', async () => {
    const victim = ws.db.prepare(`SELECT id, customer_id FROM warnings WHERE state = 'open' ORDER BY id DESC LIMIT 1`).get() as { id: number; customer_id: string };
    ws.db.prepare('UPDATE warnings SET owner = ?, assignee = ? WHERE id = ?').run(HOSTILE, HOSTILE, victim.id);
    ws.db.prepare('UPDATE customer_mart SET name = ? WHERE customer_id = ?').run(HOSTILE, victim.customer_id);
    ws.db.prepare(`UPDATE warnings SET owner = NULL, assignee = NULL WHERE id = (SELECT min(id) FROM warnings WHERE state = 'open')`).run();
    const groups = ws.db
      .prepare(`SELECT coalesce(assignee, owner) AS who, count(*) AS n FROM warnings WHERE state IN ('open', 'acknowledged') GROUP BY 1 ORDER BY who IS NULL, who`)
      .all() as { who: string | null; n: number }[];
    ws.close();
    const service: Service = createService();
    try {
      expect((await service.invoke('workspace.open', { path })).ok).toBe(true);
      const out = join(t.dir, 'out');
      mkdirSync(out);
      const answer = await service.invoke('warning.exportByOwner', { filter: {}, language: 'zh-CN', path: out });
      if (!answer.ok) throw new Error(JSON.stringify(answer.error));
      const r = { result: answer.result as OperationOutput<'warning.exportByOwner'> };
      const words = resources['zh-CN']['warning-words'].export;
      expect(r.result.rows).toBe(groups.reduce((n, g) => n + g.n, 0));
      expect(r.result.sheets.map((s) => [s.owner, s.rows])).toEqual(groups.map((g) => [g.who, g.n]));
      expect(r.result.fileName).toMatch(/\.xlsx$/);
      const book = await readWorkbook(r.result.path ?? '');
      const names = book.worksheets.map((s) => s.name);
      expect(names.slice(1)).toEqual(r.result.sheets.map((s) => s.name));
      expect(names.at(-1)).toBe(words.noOwner);
      const h = words.columns;
      const labels = [h.customerId, h.name, h.rule, h.severity, h.state, h.firedOn, h.healthScore, h.tier, h.churnProbability, h.clv, h.topReason, h.assignee, h.note];
      for (const [i, sheet] of book.worksheets.slice(1).entries()) {
        const rows = tableUnder(sheet, labels);
        expect(rows).toHaveLength(groups[i]!.n);
        expect(sheet.views[0]).toMatchObject({ state: 'frozen' });
        expect(sheet.autoFilter).toBeTruthy();
      }
      const hostile = book.worksheets.find((s) => r.result.sheets.some((x) => x.name === s.name && x.owner === HOSTILE))!;
      const line = tableUnder(hostile, labels)[0]!;
      expect(line[1]).toBe(`'${HOSTILE}`);
      expect(line[11]).toBe(`'${HOSTILE}`);
      expect(
        sheetRows(hostile)
          .flat()
          .some((c) => typeof c === 'string' && c.startsWith('=')),
      ).toBe(false);
      // Real numbers with the formats of the screen.
      expect(typeof line[6]).toBe('number');
      const firstData = hostile.getRow(4);
      expect(firstData.getCell(9).numFmt).toBe('0.0%');
      expect(firstData.getCell(10).numFmt).toBe('"¥"#,##0.00');
      // Opened read-only, every write is refused with READ_ONLY_VIOLATION and nothing changes.
      await service.session.open(path, { readOnly: true });
      const before = (await service.invoke('warning.summary', {})) as { ok: true; result: unknown };
      for (const [name, input] of [
        ['warning.update', { selection: { filter: {} }, action: 'acknowledge' }],
        ['warning.restore', { previous: [{ id: 1, state: 'open', assignee: null, note: '' }] }],
        ['warning.saveRule', { name: 'x', condition: { kind: 'condition', field: 'health_score', op: '<', value: 10 } }],
        ['warning.deleteRule', { id: 1 }],
        ['warning.evaluate', {}],
      ] as const) {
        expect(await service.invoke(name, input)).toMatchObject({ ok: false, error: { code: 'READ_ONLY_VIOLATION' } });
      }
      expect(await service.invoke('warning.summary', {})).toEqual(before);
    } finally {
      service.close();
      ws = await openWorkspace(path);
    }
  });

  it('leaves no file behind when the export is cancelled mid-way', async () => {
    const out = join(t.dir, 'cancelled');
    mkdirSync(out);
    const controller = new AbortController();
    const job: TaskContext = {
      path,
      signal: controller.signal,
      // Cancelled as soon as the first sheet starts.
      progress: (phase) => {
        if (phase === 'writingSheet') controller.abort();
      },
      report: () => undefined,
      db: () => ws.db,
    };
    await expect(runWarningExport(job, { filter: {}, language: 'en', target: { folder: out } })).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(readdirSync(out)).toEqual([]);
  });
});
