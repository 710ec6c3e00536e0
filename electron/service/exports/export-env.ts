// What building an export document needs once per export: the data date, the filter context
// (catalog, saved segments), the runner dashboard.data uses (so every number equals the
// screen's), and the words, labels and chart context of the document's language.
import type { ChartContext } from '../../../shared/dashboards/charts';
import type { DashboardFilters } from '../../../shared/dashboards/dashboard';
import { evaluateWidgets, type QueryRunner } from '../../../shared/dashboards/evaluate';
import type { Widget } from '../../../shared/dashboards/widget';
import type { WidgetData } from '../../../shared/dashboards/widget-data';
import type { Locale } from '../../../shared/i18n/locales';
import type { Db } from '../../store/database';
import { martState } from '../../store/analytics/mart-state';
import { customerFilterContext, type CustomerFilterContext } from '../../store/segments/filter-context';
import { workspaceRunner } from '../dashboards/runner';
import { exportChartContext, exportLabels, type ExportLabels } from './chart-context';
import { translator, type Translate } from './translate';

export interface ExportEnv {
  readonly db: Db;
  readonly asOf: string | null;
  readonly context: CustomerFilterContext;
  readonly locale: Locale;
  readonly t: Translate;
  readonly labels: ExportLabels;
  readonly chart: ChartContext;
  readonly signal?: AbortSignal;
}

export function exportEnv(db: Db, locale: Locale, signal?: AbortSignal): ExportEnv {
  const asOf = martState(db)?.asOf ?? null;
  const context = customerFilterContext(db, asOf === null ? {} : { asOf });
  const t = translator(locale);
  return { db, asOf, context, locale, t, labels: exportLabels(t, locale), chart: exportChartContext(t, locale), ...(signal ? { signal } : {}) };
}

/** A fresh runner per filter set: its request cache of matched rows belongs to one set of filters. */
export function envRunner(env: ExportEnv): QueryRunner {
  return workspaceRunner(env.db, env.context, env.context.asOf);
}

/** The widgets under one set of filters, exactly as dashboard.data evaluates them. */
export function evaluateUnder(env: ExportEnv, widgets: readonly Widget[], filters: DashboardFilters): WidgetData[] {
  return evaluateWidgets(widgets, { asOf: env.asOf, catalog: env.context.catalog, filters, run: envRunner(env), now: () => performance.now() });
}

export function segmentNames(db: Db): (id: number) => string | undefined {
  const hasTable = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'segments'").get() !== undefined;
  const names = new Map<number, string>();
  if (hasTable) for (const row of db.prepare('SELECT id, name FROM segments').all() as { id: number; name: string }[]) names.set(row.id, row.name);
  return (id) => names.get(id);
}
