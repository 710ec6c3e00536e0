// addDrawings on a workbook written by ExcelJS's streaming writer (four chart sheets and a
// 200,000-row list), read back by ExcelJS, SheetJS and by unzipping: every part it does not amend
// is byte for byte what ExcelJS wrote, the new parts are declared (content types, relationships),
// the <drawing/> element sits where CT_Worksheet wants it, and the charts point at the cells.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDrawings } from '../../electron/export/xlsx-charts/add-drawings';
import { tagsNamed, unescapeXml } from '../../electron/export/xlsx-charts/package-xml';
import { tempDir } from '../support/temp';
import { COMBO_SHEET, LIST_SHEET, MONTHS, PIE_SHEET, RANK_SHEET, RATES, TREND_SHEET, writeFixture } from './xlsx-charts-workbook';

const LIST_ROWS = 200_000;
const text = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);

describe('addDrawings on an ExcelJS streaming workbook', () => {
  const t = tempDir('xlsx-charts-');
  const path = join(t.dir, 'charts.xlsx');
  let before: Record<string, Uint8Array> = {};
  let after: Record<string, Uint8Array> = {};

  beforeAll(async () => {
    const drawings = await writeFixture(path, { listRows: LIST_ROWS });
    before = unzipSync(readFileSync(path));
    await addDrawings(path, drawings);
    after = unzipSync(readFileSync(path));
  });
  afterAll(() => t.cleanup());

  it('keeps every part it does not amend byte for byte, the list sheet included', () => {
    const amended = new Set(['[Content_Types].xml', 'xl/worksheets/_rels/sheet2.xml.rels', ...[1, 2, 3, 4].map((n) => `xl/worksheets/sheet${n}.xml`)]);
    const kept = Object.keys(before).filter((name) => !amended.has(name));
    expect(kept).toContain('xl/worksheets/sheet5.xml');
    for (const name of kept) expect(Buffer.from(after[name]!).equals(Buffer.from(before[name]!)), name).toBe(true);
    expect(Object.keys(after)).toEqual(expect.arrayContaining(Object.keys(before)));
  });

  it('only inserts the <drawing/> element into a sheet, after pageSetup and outside the data bar extLst', () => {
    for (const n of [1, 2, 3, 4]) {
      const sheet = text(after[`xl/worksheets/sheet${n}.xml`]);
      const element = /<drawing r:id="(rId\d+)"\/>/.exec(sheet);
      expect(element, `sheet${n}`).not.toBeNull();
      expect(sheet.replace(element![0], '')).toBe(text(before[`xl/worksheets/sheet${n}.xml`]));
      expect(sheet.indexOf(element![0])).toBeGreaterThan(sheet.indexOf('<pageSetup'));
      expect(sheet.indexOf(element![0])).toBeLessThan(sheet.indexOf('</worksheet>'));
      const rels = tagsNamed(text(after[`xl/worksheets/_rels/sheet${n}.xml.rels`]), 'Relationship');
      const rel = rels.find((r) => r.Id === element![1]);
      expect(rel?.Type).toBe('http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing');
      expect(rel?.Target).toBe(`../drawings/drawing${n}.xml`);
    }
    const trend = text(after['xl/worksheets/sheet1.xml']);
    expect(trend.indexOf('<drawing')).toBeGreaterThan(trend.indexOf('</conditionalFormatting>'));
    // The combo sheet's hyperlink keeps its relationship; the drawing takes a fresh id.
    const comboRels = tagsNamed(text(after['xl/worksheets/_rels/sheet2.xml.rels']), 'Relationship');
    expect(comboRels.map((r) => r.Id)).toEqual(['rId1', 'rId2']);
    expect(comboRels[0]!.TargetMode).toBe('External');
  });

  it('declares every new part: drawings, charts and the PNG', () => {
    const types = text(after['[Content_Types].xml']);
    const overrides = new Map(tagsNamed(types, 'Override').map((o) => [o.PartName, o.ContentType]));
    const added = Object.keys(after).filter((name) => !(name in before));
    const charts = added.filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name));
    const drawings = added.filter((name) => /^xl\/drawings\/drawing\d+\.xml$/.test(name));
    expect(charts).toHaveLength(7);
    expect(drawings).toHaveLength(4);
    for (const chart of charts) expect(overrides.get(`/${chart}`)).toBe('application/vnd.openxmlformats-officedocument.drawingml.chart+xml');
    for (const drawing of drawings) expect(overrides.get(`/${drawing}`)).toBe('application/vnd.openxmlformats-officedocument.drawing+xml');
    expect(tagsNamed(types, 'Default').find((d) => d.Extension === 'png')?.ContentType).toBe('image/png');
    expect(Buffer.from(after['xl/media/image1.png']!.subarray(0, 8)).toString('latin1')).toBe('\x89PNG\r\n\x1a\n');

    // Each drawing's relationships reach parts that exist, and every anchor's r:id is one of them.
    for (const drawing of drawings) {
      const rels = tagsNamed(text(after[drawing.replace('drawings/', 'drawings/_rels/') + '.rels']), 'Relationship');
      for (const rel of rels) expect(after[`xl/${rel.Target!.replace('../', '')}`], rel.Target).toBeDefined();
      const used = [...text(after[drawing]).matchAll(/r:(?:id|embed)="(rId\d+)"/g)].map((m) => m[1]);
      expect(used.sort()).toEqual(rels.map((r) => r.Id).sort());
    }
  });

  it('binds each chart to its sheet cells (quoted sheet names escaped)', () => {
    const refs = (chart: string): string[] => [...text(after[chart]).matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => unescapeXml(m[1]!));
    expect(new Set(refs('xl/charts/chart1.xml'))).toEqual(new Set([`'${TREND_SHEET}'!$A$2:$A$13`, `'${TREND_SHEET}'!$B$2:$B$13`]));
    expect(refs('xl/charts/chart2.xml')).toEqual([`'${COMBO_SHEET}'!$A$2:$A$13`, `'${COMBO_SHEET}'!$B$2:$B$13`, `'${COMBO_SHEET}'!$A$2:$A$13`, `'${COMBO_SHEET}'!$C$2:$C$13`]);
    expect(text(after['xl/charts/chart3.xml'])).toContain('<c:pieChart>');
    expect(text(after['xl/charts/chart4.xml'])).toContain('<c:doughnutChart>');
  });

  it('reads back in ExcelJS: sheets, values, the picture where it was anchored', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([TREND_SHEET, COMBO_SHEET, PIE_SHEET, RANK_SHEET, LIST_SHEET]);
    const trend = workbook.getWorksheet(TREND_SHEET)!;
    expect(trend.getCell('A13').value).toBe(MONTHS[11]);
    expect(trend.getCell('B13').value).toBe(RATES[11]);
    expect(trend.getCell('B13').numFmt).toBe('0.0%');
    const images = trend.getImages();
    expect(images).toHaveLength(1);
    expect(images[0]!.range.tl.nativeCol).toBe(4);
    expect(images[0]!.range.tl.nativeRow).toBe(21);
    const medium = workbook.getImage(Number(images[0]!.imageId));
    expect(medium.extension).toBe('png');
    expect(workbook.getWorksheet(LIST_SHEET)!.rowCount).toBe(LIST_ROWS + 1);
  });

  it('reads back in SheetJS: sheets and values intact, the last list row included', () => {
    const workbook = XLSX.read(readFileSync(path), { dense: true });
    expect(workbook.SheetNames).toEqual([TREND_SHEET, COMBO_SHEET, PIE_SHEET, RANK_SHEET, LIST_SHEET]);
    const trend = XLSX.utils.sheet_to_json<(string | number)[]>(workbook.Sheets[TREND_SHEET]!, { header: 1 });
    expect(trend.slice(1).map((row) => row[1])).toEqual(RATES);
    const list = XLSX.utils.sheet_to_json<(string | number)[]>(workbook.Sheets[LIST_SHEET]!, { header: 1 });
    expect(list).toHaveLength(LIST_ROWS + 1);
    expect(list[LIST_ROWS]).toEqual([`C${String(LIST_ROWS - 1).padStart(7, '0')}`, `客户${LIST_ROWS - 1}号有限公司`, '上海', ((LIST_ROWS - 1) % 1000) / 1000]);
  });
});

describe('addDrawings when there is nothing to add or it cannot', () => {
  const t = tempDir('xlsx-charts-');
  afterAll(() => t.cleanup());

  it('leaves the file untouched without parts', async () => {
    const path = join(t.dir, 'none.xlsx');
    await writeFixture(path, { listRows: 0 });
    const bytes = readFileSync(path);
    const modified = statSync(path).mtimeMs;
    await addDrawings(path, [{ sheet: 1, parts: [] }]);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(statSync(path).mtimeMs).toBe(modified);
  });

  it('stops when cancelled, keeping the original and no temporary file', async () => {
    const path = join(t.dir, 'cancelled.xlsx');
    const drawings = await writeFixture(path, { listRows: 0 });
    const bytes = readFileSync(path);
    const controller = new AbortController();
    controller.abort();
    await expect(addDrawings(path, drawings, { signal: controller.signal })).rejects.toThrow(/abort/i);
    // Aborted while copying: the signal is checked between the pieces of the rewrite.
    const during = new AbortController();
    const pending = addDrawings(path, drawings, { signal: during.signal });
    during.abort();
    await expect(pending).rejects.toThrow(/abort/i);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(readdirSync(t.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a sheet the workbook lacks, keeping the original and no temporary file', async () => {
    const path = join(t.dir, 'missing.xlsx');
    const drawings = await writeFixture(path, { listRows: 0 });
    const bytes = readFileSync(path);
    await expect(addDrawings(path, [{ sheet: 9, parts: drawings[0]!.parts }])).rejects.toThrow(/no sheet 9/);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(readdirSync(t.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
