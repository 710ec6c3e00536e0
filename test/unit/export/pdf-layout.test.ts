// The PDF's page plan, pure: widgets keep their places on the 12-column grid scaled to the page;
// widgets sharing rows form one band (never split across pages); unplaced sections get places
// below; a band taller than a page is scaled to one; a chart band a little too tall is shortened
// to stay on its page; table cells read as on the screen, with the rules' traffic lights.
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { planBands } from '../../../electron/export/pdf/plan';
import { registerPdfFont } from '../../../electron/export/pdf/pdf-text';
import { tableOfRows, type ExportSection } from '../../../shared/export/document';
import { gridPlaces, layoutBands, type LayoutInput } from '../../../electron/export/pdf/layout';
import { contentHeight, contentWidth, pageGeometry } from '../../../electron/export/pdf/page-geometry';
import { cellFormatter, cellLook, isNumericColumn, ruleScales } from '../../../electron/export/pdf/table-cells';
import { bandScale } from '../../../electron/export/pdf/write-pdf';
import { TIER_COLORS } from '../../../shared/dashboards/charts/palette';
import type { ExportColumn, ExportRule } from '../../../shared/export/document';

const chart = (x: number, y: number, w: number, h: number): LayoutInput => ({ layout: { x, y, w, h }, hasChart: true });

describe('PDF page geometry', () => {
  it('is landscape A4 and A3, A3 the same page √2 larger', () => {
    const a4 = pageGeometry('A4');
    const a3 = pageGeometry('A3');
    expect([a4.width, a4.height]).toEqual([841.89, 595.28]);
    expect([a3.width, a3.height]).toEqual([1190.55, 841.89]);
    expect(contentWidth(a3) / contentWidth(a4)).toBeCloseTo(Math.SQRT2, 2);
    expect(a4.top).toBeGreaterThan(a4.headerY);
    expect(a4.bottom).toBeLessThan(a4.footerY);
  });
});

describe('PDF layout', () => {
  const g = pageGeometry('A4');

  it('keeps each widget on its grid place, scaled to the page width', () => {
    const bands = layoutBands([chart(0, 6, 8, 8), chart(8, 6, 4, 8)], g);
    expect(bands).toHaveLength(1);
    const [left, right] = bands[0]!.boxes;
    expect(left!.x).toBeCloseTo(g.left);
    expect(right!.x).toBeCloseTo(g.left + 8 * g.column);
    expect(right!.x + right!.width).toBeCloseTo(g.right);
    expect(left!.width + g.gap + right!.width).toBeCloseTo(contentWidth(g));
    expect(left!.height).toBeCloseTo(8 * g.row - g.gap);
    expect(bands[0]!.height).toBeCloseTo(8 * g.row - g.gap);
  });

  it('bands widgets that share rows, in reading order, and starts a new band below them', () => {
    // A tall widget beside two stacked ones: one band; the next row: another band.
    const sections = [chart(0, 22, 6, 10), chart(6, 22, 6, 5), chart(6, 27, 6, 5), chart(0, 32, 12, 8)];
    const bands = layoutBands(sections, g);
    expect(bands.map((b) => b.boxes.map((box) => box.section))).toEqual([[0, 1, 2], [3]]);
    expect(bands[0]!.boxes[2]!.y).toBeCloseTo(5 * g.row);
    expect(bands[0]!.height).toBeCloseTo(10 * g.row - g.gap);
  });

  it('places sections without a place below the grid: consecutive charts two to a row, a lone chart and tables across', () => {
    const unplaced = (hasChart: boolean): LayoutInput => ({ layout: null, hasChart });
    const places = gridPlaces([chart(0, 0, 12, 4), unplaced(true), unplaced(true), unplaced(true), unplaced(false), unplaced(true), unplaced(false)]);
    expect(places.slice(1)).toEqual([
      { x: 0, y: 4, w: 6, h: 9 },
      { x: 6, y: 4, w: 6, h: 9 },
      { x: 0, y: 13, w: 12, h: 9 },
      { x: 0, y: 22, w: 12, h: 10 },
      { x: 0, y: 32, w: 12, h: 9 },
      { x: 0, y: 41, w: 12, h: 10 },
    ]);
  });

  it('scales a band taller than a page down to one page', () => {
    const [band] = layoutBands([chart(0, 0, 12, 40)], g);
    expect(band!.height).toBeLessThanOrEqual(contentHeight(g) + 0.001);
  });

  it('shortens a chart band up to 15 % to stay on its page, never a band holding a table', () => {
    expect(bandScale(200, false, 250)).toBe(1);
    expect(bandScale(200, false, 180)).toBeCloseTo(0.9);
    expect(bandScale(200, false, 160)).toBeNull();
    expect(bandScale(200, true, 190)).toBeNull();
    expect(bandScale(200, true, 200)).toBe(1);
  });
});

describe('PDF plan of boxed tables', () => {
  const g = pageGeometry('A4');
  const pdf = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 0, font: '' });
  registerPdfFont(pdf);
  const columns = [
    { key: 'owner', label: '客户经理', format: 'text' as const },
    { key: 'churn_rate', label: '流失率', format: 'percent' as const },
  ];
  const tableSection = (rows: number): ExportSection => ({
    widgetId: `t${rows}`,
    title: '各负责人流失率',
    kind: 'widget',
    table: tableOfRows(
      columns,
      Array.from({ length: rows }, (_, i) => [`经理${i}`, i / 100]),
    ),
    chart: null,
    rules: [],
    notes: [],
    layout: { x: 4, y: 0, w: 4, h: 8 },
  });
  const plan = (rows: number) => {
    const section = tableSection(rows);
    return planBands(pdf, [{ section, rows: Array.from({ length: rows }, (_, i) => [`经理${i}`, i / 100]), notes: [] }], g, cellFormatter('zh-CN'))[0]!;
  };

  it('keeps a table that fits in its grid box', () => {
    const band = plan(5);
    expect(band.flowing).toHaveLength(0);
    expect(band.boxes[0]!.box.height).toBeCloseTo(8 * g.row - g.gap);
  });

  it('stretches the band for a table a little longer than its box, and flows a table longer than a page', () => {
    const stretched = plan(14);
    expect(stretched.flowing).toHaveLength(0);
    expect(stretched.height).toBeGreaterThan(8 * g.row - g.gap);
    expect(stretched.boxes[0]!.box.height).toBeCloseTo(stretched.height);
    const long = plan(60);
    expect(long.boxes).toHaveLength(0);
    expect(long.flowing.map((p) => p.section.widgetId)).toEqual(['t60']);
  });
});

describe('PDF table cells', () => {
  const column = (format: ExportColumn['format'], grain?: ExportColumn['grain']): ExportColumn => ({ key: 'k', label: 'L', format, ...(grain ? { grain } : {}) });

  it('formats numbers by the column format in the document language, dates by locale, words as they are', () => {
    const zh = cellFormatter('zh-CN');
    const en = cellFormatter('en');
    expect(zh(0.052, column('percent'))).toBe('5.2%');
    expect(zh(0.6123, column('probability'))).toBe('61.2%');
    expect(zh(12345.6, column('currency'))).toBe('¥12,345.60');
    expect(zh(42.25, column('score'))).toBe('42.3');
    expect(en(1234, column('count'))).toBe('1,234');
    expect(zh('2026-11-30', column('date'))).toBe('2026-11-30');
    expect(en('2026-11-30', column('date'))).toBe('Nov 30, 2026');
    expect(en('2026-11', column('date', 'month'))).toBe('2026-11');
    expect(zh(null, column('count'))).toBe('—');
    expect(zh('=SUM(A1)', column('text'))).toBe('=SUM(A1)');
    expect([isNumericColumn(column('currency')), isNumericColumn(column('text')), isNumericColumn(column('date'))]).toEqual([true, false, false]);
  });

  it('colours ruled cells by the traffic light, bars by the column’s largest magnitude', () => {
    const rules: ExportRule[] = [
      { column: 1, style: 'color', thresholds: { direction: 'lowerIsBetter', amber: 0.4, red: 0.7 } },
      { column: 2, style: 'bar', thresholds: { direction: 'higherIsBetter', amber: 60, red: 40 } },
      { column: 3, style: 'icon', thresholds: { direction: 'higherIsBetter', amber: 60, red: 40 } },
    ];
    const rows = [
      ['a', 0.8, 20, 70],
      ['b', 0.1, 80, 50],
    ];
    const scales = ruleScales(rules, rows);
    expect(scales.get(2)).toBe(80);
    expect(cellLook(rules, 1, 0.8, scales)).toMatchObject({ text: TIER_COLORS.atRisk, fill: TIER_COLORS.atRisk });
    expect(cellLook(rules, 1, 0.1, scales).text).toBe(TIER_COLORS.healthy);
    expect(cellLook(rules, 2, 20, scales).bar).toEqual({ color: TIER_COLORS.atRisk, width: 0.25 });
    expect(cellLook(rules, 3, 50, scales).dot).toBe(TIER_COLORS.watch);
    // Equality at a threshold falls on the worse side.
    expect(cellLook(rules, 1, 0.7, scales).text).toBe(TIER_COLORS.atRisk);
    expect(cellLook(rules, 0, 'a', scales)).toEqual({ text: null, fill: null, bar: null, dot: null });
    expect(cellLook(rules, 1, null, scales)).toEqual({ text: null, fill: null, bar: null, dot: null });
  });
});
