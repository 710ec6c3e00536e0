// Charts without a browser: every chart kind of the templates goes through the screen's option
// builder, ECharts' server-side SVG renderer and resvg, with Chinese labels in the bundled font.
// The SVG must parse (resvg is a strict XML reader) and hold the labels as text; the PNG must
// decode to the asked size and not be blank; hostile labels stay text. PNGs are written to
// test-output/screenshots/chart-*.png for a person to look at.
import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildChartOption, type ChartContext } from '../../shared/dashboards/charts';
import { CHART_KINDS, type ChartWidget } from '../../shared/dashboards/widget';
import type { Cell, DataColumn } from '../../shared/dashboards/widget-data';
import { rasterisePng } from '../../electron/export/charts/rasterise';
import { renderChartSvg, withExportFonts } from '../../electron/export/charts/render-svg';
import { CJK_FONT_FAMILY } from '../../electron/export/charts/cjk-font';
import { fixtureWidgetData } from '../fixtures/dashboards/widget-data';
import { chartContext, templateCharts } from '../fixtures/export/pdf-document';
import { decodePng, inkShare, PNG_SIGNATURE } from './png';

const SIZE = { width: 640, height: 360 };
const SCREENSHOTS = join(process.cwd(), 'test-output', 'screenshots');
const CJK = /[\u4e00-\u9fff]/;

/** The context, recording every label it hands the option builder. */
function recordingContext(): { ctx: ChartContext; labels: Set<string> } {
  const base = chartContext('zh-CN');
  const labels = new Set<string>();
  const keep = (text: string): string => {
    labels.add(text);
    return text;
  };
  return {
    labels,
    ctx: { ...base, label: (column: DataColumn) => keep(base.label(column)), valueLabel: (column: DataColumn, value: Cell) => keep(base.valueLabel(column, value)) },
  };
}

/** Text content of the SVG's text elements, entities decoded. */
function svgTexts(svg: string): string[] {
  return Array.from(svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g), (m) =>
    (m[1] ?? '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

const charts = templateCharts();
// One widget per kind (the first of the templates), named by kind in the test titles.
const byKind = CHART_KINDS.map((kind) => {
  const widget = charts.find((w) => w.chart === kind);
  if (!widget) throw new Error(`the templates have no ${kind} chart`);
  return [kind, widget] as const;
});

describe('charts without a browser', () => {
  it('covers every chart kind of the templates', () => {
    expect(new Set(charts.map((w) => w.chart))).toEqual(new Set(CHART_KINDS));
  });

  it.each(byKind)('%s: SVG with the Chinese labels, PNG that decodes and is not blank', (kind, widget) => {
    const { ctx, labels } = recordingContext();
    for (const word of [ctx.words.warningLine, ctx.words.survival, ctx.words.band, ctx.words.median]) labels.add(word);
    const option = buildChartOption(widget, fixtureWidgetData(widget), ctx);
    const svg = renderChartSvg(option, SIZE);

    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain(`width="${SIZE.width}"`);
    // resvg parses the XML strictly: a malformed SVG throws here.
    const parsed = new Resvg(svg, { font: { loadSystemFonts: false } });
    expect(parsed.width).toBe(SIZE.width);
    expect(parsed.height).toBe(SIZE.height);
    // Every text is asked of the bundled font, none of the screen's system faces first.
    expect(svg).toContain(CJK_FONT_FAMILY);
    const texts = svgTexts(svg);
    expect(texts.length).toBeGreaterThan(0);
    // A gauge draws only its value; every other kind names its axes, slices or series in Chinese.
    if (kind !== 'gauge') {
      const chinese = [...labels].filter((label) => CJK.test(label));
      expect(texts.some((text) => chinese.some((label) => text.includes(label)))).toBe(true);
    }

    const png = rasterisePng(svg, { background: '#ffffff' });
    expect(Array.from(png.subarray(0, 8))).toEqual(PNG_SIGNATURE);
    const decoded = decodePng(png);
    // The default scale is 2: sharp on a high-DPI screen and in print.
    expect([decoded.width, decoded.height]).toEqual([SIZE.width * 2, SIZE.height * 2]);
    expect(inkShare(decoded)).toBeGreaterThan(0.01);
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(join(SCREENSHOTS, `chart-${kind}.png`), png);
  });

  it('keeps hostile labels as text: markup, ampersands and quotes do not break the SVG', () => {
    const bar = byKind.find(([kind]) => kind === 'bar')?.[1];
    if (!bar) throw new Error('no bar chart');
    const widget: ChartWidget = { ...bar, sort: 'dimension' };
    const hostile = ['<script>alert(1)</script>', 'A & B', '"double" \'single\'', '</text><svg onload=x>', '=HYPERLINK("x")'];
    const data = fixtureWidgetData(widget);
    const rows: Cell[][] = hostile.map((label, i) => [label, 100 + i * 50]);
    const column: DataColumn = { key: 'city', kind: 'dimension', format: 'text', labelKey: 'catalog:fields.city' };
    const option = buildChartOption(widget, { ...data, columns: [column, ...data.columns.slice(1)], rows }, chartContext('zh-CN'));
    const svg = renderChartSvg(option, SIZE);

    expect(() => new Resvg(svg, { font: { loadSystemFonts: false } })).not.toThrow();
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/<svg[^>]*onload/i);
    // Long labels are cut with '...' by the option builder; each is drawn as its own text, escaped.
    const texts = svgTexts(svg);
    for (const label of hostile) expect(texts.some((text) => text === label || text.startsWith(label.slice(0, 10)))).toBe(true);
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('A &amp; B');
    expect(inkShare(decodePng(rasterisePng(svg, { background: '#ffffff' })))).toBeGreaterThan(0.01);
  });

  it('rewrites every fontFamily of an option to the bundled font, however deep', () => {
    const rewritten = withExportFonts({ textStyle: { fontFamily: 'Arial' }, series: [{ label: { fontFamily: '"x"' } }] });
    expect(JSON.stringify(rewritten)).not.toContain('Arial');
    expect(JSON.stringify(rewritten).match(new RegExp(CJK_FONT_FAMILY, 'g'))?.length).toBe(2);
  });
});
