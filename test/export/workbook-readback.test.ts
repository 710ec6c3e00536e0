// A workbook written from a hand-built ExportDocument, read back by two independent readers
// (ExcelJS and SheetJS) and as raw sheet XML: sheet names, values, number formats, frozen panes,
// auto-filters, conditional formats, neutralised texts, the cut 40,000-character text and the
// drawings handed to the native-chart step. The drawing step is stubbed here (its own tests are
// xlsx-charts'): what it is asked to draw is checked instead.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as XLSX from 'xlsx';
import type { ExportedSheet } from '../../shared/contract/domains/exports';
import type { SheetDrawings } from '../../electron/export/xlsx-charts/drawing-parts';
import { tempDir } from '../support/temp';
import { fixtureDocument, HOSTILE, LIST_COLUMNS, TREND_ROWS } from './workbook-fixture';

const drawn = vi.hoisted(() => ({ calls: [] as { path: string; sheets: SheetDrawings[] }[] }));
vi.mock('../../electron/export/xlsx-charts/add-drawings', () => ({
  addDrawings: (path: string, sheets: SheetDrawings[]) => {
    drawn.calls.push({ path, sheets });
    return Promise.resolve();
  },
}));

const { writeWorkbook } = await import('../../electron/export/workbook/write-workbook');

const LIST_NAME = '高风险客户_华北______ 按负责人与区域排列的完整名单（含';

let t: ReturnType<typeof tempDir>;
let path: string;
let result: { bytes: number; sheets: ExportedSheet[] };
const progress: [string, number, number, (Record<string, string | number> | undefined)?][] = [];
let book: ExcelJS.Workbook;
let sheetjs: XLSX.WorkBook;
let xml: Record<string, string>;

beforeAll(async () => {
  t = tempDir('churn-workbook-');
  path = join(t.dir, '流失驾驶舱.xlsx');
  result = await writeWorkbook(fixtureDocument(), { path, signal: new AbortController().signal, onProgress: (...args) => progress.push(args) });
  book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  sheetjs = XLSX.read(readFileSync(path), { cellStyles: true, cellNF: true, cellDates: false });
  const files = unzipSync(readFileSync(path));
  xml = Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
});

afterAll(() => t.cleanup());

/** ExcelJS reads a sheet's conditional formats into a property its types do not declare. */
function formats(ws: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return Reflect.get(ws, 'conditionalFormattings') as ExcelJS.ConditionalFormattingOptions[];
}

function sheetXml(position: number): string {
  return xml[`xl/worksheets/sheet${position}.xml`] ?? '';
}

describe('writeWorkbook read back', () => {
  it('names the sheets as Excel accepts them, unique, cover first, and reports them', () => {
    const names = ['封面', '流失趋势', '平均健康分', LIST_NAME, '流失趋势 (2)', '营销活动'];
    expect(LIST_NAME.length).toBe(31);
    expect(book.worksheets.map((s) => s.name)).toEqual(names);
    expect(sheetjs.SheetNames).toEqual(names);
    expect(result.sheets.map((s) => [s.name, s.kind, s.widgetId, s.rows, s.chart])).toEqual([
      ['封面', 'cover', null, expect.any(Number), 'native'],
      ['流失趋势', 'widget', 'trend', 12, 'native'],
      ['平均健康分', 'widget', 'gauge', 1, 'image'],
      [LIST_NAME, 'list', 'risk', 40, 'none'],
      ['流失趋势 (2)', 'widget', 'trend2', 12, 'none'],
      ['营销活动', 'note', null, 0, 'none'],
    ]);
    expect(result.bytes).toBe(readFileSync(path).length);
    expect(readdirSync(t.dir)).toEqual(['流失驾驶舱.xlsx']);
  });

  it('writes the workbook properties and makes the cover the active sheet', () => {
    expect(book.creator).toBe('Churn Cockpit');
    expect(book.title).toBe('流失驾驶舱');
    expect(xml['xl/workbook.xml']).toMatch(/activeTab="0"/);
    expect(sheetXml(1)).toMatch(/<sheetView [^>]*tabSelected="1"/);
    for (let i = 2; i <= 6; i++) expect(sheetXml(i)).not.toMatch(/tabSelected/);
  });

  it('writes a widget table under its title and notes with its number formats, as both readers see them', () => {
    const ws = book.getWorksheet('流失趋势')!;
    expect(ws.getCell('A1').value).toBe('流失趋势');
    expect(ws.getCell('A2').value).toBe('近 12 个月');
    expect([1, 2, 3].map((c) => ws.getRow(4).getCell(c).value)).toEqual(['月份', '流失率', '流失客户数']);
    expect(ws.getCell('A4').font.bold).toBe(true);
    expect(ws.getCell('A4').font.color?.argb).toBe('FFFFFFFF');
    expect(ws.getCell('A4').font.name).toBe('Microsoft YaHei');
    TREND_ROWS.forEach((row, i) => {
      expect(ws.getCell(`A${5 + i}`).value).toBe(row[0]);
      expect(ws.getCell(`B${5 + i}`).value).toBeCloseTo(row[1] as number, 12);
      expect(ws.getCell(`C${5 + i}`).value).toBe(row[2]);
    });
    expect(ws.getCell('A5').numFmt).toBe('@');
    expect(ws.getCell('B5').numFmt).toBe('0.0%');
    expect(ws.getCell('C5').numFmt).toBe('#,##0');
    const s = sheetjs.Sheets['流失趋势']!;
    expect(s['B5']).toMatchObject({ t: 'n', z: '0.0%' });
    expect(s['C16']).toMatchObject({ t: 'n', v: TREND_ROWS[11]![2], z: '#,##0' });
    expect(s['A16']).toMatchObject({ t: 's', v: '2024-12' });
  });

  it('freezes each table below its header and filters its whole range', () => {
    const trend = book.getWorksheet('流失趋势')!;
    expect(trend.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(trend.autoFilter).toBe('A4:C16');
    expect(sheetjs.Sheets['流失趋势']!['!autofilter']?.ref).toBe('A4:C16');
    const list = book.getWorksheet(LIST_NAME)!;
    expect(list.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(list.autoFilter).toBe('A4:G44');
    expect(sheetjs.Sheets[LIST_NAME]!['!autofilter']?.ref).toBe('A4:G44');
    expect(sheetXml(4)).toMatch(/<pane [^>]*ySplit="4"[^>]*state="frozen"/);
  });

  it('fits column widths to the content, CJK counting double, capped', () => {
    const list = book.getWorksheet(LIST_NAME)!;
    const widths = LIST_COLUMNS.map((_, i) => list.getColumn(i + 1).width ?? 0);
    expect(widths[0]).toBeGreaterThanOrEqual('C0000001'.length + 2);
    expect(widths[1]).toBeGreaterThanOrEqual('客户40'.length * 2);
    expect(widths[6]).toBe(60);
  });

  it('turns thresholds and 条件属性 into real conditional formats', () => {
    const trend = book.getWorksheet('流失趋势')!;
    const trendRules = formats(trend).flatMap((cf) => cf.rules.map((r) => ({ ref: cf.ref, ...r })));
    expect(trendRules.filter((r) => r.type === 'cellIs').map((r) => r.ref)).toEqual(Array(5).fill('B5:B16'));
    expect(trendRules.filter((r) => r.type === 'expression').map((r) => (r as { formulae?: unknown[] }).formulae)).toEqual([['ISBLANK(B5)']]);
    const list = book.getWorksheet(LIST_NAME)!;
    const byType = Object.fromEntries(formats(list).flatMap((cf) => cf.rules.map((r) => [r.type, { ref: cf.ref, rule: r }])));
    expect(byType.iconSet?.ref).toBe('C5:C44');
    expect(byType.iconSet?.rule).toMatchObject({ iconSet: '3TrafficLights1' });
    expect(byType.dataBar?.ref).toBe('D5:D44');
    expect(byType.colorScale?.ref).toBe('E5:E44');
    const sheet = sheetXml(4);
    expect(sheet).toMatch(/<cfRule type="iconSet"[^>]*><iconSet iconSet="3TrafficLights1"/);
    expect(sheet).toMatch(/<cfRule type="dataBar"/);
    expect(sheet).toMatch(/<cfRule type="colorScale"/);
    // The 2007 data bar, without ExcelJS's dangling reference to a 2010 part it never writes.
    expect(sheet).not.toMatch(/x14:id/);
    // Each rule's priority is unique on its sheet, as Excel wants.
    for (const ws of book.worksheets) {
      const priorities = formats(ws).flatMap((cf) => cf.rules.map((r) => r.priority));
      expect(new Set(priorities).size, ws.name).toBe(priorities.length);
    }
    expect(sheet).not.toMatch(/operator="containsBlanks"/);
    expect(sheetXml(2)).toMatch(/<cfRule type="cellIs"[^>]*operator="greaterThan"><formula>0.05<\/formula>/);
  });

  it('neutralises every formula-like text and keeps numbers numbers', () => {
    const list = book.getWorksheet(LIST_NAME)!;
    HOSTILE.forEach((text, i) => expect(list.getCell(`B${5 + i}`).value).toBe(`'${text}`));
    expect(list.getCell('G6').value).toBe("'|calc");
    const s = sheetjs.Sheets[LIST_NAME]!;
    expect(s['B5']).toMatchObject({ t: 's', v: `'${HOSTILE[0]}` });
    expect(s['C5']).toMatchObject({ t: 'n', v: 40, z: '0.0' });
    expect(s['D6']).toMatchObject({ t: 'n', v: 0.01, z: '0.0%' });
    expect(s['E5']).toMatchObject({ t: 'n', v: 1234.5, z: '"¥"#,##0.00' });
    const cover = book.getWorksheet('封面')!;
    const texts: unknown[] = [];
    cover.eachRow((row) => row.eachCell((cell) => texts.push(cell.value)));
    expect(texts).toContain('\'=HYPERLINK("http://evil")');
    expect(texts.filter((v) => typeof v === 'string' && /^[=+\-@|%\t\r\n]/.test(v))).toEqual([]);
    for (const ws of book.worksheets) ws.eachRow((row) => row.eachCell((cell) => expect(typeof cell.value === 'string' && /^[=+\-@|%\t\r\n]/.test(cell.value)).toBe(false)));
  });

  it('writes day dates as real dates and cuts a 40,000-character text with a note', () => {
    const list = book.getWorksheet(LIST_NAME)!;
    expect(list.getCell('F5').value).toEqual(new Date(Date.UTC(2024, 0, 10)));
    expect(list.getCell('F5').numFmt).toBe('yyyy-mm-dd');
    expect(sheetjs.Sheets[LIST_NAME]!['F5']).toMatchObject({ t: 'n', z: 'yyyy-mm-dd' });
    expect((list.getCell('G5').value as string).length).toBe(32_767);
    expect(list.getCell('G5').note).toBeTruthy();
    expect(Object.keys(xml).some((name) => /^xl\/comments\d*\.xml$/.test(name))).toBe(true);
  });

  it('writes the KPI cards as numbers in their formats with their traffic-light colours and rules', () => {
    const cover = book.getWorksheet('封面')!;
    let valueCell: ExcelJS.Cell | null = null;
    cover.eachRow((row) => row.eachCell((cell) => (cell.value === 0.052 ? (valueCell ??= cell) : null)));
    const rate = valueCell as ExcelJS.Cell | null;
    expect(rate?.numFmt).toBe('0.0%');
    expect(rate?.fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    const rules = formats(cover).filter((cf) => cf.ref === rate?.address);
    expect(rules.flatMap((cf) => cf.rules.map((r) => r.type))).toContain('cellIs');
    let count: ExcelJS.Cell | null = null;
    cover.eachRow((row) => row.eachCell((cell) => (cell.value === 123_456 ? (count ??= cell) : null)));
    const compact = '[>=100000000]0\\.00,,"亿";[>=10000]0\\.0,"万";#,##0';
    // ExcelJS's reader drops a format's backslashes; SheetJS and the styles part keep them.
    expect((count as ExcelJS.Cell | null)?.numFmt).toBe(compact.replace(/\\/g, ''));
    const address = (count as ExcelJS.Cell | null)?.address ?? '';
    expect(sheetjs.Sheets['封面']![address]).toMatchObject({ t: 'n', v: 123_456, z: compact });
    expect(xml['xl/styles.xml']).toContain(`formatCode="${compact.replace(/"/g, '&quot;').replace(/>/g, '&gt;')}"`);
    const values: unknown[] = [];
    cover.eachRow((row) => row.eachCell((cell) => values.push(cell.value)));
    expect(values).toEqual(expect.arrayContaining(['流失驾驶舱', '2024-06', '演示工作区', '地区: 华北、华东', '2024-06-30', '2024-07-01 09:30', '预警', '较上月 +0.4 个百分点']));
  });

  it('hands native charts bound to the widget sheet and pictures to the drawing step', () => {
    expect(drawn.calls).toHaveLength(1);
    const sheets = drawn.calls[0]!.sheets;
    expect(sheets.map((s) => s.sheet)).toEqual([1, 2, 3]);
    const coverParts = sheets[0]!.parts;
    // The rate card's sparkline in the row under its value, the trend natively, the gauge as a picture.
    expect(coverParts.map((p) => [p.kind, p.kind === 'image' ? p.name : p.chart.title])).toEqual([
      ['image', '月流失率'],
      ['chart', '流失趋势'],
      ['image', '平均健康分'],
    ]);
    // Title row 10, value row 11, sparkline row 12 (0-based 11).
    expect(coverParts[0]!.anchor).toEqual({ from: { col: 0, row: 11 }, to: { col: 3, row: 12 } });
    const chart = coverParts[1]!;
    if (chart.kind !== 'chart') throw new Error('expected a chart');
    expect(chart.chart).toMatchObject({
      type: 'line',
      categories: "'流失趋势'!$A$5:$A$16",
      series: [{ name: '流失率', values: "'流失趋势'!$B$5:$B$16" }],
      numberFormat: '0.0%',
      warningLine: { value: 0.05, label: '警戒线', categories: 12 },
      // The cells' values cached for viewers that draw without reading cells.
      cachedCategories: TREND_ROWS.map((r) => r[0]),
    });
    expect(chart.chart.series[0]!.cached).toEqual(TREND_ROWS.map((r) => r[1]));
    expect(sheets[1]!.parts[0]).toMatchObject({ kind: 'chart', anchor: { from: { col: 4, row: 3 } }, chart: { cachedCategories: TREND_ROWS.map((r) => r[0]) } });
    const picture = sheets[2]!.parts[0]!;
    expect(picture.kind).toBe('image');
    if (picture.kind === 'image') expect([...picture.png.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  });

  it('reports rows written per sheet and the phases of the job', () => {
    const phases = new Set(progress.map((p) => p[0]));
    expect([...phases]).toEqual(['renderingCharts', 'writingSheet', 'packagingWorkbook']);
    const last = progress.filter((p) => p[0] === 'writingSheet').at(-1)!;
    expect(last[1]).toBe(last[2]);
    expect(last[2]).toBe(12 + 1 + 40 + 12);
    expect(progress.some((p) => p[0] === 'writingSheet' && p[3]?.sheet === LIST_NAME)).toBe(true);
  });
});
