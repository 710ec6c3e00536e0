// The chart and drawing parts as XML: well-formed, children in ECMA-376 order for every chart
// type, hostile names escaped, the 警戒线's literal points, the combo's secondary axes wired to
// each other, pie slices in their colours, pictures named and embedded.
import { describe, expect, it } from 'vitest';
import { chartSpaceXml } from '../../../electron/export/xlsx-charts/chart-xml/chart-space';
import type { ChartSeriesPart, NativeChartPart } from '../../../electron/export/xlsx-charts/drawing-parts';
import { drawingRelsXml, drawingXml } from '../../../electron/export/xlsx-charts/drawing-xml';
import { child, findAll, parseXml, type XmlElement } from '../../support/xml-tree';
import { orderViolations } from './chart-schema-order';

type Chart = NativeChartPart['chart'];
const HOSTILE = `流失 <script>&amp;"'\u0007 ${'\u{20BB7}'}`;
const HOSTILE_SHOWN = `流失 <script>&amp;"' ${'\u{20BB7}'}`;

const series = (name: string, column: string, patch: Partial<ChartSeriesPart> = {}): ChartSeriesPart => ({
  name,
  values: `'趋势 & <表>'!$${column}$2:$${column}$13`,
  type: 'line',
  secondaryAxis: false,
  color: '#1b5fd1',
  ...patch,
});

function spec(type: Chart['type'], patch: Partial<Chart> = {}): Chart {
  return {
    type,
    horizontal: false,
    title: HOSTILE,
    categories: `'趋势 & <表>'!$A$2:$A$13`,
    series: [series(HOSTILE, 'B')],
    numberFormat: '0.0%',
    warningLine: null,
    ...patch,
  };
}

const TYPES: readonly Chart['type'][] = ['line', 'bar', 'stackedBar', 'combo', 'pie', 'doughnut'];
const combo = spec('combo', {
  series: [series('客户数', 'B', { type: 'bar' }), series('流失率', 'C', { type: 'line', secondaryAxis: true, color: '#fa8c16' })],
  numberFormat: '#,##0',
  secondaryNumberFormat: '0.0%',
  warningLine: { value: 5000, label: '警戒线', categories: 12 },
});

const parse = (chart: Chart): XmlElement => parseXml(chartSpaceXml(chart));
const val = (element: XmlElement | undefined, name: string): string | undefined => (element ? child(element, name)?.attributes.val : undefined);

describe('chart XML', () => {
  it.each(TYPES)('%s: well-formed, every element in schema order', (type) => {
    const root = parse(spec(type, { warningLine: type === 'pie' || type === 'doughnut' ? null : { value: 0.05, label: '警戒线', categories: 12 } }));
    expect(root.name).toBe('c:chartSpace');
    expect(orderViolations(root)).toEqual([]);
  });

  it('combo: in schema order too, bars on the primary axes and the rate on a secondary pair', () => {
    const root = parse(combo);
    expect(orderViolations(root)).toEqual([]);
    const plot = findAll(root, 'c:plotArea')[0]!;
    const groups = plot.children.filter((c) => c.name.endsWith('Chart'));
    expect(groups.map((g) => g.name)).toEqual(['c:barChart', 'c:lineChart', 'c:lineChart']);
    const axisIds = (group: XmlElement): string[] => group.children.filter((c) => c.name === 'c:axId').map((c) => c.attributes.val!);
    const axes = new Map(plot.children.filter((c) => c.name === 'c:catAx' || c.name === 'c:valAx').map((a) => [val(a, 'c:axId')!, a]));
    // Every group's two axes exist, and each axis crosses the other of its pair.
    for (const group of groups) {
      const [category, value] = axisIds(group);
      expect(axes.get(category!)?.name).toBe('c:catAx');
      expect(axes.get(value!)?.name).toBe('c:valAx');
      expect(val(axes.get(category!), 'c:crossAx')).toBe(value);
      expect(val(axes.get(value!), 'c:crossAx')).toBe(category);
    }
    // The bars and the 警戒线 share the primary pair; the rate has its own, hidden category axis and a value axis on the right.
    expect(axisIds(groups[0]!)).toEqual(axisIds(groups[1]!));
    const [secondaryCategory, secondaryValue] = axisIds(groups[2]!);
    expect(secondaryCategory).not.toBe(axisIds(groups[0]!)[0]);
    expect(val(axes.get(secondaryCategory!), 'c:delete')).toBe('1');
    expect(val(axes.get(secondaryValue!), 'c:axPos')).toBe('r');
    expect(val(axes.get(secondaryValue!), 'c:crosses')).toBe('max');
    expect(child(axes.get(secondaryValue!)!, 'c:numFmt')?.attributes).toEqual({ formatCode: '0.0%', sourceLinked: '0' });
    expect(child(axes.get(axisIds(groups[0]!)[1]!)!, 'c:numFmt')?.attributes).toEqual({ formatCode: '#,##0', sourceLinked: '0' });
    expect(findAll(groups[2]!, 'c:v').map((v) => v.text)).toEqual(['流失率']);
    // Series idx and order are unique across the groups.
    const indexes = findAll(plot, 'c:ser').map((s) => val(s, 'c:idx'));
    expect(new Set(indexes).size).toBe(indexes.length);
  });

  it('escapes hostile titles, series names and sheet names, dropping what XML cannot hold', () => {
    const xml = chartSpaceXml(spec('line'));
    const root = parseXml(xml);
    expect(findAll(root, 'a:t').map((t) => t.text)).toEqual([HOSTILE_SHOWN]);
    expect(findAll(root, 'c:v')[0]!.text).toBe(HOSTILE_SHOWN);
    expect(findAll(root, 'c:f').map((f) => f.text)).toEqual([`'趋势 & <表>'!$A$2:$A$13`, `'趋势 & <表>'!$B$2:$B$13`]);
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('\u0007');
  });

  it('sets the CJK typeface on the title and the chart text', () => {
    const root = parse(spec('bar'));
    const title = findAll(root, 'c:title')[0]!;
    expect(findAll(title, 'a:ea').map((e) => e.attributes.typeface)).toEqual(['Microsoft YaHei', 'Microsoft YaHei']);
    const chartText = child(root, 'c:txPr')!;
    expect(findAll(chartText, 'a:ea')[0]!.attributes.typeface).toBe('Microsoft YaHei');
  });

  it('draws the 警戒线 as literal points, dashed red, on the primary value axis', () => {
    const root = parse(spec('line', { warningLine: { value: 0.052, label: '警戒线 5.2%', categories: 12 } }));
    const warning = findAll(root, 'c:ser').find((s) => findAll(s, 'c:v')[0]?.text === '警戒线 5.2%')!;
    const literal = findAll(warning, 'c:numLit')[0]!;
    expect(val(literal, 'c:ptCount')).toBe('12');
    const points = literal.children.filter((c) => c.name === 'c:pt');
    expect(points.map((p) => p.attributes.idx)).toEqual(Array.from({ length: 12 }, (_, i) => String(i)));
    expect(new Set(points.map((p) => child(p, 'c:v')!.text))).toEqual(new Set(['0.052']));
    const line = findAll(child(warning, 'c:spPr')!, 'a:ln')[0]!;
    expect(findAll(line, 'a:srgbClr')[0]!.attributes.val).toBe('CF1322');
    expect(val(line, 'a:prstDash')).toBe('dash');
    expect(findAll(root, 'c:valAx')).toHaveLength(1);
  });

  it('binds the 警戒线 to cells when the sheet holds them, values cached', () => {
    const root = parse(spec('bar', { warningLine: { value: 100, label: '警戒线', categories: 3, values: "'地区'!$D$2:$D$4" } }));
    expect(orderViolations(root)).toEqual([]);
    const warning = findAll(findAll(root, 'c:lineChart')[0]!, 'c:ser')[0]!;
    const ref = findAll(warning, 'c:numRef')[0]!;
    expect(child(ref, 'c:f')!.text).toBe("'地区'!$D$2:$D$4");
    expect(findAll(ref, 'c:pt').map((p) => child(p, 'c:v')!.text)).toEqual(['100', '100', '100']);
  });

  it('caches the category labels and values when given, an empty cell without a point', () => {
    const root = parse(spec('bar', { cachedCategories: ['华北', '<东>&'], series: [series('客户', 'B', { type: 'bar', cached: [12, null] })] }));
    expect(orderViolations(root)).toEqual([]);
    const strCache = findAll(root, 'c:strCache')[0]!;
    expect(val(strCache, 'c:ptCount')).toBe('2');
    expect(findAll(strCache, 'c:v').map((v) => v.text)).toEqual(['华北', '<东>&']);
    const numCache = findAll(root, 'c:numCache')[0]!;
    expect(val(numCache, 'c:ptCount')).toBe('2');
    expect(numCache.children.filter((c) => c.name === 'c:pt').map((p) => [p.attributes.idx, child(p, 'c:v')!.text])).toEqual([['0', '12']]);
    // Without them the references stand alone, as Excel and LibreOffice need no more.
    expect(findAll(parse(spec('bar')), 'c:numCache')).toEqual([]);
    expect(findAll(parse(spec('bar')), 'c:strCache')).toEqual([]);
  });

  it('bar: clustered columns; stacked: grouping stacked with overlap 100; horizontal: bars, first row on top', () => {
    const bar = findAll(parse(spec('bar')), 'c:barChart')[0]!;
    expect([val(bar, 'c:barDir'), val(bar, 'c:grouping'), val(bar, 'c:overlap')]).toEqual(['col', 'clustered', undefined]);
    const stacked = findAll(parse(spec('stackedBar')), 'c:barChart')[0]!;
    expect([val(stacked, 'c:grouping'), val(stacked, 'c:overlap')]).toEqual(['stacked', '100']);
    const horizontal = parse(spec('bar', { horizontal: true, warningLine: { value: 1, label: '警戒线', categories: 12 } }));
    expect(val(findAll(horizontal, 'c:barChart')[0], 'c:barDir')).toBe('bar');
    expect(val(findAll(horizontal, 'c:scaling')[0], 'c:orientation')).toBe('maxMin');
    // No line group over horizontal bars: Excel would draw it across the crossed axes.
    expect(findAll(horizontal, 'c:lineChart')).toEqual([]);
  });

  it('pie and ring: one series, each slice in its colour, the ring with a hole of 50', () => {
    const colors = ['#389e0d', '#d48806', '#cf1322'];
    for (const type of ['pie', 'doughnut'] as const) {
      const root = parse(spec(type, { series: [series('客户数', 'B'), series('ignored', 'C')], pointColors: colors }));
      const slices = findAll(root, 'c:dPt');
      expect(slices.map((p) => val(p, 'c:idx'))).toEqual(['0', '1', '2']);
      expect(slices.map((p) => findAll(child(p, 'c:spPr')!, 'a:srgbClr')[0]!.attributes.val)).toEqual(['389E0D', 'D48806', 'CF1322']);
      expect(findAll(root, 'c:ser')).toHaveLength(1);
      expect(findAll(root, 'c:catAx')).toEqual([]);
    }
    expect(val(findAll(parse(spec('doughnut')), 'c:doughnutChart')[0], 'c:holeSize')).toBe('50');
  });

  it('line: markers and the series colour on the line', () => {
    const root = parse(spec('line', { series: [series('A', 'B', { color: '#13a8a8' })] }));
    const ser = findAll(root, 'c:ser')[0]!;
    expect(val(child(ser, 'c:marker'), 'c:symbol')).toBe('circle');
    expect(findAll(child(ser, 'c:spPr')!, 'a:srgbClr')[0]!.attributes.val).toBe('13A8A8');
  });

  it('the checks catch what they look for: a swapped pair, an unknown child, a broken tag', () => {
    const xml = chartSpaceXml(spec('line'));
    const swapped = xml.replace('<c:grouping val="standard"/><c:varyColors val="0"/>', '<c:varyColors val="0"/><c:grouping val="standard"/>');
    expect(swapped).not.toBe(xml);
    expect(orderViolations(parseXml(swapped))).toEqual(['c:lineChart: <c:grouping> comes after <c:varyColors>']);
    expect(orderViolations(parseXml(xml.replace('<c:plotVisOnly val="1"/>', '<c:plotVisOnly val="1"/><c:plotVisOnly val="1"/>')))).toEqual(['c:chart: <c:plotVisOnly> repeated']);
    expect(orderViolations(parseXml(xml.replace('<c:roundedCorners val="0"/>', '<c:roundedCorners val="0"/><c:bogus/>')))).toEqual([
      'c:chartSpace: <c:bogus> is not a child it may have',
    ]);
    expect(() => parseXml(xml.replace('</c:title>', ''))).toThrow(/does not close/);
    expect(() => parseXml(xml.replace('&lt;script', '<script'))).toThrow();
    expect(() => parseXml('<a>x & y</a>')).toThrow(/bare '&'/);
  });

  it('refuses a colour that is not #rrggbb', () => {
    expect(() => chartSpaceXml(spec('bar', { series: [series('A', 'B', { color: 'red' })] }))).toThrow(/#rrggbb/);
  });
});

describe('drawing XML', () => {
  const anchor = { from: { col: 4, row: 1 }, to: { col: 12, row: 18 } };
  const parts = [
    { part: { kind: 'chart' as const, anchor, chart: spec('bar') }, target: '../charts/chart1.xml' },
    {
      part: { kind: 'image' as const, anchor: { from: { col: 0, row: 20 }, to: { col: 3, row: 30 } }, png: new Uint8Array([1]), name: '热力图 <"图">' },
      target: '../media/image1.png',
    },
  ];

  it('anchors a chart frame and a picture between cells, in schema order, each pointing at its relationship', () => {
    const root = parseXml(drawingXml(parts));
    expect(orderViolations(root)).toEqual([]);
    const anchors = root.children;
    expect(anchors.map((a) => a.children[2]!.name)).toEqual(['xdr:graphicFrame', 'xdr:pic']);
    expect(findAll(anchors[0]!, 'xdr:col').map((c) => c.text)).toEqual(['4', '12']);
    expect(findAll(anchors[1]!, 'xdr:row').map((c) => c.text)).toEqual(['20', '30']);
    expect(findAll(anchors[0]!, 'c:chart')[0]!.attributes['r:id']).toBe('rId1');
    expect(findAll(anchors[1]!, 'a:blip')[0]!.attributes['r:embed']).toBe('rId2');
    const ids = findAll(root, 'xdr:cNvPr').map((c) => c.attributes.id);
    expect(new Set(ids).size).toBe(2);
    expect(findAll(anchors[1]!, 'xdr:cNvPr')[0]!.attributes.name).toBe('热力图 <"图">');
  });

  it('relates rId1 to the chart and rId2 to the image', () => {
    const rels = parseXml(drawingRelsXml(parts)).children;
    expect(rels.map((r) => [r.attributes.Id, r.attributes.Type!.split('/').pop(), r.attributes.Target])).toEqual([
      ['rId1', 'chart', '../charts/chart1.xml'],
      ['rId2', 'image', '../media/image1.png'],
    ]);
  });
});
