// viewer.data: one packaged dashboard's widgets under the filters in force, evaluated by the
// core's evaluateWidget (the same code as dashboard.data) with each widget's packaged table: its
// catalog (only what the file holds: filters on anything else are listed as not applied) and a
// runner over it. A list or Kaplan–Meier table already holds the widget's own filter, so it is
// not applied twice; a KM table has no dimensions, so no dashboard filter applies to it. A widget
// the file could not package (a count_distinct, a list of a month source) answers the problem
// 'notInFile' (labelled by dashboard-widgets:problems.notInFile).
import { performance } from 'node:perf_hooks';
import { AppError } from '../../../shared/contract/errors';
import type { DashboardData } from '../../../shared/contract/domains/dashboards';
import type { OperationParsedInput } from '../../../shared/contract/operations';
import { evaluateWidget } from '../../../shared/dashboards/evaluate';
import { tableCatalog } from '../../../shared/dashboards/file-catalog';
import type { Widget } from '../../../shared/dashboards/widget';
import type { WidgetData } from '../../../shared/dashboards/widget-data';
import { fileRunner } from '../../store/dashboard-file/file-runner';
import type { OpenDashboardFile } from '../../store/dashboard-file/open-file';

function notPackaged(widget: Widget): WidgetData {
  return { widgetId: widget.id, status: 'error', problem: { code: 'notInFile', params: {} }, columns: [], rows: [], truncated: false, applied: [], notApplied: [], elapsedMs: 0 };
}

/** The widget as the viewer evaluates it over its packaged table. */
function packagedWidget(widget: Widget, table: string): Widget {
  if (!table.startsWith('list_') && !table.startsWith('km_')) return widget;
  const copy: Widget = table.startsWith('km_') ? { ...widget, receivesFilters: false } : { ...widget };
  delete copy.filter;
  return copy;
}

export function viewerData(file: OpenDashboardFile, input: OperationParsedInput<'viewer.data'>): DashboardData {
  const started = performance.now();
  const dashboard = file.dashboards[input.index];
  if (!dashboard) throw new AppError('NOT_FOUND', `dashboard ${input.index}: not in this file`, { reason: 'dashboardNotFound', params: { id: input.index } });
  const wanted = input.widgetIds ? new Set(input.widgetIds) : null;
  const empty = tableCatalog([], '');
  const results = dashboard.spec.widgets
    .filter((w) => wanted === null || wanted.has(w.id))
    .map((widget) => {
      const placement = file.placements.find((p) => p.dashboard === dashboard.index && p.widget === widget.id);
      const ctx = { asOf: file.manifest.dataDate, filters: input.filters, now: () => performance.now() };
      if (widget.kind === 'text') return evaluateWidget(widget, { ...ctx, catalog: empty, run: fileRunner(file, '', empty) });
      if (!placement || placement.table === null) return notPackaged(widget);
      const catalog = tableCatalog(file.entries, placement.table);
      return evaluateWidget(packagedWidget(widget, placement.table), { ...ctx, catalog, run: fileRunner(file, placement.table, catalog) });
    });
  return { asOf: file.manifest.dataDate, results, elapsedMs: performance.now() - started, inactivityDays: null };
}
