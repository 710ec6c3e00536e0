// ECharts assembled from only the parts the app draws, which keeps the chunk a fraction of
// the full build. Add a chart or component here before using it in an option.
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { CHART_THEME, CHART_THEME_DARK, darkChartTheme, lightChartTheme } from './theme';

echarts.use([
  LineChart,
  BarChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  AriaComponent,
  // Tier cut-offs and reference diagonals (markLine), tier bands behind score trends (markArea).
  MarkLineComponent,
  MarkAreaComponent,
  CanvasRenderer,
]);
echarts.registerTheme(CHART_THEME, lightChartTheme);
echarts.registerTheme(CHART_THEME_DARK, darkChartTheme);

export { echarts };
export type { EChartsCoreOption } from 'echarts/core';
