// The plot area of a line, bar, stacked bar or combo chart: one chart group per kind of mark and
// axis pair (bars on the primary axes, lines on the primary axes with the 警戒线, lines on the
// secondary axes), then the axes. CT_PlotArea: layout, chart groups, axes. CT_BarChart: barDir,
// grouping, varyColors, ser*, gapWidth, overlap, axId×2; CT_LineChart: grouping, varyColors,
// ser*, marker, axId×2.
import type { ChartSeriesPart, NativeChartPart } from '../drawing-parts';
import { axesXml, PRIMARY_AXES, SECONDARY_AXES, type AxisPair } from './axes';
import { barSeriesXml, categoriesOf, lineSeriesXml, warningLineSeriesXml, type SeriesSlot } from './series';

type ChartSpec = NativeChartPart['chart'];

const axisIds = (pair: AxisPair): string => `<c:axId val="${pair.category}"/><c:axId val="${pair.value}"/>`;

/** How a series is drawn: a chart's own type decides, except in a combo where each series says. */
function markOf(chart: ChartSpec, series: ChartSeriesPart): 'bar' | 'line' {
  if (chart.type === 'line') return 'line';
  if (chart.type === 'combo') return series.type;
  return 'bar';
}

function barGroupXml(chart: ChartSpec, body: string, pair: AxisPair): string {
  const stacked = chart.type === 'stackedBar';
  const direction = chart.horizontal ? 'bar' : 'col';
  const overlap = stacked ? '<c:overlap val="100"/>' : '';
  return `<c:barChart><c:barDir val="${direction}"/><c:grouping val="${stacked ? 'stacked' : 'clustered'}"/><c:varyColors val="0"/>${body}<c:gapWidth val="80"/>${overlap}${axisIds(pair)}</c:barChart>`;
}

function lineGroupXml(body: string, pair: AxisPair): string {
  return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${body}<c:marker val="1"/>${axisIds(pair)}</c:lineChart>`;
}

/**
 * A horizontal bar chart has no room for a line group: Excel draws a line over horizontal bars
 * on crossed axes, so the 警戒线 of a ranking is left out (its value is still in the table's
 * conditional format).
 */
export function hasWarningLine(chart: ChartSpec): boolean {
  return chart.warningLine !== null && !chart.horizontal;
}

export function barLinePlotAreaXml(chart: ChartSpec): string {
  const categories = categoriesOf(chart);
  let next = 0;
  const slot = (): SeriesSlot => ({ index: next++ });
  let primaryBars = '';
  let primaryLines = '';
  let secondaryLines = '';
  let secondaryBars = '';
  for (const series of chart.series) {
    const mark = markOf(chart, series);
    const secondary = chart.type === 'combo' && series.secondaryAxis;
    if (mark === 'bar') {
      const xml = barSeriesXml(slot(), series, categories);
      if (secondary) secondaryBars += xml;
      else primaryBars += xml;
    } else {
      const xml = lineSeriesXml(slot(), series, categories);
      if (secondary) secondaryLines += xml;
      else primaryLines += xml;
    }
  }
  if (chart.warningLine && hasWarningLine(chart)) primaryLines += warningLineSeriesXml(slot(), chart.warningLine, categories);

  let groups = '';
  if (primaryBars) groups += barGroupXml(chart, primaryBars, PRIMARY_AXES);
  if (primaryLines) groups += lineGroupXml(primaryLines, PRIMARY_AXES);
  if (secondaryBars) groups += barGroupXml(chart, secondaryBars, SECONDARY_AXES);
  if (secondaryLines) groups += lineGroupXml(secondaryLines, SECONDARY_AXES);
  // A plot area needs one chart group: a widget without series still gets its (empty) axes.
  if (!groups) groups = chart.type === 'line' ? lineGroupXml('', PRIMARY_AXES) : barGroupXml(chart, '', PRIMARY_AXES);
  const secondary = secondaryBars !== '' || secondaryLines !== '';
  const axes = axesXml({ horizontal: chart.horizontal, numberFormat: chart.numberFormat, secondary, secondaryNumberFormat: chart.secondaryNumberFormat ?? chart.numberFormat });
  return `<c:plotArea><c:layout/>${groups}${axes}</c:plotArea>`;
}
