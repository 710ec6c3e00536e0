// The streaming xlsx reader against SheetJS's whole-workbook read it replaced, cell by cell,
// on every xlsx fixture, the real Taobao exports, workbooks written by SheetJS and exceljs, and
// hand-written packages for the SpreadsheetML corners (prefixes, BOMs, inline and rich text,
// phonetic runs, sparse and reference-less cells, wide rows, dates by style, 1904).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { readAllTables, readSpreadsheet } from '../../../electron/import/readers';
import { dataDir, hasData, repoRoot, tempDir } from './helpers';
import { bothWays, firstDifference } from './xlsx-differential';
import { xlsxPackage } from './xlsx-package';

const tmp = tempDir();

function xlsxFilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...xlsxFilesUnder(p));
    else if (/\.xlsx$/i.test(name)) out.push(p);
  }
  return out;
}

async function expectSameBothWays(path: string): Promise<void> {
  const { streamed, sheetJs } = await bothWays(path);
  expect(firstDifference(streamed, sheetJs)).toBeNull();
  expect(streamed.tables).toEqual(sheetJs.tables);
  expect(streamed.warnings).toEqual(sheetJs.warnings);
  expect(streamed.counts).toEqual(sheetJs.counts);
  expect(streamed.sheets).toEqual(sheetJs.sheets);
  expect(streamed.date1904).toBe(sheetJs.date1904);
}

const STYLES =
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>' +
  '<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/>' +
  '<xf numFmtId="22" applyNumberFormat="1"/><xf numFmtId="20" applyNumberFormat="1"/><xf numFmtId="49" applyNumberFormat="1"/></cellXfs>';

const SST =
  '<si><t>客户</t></si><si><t xml:space="preserve"> 金额 </t></si>' +
  '<si><r><rPr><b/></rPr><t>东</t></r><r><t>京</t></r><rPh sb="0" eb="1"><t>トウ</t></rPh><phoneticPr fontId="1"/></si>' +
  '<si><t>A&amp;B &lt;co&gt; &#x4E2D;&#25991;</t></si><si><t>line1_x000D_&#13;\nline2</t></si><si><t></t></si><si><t>日期</t></si><si><t>备注</t></si>';

const EDGE_SHEET =
  '<dimension ref="A1:F9"/><sheetData>' +
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>6</v></c><c r="D1" t="s"><v>7</v></c><c r="F1" t="inlineStr"><is><t>标记</t></is></c></row>' +
  '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>12.5</v></c><c r="C2" s="1"><v>45356</v></c><c r="D2" t="s"><v>3</v></c><c r="F2" t="b"><v>1</v></c></row>' +
  '<row r="3"><c r="A3" t="inlineStr"><is><r><t>富</t></r><r><t xml:space="preserve">士 </t></r><rPh><t>フ</t></rPh></is></c><c r="B3"><f>B2*2</f><v>25</v></c>' +
  '<c r="C3" s="2"><v>45357.75</v></c><c r="D3" t="s"><v>4</v></c><c r="E3" s="1"/><c r="F3" t="e"><v>#N/A</v></c></row>' +
  '<row r="5"><c r="A5" t="str"><f>"x"&amp;"y"</f><v>xy</v></c><c r="B5"><f t="shared" ref="B5:B6" si="0">B3+1</f><v>26</v></c><c r="C5" s="3"><v>45358.5</v></c>' +
  '<c r="D5" t="s"><v>5</v></c><c r="E5"><v></v></c><c r="F5" t="b"><v>0</v></c></row>' +
  '<row r="6"><c t="inlineStr"><is><t>no ref</t></is></c><c><f t="shared" si="0"/><v>27</v></c><c s="4"><v>0.5</v></c><c s="5"><v>7</v></c></row>' +
  '<row><c r="A7" t="inlineStr"><is><t>row without r</t></is></c><c r="B7"><v>-3</v></c><c r="C7" s="1"><v>60</v></c><c r="D7"><v>123456789012345678</v></c></row>' +
  '<row r="9" spans="1:6"><c r="A9" t="inlineStr"><is><t>after a gap</t></is></c><c r="F9"><v>1.5E-3</v></c></row>' +
  '</sheetData>';

describe('streaming xlsx reader', () => {
  it('equals SheetJS on every xlsx fixture', async () => {
    const files = xlsxFilesUnder(join(repoRoot, 'test', 'fixtures'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) await expectSameBothWays(f);
  });

  it.skipIf(!hasData)('equals SheetJS on the Taobao order exports', async () => {
    const files = xlsxFilesUnder(join(dataDir, 'cn-taobao-orders'));
    expect(files.length).toBe(3);
    for (const f of files) await expectSameBothWays(f);
  });

  it('equals SheetJS on workbooks written by SheetJS (shared and inline strings) and exceljs (rich text, formulas, errors)', async () => {
    const aoa = [
      ['订单号', '客户', '下单时间', '金额', '已付'],
      ['O1', '张三', { t: 'n', v: 45356.25, z: 'yyyy-mm-dd hh:mm' }, 10.5, true],
      ['O2', '', { t: 'n', v: 45357, z: 'm/d/yy' }, { t: 'e', v: 0x2a }, false],
      [],
      ['O3', 'Ünïcödé & <tags>', null, -0.125, null],
    ];
    for (const bookSST of [true, false]) {
      const wb = XLSX.utils.book_new(XLSX.utils.aoa_to_sheet(aoa), '订单');
      XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['x'], [1]]), 'Second');
      await expectSameBothWays(tmp.write(`sheetjs-${bookSST}.xlsx`, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', bookSST }) as Buffer));
    }
    const path = join(tmp.dir, 'exceljs.xlsx');
    const ejs = new ExcelJS.Workbook();
    const ws = ejs.addWorksheet('明细');
    ws.addRow(['编号', '名称', '日期', '数量', '公式', '链接']);
    ws.addRow([
      '001',
      { richText: [{ text: '红', font: { bold: true } }, { text: '色' }] },
      new Date(Date.UTC(2024, 2, 5)),
      3,
      { formula: 'D2*2', result: 6 },
      { text: 'site', hyperlink: 'https://example.com' },
    ]);
    ws.addRow(['002', '蓝色', new Date(Date.UTC(2024, 2, 6, 12)), 4, { error: '#DIV/0!' }, null]);
    ws.getCell('C2').numFmt = 'yyyy-mm-dd';
    ws.getCell('C3').numFmt = 'yyyy-mm-dd hh:mm:ss';
    ws.mergeCells('A5:B5');
    ws.getCell('A5').value = 'merged note';
    await ejs.xlsx.writeFile(path);
    await expectSameBothWays(path);
  });

  for (const variant of [{}, { prefix: 'x' }, { bom: true }, { prefix: 'x', bom: true, date1904: true }]) {
    it(`equals SheetJS on hand-written SpreadsheetML ${JSON.stringify(variant)}`, async () => {
      const path = tmp.write(
        `edge-${JSON.stringify(variant).replace(/\W/g, '')}.xlsx`,
        xlsxPackage({ sheets: { 边角: EDGE_SHEET }, sharedStrings: SST, styles: STYLES, ...variant }),
      );
      await expectSameBothWays(path);
    });
  }

  it('reads the corners to the values a person sees in Excel', async () => {
    const src = readSpreadsheet(tmp.write('edge-values.xlsx', xlsxPackage({ sheets: { 边角: EDGE_SHEET }, sharedStrings: SST, styles: STYLES, prefix: 'x', bom: true })));
    const [t] = await readAllTables(src);
    expect(t?.info.columns).toEqual(['客户', '金额', '日期', '备注', 'column_5', '标记']);
    expect(t?.info.sourceColumns).toEqual(['客户', ' 金额 ', '日期', '备注', '', '标记']);
    expect(t?.rows.map((r) => r.lineage.row)).toEqual([2, 3, 5, 6, 7, 9]);
    const byRow = new Map(t?.rows.map((r) => [r.lineage.row, r.values]));
    // Rich text runs joined, phonetic guide left out; entities, _x000D_ and CRLF as Excel shows them.
    expect(byRow.get(2)).toEqual(['东京', 12.5, '2024-03-05', 'A&B <co> 中文', null, 'TRUE']);
    expect(byRow.get(3)).toEqual(['富士 ', 25, '2024-03-06 18:00:00', 'line1\r\nline2', null, null]);
    expect(byRow.get(5)).toEqual(['xy', 26, '2024-03-07 12:00:00', null, null, 'FALSE']);
    expect(byRow.get(6)).toEqual(['no ref', 27, '12:00:00', '7', null, null]);
    expect(byRow.get(7)?.slice(0, 3)).toEqual(['row without r', -3, null]);
    expect(byRow.get(7)?.[3]).toMatch(/^1234567890123456\d\d$/);
    expect(byRow.get(9)).toEqual(['after a gap', null, null, null, null, 0.0015]);
    expect(src.warnings.items.find((w) => w.code === 'excel-error-value')?.message).toBe('F3 holds an Excel error (#N/A); read as empty');
    expect(src.warnings.count('fictional-date')).toBe(1);
    expect(src.warnings.count('precision-loss')).toBe(1);
    expect(src.warnings.items.find((w) => w.code === 'empty-rows-skipped')?.message).toBe('2 empty row(s) skipped in sheet "边角"');
    expect(src.details.get('sheets')).toEqual([{ name: '边角', hidden: false, rows: 9 }]);
  });

  it('reads a wide, sparse sheet and a large shared-string table', async () => {
    const cols = 400;
    const letters = (c: number): string => (c < 26 ? String.fromCharCode(65 + c) : letters(Math.floor(c / 26) - 1) + String.fromCharCode(65 + (c % 26)));
    const header = Array.from({ length: cols }, (_, c) => `<c r="${letters(c)}1" t="inlineStr"><is><t>h${c}</t></is></c>`).join('');
    const strings = Array.from({ length: 50_000 }, (_, i) => `<si><t>值${i}</t></si>`).join('');
    const rows = Array.from({ length: 300 }, (_, i) => {
      const r = i + 2;
      return `<row r="${r}"><c r="A${r}" t="s"><v>${(i * 97) % 50_000}</v></c><c r="${letters(cols - 1)}${r}"><v>${i}</v></c></row>`;
    }).join('');
    const path = tmp.write('wide.xlsx', xlsxPackage({ sheets: { wide: `<sheetData><row r="1">${header}</row>${rows}</sheetData>` }, sharedStrings: strings }));
    await expectSameBothWays(path);
    const [t] = await readAllTables(readSpreadsheet(path));
    expect(t?.info.columns.length).toBe(cols);
    expect(t?.rows[299]?.values[0]).toBe(`值${(299 * 97) % 50_000}`);
    expect(t?.rows[299]?.values[cols - 1]).toBe(299);
  });
});
