// The workbook with its drawings for real (xlsx-charts/add-drawings.ts): native charts bound to
// the widget sheet's cells on the cover and the widget's sheet, pictures for the gauge, and the
// rest of the file unchanged, as ExcelJS and SheetJS read it back.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { writeWorkbook } from '../../electron/export/workbook/write-workbook';
import { rasterisePng } from '../../electron/export/charts/rasterise';
import { tempDir } from '../support/temp';
import { fixtureDocument, TREND_ROWS } from './workbook-fixture';

const t = tempDir('churn-workbook-drawings-');
const path = join(t.dir, '流失驾驶舱.xlsx');
let xml: Record<string, string>;
let media: string[];

beforeAll(async () => {
  await writeWorkbook(fixtureDocument(), { path, signal: new AbortController().signal, onProgress: () => undefined });
  const files = unzipSync(readFileSync(path));
  media = Object.keys(files).filter((name) => name.startsWith('xl/media/'));
  xml = Object.fromEntries(Object.entries(files).flatMap(([name, bytes]) => (name.endsWith('.xml') || name.endsWith('.rels') ? [[name, strFromU8(bytes)]] : [])));
});
afterAll(() => t.cleanup());

/** A 4:1 logo, drawn by resvg like a PNG a user picks. */
function logoPng(): Uint8Array {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50"><rect width="200" height="50" fill="#1b5fd1"/></svg>';
  return rasterisePng(svg, { scale: 1 });
}

describe('a workbook with its charts and pictures', () => {
  it('holds native charts bound to the trend sheet and pictures of the gauge', () => {
    const charts = Object.keys(xml).filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name));
    // The trend on the cover and on its sheet.
    expect(charts).toHaveLength(2);
    for (const chart of charts) {
      expect(xml[chart]).toContain('<c:lineChart>');
      expect(xml[chart]).toContain('<c:f>&apos;流失趋势&apos;!$A$5:$A$16</c:f>');
      expect(xml[chart]).toContain('<c:f>&apos;流失趋势&apos;!$B$5:$B$16</c:f>');
      expect(xml[chart]).toContain('<c:numFmt formatCode="0.0%"');
    }
    // The gauge on the cover and on its sheet.
    expect(media.filter((name) => name.endsWith('.png')).length).toBeGreaterThanOrEqual(1);
    expect(xml['xl/worksheets/sheet1.xml']).toMatch(/<drawing r:id="[^"]+"\/>/);
    expect(xml['xl/worksheets/sheet2.xml']).toMatch(/<drawing r:id="[^"]+"\/>/);
    expect(xml['xl/worksheets/sheet3.xml']).toMatch(/<drawing r:id="[^"]+"\/>/);
    expect(xml['xl/worksheets/sheet4.xml']).not.toMatch(/<drawing /);
    expect(xml['[Content_Types].xml']).toContain('application/vnd.openxmlformats-officedocument.drawingml.chart+xml');
  });

  it('still reads back the same in ExcelJS and SheetJS', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const trend = book.getWorksheet('流失趋势')!;
    TREND_ROWS.forEach((row, i) => expect(trend.getCell(`C${5 + i}`).value).toBe(row[2]));
    expect(trend.autoFilter).toBe('A4:C16');
    const sheetjs = XLSX.read(readFileSync(path));
    expect(sheetjs.Sheets['流失趋势']!['B5']).toMatchObject({ t: 'n', v: TREND_ROWS[0]![1] });
    expect(sheetjs.SheetNames[0]).toBe('封面');
  });

  it('puts the logo top-left on the cover, the title beside it', async () => {
    const logoPath = join(t.dir, 'logo.xlsx');
    const doc = { ...fixtureDocument(), logo: { data: logoPng(), extension: 'png' as const, width: 200, height: 50 } };
    await writeWorkbook(doc, { path: logoPath, signal: new AbortController().signal, onProgress: () => undefined });
    const parts = unzipSync(readFileSync(logoPath));
    const text = (name: string) => strFromU8(parts[name]!);
    const rels = text('xl/worksheets/_rels/sheet1.xml.rels');
    const drawing = /Target="\.\.\/drawings\/(drawing\d+\.xml)"/.exec(rels)?.[1];
    expect(drawing).toBeDefined();
    const anchors = text(`xl/drawings/${drawing!}`);
    // The first anchor is the logo's, from A1.
    expect(anchors).toMatch(/<xdr:twoCellAnchor[^>]*><xdr:from><xdr:col>0<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>0<\/xdr:row>/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(logoPath);
    const cover = book.getWorksheet('封面')!;
    expect(cover.getCell('A1').value).toBeNull();
    const titleCell = [2, 3, 4, 5].map((c) => cover.getRow(1).getCell(c)).find((cell) => cell.value === '流失驾驶舱');
    expect(titleCell).toBeDefined();
  });
});
