// A KPI widget as the cover's card: the value and its compact text, traffic light and
// thresholds, the months it covers, the change against its comparison worded as the card words
// it, and the sparkline's option — all through kpiView, the function the screen's card uses.
import { kpiView, sparklineOption, type ChartContext } from '../../../shared/dashboards/charts';
import type { KpiWidget } from '../../../shared/dashboards/widget';
import type { KpiValue } from '../../../shared/dashboards/widget-data';
import type { ExportKpi } from '../../../shared/export/document';
import { formatDate, formatMonth } from '../../../shared/i18n/format';
import type { Translate } from './translate';

export function kpiPeriodText(kpi: KpiValue, asOf: string | null, t: Translate, ctx: ChartContext): string {
  if (kpi.period === null) return t('exports', 'kpi.periodSnapshot', { date: asOf === null ? '' : formatDate(asOf, ctx.locale) });
  if (kpi.period.from === kpi.period.to) return t('exports', 'kpi.periodMonth', { month: formatMonth(kpi.period.from, ctx.locale) });
  return t('exports', 'kpi.periodMonths', { from: formatMonth(kpi.period.from, ctx.locale), to: formatMonth(kpi.period.to, ctx.locale) });
}

export function kpiComparisonText(kpi: KpiValue, t: Translate, ctx: ChartContext): string | null {
  const view = kpiView(kpi, ctx);
  if (kpi.comparison === 'none' || view.compareText === null || view.changeText === null) return null;
  return t('exports', `kpi.${kpi.comparison}`, { change: view.changeText, value: view.compareText });
}

export function exportKpi(widget: KpiWidget, title: string, kpi: KpiValue, asOf: string | null, t: Translate, ctx: ChartContext): ExportKpi {
  const view = kpiView(kpi, ctx);
  return {
    widgetId: widget.id,
    title,
    value: kpi.value,
    format: kpi.format,
    valueText: view.valueText,
    status: kpi.status,
    thresholds: widget.thresholds ?? null,
    periodText: kpiPeriodText(kpi, asOf, t, ctx),
    comparisonText: kpiComparisonText(kpi, t, ctx),
    changeIsGood: kpi.changeIsGood,
    sparkline: widget.sparkline && kpi.sparkline.length > 1 ? sparklineOption(kpi, ctx) : null,
  };
}
