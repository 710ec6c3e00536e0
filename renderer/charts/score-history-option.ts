// A customer's scores over the snapshots: health score on the left axis over pale tier bands
// (the same tier colours as everywhere), churn probability as a dashed line on the right.
// A vertical marker shows where the health configuration (or the sources it had data from)
// changed: the scores either side of it are not computed alike, so a step there is not the
// customer's change.
import { tierColors, tierTints } from '../../shared/domain/tiers';
import { formatDate, formatPercent } from '../../shared/i18n/format';
import type { Locale } from '../../shared/i18n/locales';
import type { EChartsCoreOption } from './echarts';
import type { TierCutoffs } from './health-histogram-option';
import { firstParam, tooltipRow, tooltipTitle } from './tooltip-html';
import { formatValue } from '../../shared/i18n/format-kind';

export interface ScoreHistoryPoint {
  asOf: string;
  healthScore: number | null;
  churnProbability: number | null;
  /** Health-configuration version of the point's snapshot. */
  healthVersion?: number;
  /** The scoring basis differs from the point before. */
  configChanged?: boolean;
}

export interface ScoreHistoryLabels {
  health: string;
  probability: string;
  /** Marker label at a configuration change, given the new version. */
  configChanged?: (version: number) => string;
}

const CONFIG_COLOR = '#8c8c8c';

interface AxisParam {
  dataIndex: number;
}

export function scoreHistoryOption(points: readonly ScoreHistoryPoint[], cutoffs: TierCutoffs, locale: Locale, labels: ScoreHistoryLabels): EChartsCoreOption {
  const band = (from: number, to: number, color: string) => [{ yAxis: from, itemStyle: { color, opacity: 0.6 } }, { yAxis: to }];
  const hasProbability = points.some((p) => p.churnProbability !== null);
  const tooltipFor = (i: number): string => {
    const p = points[i];
    if (!p) return '';
    return [
      tooltipTitle(formatDate(p.asOf, locale)),
      tooltipRow(labels.health, formatValue(p.healthScore, 'score', locale), tierColors.healthy),
      ...(hasProbability ? [tooltipRow(labels.probability, formatValue(p.churnProbability, 'probability', locale), tierColors.atRisk)] : []),
      ...(p.configChanged && labels.configChanged ? [tooltipRow(labels.configChanged(p.healthVersion ?? 0), '', CONFIG_COLOR)] : []),
    ].join('');
  };
  const changes = points.flatMap((p) =>
    p.configChanged
      ? [{ xAxis: formatDate(p.asOf, locale), label: { formatter: labels.configChanged ? labels.configChanged(p.healthVersion ?? 0) : `v${p.healthVersion ?? 0}` } }]
      : [],
  );
  return {
    aria: { enabled: true },
    animationDuration: 200,
    legend: { top: 0, left: 'center', data: hasProbability ? [labels.health, labels.probability] : [labels.health] },
    grid: { left: 8, right: 8, top: 40, bottom: 4, containLabel: true },
    tooltip: {
      trigger: 'axis',
      formatter: (params: AxisParam | AxisParam[]) => {
        const p = firstParam(params);
        return p ? tooltipFor(p.dataIndex) : '';
      },
    },
    xAxis: { type: 'category', boundaryGap: false, data: points.map((p) => formatDate(p.asOf, locale)) },
    yAxis: [
      { type: 'value', min: 0, max: 100, interval: 20, name: labels.health },
      {
        type: 'value',
        min: 0,
        max: 1,
        name: labels.probability,
        nameTextStyle: { align: 'right' },
        splitLine: { show: false },
        show: hasProbability,
        axisLabel: { formatter: (v: number) => formatPercent(v, locale, 0) },
      },
    ],
    series: [
      {
        name: labels.health,
        type: 'line',
        data: points.map((p) => p.healthScore),
        itemStyle: { color: '#1b5fd1' },
        lineStyle: { color: '#1b5fd1', width: 2 },
        connectNulls: false,
        ...(changes.length
          ? {
              markLine: {
                silent: true,
                symbol: 'none',
                lineStyle: { color: CONFIG_COLOR, type: 'dashed', width: 1 },
                label: { position: 'insideEndTop', color: CONFIG_COLOR, fontSize: 11 },
                data: changes,
              },
            }
          : {}),
        markArea: {
          silent: true,
          data: [
            band(cutoffs.healthy, 100, tierTints.healthy.background),
            band(cutoffs.watch, cutoffs.healthy, tierTints.watch.background),
            band(0, cutoffs.watch, tierTints.atRisk.background),
          ],
        },
      },
      ...(hasProbability
        ? [
            {
              name: labels.probability,
              type: 'line',
              yAxisIndex: 1,
              data: points.map((p) => p.churnProbability),
              itemStyle: { color: tierColors.atRisk },
              lineStyle: { color: tierColors.atRisk, type: 'dashed' },
              connectNulls: false,
            },
          ]
        : []),
    ],
  };
}
