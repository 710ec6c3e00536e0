// Pie and ring (a pie with a hole): one slice per category of the first measure, tier values in
// their tier colours, each slice keeping its raw value for the click.
import type { WidgetData } from '../widget-data';
import type { ChartContext, ChartOption, JsonObject } from './context';
import { affixes, baseOption, compact, dimStyle, frameOf, scaled, tooltipOf } from './frame';
import { seriesColor, surface, tierColor } from './palette';

export function pieOption(ring: boolean, data: WidgetData, ctx: ChartContext): ChartOption {
  const frame = frameOf(data);
  const measure = frame.measures[0];
  const cat = frame.category;
  const s = surface(ctx.dark);
  const isTier = cat !== null && (cat.column.key === 'tier' || cat.column.valueLabelPrefix === 'catalog:values.tier');
  const slices: JsonObject[] = measure
    ? frame.rows.map((row, i) => {
        const raw = cat ? (row[cat.index] ?? null) : null;
        const color = (isTier && typeof raw === 'string' ? tierColor(raw, ctx.dark) : null) ?? seriesColor(i, ctx.dark);
        return compact({
          value: scaled(row[measure.index] ?? null, measure.column.format),
          name: cat ? ctx.valueLabel(cat.column, raw) : ctx.label(measure.column),
          raw,
          itemStyle: { color, ...(dimStyle(raw, ctx) ?? {}) },
        });
      })
    : [];
  const { prefix, suffix } = affixes(measure?.column.format ?? 'number');
  return {
    ...baseOption(ctx),
    tooltip: tooltipOf(ctx, { trigger: 'item', formatter: `{b}: ${prefix}{c}${suffix} ({d}%)` }),
    legend: { type: 'scroll', bottom: 0, textStyle: { color: s.textSecondary, fontSize: ctx.large ? 16 : 11 } },
    series: [
      {
        type: 'pie',
        name: measure ? ctx.label(measure.column) : '',
        // Room around the pie for its outside labels, which ECharts would otherwise cut to '3…'.
        radius: ring ? ['40%', '62%'] : [0, '62%'],
        center: ['50%', '45%'],
        avoidLabelOverlap: true,
        label: { formatter: '{b}\n{d}%', color: s.text, fontSize: ctx.large ? 16 : 11, overflow: 'none' },
        data: slices,
      },
    ],
  };
}
