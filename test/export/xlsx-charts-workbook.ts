// Workbooks for the native-chart tests, written the way the export writes them (ExcelJS's
// streaming writer, inline strings), with the drawing parts the workbook writer would hand to
// addDrawings: a line with its 警戒线 and a picture, a combo on two axes, a pie, a stacked and a
// horizontal bar, a ring, and optionally a long list sheet.
import { createWriteStream } from 'node:fs';
import ExcelJS from 'exceljs';
import type { DrawingPart, NativeChartPart, SheetDrawings } from '../../electron/export/xlsx-charts/drawing-parts';
import { rasterisePng } from '../../electron/export/charts/rasterise';
import { SERIES_COLORS, TIER_COLORS } from '../../shared/dashboards/charts/palette';

export const TREND_SHEET = '流失趋势 <月度> & "率"';
export const COMBO_SHEET = '客户与流失率';
export const PIE_SHEET = '风险分布';
export const RANK_SHEET = '地区排名';
export const LIST_SHEET = '高风险客户';

export const MONTHS = Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`);
export const RATES = MONTHS.map((_, i) => 0.04 + ((i * 7) % 5) / 1000 + i / 2000);
export const CUSTOMERS = MONTHS.map((_, i) => 9000 + i * 350);
export const TIERS = ['健康', '关注', '高风险'];
export const TIER_COUNTS = [6200, 2300, 1100];
export const REGIONS = ['华北', '华东', '华南', '西南', '东北'];
export const REGION_CHURN = [
  [120, 80],
  [200, 95],
  [150, 60],
  [90, 40],
  [60, 30],
] as const;
export const WARNING = 0.045;
export const RANK_WARNING = 100;
/** A hostile name: escaping, CJK and a control character Excel cannot hold. */
export const HOSTILE_SERIES = '流失率 <b>&"x"\u0001';

const quoted = (sheet: string): string => `'${sheet.replace(/'/g, "''")}'`;
export const ref = (sheet: string, col: string, from: number, to: number): string => `${quoted(sheet)}!$${col}$${from}:$${col}$${to}`;

/** A small PNG with Chinese text, rasterised the way the export rasterises its image charts. */
export function picturePng(): Uint8Array {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="120"><rect width="240" height="120" fill="#1b5fd1"/>' +
    "<text x='20' y='70' font-size='28' fill='#ffffff' font-family=\"'Noto Sans CJK SC'\">热力图 图片</text></svg>";
  return rasterisePng(svg);
}

function chart(type: NativeChartPart['chart']['type'], anchorRow: number, spec: Omit<NativeChartPart['chart'], 'type'>): NativeChartPart {
  return { kind: 'chart', anchor: { from: { col: 4, row: anchorRow }, to: { col: 13, row: anchorRow + 18 } }, chart: { type, ...spec } };
}

function writeSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  header: readonly ExcelJS.CellValue[],
  rows: readonly (readonly (string | number)[])[],
  numFmts: readonly (string | undefined)[],
): ExcelJS.Worksheet {
  // One landscape page per sheet: the LibreOffice test finds sheet k on page k.
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 1 },
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  sheet.columns = header.map(() => ({ width: 14 }));
  sheet.addRow([...header]).commit();
  for (const values of rows) {
    const row = sheet.addRow([...values]);
    numFmts.forEach((numFmt, i) => {
      if (numFmt) row.getCell(i + 1).numFmt = numFmt;
    });
    row.commit();
  }
  return sheet;
}

export interface FixtureOptions {
  /** Rows of the list sheet (sheet 5); 0 leaves it out. */
  readonly listRows: number;
}

/** Writes the workbook at `path` and answers the drawings for addDrawings. */
export async function writeFixture(path: string, options: FixtureOptions): Promise<SheetDrawings[]> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: createWriteStream(path), useStyles: true, useSharedStrings: false });

  const trend = writeSheet(
    workbook,
    TREND_SHEET,
    ['月份', '流失率'],
    MONTHS.map((m, i) => [m, RATES[i]!]),
    [undefined, '0.0%'],
  );
  // A data bar: ExcelJS writes an extLst inside the cfRule, which must not be taken for the sheet's own extLst.
  trend.addConditionalFormatting({
    ref: 'B2:B13',
    rules: [
      {
        type: 'dataBar',
        priority: 1,
        cfvo: [{ type: 'min' }, { type: 'max' }],
        gradient: true,
        minLength: 0,
        maxLength: 100,
        showValue: true,
        border: false,
        negativeBarColorSameAsPositive: true,
        negativeBarBorderColorSameAsPositive: true,
        axisPosition: 'auto',
        direction: 'leftToRight',
      },
    ],
  });
  trend.commit();

  // A hyperlink gives the sheet a relationships part of its own, which the drawing joins.
  const linked = { text: '月份', hyperlink: 'https://example.com/说明' };
  const combo = writeSheet(
    workbook,
    COMBO_SHEET,
    [linked, '客户数', '流失率'],
    MONTHS.map((m, i) => [m, CUSTOMERS[i]!, RATES[i]!]),
    [undefined, '#,##0', '0.0%'],
  );
  combo.commit();

  writeSheet(
    workbook,
    PIE_SHEET,
    ['等级', '客户数'],
    TIERS.map((t, i) => [t, TIER_COUNTS[i]!]),
    [undefined, '#,##0'],
  ).commit();
  // The bar chart's 警戒线 is bound to cells (column D); the trend's is literal.
  writeSheet(
    workbook,
    RANK_SHEET,
    ['地区', '流失客户', '挽回客户', '警戒线'],
    REGIONS.map((r, i) => [r, REGION_CHURN[i]![0], REGION_CHURN[i]![1], RANK_WARNING]),
    [undefined, '#,##0', '#,##0', '#,##0'],
  ).commit();

  if (options.listRows > 0) {
    const list = workbook.addWorksheet(LIST_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
    list.addRow(['客户编号', '客户名称', '城市', '流失概率']).commit();
    for (let i = 0; i < options.listRows; i++) list.addRow([`C${String(i).padStart(7, '0')}`, `客户${i}号有限公司`, i % 2 ? '上海' : '北京', (i % 1000) / 1000]).commit();
    list.commit();
  }
  await workbook.commit();

  const n = MONTHS.length;
  const trendParts: DrawingPart[] = [
    chart('line', 1, {
      horizontal: false,
      title: '月度流失率 <趋势> & "警戒"',
      categories: ref(TREND_SHEET, 'A', 2, n + 1),
      series: [{ name: HOSTILE_SERIES, values: ref(TREND_SHEET, 'B', 2, n + 1), type: 'line', secondaryAxis: false, color: SERIES_COLORS[0]! }],
      numberFormat: '0.0%',
      warningLine: { value: WARNING, label: '警戒线 4.5%', categories: n },
    }),
    { kind: 'image', anchor: { from: { col: 4, row: 21 }, to: { col: 8, row: 27 } }, png: picturePng(), name: '热力图 <图片>' },
  ];
  const comboParts: DrawingPart[] = [
    chart('combo', 1, {
      horizontal: false,
      title: '客户数与流失率',
      // The combo carries its caches (the other charts do not): both kinds must draw.
      categories: ref(COMBO_SHEET, 'A', 2, n + 1),
      cachedCategories: MONTHS,
      series: [
        { name: '客户数', values: ref(COMBO_SHEET, 'B', 2, n + 1), type: 'bar', secondaryAxis: false, color: SERIES_COLORS[0]!, cached: CUSTOMERS },
        { name: '流失率', values: ref(COMBO_SHEET, 'C', 2, n + 1), type: 'line', secondaryAxis: true, color: SERIES_COLORS[3]!, cached: RATES },
      ],
      numberFormat: '#,##0',
      secondaryNumberFormat: '0.0%',
      warningLine: null,
    }),
  ];
  const tierColors = [TIER_COLORS.healthy, TIER_COLORS.watch, TIER_COLORS.atRisk];
  const pieParts: DrawingPart[] = [
    chart('pie', 1, {
      horizontal: false,
      title: '风险等级分布',
      categories: ref(PIE_SHEET, 'A', 2, 4),
      series: [{ name: '客户数', values: ref(PIE_SHEET, 'B', 2, 4), type: 'bar', secondaryAxis: false, color: SERIES_COLORS[0]! }],
      pointColors: tierColors,
      numberFormat: '#,##0',
      warningLine: null,
    }),
    chart('doughnut', 21, {
      horizontal: false,
      title: '风险等级（环形）',
      categories: ref(PIE_SHEET, 'A', 2, 4),
      series: [{ name: '客户数', values: ref(PIE_SHEET, 'B', 2, 4), type: 'bar', secondaryAxis: false, color: SERIES_COLORS[0]! }],
      pointColors: tierColors,
      numberFormat: '#,##0',
      warningLine: null,
    }),
  ];
  const rankSeries = [
    { name: '流失客户', values: ref(RANK_SHEET, 'B', 2, 6), type: 'bar' as const, secondaryAxis: false, color: SERIES_COLORS[0]! },
    { name: '挽回客户', values: ref(RANK_SHEET, 'C', 2, 6), type: 'bar' as const, secondaryAxis: false, color: SERIES_COLORS[1]! },
  ];
  const rankParts: DrawingPart[] = [
    chart('bar', 1, {
      horizontal: false,
      title: '地区流失（柱状）',
      categories: ref(RANK_SHEET, 'A', 2, 6),
      series: rankSeries,
      numberFormat: '#,##0',
      warningLine: { value: RANK_WARNING, label: '警戒线', categories: 5, values: ref(RANK_SHEET, 'D', 2, 6) },
    }),
    chart('stackedBar', 21, { horizontal: false, title: '地区流失（堆积）', categories: ref(RANK_SHEET, 'A', 2, 6), series: rankSeries, numberFormat: '#,##0', warningLine: null }),
    chart('bar', 41, {
      horizontal: true,
      title: '地区排名（横向）',
      categories: ref(RANK_SHEET, 'A', 2, 6),
      series: rankSeries.slice(0, 1),
      numberFormat: '#,##0',
      warningLine: null,
    }),
  ];
  return [
    { sheet: 1, parts: trendParts },
    { sheet: 2, parts: comboParts },
    { sheet: 3, parts: pieParts },
    { sheet: 4, parts: rankParts },
  ];
}
