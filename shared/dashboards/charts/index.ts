// The chart option builders and the pure views of KPI cards and table rules (see each file).
export { buildChartOption } from './build-chart-option';
export { clickedValue, type ClickedValue } from './clicked-value';
export { formatterFor, type ChartContext, type ChartOption, type ChartWords, type Json, type SelectableValue } from './context';
export { kpiView, sparklineOption, type KpiView } from './kpi-view';
export { CHART_FONT_FAMILY, TIER_COLORS, TIER_COLORS_DARK, tierColor, trafficColor } from './palette';
export { columnScale, ruleCellStyle, type CellRuleStyle, type RuleIcon } from './table-rules';
