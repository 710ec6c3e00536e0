// A chart widget: the shared builder's option drawn by ECharts; a click on a bar, slice, point
// or cell selects its raw dimension value (Ctrl/Cmd adds to the selection), a double-click asks
// to drill down. Selected values stay bright and the rest are dimmed by the builder.
import { useCallback, useMemo } from 'react';
import { buildChartOption, clickedValue, type ChartContext } from '../../../../shared/dashboards/charts';
import type { ChartWidget as ChartWidgetSpec } from '../../../../shared/dashboards/widget';
import type { WidgetData } from '../../../../shared/dashboards/widget-data';
import type { WidgetSelection } from './widget-props';
import { WidgetChart, type ChartPointer } from './WidgetChart';

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
  return <WidgetChart option={option} dark={ctx.dark} height="100%" testId={`chart-${widget.id}`} ariaLabel={title} onPoint={onSelect ? onPoint : undefined} />;
}
