// A gauge of the first measure's single value, its dial banded green / amber / red by the
// widget's thresholds (a rate runs 0–100 %, other measures to a round ceiling above the value).
import type { ChartWidget, Thresholds } from '../widget';
import type { WidgetData } from '../widget-data';
import type { ChartContext, ChartOption, Json } from './context';
import { affixes, baseOption, frameOf, isRate, scaled } from './frame';
import { surface, trafficColor } from './palette';

function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * magnitude >= value) return step * magnitude;
  return 10 * magnitude;
}

/** Bands as ECharts wants them: [fraction of the dial where the colour ends, colour]. */
export function gaugeBands(thresholds: Thresholds | undefined, max: number, scale: number, dark: boolean): Json[] {
  const primary = surface(dark).primary;
  if (!thresholds || max <= 0) return [[1, primary]];
  const amber = Math.min(1, Math.max(0, (thresholds.amber * scale) / max));
  const red = Math.min(1, Math.max(0, (thresholds.red * scale) / max));
  const [g, a, r] = [trafficColor('green', dark), trafficColor('amber', dark), trafficColor('red', dark)];
  return thresholds.direction === 'lowerIsBetter'
    ? [
        [amber, g],
        [red, a],
        [1, r],
      ]
    : [
        [red, r],
        [amber, a],
        [1, g],
      ];
}

export function gaugeOption(widget: ChartWidget, data: WidgetData, ctx: ChartContext): ChartOption {
  const frame = frameOf(data);
  const measure = frame.measures[0];
  const format = measure?.column.format ?? 'number';
  const raw = measure ? (data.rows[0]?.[measure.index] ?? null) : null;
  const value = scaled(raw, format);
  const scale = isRate(format) ? 100 : 1;
  const thresholdTop = widget.thresholds ? Math.max(widget.thresholds.amber, widget.thresholds.red) * scale * 1.5 : 0;
  const max = isRate(format) ? 100 : niceCeiling(Math.max(value ?? 0, thresholdTop));
  const { prefix, suffix } = affixes(format);
  const s = surface(ctx.dark);
  return {
    ...baseOption(ctx),
    series: [
      {
        type: 'gauge',
        name: measure ? ctx.label(measure.column) : '',
        min: 0,
        max,
        radius: '90%',
        center: ['50%', '60%'],
        startAngle: 200,
        endAngle: -20,
        axisLine: { lineStyle: { width: ctx.large ? 22 : 12, color: gaugeBands(widget.thresholds, max, scale, ctx.dark) } },
        pointer: { width: ctx.large ? 8 : 4, itemStyle: { color: s.text } },
        axisTick: { show: false },
        splitLine: { length: ctx.large ? 14 : 8, lineStyle: { color: s.textSecondary } },
        // A dashboard gauge is small even on a large screen: the bands and the number say enough.
        axisLabel: { show: false, color: s.textSecondary, formatter: `${prefix}{value}${suffix}` },
        splitNumber: 5,
        detail: {
          valueAnimation: false,
          fontSize: ctx.large ? 40 : 20,
          fontWeight: 600,
          color: s.text,
          offsetCenter: [0, '35%'],
          formatter: ctx.format(raw === null || typeof raw !== 'number' ? null : raw, format),
        },
        data: [{ value, name: '' }],
      },
    ],
  };
}
