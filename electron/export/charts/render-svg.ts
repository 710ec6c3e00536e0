// A chart exactly as the screen builds it (shared/dashboards/charts: plain-JSON ECharts options),
// drawn by ECharts' server-side SVG renderer: no browser, no DOM, no network. Fonts are rewritten
// to the bundled CJK font first; animation is off so the SVG holds the final frame.
import * as echarts from 'echarts';
import type { ChartOption, Json } from '../../../shared/dashboards/charts/context';
import { EXPORT_FONT_FAMILY } from './cjk-font';

export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

/** The option with every fontFamily replaced by the export's (ECharts writes it unescaped into a style attribute). */
export function withExportFonts(value: Json): Json {
  if (Array.isArray(value)) return value.map(withExportFonts);
  if (value === null || typeof value !== 'object') return value;
  const out: { [key: string]: Json } = {};
  for (const [key, item] of Object.entries(value)) out[key] = key === 'fontFamily' ? EXPORT_FONT_FAMILY : withExportFonts(item);
  return out;
}

export function renderChartSvg(option: ChartOption, size: ChartSize): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    const base = withExportFonts(option) as ChartOption;
    const textStyle = typeof base.textStyle === 'object' && base.textStyle !== null && !Array.isArray(base.textStyle) ? base.textStyle : {};
    chart.setOption({ ...base, animation: false, textStyle: { ...textStyle, fontFamily: EXPORT_FONT_FAMILY } });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
