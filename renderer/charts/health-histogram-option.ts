// The health-score distribution: one bar per score bin on a 0–100 value axis, coloured by the
// tier its midpoint falls in, the tier cut-offs as vertical lines, and optionally the saved
// version's distribution as a dashed outline for the before/after comparison.
import type { Tier } from '../../shared/domain/tiers';
import { tierColors } from '../../shared/domain/tiers';
import { formatInteger } from '../../shared/i18n/format';
import type { Locale } from '../../shared/i18n/locales';
import type { EChartsCoreOption } from './echarts';
import { firstParam, tooltipRow, tooltipTitle } from './tooltip-html';
import { formatValue } from '../../shared/i18n/format-kind';

export interface ScoreBin {
  lower: number;
  upper: number;
  count: number;
}

export interface HistogramLabels {
  current: string;
  /** Series name of the saved distribution; null hides it. */
  saved: string | null;
  customers: string;
  range(lower: string, upper: string): string;
  tier(tier: Tier): string;
}

export interface TierCutoffs {
  healthy: number;
  watch: number;
}

export function tierOfScore(score: number, cutoffs: TierCutoffs): Tier {
  return score >= cutoffs.healthy ? 'healthy' : score >= cutoffs.watch ? 'watch' : 'atRisk';
}

/** A bin is drawn in the colour of the tier its midpoint belongs to. */
export function binTier(bin: ScoreBin, cutoffs: TierCutoffs): Tier {
  return tierOfScore((bin.lower + bin.upper) / 2, cutoffs);
}

interface AxisParam {
  dataIndex: number;
}

export function healthHistogramOption(
  bins: readonly ScoreBin[],
  cutoffs: TierCutoffs,
  locale: Locale,
  labels: HistogramLabels,
  saved: readonly ScoreBin[] | null = null,
): EChartsCoreOption {
  const mid = (b: ScoreBin) => (b.lower + b.upper) / 2;
  const showSaved = labels.saved !== null && saved !== null && saved.length > 0;
  const tooltipFor = (index: number): string => {
    const b = bins[index];
    if (!b) return '';
    const tier = binTier(b, cutoffs);
    const lines = [
      tooltipTitle(labels.range(formatValue(b.lower, 'score', locale), formatValue(b.upper, 'score', locale))),
      tooltipRow(`${labels.current} · ${labels.tier(tier)}`, formatInteger(b.count, locale), tierColors[tier]),
    ];
    const s = showSaved ? saved.find((x) => x.lower === b.lower && x.upper === b.upper) : undefined;
    if (s && labels.saved) lines.push(tooltipRow(labels.saved, formatInteger(s.count, locale), '#8c8c8c'));
    return lines.join('');
  };
  const cutoffLine = (value: number, tier: Tier) => ({
    xAxis: value,
    lineStyle: { color: tierColors[tier], type: 'dashed', width: 1.5 },
    label: { formatter: `${labels.tier(tier)} ≥ ${formatValue(value, 'score', locale)}`, color: tierColors[tier], position: 'insideEndTop' },
  });

  return {
    aria: { enabled: true },
    animationDuration: 200,
    legend: showSaved ? { top: 0, right: 0, data: [labels.current, labels.saved] } : undefined,
    grid: { left: 8, right: 16, top: showSaved ? 40 : 24, bottom: 4, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: AxisParam | AxisParam[]) => {
        const p = firstParam(params);
        return p ? tooltipFor(p.dataIndex) : '';
      },
    },
    xAxis: { type: 'value', min: 0, max: 100, interval: 10, splitLine: { show: false } },
    yAxis: { type: 'value', minInterval: 1, name: labels.customers, axisLabel: { formatter: (v: number) => formatInteger(v, locale) } },
    series: [
      {
        name: labels.current,
        type: 'bar',
        barWidth: '92%',
        barMaxWidth: 40,
        data: bins.map((b) => ({ value: [mid(b), b.count], itemStyle: { color: tierColors[binTier(b, cutoffs)] } })),
        markLine: {
          symbol: 'none',
          silent: true,
          data: [cutoffLine(cutoffs.watch, 'watch'), cutoffLine(cutoffs.healthy, 'healthy')],
        },
      },
      ...(showSaved
        ? [
            {
              name: labels.saved,
              type: 'line',
              step: 'middle',
              symbol: 'none',
              data: saved.map((b) => [mid(b), b.count]),
              lineStyle: { color: '#8c8c8c', type: 'dashed', width: 1.5 },
              itemStyle: { color: '#8c8c8c' },
              z: 3,
            },
          ]
        : []),
    ],
  };
}
