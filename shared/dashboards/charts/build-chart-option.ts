// One entry for every chart kind: a plain-JSON ECharts option from a widget, its data and the
// resolved words and formats. The screen, the dashboard-file viewer and the server-side export
// call this same function.
import type { ChartWidget } from '../widget';
import type { WidgetData } from '../widget-data';
import { cartesianOption } from './cartesian';
import type { ChartContext, ChartOption } from './context';
import { gaugeOption } from './gauge';
import { heatmapOption } from './heatmap';
import { kmOption } from './km';
import { pieOption } from './pie';

export function buildChartOption(widget: ChartWidget, data: WidgetData, ctx: ChartContext): ChartOption {
  switch (widget.chart) {
    case 'line':
    case 'bar':
    case 'combo':
    case 'stackedBar':
      return cartesianOption(widget.chart, widget, data, ctx);
    case 'pie':
      return pieOption(false, data, ctx);
    case 'ring':
      return pieOption(true, data, ctx);
    case 'gauge':
      return gaugeOption(widget, data, ctx);
    case 'heatmap':
      return heatmapOption(widget, data, ctx);
    case 'km':
      return kmOption(data, ctx);
  }
}
