// A hand-built ExportDocument for the workbook tests: KPI cards with thresholds, a trend with a
// native line chart, a gauge drawn as a picture, a list with 条件属性 rules and hostile texts
// (OWASP CSV-injection payloads, a 40,000-character reason), titles Excel refuses as sheet names
// and duplicate titles.
import type { Cell } from '../../shared/dashboards/widget-data';
import { tableOfRows, type ExportColumn, type ExportDocument, type ExportSection, type ExportTable, type ExportWords } from '../../shared/export/document';

export const WORDS_ZH: ExportWords = {
  cover: '封面',
  workspace: '工作区',
  filters: '筛选条件',
  noFilters: '无',
  dataDate: '数据日期',
  generatedAt: '生成时间',
  kpis: '关键指标',
  charts: '图表',
  status: { green: '正常', amber: '关注', red: '预警' },
  continuedSheet: (title, part) => `${title}（续${part}）`,
  textCut: '文本超过 32,767 个字符，已截断',
  rowsShown: (shown, total) => (total === null ? `显示前 ${shown} 行` : `显示前 ${shown} 行，共 ${total} 行`),
  page: (page, pages) => `第 ${page} / ${pages} 页`,
  pdfRowsCut: (shown, total) => `PDF 显示 ${shown} / ${total} 行`,
};

export const HOSTILE = ["=cmd|' /C calc'!A0", '+1', '-2', '@SUM(A1)', '\tX'] as const;
export const LONG_TEXT = '长'.repeat(40_000);

export const TREND_COLUMNS: ExportColumn[] = [
  { key: 'month', label: '月份', format: 'date', grain: 'month' },
  { key: 'churn_rate', label: '流失率', format: 'percent' },
  { key: 'churned', label: '流失客户数', format: 'count' },
];
export const TREND_ROWS: Cell[][] = Array.from({ length: 12 }, (_, i) => [`2024-${String(i + 1).padStart(2, '0')}`, 0.03 + i * 0.002, 100 + i * 7]);

export const LIST_COLUMNS: ExportColumn[] = [
  { key: 'customer_id', label: '客户编号', format: 'code' },
  { key: 'name', label: '客户名称', format: 'text' },
  { key: 'health', label: '健康分', format: 'score' },
  { key: 'churn_probability', label: '流失概率', format: 'probability' },
  { key: 'clv', label: '客户价值', format: 'currency' },
  { key: 'last_order', label: '最近下单', format: 'date' },
  { key: 'reason', label: '原因', format: 'text' },
];

export function listRows(count: number): Cell[][] {
  return Array.from({ length: count }, (_, i) => [
    `C${String(i + 1).padStart(7, '0')}`,
    i < HOSTILE.length ? HOSTILE[i]! : `客户${i + 1}`,
    40 + (i % 60),
    (i % 100) / 100,
    1234.5 * (i + 1),
    `2024-0${1 + (i % 6)}-1${i % 10}`,
    i === 0 ? LONG_TEXT : i === 1 ? '|calc' : null,
  ]);
}

/** A table read in pages of `pageRows`, like a list streamed from the store. */
export function pagedTable(columns: readonly ExportColumn[], rows: readonly (readonly Cell[])[], pageRows: number): ExportTable {
  return {
    columns,
    rowCount: rows.length,
    truncated: false,
    async *pages() {
      for (let i = 0; i < rows.length; i += pageRows) yield await Promise.resolve(rows.slice(i, i + pageRows));
    },
  };
}

const lineOption = {
  xAxis: { type: 'category', data: TREND_ROWS.map((r) => r[0] as string) },
  yAxis: { type: 'value' },
  series: [{ type: 'line', data: TREND_ROWS.map((r) => r[1] as number) }],
};
const gaugeOption = { series: [{ type: 'gauge', min: 0, max: 100, data: [{ value: 62.5, name: '平均健康分' }] }] };

export function fixtureDocument(listSize = 40): ExportDocument {
  const trend: ExportSection = {
    widgetId: 'trend',
    title: '流失趋势',
    kind: 'widget',
    table: tableOfRows(TREND_COLUMNS, TREND_ROWS),
    chart: {
      kind: 'line',
      option: lineOption,
      native: {
        type: 'line',
        horizontal: false,
        categoryColumn: 0,
        series: [{ column: 1, name: '流失率', type: 'line', secondaryAxis: false, color: '#1b5fd1' }],
        warningLine: 0.05,
        valueFormat: 'percent',
      },
    },
    rules: [{ column: 1, style: 'color', thresholds: { direction: 'lowerIsBetter', amber: 0.04, red: 0.05 } }],
    notes: ['近 12 个月'],
    layout: { x: 0, y: 4, w: 6, h: 8 },
  };
  const gauge: ExportSection = {
    widgetId: 'gauge',
    title: '平均健康分',
    kind: 'widget',
    table: tableOfRows([{ key: 'health', label: '健康分', format: 'score' }], [[62.5]]),
    chart: { kind: 'gauge', option: gaugeOption, native: null },
    rules: [],
    notes: [],
    layout: { x: 6, y: 4, w: 6, h: 8 },
  };
  const list: ExportSection = {
    widgetId: 'risk',
    title: '高风险客户[华北]:*?/\\ 按负责人与区域排列的完整名单（含联系方式）',
    kind: 'list',
    table: pagedTable(LIST_COLUMNS, listRows(listSize), 15),
    chart: null,
    rules: [
      { column: 2, style: 'icon', thresholds: { direction: 'higherIsBetter', amber: 70, red: 40 } },
      { column: 3, style: 'bar', thresholds: { direction: 'lowerIsBetter', amber: 0.3, red: 0.6 } },
      { column: 4, style: 'scale', thresholds: { direction: 'higherIsBetter', amber: 5000, red: 2000 } },
    ],
    notes: ['按流失概率从高到低'],
    layout: { x: 0, y: 12, w: 12, h: 8 },
  };
  const duplicate: ExportSection = { ...trend, widgetId: 'trend2', notes: [], layout: null, chart: null, rules: [] };
  const note: ExportSection = { widgetId: null, title: '营销活动', kind: 'note', table: tableOfRows([], []), chart: null, rules: [], notes: ['暂无营销活动'], layout: null };
  return {
    kind: 'dashboard',
    locale: 'zh-CN',
    title: '流失驾驶舱',
    subtitle: '2024-06',
    workspace: '演示工作区',
    dataDate: '2024-06-30',
    generatedAt: '2024-07-01 09:30',
    filters: [{ label: '地区', value: '华北、华东' }],
    logo: null,
    kpis: [
      {
        widgetId: 'rate',
        title: '月流失率',
        value: 0.052,
        format: 'percent',
        valueText: '5.2%',
        status: 'red',
        thresholds: { direction: 'lowerIsBetter', amber: 0.04, red: 0.05 },
        periodText: '2024-06',
        comparisonText: '较上月 +0.4 个百分点',
        changeIsGood: false,
        sparkline: {
          xAxis: { type: 'category', show: false, data: ['01', '02', '03', '04', '05', '06'] },
          yAxis: { type: 'value', show: false },
          series: [{ type: 'line', data: [4.1, 4.3, 4.6, 4.4, 4.8, 5.2], symbol: 'none' }],
        },
      },
      {
        widgetId: 'customers',
        title: '客户数',
        value: 123_456,
        format: 'count',
        valueText: '12.3万',
        status: null,
        thresholds: null,
        periodText: '快照 2024-06-30',
        comparisonText: null,
        changeIsGood: null,
        sparkline: null,
      },
    ],
    sections: [trend, gauge, list, duplicate, note],
    texts: ['=HYPERLINK("http://evil")', '本月流失集中在华北。'],
    words: WORDS_ZH,
  };
}
