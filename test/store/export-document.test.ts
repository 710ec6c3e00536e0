// The export document of the default cockpit and the monthly template on a demo workspace: every
// KPI value and every section cell equals dashboard.data's for the same filters (none, and a
// region linkage); the pivot of a stacked bar keeps every value; full lists stream every row of
// the list, in pages, in the screen's order.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoWorkspace } from '../../electron/demo/generate';
import { runRefresh } from '../../electron/service/scoring/refresh';
import { dashboardData } from '../../electron/service/dashboards/data';
import { buildDashboardDocument } from '../../electron/service/exports/build-document';
import { exportEnv } from '../../electron/service/exports/export-env';
import { fullListPages, fullListQuery } from '../../electron/service/exports/full-list';
import { openWorkspace, type Workspace } from '../../electron/store/workspace';
import { DashboardFiltersSchema, type DashboardFilters, type DashboardSpec } from '../../shared/dashboards/dashboard';
import { templateSpec } from '../../shared/dashboards/templates';
import type { TableWidget } from '../../shared/dashboards/widget';
import type { Cell, WidgetData } from '../../shared/dashboards/widget-data';
import type { ExportDocument, ExportSection } from '../../shared/export/document';
import { resources } from '../../shared/i18n/resources';
import { tempDir } from '../support/temp';

const zh = resources['zh-CN'];
const valueWords: Record<string, Record<string, string>> = zh.catalog.values;

/** The word a document holds for a data cell: an enum's label (zh-CN), '__other__' as 其他, else the cell. */
function word(data: WidgetData, column: number, cell: Cell): Cell {
  const prefix = data.columns[column]?.valueLabelPrefix;
  if (cell === '__other__') return zh['dashboard-widgets'].other;
  if (typeof cell === 'string' && prefix?.startsWith('catalog:values.')) return valueWords[prefix.slice('catalog:values.'.length)]?.[cell] ?? cell;
  return cell;
}

async function rowsOf(section: ExportSection): Promise<Cell[][]> {
  const rows: Cell[][] = [];
  for await (const page of section.table.pages()) for (const row of page) rows.push([...row]);
  return rows;
}

async function expectSameNumbers(doc: ExportDocument, spec: DashboardSpec, results: readonly WidgetData[]): Promise<number> {
  let checked = 0;
  for (const data of results) {
    const widget = spec.widgets.find((w) => w.id === data.widgetId)!;
    if (widget.kind === 'text') continue;
    if (widget.kind === 'kpi') {
      const kpi = doc.kpis.find((k) => k.widgetId === widget.id);
      expect(kpi?.value, widget.id).toBe(data.kpi?.value ?? null);
      checked += 1;
      continue;
    }
    const section = doc.sections.find((s) => s.widgetId === widget.id);
    expect(section, widget.id).toBeDefined();
    const rows = await rowsOf(section!);
    const pivoted = widget.kind === 'chart' && (widget.chart === 'stackedBar' || widget.chart === 'heatmap') && data.columns.filter((c) => c.kind !== 'measure').length === 2;
    if (pivoted) {
      // category × series → value: every data row has its cell in the wide table.
      const measure = data.columns.findIndex((c) => c.kind === 'measure');
      const dims = data.columns.map((c, i) => (c.kind === 'measure' ? -1 : i)).filter((i) => i >= 0);
      const seriesOrder = [...new Set(data.rows.map((r) => r[dims[1]!] ?? null))];
      expect(section!.table.columns.length).toBe(seriesOrder.length + 1);
      for (const row of data.rows) {
        const cat = word(data, dims[0]!, row[dims[0]!] ?? null);
        const target = rows.find((r) => r[0] === cat);
        const col = seriesOrder.indexOf(row[dims[1]!] ?? null) + 1;
        const ser = word(data, dims[1]!, row[dims[1]!] ?? null);
        // An enum series value is named by its word, never its code.
        if (ser !== row[dims[1]!]) expect(section!.table.columns[col]?.label).toBe(ser);
        expect([widget.id, target?.[col]]).toEqual([widget.id, row[measure]]);
        checked += 1;
      }
      const filled = rows.reduce((n, r) => n + r.slice(1).filter((c) => c !== null).length, 0);
      expect(filled, `${widget.id}: the pivot invents no value`).toBe(data.rows.filter((r) => r[measure] !== null).length);
      continue;
    }
    // Non-pivoted: the same rows, dimensions first, then measures, enum codes as words.
    expect(rows.length, widget.id).toBe(data.rows.length);
    const order = [...data.columns.keys()].sort((a, b) => Number(data.columns[a]!.kind === 'measure') - Number(data.columns[b]!.kind === 'measure'));
    expect(section!.table.columns.map((c) => c.key)).toEqual(order.map((i) => data.columns[i]!.key));
    data.rows.forEach((row, r) => {
      expect([widget.id, r, rows[r]]).toEqual([widget.id, r, order.map((i) => word(data, i, row[i] ?? null))]);
      checked += row.length;
    });
  }
  return checked;
}

describe('export document', () => {
  const t = tempDir();
  let ws: Workspace;
  beforeAll(async () => {
    const path = join(t.dir, 'demo.churn');
    await createDemoWorkspace(path, { customers: 600 });
    ws = await openWorkspace(path);
    runRefresh(ws.db, { trainIfMissing: true }, () => undefined);
  }, 180_000);
  afterAll(() => {
    ws.close();
    t.cleanup();
  });

  const regionOf = () => (ws.db.prepare('SELECT region FROM customer_mart WHERE region IS NOT NULL ORDER BY region LIMIT 1').pluck().get() as string) ?? '华北';
  const cases: [string, 'cockpit' | 'monthly', () => DashboardFilters][] = [
    ['cockpit, no filter', 'cockpit', () => DashboardFiltersSchema.parse({})],
    ['cockpit, a region linkage', 'cockpit', () => DashboardFiltersSchema.parse({ linkage: [{ widgetId: 'chart_region', field: 'region', values: [regionOf()] }] })],
    ['monthly, no filter', 'monthly', () => DashboardFiltersSchema.parse({})],
    ['monthly, a region linkage', 'monthly', () => DashboardFiltersSchema.parse({ linkage: [{ widgetId: 'table_by_region', field: 'region', values: [regionOf()] }] })],
  ];

  it.each(cases)('%s: every KPI and cell equals dashboard.data', async (_name, template, filtersOf) => {
    const spec = templateSpec(template);
    const filters = filtersOf();
    const doc = buildDashboardDocument(ws.db, { name: '驾驶舱', spec, filters, language: 'zh-CN', fullLists: false, workspacePath: '/x/demo.churn' }, new Date(2026, 11, 5, 9, 30));
    const { results } = dashboardData(ws.db, { widgets: spec.widgets, filters });
    expect(results.filter((r) => r.status === 'ok').length).toBeGreaterThan(3);
    const checked = await expectSameNumbers(doc, spec, results);
    expect(checked).toBeGreaterThan(20);
    expect(doc.dataDate).toBe(ws.db.prepare('SELECT max(as_of) FROM snapshots').pluck().get());
    expect(doc.generatedAt).toBe('2026-12-05 09:30');
    expect(doc.workspace).toBe('demo.churn');
    expect(doc.filters.length).toBe(filters.linkage.length);
    if (filters.linkage.length > 0) expect(doc.filters[0]).toEqual({ label: `${zh.catalog.fields.region}（联动）`, value: regionOf() });
  });

  it('gives charts their option and native Excel charts where Excel has one', () => {
    const doc = buildDashboardDocument(
      ws.db,
      { name: 'c', spec: templateSpec('cockpit'), filters: DashboardFiltersSchema.parse({}), language: 'en', fullLists: false },
      new Date(),
    );
    const byId = new Map(doc.sections.map((s) => [s.widgetId, s]));
    expect(byId.get('chart_trend')?.chart?.native?.type).toBe('line');
    expect(byId.get('chart_tiers')?.chart?.native?.type).toBe('doughnut');
    expect(byId.get('chart_value_risk')?.chart?.native).toBeNull();
    expect(byId.get('gauge_at_risk_share')?.chart?.native).toBeNull();
    expect(byId.get('table_high_risk')?.kind).toBe('list');
    expect(byId.get('table_high_risk')?.rules.length).toBe(2);
    // English words, no code left: the tiers ring's categories are the catalog's English labels.
    const tierWords = Object.values(resources.en.catalog.values.tier);
    expect(byId.get('chart_tiers')?.chart?.native?.pointColors?.length).toBeGreaterThan(0);
    expect(doc.kpis.length).toBe(5);
    expect(doc.words.cover).toBe('Cover');
    return rowsOf(byId.get('chart_tiers')!).then((rows) => rows.forEach((r) => expect(tierWords).toContain(r[0])));
  });

  it('fullLists: every matching row of the list, sorted as on screen, in pages', async () => {
    const spec = templateSpec('cockpit');
    const filters = DashboardFiltersSchema.parse({});
    const doc = buildDashboardDocument(ws.db, { name: 'c', spec, filters, language: 'zh-CN', fullLists: true }, new Date());
    const list = doc.sections.find((s) => s.widgetId === 'table_high_risk')!;
    const count = ws.db.prepare("SELECT count(*) FROM customer_mart WHERE tier = 'atRisk'").pluck().get() as number;
    const rows = await rowsOf(list);
    expect(list.table.rowCount).toBe(count);
    expect(rows.length).toBe(count);
    expect(count).toBeGreaterThan(8);
    const screen = dashboardData(ws.db, { widgets: spec.widgets, filters }).results.find((r) => r.widgetId === 'table_high_risk')!;
    expect(rows.slice(0, screen.rows.length)).toEqual(screen.rows.map((row) => row.map((c, i) => word(screen, i, c))));
    // In pages of the size asked, the last one holding the rest.
    const widget = spec.widgets.find((w) => w.id === 'table_high_risk') as TableWidget;
    const env = exportEnv(ws.db, 'zh-CN');
    const pages: number[] = [];
    for await (const page of fullListPages(ws.db, fullListQuery(widget, filters, env.context, env.asOf!), (r) => [...r], undefined, 4)) pages.push(page.length);
    expect(pages.reduce((a, b) => a + b, 0)).toBe(count);
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.slice(0, -1).every((n) => n === 4)).toBe(true);
  });
});
