// A chart widget: the shared builder's option drawn by ECharts; a click on a bar, slice, point
// or cell selects its raw dimension value (Ctrl/Cmd adds to the selection), a double-click asks
// to drill down. Selected values stay bright and the rest are dimmed by the builder.
import { useCallback, useMemo } from 'react';
import { buildChartOption, clickedValue, type ChartContext } from '../../../../shared/dashboards/charts';
import type { ChartWidget as ChartWidgetSpec } from '../../../../shared/dashboards/widget';
import type { WidgetData } from '../../../../shared/dashboards/widget-data';
import type { WidgetSelection } from './widget-props';
import { WidgetChart, type ChartPointer } from './WidgetChart';
import { TooLittleHistory } from '../../../components/TooLittleHistory';

/** A month trend with fewer points reads as "no change": say what it needs instead. */
const MIN_TREND_MONTHS = 3;

/** Months with a value on a trend by month of the monthly churn facts; null for other charts. */
function monthsWithRate(widget: ChartWidgetSpec, data: WidgetData): number | null {
  if (widget.source !== 'churn_month' || data.columns[0]?.key !== 'month' || data.columns.length !== 1 + widget.measures.length) return null;
  if (!['line', 'bar', 'combo'].includes(widget.chart)) return null;
  const measureAt = data.columns.length - 1;
  return data.rows.filter((row) => row[measureAt] !== null).length;
}

export interface ChartWidgetProps {
  widget: ChartWidgetSpec;
  data: WidgetData;
  ctx: ChartContext;
  title: string;
  onSelect?: (selection: WidgetSelection) => void;
}

export function ChartWidget({ widget, data, ctx, title, onSelect }: ChartWidgetProps) {
  const option = useMemo(() => buildChartOption(widget, data, ctx), [widget, data, ctx]);
  // After a drill the category is the drilled level's field, not the spec's.
  const onPoint = useCallback(
    (pointer: ChartPointer, gesture: 'click' | 'drill') => {
      const dimension = data.drilledTo ? { field: data.drilledTo.field, grain: data.drilledTo.grain } : widget.dimension;
      const clicked = clickedValue(pointer.item);
      if (!clicked || !dimension || !onSelect) return;
      onSelect({ widgetId: widget.id, field: dimension.field, ...(dimension.grain ? { grain: dimension.grain } : {}), value: clicked.raw, additive: pointer.additive, gesture });
    },
    [data.drilledTo, widget.dimension, onSelect, widget.id],
  );
  const months = monthsWithRate(widget, data);
  if (months !== null && months < MIN_TREND_MONTHS) {
    return <TooLittleHistory unit="months" needs={MIN_TREND_MONTHS} has={months} height="100%" testId="churn-trend-short" />;
  }
  return <WidgetChart option={option} dark={ctx.dark} height="100%" testId={`chart-${widget.id}`} ariaLabel={title} onPoint={onSelect ? onPoint : undefined} />;
}
