// The monthly report WORKBOOK read back with ExcelJS on a demo workspace: every number equals the
// corresponding query written by hand for the same month — the KPIs on the cover (churn facts of
// the month, at-risk customers and CLV at risk of the newest scores), the 12-month trend, churn by
// segment, region and owner, the health score by component (customer_scores.health_groups parsed
// here in JavaScript), the high-risk list's count and order — and a month outside the data is
// refused with reportMonthOutOfRange.
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoWorkspace } from '../../electron/demo/generate';
import { writeWorkbook } from '../../electron/export/workbook/write-workbook';
import { runRefresh } from '../../electron/service/scoring/refresh';
import { computeCampaignEffect } from '../../electron/store/campaigns/effect';
import { buildReportDocument } from '../../electron/service/exports/report-document';
import { saveSegment } from '../../electron/service/segments/writes';
import { getHealthConfig } from '../../electron/store/scoring/settings';
import { openWorkspace, type Workspace } from '../../electron/store/workspace';
import { isAppError } from '../../shared/contract/errors';
import type { ExportedSheet } from '../../shared/contract/domains/exports';
import { shiftMonth } from '../../shared/dashboards/periods';
import { resources } from '../../shared/i18n/resources';
import { tempDir } from '../support/temp';
import { numbersOf, readWorkbook, tableUnder, type ReadCell } from './export-readback';

const tableUnderOrNull = (sheet: ExcelJS.Worksheet, labels: readonly string[]): ReadCell[][] | null => {
  try {
    return tableUnder(sheet, labels);
  } catch {
    return null;
  }
};

const zh = resources['zh-CN'];
const close = (a: ReadCell | undefined, b: number | null) => {
  if (b === null) return expect(a ?? null).toBeNull();
  expect(typeof a).toBe('number');
  expect(Math.abs((a as number) - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));
};

describe('monthly report workbook', () => {
  const t = tempDir();
  let ws: Workspace;
  let month = '';
  let book: ExcelJS.Workbook;
  let sheets: ExportedSheet[] = [];
  const one = (sql: string, ...params: (string | number)[]) =>
    ws.db
      .prepare(sql)
      .pluck()
      .get(...params) as number | null;
  const sheetOf = (widgetId: string) => {
    const found = sheets.find((s) => s.widgetId === widgetId);
    if (!found) throw new Error(`no sheet for ${widgetId}`);
    return book.getWorksheet(found.name)!;
  };

  beforeAll(async () => {
    const path = join(t.dir, 'demo.churn');
    await createDemoWorkspace(path, { customers: 700 });
    ws = await openWorkspace(path);
    runRefresh(ws.db, { trainIfMissing: true }, () => undefined);
    month = ws.db.prepare('SELECT DISTINCT month FROM churn_facts_monthly ORDER BY month DESC LIMIT 1 OFFSET 1').pluck().get() as string;
    const doc = buildReportDocument(ws.db, { month, language: 'zh-CN', workspacePath: path }, new Date());
    const file = join(t.dir, 'report.xlsx');
    const written = await writeWorkbook(doc, { path: file, signal: new AbortController().signal, onProgress: () => undefined });
    sheets = written.sheets;
    book = await readWorkbook(file);
  }, 180_000);
  afterAll(() => {
    ws.close();
    t.cleanup();
  });

  it('puts every summary KPI of the month on the cover, equal to the churn facts and the newest scores', () => {
    const cover = book.getWorksheet(sheets.find((s) => s.kind === 'cover')!.name)!;
    const numbers = numbersOf(cover);
    const facts = (column: string, m: string) => one(`SELECT sum(${column}) FROM churn_facts_monthly WHERE month = ?`, m) ?? 0;
    const expected = [
      facts('churned', month) / facts('active_at_start', month),
      facts('churned', month),
      facts('acquired', month),
      facts('returned', month),
      facts('active_at_start', month),
      facts('returned', month) / facts('churned', month),
      one("SELECT count(*) FROM customer_mart WHERE tier = 'atRisk'"),
      one("SELECT sum(clv) FROM customer_mart WHERE tier = 'atRisk'"),
    ];
    for (const value of expected)
      expect(
        numbers.some((n) => Math.abs(n - (value ?? 0)) <= 1e-9 * Math.max(1, Math.abs(value ?? 0))),
        String(value),
      ).toBe(true);
    expect(sheets[0]?.kind).toBe('cover');
    expect(cover.getCell('A1').value).toBe(`流失月报 ${month}`);
  });

  it('trends churned and the churn rate over the 12 months ending with the month', () => {
    const rows = tableUnder(sheetOf('report_trend'), [zh.catalog.fields.month, zh.catalog.measures.churned, zh.catalog.measures.churn_rate]);
    const want = ws.db
      .prepare('SELECT month, sum(churned) AS c, sum(churned) * 1.0 / sum(active_at_start) AS r FROM churn_facts_monthly WHERE month BETWEEN ? AND ? GROUP BY month ORDER BY month')
      .all(shiftMonth(month, -11), month) as { month: string; c: number; r: number }[];
    expect(rows.map((r) => r[0])).toEqual(want.map((w) => w.month));
    rows.forEach((r, i) => {
      close(r[1], want[i]!.c);
      close(r[2], want[i]!.r);
    });
    expect(sheets.find((s) => s.widgetId === 'report_trend')?.chart).toBe('native');
  });

  it.each([
    ['report_by_segment', 'segment'],
    ['report_by_region', 'region'],
    ['report_by_owner', 'owner'],
  ])('%s: churn of the month by %s', (widgetId, field) => {
    const label = (zh.catalog.fields as Record<string, string>)[field]!;
    const rows = tableUnder(sheetOf(widgetId), [label, zh.catalog.measures.churned, zh.catalog.measures.churn_rate]);
    const want = ws.db
      .prepare(`SELECT ${field} AS k, sum(churned) AS c, sum(churned) * 1.0 / nullif(sum(active_at_start), 0) AS r FROM churn_facts_monthly WHERE month = ? GROUP BY ${field}`)
      .all(month) as { k: string | null; c: number; r: number | null }[];
    expect(rows.length).toBe(want.length);
    for (const row of rows) {
      const hit = want.find((w) => (w.k ?? '—') === row[0]);
      expect(hit, String(row[0])).toBeDefined();
      close(row[1], hit!.c);
      close(row[2], hit!.r);
    }
    // Largest churn first, as the chart draws it.
    const churned = rows.map((r) => r[1] as number);
    expect([...churned].sort((a, b) => b - a)).toEqual(churned);
  });

  it('gives the health score by component as the newest scores hold it', () => {
    const snapshot = ws.db.prepare('SELECT snapshot_id AS id, health_version AS v FROM snapshots ORDER BY as_of DESC, snapshot_id DESC LIMIT 1').get() as { id: number; v: number };
    const groups = getHealthConfig(ws.db, snapshot.v).config.groups;
    const scores = ws.db
      .prepare("SELECT s.health_groups AS g FROM customer_scores s JOIN customer_mart m USING (customer_id) WHERE s.snapshot_id = ? AND m.lifecycle IN ('active', 'prospect')")
      .pluck()
      .all(snapshot.id) as (string | null)[];
    const parsed = scores.filter((g): g is string => g !== null).map((g) => JSON.parse(g) as [number | null, number][]);
    const cols = zh.exports.report.columns;
    const rows = tableUnder(sheetOf('report_health'), [cols.group, cols.score, cols.weight, cols.customers]);
    expect(rows.length).toBe(groups.length);
    groups.forEach((group, j) => {
      const row = rows.find((r) => r[0] === ((zh.scoring.health.groupNames as Record<string, string>)[group.id] ?? group.id));
      const withData = parsed.map((p) => p[j]?.[0]).filter((v): v is number => typeof v === 'number');
      close(row?.[1], withData.length ? withData.reduce((a, b) => a + b, 0) / withData.length : null);
      close(row?.[2], parsed.reduce((a, p) => a + (p[j]?.[1] ?? 0), 0) / parsed.length);
      close(row?.[3], parsed.length);
    });
  });

  it('lists every at-risk customer by owner, most likely to churn first', () => {
    const list = sheets.filter((s) => s.widgetId === 'report_high_risk');
    const count = one("SELECT count(*) FROM customer_mart WHERE tier = 'atRisk'");
    expect(list.reduce((n, s) => n + s.rows, 0)).toBe(count);
    const f = zh.catalog.fields;
    const rows = tableUnder(book.getWorksheet(list[0]!.name)!, [f.owner, f.customer_id, f.name]);
    expect(rows.length).toBe(count);
    const want = ws.db
      .prepare("SELECT owner, customer_id FROM customer_mart WHERE tier = 'atRisk' ORDER BY owner NULLS LAST, churn_probability DESC, customer_id")
      .raw(true)
      .all() as ReadCell[][];
    expect(rows.map((r) => r[1])).toEqual(want.map((w) => w[1]));
  });

  it('adds churn by saved segment once the workspace has saved segments', async () => {
    const region = one('SELECT region FROM customer_mart WHERE region IS NOT NULL GROUP BY region ORDER BY count(*) DESC LIMIT 1') as unknown as string;
    saveSegment(ws.db, {
      name: '最大区域',
      description: '',
      tags: [],
      color: 'blue',
      definition: { schemaVersion: 1, filter: { kind: 'condition', field: 'region', op: '=', value: region } },
    });
    const doc = buildReportDocument(ws.db, { month, language: 'zh-CN' }, new Date());
    const section = doc.sections.find((x) => x.widgetId === 'report_saved_segment');
    const rows: ReadCell[][] = [];
    for await (const page of section!.table.pages()) rows.push(...page.map((r) => [...r]));
    const where = 'FROM customer_mart WHERE region = ?';
    expect(rows).toEqual([
      [
        '最大区域',
        one(`SELECT count(*) ${where}`, region),
        one(`SELECT count(*) ${where} AND lifecycle = 'churned'`, region),
        one(`SELECT count(*) ${where} AND tier = 'atRisk'`, region),
        one(`SELECT sum(clv) ${where} AND tier = 'atRisk'`, region),
      ],
    ]);
  });

  it('fills the campaign sheets with each campaign’s effect and value as campaign.effect computes them', () => {
    const cols = zh.exports.report.columns;
    const table = (labels: readonly string[]) => {
      const sheet = book.worksheets.find((w) => tableUnderOrNull(w, labels) !== null);
      if (!sheet) throw new Error(`no sheet with ${labels.join(' | ')}`);
      return tableUnder(sheet, labels);
    };
    const effects = table([cols.campaign, cols.treated, cols.controls, cols.treatmentRate, cols.controlRate, cols.uplift, cols.upliftLower, cols.upliftUpper, cols.pValue]);
    const values = table([cols.campaign, cols.startDate, cols.endDate, cols.savedValue, cols.cost, cols.roi]);
    const campaigns = ws.db.prepare('SELECT campaign_id, name FROM campaigns WHERE start_date <= ? ORDER BY start_date, campaign_id').all(`${month}-31`) as {
      campaign_id: string;
      name: string;
    }[];
    // The demo's 2025 Q4 care campaign started before the month reported.
    expect(campaigns.length).toBeGreaterThan(0);
    expect(effects.map((r) => r[0])).toEqual(campaigns.map((c) => c.name));
    expect(values.map((r) => r[0])).toEqual(campaigns.map((c) => c.name));
    campaigns.forEach((c, i) => {
      const e = computeCampaignEffect(ws.db, c.campaign_id);
      expect(effects[i]!.slice(1, 3)).toEqual([e.drawn.treatment, e.drawn.control]);
      [e.treatment.rate, e.control.rate, e.uplift, e.newcombe?.lower ?? null, e.newcombe?.upper ?? null, e.pValue].forEach((v, k) => close(effects[i]![3 + k], v));
      [e.savedValue?.estimate ?? null, e.cost, e.roi?.estimate ?? null].forEach((v, k) => close(values[i]![3 + k], v));
    });
    const demo = computeCampaignEffect(ws.db, campaigns[0]!.campaign_id);
    expect(demo.uplift).toBeGreaterThan(0);
    expect(demo.roi).not.toBeNull();
  });

  it('says there is no campaign yet in one note, and leaves out campaigns started after the month', () => {
    const before = buildReportDocument(ws.db, { month, language: 'en' }, new Date());
    const titles = [resources.en.exports.report.campaigns, resources.en.exports.report.campaignValue];
    expect(before.sections.filter((x) => titles.includes(x.title)).map((x) => x.kind)).toEqual(['widget', 'widget']);
    ws.db.exec('SAVEPOINT no_campaigns');
    try {
      // Moved after the month: not yet started, so not reported.
      ws.db.prepare('UPDATE campaigns SET start_date = ?').run('2999-01-01');
      const doc = buildReportDocument(ws.db, { month, language: 'en' }, new Date());
      const sections = doc.sections.filter((x) => titles.includes(x.title));
      expect(sections.map((x) => [x.kind, x.notes])).toEqual([['note', [resources.en.exports.report.noCampaigns]]]);
    } finally {
      ws.db.exec('ROLLBACK TO no_campaigns; RELEASE no_campaigns');
    }
  });

  it('refuses a month outside the data with the months there are', () => {
    let reason: unknown = null;
    try {
      buildReportDocument(ws.db, { month: '2099-01', language: 'en' }, new Date());
    } catch (error) {
      reason = isAppError(error) ? [error.reason, error.params?.month] : error;
    }
    expect(reason).toEqual(['reportMonthOutOfRange', '2099-01']);
  });

  it('asks for a refresh, not a month, on a workspace never scored', async () => {
    const path = join(t.dir, 'unscored.churn');
    await createDemoWorkspace(path, { customers: 50 });
    const unscored = await openWorkspace(path);
    let reason: unknown = null;
    try {
      buildReportDocument(unscored.db, { month: '2024-06', language: 'en' }, new Date());
    } catch (error) {
      reason = isAppError(error) ? error.reason : error;
    } finally {
      unscored.close();
    }
    expect(reason).toBe('noSnapshot');
  });
});
