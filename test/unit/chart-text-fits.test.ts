// Every text a chart draws — axis names, tick labels, legends — lies inside the chart, in both
// languages, at the size the chart has at 1366×768 ("bserved churn rate" was the calibration
// axis name cut at the left edge). Each option is laid out by ECharts itself (server-side SVG
// rendering, its own text measurement) and every text element's box is checked.
import { describe, expect, it } from 'vitest';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';
import { echarts } from '../../renderer/charts/echarts';
import { CHART_THEME } from '../../renderer/charts/theme';
import { calibrationOption } from '../../renderer/charts/calibration-option';
import { healthHistogramOption } from '../../renderer/charts/health-histogram-option';
import { liftOption } from '../../renderer/charts/lift-option';
import { rocOption } from '../../renderer/charts/roc-option';
import { scoreHistoryOption } from '../../renderer/charts/score-history-option';
import { resources } from '../../shared/i18n/resources';
import type { Locale } from '../../shared/i18n/locales';

// The app's own ECharts build (its charts, components and theme); SVG only to lay out without a canvas.
echarts.use([SVGRenderer]);

interface TextBox {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Bounds {
  getBoundingRect(): { clone(): { x: number; y: number; width: number; height: number; applyTransform(m: number[]): void } };
  getComputedTransform(): number[] | null;
  style?: { text?: unknown };
  ignore?: boolean;
  invisible?: boolean;
}

function textBoxes(option: EChartsCoreOption, width: number, height: number): TextBox[] {
  const chart = echarts.init(null, CHART_THEME, { renderer: 'svg', ssr: true, width, height });
  chart.setOption(option);
  const boxes: TextBox[] = [];
  chart.getZr().storage.traverse((node) => {
    const el = node as unknown as Bounds;
    const text = el.style?.text;
    if (typeof text !== 'string' || text === '' || el.ignore || el.invisible) return;
    // The element's transform composed with every group above it (legend items sit in groups).
    const m = el.getComputedTransform();
    const r = el.getBoundingRect().clone();
    if (m) r.applyTransform(m);
    boxes.push({ text, x: r.x, y: r.y, width: r.width, height: r.height });
  });
  chart.dispose();
  return boxes;
}

const outside = (boxes: TextBox[], width: number, height: number) =>
  boxes
    .filter((b) => b.x < -0.5 || b.y < -0.5 || b.x + b.width > width + 0.5 || b.y + b.height > height + 0.5)
    .map((b) => `${b.text} @${b.x.toFixed(0)},${b.y.toFixed(0)} w${b.width.toFixed(0)}`);

const overlapping = (boxes: TextBox[]) => {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (!a || !b) continue;
      const ox = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const oy = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (ox > 2 && oy > 2) out.push(`${a.text} × ${b.text}`);
    }
  return out;
};

const calibrationBins = [0.02, 0.05, 0.1, 0.2, 0.35, 0.5, 0.7, 0.9].map((p, i) => ({
  lower: i / 8,
  upper: (i + 1) / 8,
  n: 40,
  meanPredicted: p,
  observedRate: Math.min(0.97, p * 1.1),
}));
const rocPoints = Array.from({ length: 21 }, (_, i) => ({ fpr: i / 20, tpr: Math.sqrt(i / 20) }));
const liftRows = Array.from({ length: 10 }, (_, i) => ({ decile: i + 1, n: 311, positives: 30, rate: 0.1, lift: 5 / (i + 1), cumulativeCapture: (i + 1) / 10 }));
const months = Array.from({ length: 24 }, (_, i) => `${2024 + Math.floor((i + 10) / 12)}-${String(((i + 10) % 12) + 1).padStart(2, '0')}`);

function charts(locale: Locale): { name: string; option: EChartsCoreOption; width: number; height: number }[] {
  const s = resources[locale].scoring;
  const m = s.models;
  return [
    // Models: three charts side by side in the run's card (about 330 px wide each at 1366).
    {
      name: 'calibration',
      width: 330,
      height: 240,
      option: calibrationOption(calibrationBins, locale, { predicted: m.predicted, observed: m.observed, perfect: m.perfect, customers: m.binCount }),
    },
    {
      name: 'roc',
      width: 330,
      height: 240,
      option: rocOption([{ name: `#4 ${m.kinds.tree} · AUC 0.821`, points: rocPoints }], locale, { fpr: m.fpr, tpr: m.tpr, random: m.random }),
    },
    {
      name: 'lift',
      width: 330,
      height: 240,
      option: liftOption(liftRows, locale, { lift: m.liftSeries, capture: m.cumulativeCapture, rate: m.rate, customers: s.common.customers, decile: (d) => String(d) }),
    },
    {
      name: 'score history',
      width: 520,
      height: 260,
      option: scoreHistoryOption(
        months.slice(0, 6).map((mo, i) => ({ asOf: `${mo}-28`, healthScore: 50 + i, churnProbability: 0.1 * i })),
        { healthy: 70, watch: 40 },
        locale,
        { health: s.customer360.healthScore, probability: s.customer360.churnProbability },
      ),
    },
    {
      name: 'health histogram',
      width: 340,
      height: 220,
      option: healthHistogramOption(
        Array.from({ length: 20 }, (_, i) => ({ lower: i * 5, upper: (i + 1) * 5, count: i * 20 })),
        { healthy: 70, watch: 40 },
        locale,
        { current: 'x', saved: 'y', customers: s.common.customers, range: (a, b) => `${a}–${b}`, tier: (t) => s.tiers[t] },
        null,
      ),
    },
  ];
}

describe.each(['en', 'zh-CN'] as const)('chart texts fit at 1366×768 in %s', (locale) => {
  for (const { name, option, width, height } of charts(locale)) {
    it(`${name}: every axis name, tick and legend lies inside the chart and none overlap`, () => {
      const boxes = textBoxes(option, width, height);
      expect(boxes.length).toBeGreaterThan(5);
      expect(outside(boxes, width, height)).toEqual([]);
      expect(overlapping(boxes)).toEqual([]);
    });
  }
});
