// Chart option builders of the scoring screens: tier colours and cut-offs on the histogram,
// the saved overlay, ROC/lift/calibration series, score-history tier bands.
import { describe, expect, it } from 'vitest';
import { tierColors } from '../../shared/domain/tiers';
import { binTier, healthHistogramOption, tierOfScore, type ScoreBin } from '../../renderer/charts/health-histogram-option';
import { calibrationOption, calibrationPoints } from '../../renderer/charts/calibration-option';
import { liftOption } from '../../renderer/charts/lift-option';
import { rocOption } from '../../renderer/charts/roc-option';
import { scoreHistoryOption } from '../../renderer/charts/score-history-option';

const bins: ScoreBin[] = Array.from({ length: 20 }, (_, i) => ({ lower: i * 5, upper: (i + 1) * 5, count: i }));
const labels = {
  current: 'Editing',
  saved: 'Saved v1',
  customers: 'Customers',
  range: (a: string, b: string) => `${a}-${b}`,
  tier: (t: string) => t,
};
type Series = { type: string; data: unknown[]; markLine?: { data: { xAxis: number }[] } };

describe('health histogram option', () => {
  it('assigns tiers with healthy ≥ cut-off > watch ≥ cut-off > at-risk', () => {
    const cut = { healthy: 70, watch: 40 };
    expect(tierOfScore(70, cut)).toBe('healthy');
    expect(tierOfScore(69.99, cut)).toBe('watch');
    expect(tierOfScore(40, cut)).toBe('watch');
    expect(tierOfScore(39.9, cut)).toBe('atRisk');
    expect(binTier({ lower: 65, upper: 70, count: 1 }, cut)).toBe('watch');
    expect(binTier({ lower: 70, upper: 75, count: 1 }, cut)).toBe('healthy');
  });

  it('colours every bar by its tier and draws both cut-offs', () => {
    const option = healthHistogramOption(bins, { healthy: 70, watch: 40 }, 'en', labels, null) as { series: Series[]; legend?: unknown };
    const bars = option.series[0] as Series & { data: { value: [number, number]; itemStyle: { color: string } }[] };
    expect(bars.data).toHaveLength(20);
    expect(bars.data[0]?.itemStyle.color).toBe(tierColors.atRisk);
    expect(bars.data[10]?.itemStyle.color).toBe(tierColors.watch);
    expect(bars.data[19]?.itemStyle.color).toBe(tierColors.healthy);
    expect(bars.data[3]?.value).toEqual([17.5, 3]);
    expect(bars.markLine?.data.map((d) => d.xAxis)).toEqual([40, 70]);
    expect(option.series).toHaveLength(1);
    expect(option.legend).toBeUndefined();
  });

  it('overlays the saved distribution when there is one', () => {
    const saved = bins.map((b) => ({ ...b, count: 2 * b.count }));
    const option = healthHistogramOption(bins, { healthy: 80, watch: 50 }, 'zh-CN', labels, saved) as { series: Series[] };
    expect(option.series).toHaveLength(2);
    expect(option.series[1]?.data[4]).toEqual([22.5, 8]);
    expect(option.series[0]?.markLine?.data.map((d) => d.xAxis)).toEqual([50, 80]);
  });
});

describe('model charts', () => {
  it('draws one ROC line per run plus the random diagonal', () => {
    const option = rocOption(
      [
        {
          name: '#1',
          points: [
            { fpr: 0, tpr: 0 },
            { fpr: 0.2, tpr: 0.7 },
            { fpr: 1, tpr: 1 },
          ],
        },
        {
          name: '#2',
          points: [
            { fpr: 0, tpr: 0 },
            { fpr: 1, tpr: 1 },
          ],
        },
      ],
      'en',
      { fpr: 'FPR', tpr: 'TPR', random: 'Random' },
    ) as { series: Series[] };
    expect(option.series.map((s) => s.data.length)).toEqual([3, 2, 2]);
    expect(option.series[0]?.data[1]).toEqual([0.2, 0.7]);
  });

  it('keeps only calibration bins with customers and both rates', () => {
    const calibration = [
      { lower: 0, upper: 0.1, n: 100, meanPredicted: 0.05, observedRate: 0.04 },
      { lower: 0.1, upper: 0.2, n: 0, meanPredicted: null, observedRate: null },
      { lower: 0.2, upper: 0.3, n: 10, meanPredicted: 0.25, observedRate: 0.3 },
    ];
    expect(calibrationPoints(calibration)).toEqual([
      [0.05, 0.04, 100],
      [0.25, 0.3, 10],
    ]);
    const option = calibrationOption(calibration, 'en', { predicted: 'p', observed: 'o', perfect: 'x', customers: 'n' }) as {
      xAxis: { max: number };
      series: Series[];
    };
    // 0.3 × 1.05 rounded up to the next 5 %, so the last tick is a round one.
    expect(option.xAxis.max).toBeCloseTo(0.35, 10);
    expect(option.series[0]?.data).toHaveLength(2);
  });

  it('puts lift on bars and cumulative capture on the second axis', () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({
      decile: i + 1,
      n: 100,
      positives: 10 - i,
      rate: (10 - i) / 100,
      lift: (10 - i) / 5.5,
      cumulativeCapture: (i + 1) / 10,
    }));
    const option = liftOption(rows, 'en', { lift: 'Lift', capture: 'Capture', rate: 'Rate', customers: 'N', decile: (d) => `D${d}` }) as {
      series: (Series & { yAxisIndex?: number })[];
    };
    expect(option.series[0]?.type).toBe('bar');
    expect(option.series[0]?.data[0]).toBeCloseTo(10 / 5.5, 12);
    expect(option.series[1]?.yAxisIndex).toBe(1);
    expect(option.series[1]?.data[9]).toBe(1);
  });
});

describe('score history option', () => {
  it('shades the tier bands and hides the probability axis without a model', () => {
    const option = scoreHistoryOption(
      [
        { asOf: '2026-09-30', healthScore: 72, churnProbability: null },
        { asOf: '2026-10-31', healthScore: 55, churnProbability: null },
      ],
      { healthy: 70, watch: 40 },
      'zh-CN',
      { health: 'H', probability: 'P' },
    ) as { series: (Series & { markArea: { data: [{ yAxis: number }, { yAxis: number }][] } })[]; xAxis: { data: string[] }; yAxis: { show?: boolean }[] };
    expect(option.series).toHaveLength(1);
    expect(option.series[0]?.markArea.data.map(([a, b]) => [a.yAxis, b.yAxis])).toEqual([
      [70, 100],
      [40, 70],
      [0, 40],
    ]);
    expect(option.xAxis.data).toEqual(['2026-09-30', '2026-10-31']);
    expect(option.yAxis[1]?.show).toBe(false);
  });

  it('marks a health-configuration change with a labelled vertical line at that snapshot, and nothing without one', () => {
    type Marked = { series: { markLine?: { data: { xAxis: string; label: { formatter: string } }[] } }[] };
    const points = [
      { asOf: '2026-08-31', healthScore: 72, churnProbability: null, healthVersion: 0, configChanged: false },
      { asOf: '2026-09-30', healthScore: 55, churnProbability: null, healthVersion: 2, configChanged: true },
      { asOf: '2026-10-31', healthScore: 57, churnProbability: null, healthVersion: 2, configChanged: false },
    ];
    const labels = { health: 'H', probability: 'P', configChanged: (v: number) => `config v${v}` };
    const option = scoreHistoryOption(points, { healthy: 70, watch: 40 }, 'zh-CN', labels) as Marked;
    expect(option.series[0]?.markLine?.data.map((d) => [d.xAxis, d.label.formatter])).toEqual([['2026-09-30', 'config v2']]);
    const unchanged = scoreHistoryOption(
      points.map((p) => ({ ...p, configChanged: false })),
      { healthy: 70, watch: 40 },
      'zh-CN',
      labels,
    ) as Marked;
    expect(unchanged.series[0]?.markLine).toBeUndefined();
  });
});
