// One evaluated widget as its part of the export document: a KPI card, a text for the cover, or
// a section (a chart's wide table with its option and native chart; a table's rows with its
// 条件属性 as rules, a list streamed in full when asked). A widget that could not be computed
// still gets its section, saying why, so the file shows what the screen shows.
import type { DashboardFilters, LayoutItem } from '../../../shared/dashboards/dashboard';
import type { TableWidget, Widget } from '../../../shared/dashboards/widget';
import type { WidgetData } from '../../../shared/dashboards/widget-data';
import { tableOfRows, type ExportKpi, type ExportRule, type ExportSection, type ExportTable } from '../../../shared/export/document';
import { rowMapper } from './cells';
import { chartSectionParts, exportColumn } from './chart-section';
import type { ExportEnv } from './export-env';
import { fullListCount, fullListPages, fullListQuery } from './full-list';
import { exportKpi } from './kpi-card';
import { exportEmptyHint, exportProblemText, exportWidgetTitle } from './widget-words';

export interface EvaluatedWidget {
  readonly widget: Widget;
  readonly data: WidgetData;
  /** The filters it was evaluated under (a full list reruns its query under them). */
  readonly filters: DashboardFilters;
  readonly layout: LayoutItem | null;
  /** A title other than the widget's own (the monthly report's). */
  readonly title?: string;
}

export type WidgetPart = { readonly kpi: ExportKpi } | { readonly text: string } | { readonly section: ExportSection } | null;

function notesOf(env: ExportEnv, data: WidgetData): string[] {
  const notes: string[] = [];
  if (data.status === 'error') notes.push(env.t('exports', 'notes.problem', { problem: exportProblemText(data.problem, env.t) }));
  if (data.status === 'empty') notes.push(exportEmptyHint(data.problem, env.t));
  if (data.notApplied.length > 0)
    notes.push(env.t('exports', 'notes.notApplied', { fields: data.notApplied.map((f) => env.labels.field(f)).join(env.t('exports', 'filter.separator')) }));
  return notes;
}

function tableRules(widget: TableWidget, data: WidgetData): ExportRule[] {
  return widget.rules.flatMap((rule) => {
    const column = data.columns.findIndex((c) => c.key === rule.column);
    return column < 0 ? [] : [{ column, style: rule.style, thresholds: rule.thresholds }];
  });
}

function tableOf(env: ExportEnv, item: EvaluatedWidget, widget: TableWidget, fullLists: boolean): ExportTable {
  const { data } = item;
  const columns = data.columns.map((c) => exportColumn(c, env.labels));
  const map = rowMapper(data.columns, env.labels);
  if (!(fullLists && widget.mode === 'list' && data.status === 'ok' && env.asOf !== null)) return tableOfRows(columns, data.rows.map(map), data.truncated);
  const query = fullListQuery(widget, item.filters, env.context, env.asOf);
  const rowCount = fullListCount(env.db, widget, query, env.context, env.asOf);
  return { columns, rowCount, truncated: false, pages: () => fullListPages(env.db, query, map, env.signal) };
}

export function widgetPart(env: ExportEnv, item: EvaluatedWidget, fullLists: boolean): WidgetPart {
  const { widget, data } = item;
  const title = item.title ?? (exportWidgetTitle(widget, env.t) || env.t('exports', 'untitled'));
  const layout = item.layout ? { x: item.layout.x, y: item.layout.y, w: item.layout.w, h: item.layout.h } : null;
  const base = { widgetId: widget.id, title, notes: notesOf(env, data), layout };
  switch (widget.kind) {
    case 'text': {
      const text = widget.text || (widget.textKey ? exportWidgetTitle(widget, env.t) : '');
      return text ? { text } : null;
    }
    case 'kpi':
      if (data.kpi) return { kpi: exportKpi(widget, title, data.kpi, env.asOf, env.t, env.chart) };
      return { section: { ...base, kind: 'note', table: tableOfRows([], []), chart: null, rules: [] } };
    case 'chart': {
      if (data.status === 'error') return { section: { ...base, kind: 'widget', table: tableOfRows([], []), chart: null, rules: [] } };
      const parts = chartSectionParts(widget, data, env.labels, env.chart);
      return {
        section: {
          ...base,
          kind: 'widget',
          table: tableOfRows(parts.table.columns, parts.table.rows, data.truncated),
          chart: data.status === 'ok' ? { kind: widget.chart, option: parts.option, native: parts.native } : null,
          rules: parts.rules,
        },
      };
    }
    case 'table':
      return { section: { ...base, kind: widget.mode === 'list' ? 'list' : 'widget', table: tableOf(env, item, widget, fullLists), chart: null, rules: tableRules(widget, data) } };
  }
}
