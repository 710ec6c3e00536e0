// The plot area of a pie or a ring (doughnut, hole 50 %): one series, the first the widget has,
// every slice in its own colour (tier slices keep the tier colours). CT_PieChart: varyColors,
// ser, dLbls, firstSliceAng; CT_DoughnutChart adds holeSize.
import type { NativeChartPart } from '../drawing-parts';
import { SERIES_COLORS } from '../../../../shared/dashboards/charts/palette';
import { categoriesOf, pieSeriesXml } from './series';

type ChartSpec = NativeChartPart['chart'];

export function piePlotAreaXml(chart: ChartSpec): string {
  const ring = chart.type === 'doughnut';
  const series = chart.series[0];
  const colors = chart.pointColors ?? SERIES_COLORS;
  const categories = categoriesOf(chart);
  const body = series ? pieSeriesXml({ index: 0 }, series, categories, colors, ring) : '';
  const group = ring
    ? `<c:doughnutChart><c:varyColors val="1"/>${body}<c:firstSliceAng val="0"/><c:holeSize val="50"/></c:doughnutChart>`
    : `<c:pieChart><c:varyColors val="1"/>${body}<c:firstSliceAng val="0"/></c:pieChart>`;
  return `<c:plotArea><c:layout/>${group}</c:plotArea>`;
}
