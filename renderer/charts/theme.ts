// The ECharts theme, derived from antd's resolved tokens so charts share the app's type,
// text colours, grid lines and tooltip look. Tier colours keep their meaning on every chart:
// churn and risk are always the at-risk red, retention the healthy green.
import type { GlobalToken } from 'antd';
import { tierTints } from '../../shared/domain/tiers';
import { TIER_COLORS as tierColors } from '../../shared/dashboards/charts/palette';
import { darkDesignTokens, designTokens } from '../theme/antd-theme';

export const CHART_THEME = 'churn-cockpit';
export const CHART_THEME_DARK = 'churn-cockpit-dark';

type Tokens = Pick<
  GlobalToken,
  | 'colorPrimary'
  | 'colorText'
  | 'colorTextSecondary'
  | 'colorTextTertiary'
  | 'colorBorder'
  | 'colorBorderSecondary'
  | 'colorSplit'
  | 'colorBgElevated'
  | 'fontFamily'
  | 'fontSize'
  | 'fontSizeSM'
  | 'boxShadowSecondary'
  | 'borderRadius'
>;

/** Named series colours for charts that mean something specific. */
export const seriesColors = {
  churn: tierColors.atRisk,
  retained: tierColors.healthy,
  watch: tierColors.watch,
  /** The light fill for churn bars behind a churn-rate line. */
  churnFill: tierTints.atRisk.border,
} as const;

function axis(t: Tokens, showSplit: boolean): Record<string, unknown> {
  return {
    axisLine: { show: true, lineStyle: { color: t.colorBorder } },
    axisTick: { show: false, lineStyle: { color: t.colorBorder } },
    axisLabel: { color: t.colorTextSecondary, fontSize: t.fontSizeSM },
    splitLine: { show: showSplit, lineStyle: { color: t.colorSplit, type: 'dashed' } },
    nameTextStyle: { color: t.colorTextTertiary, fontSize: t.fontSizeSM },
  };
}

export function buildChartTheme(t: Tokens): Record<string, unknown> {
  return {
    color: [t.colorPrimary, tierColors.healthy, tierColors.watch, tierColors.atRisk, '#7262fd', '#13a8a8', '#8c8c8c'],
    backgroundColor: 'transparent',
    textStyle: { fontFamily: t.fontFamily, fontSize: t.fontSize, color: t.colorText },
    title: {
      textStyle: { color: t.colorText, fontSize: t.fontSize + 1, fontWeight: 600 },
      subtextStyle: { color: t.colorTextSecondary },
    },
    legend: {
      textStyle: { color: t.colorTextSecondary, fontSize: t.fontSizeSM },
      itemWidth: 14,
      itemHeight: 8,
      icon: 'roundRect',
    },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    categoryAxis: axis(t, false),
    valueAxis: { ...axis(t, true), axisLine: { show: false } },
    timeAxis: axis(t, false),
    tooltip: {
      backgroundColor: t.colorBgElevated,
      borderColor: t.colorBorderSecondary,
      borderWidth: 1,
      padding: [8, 12],
      textStyle: { color: t.colorText, fontSize: t.fontSizeSM },
      extraCssText: `box-shadow: ${t.boxShadowSecondary}; border-radius: ${t.borderRadius}px;`,
      axisPointer: { lineStyle: { color: t.colorBorder }, crossStyle: { color: t.colorBorder } },
    },
    line: { symbol: 'circle', symbolSize: 5, smooth: false, lineStyle: { width: 2 } },
    bar: { barMaxWidth: 18, itemStyle: { borderRadius: [2, 2, 0, 0] } },
  };
}

export const lightChartTheme = buildChartTheme(designTokens);
export const darkChartTheme = buildChartTheme(darkDesignTokens);
