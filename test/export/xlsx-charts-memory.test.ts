// addDrawings on a workbook with a 1,000,000-row sheet, in a child process of its own: its peak
// RSS stays within 150 MB of where it started, whether the big sheet is copied as it is stored
// (a chart on another sheet) or streamed through the <drawing/> insertion (a chart on the big
// sheet itself). The workbook is zipped here with fflate (an ExcelJS-shaped sheet, data
// descriptors like ExcelJS's zip) because ExcelJS takes ~25 s to write a million rows;
// test/bench/xlsx-drawings.bench.ts does the same on ExcelJS's own output.
import { spawnSync } from 'node:child_process';
import { copyFileSync, createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { Inflate, Zip, ZipDeflate } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressedChunks, readZipDirectory } from '../../electron/export/xlsx-charts/zip-directory';
import { tempDir } from '../support/temp';

const ROWS = 1_000_000;
const LIMIT = 150 * 1024 * 1024;
const CHILD = fileURLToPath(new URL('./xlsx-charts-memory-child.ts', import.meta.url));
const SHEETS = ['汇总', '高风险客户'];

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const SHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

function row(r: number, cells: string): string {
  return `<row r="${r}" spans="1:4" x14ac:dyDescent="0.25">${cells}</row>`;
}

/** A workbook of two sheets, the second with ROWS rows (deflated at level 1), streamed to disk. */
async function writeBigWorkbook(path: string): Promise<void> {
  const out = createWriteStream(path);
  const zip = new Zip((error, data, final) => {
    if (error) throw error;
    out.write(data);
    if (final) out.end();
  });
  const add = (name: string, text: string): void => {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    file.push(new TextEncoder().encode(text), true);
  };
  add(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${SHEET_TYPE}"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="${SHEET_TYPE}"/></Types>`,
  );
  add('_rels/.rels', `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  const open = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>`;
  const close = '</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
  add('xl/worksheets/sheet1.xml', `${open}${row(1, '<c r="A1" t="inlineStr"><is><t>合计</t></is></c>')}${close}`);

  const big = new ZipDeflate('xl/worksheets/sheet2.xml', { level: 1 });
  zip.add(big);
  const encoder = new TextEncoder();
  let text = open;
  for (let r = 1; r <= ROWS + 1; r++) {
    const cells =
      r === 1
        ? '<c r="A1" t="inlineStr"><is><t>客户编号</t></is></c>'
        : `<c r="A${r}" t="inlineStr"><is><t>C${r}</t></is></c><c r="B${r}" t="inlineStr"><is><t>客户${r}号有限公司</t></is></c><c r="C${r}" t="inlineStr"><is><t>${r % 2 ? '上海' : '北京'}</t></is></c><c r="D${r}" s="1"><v>${(r % 1000) / 1000}</v></c>`;
    text += row(r, cells);
    if (text.length > 1 << 20) {
      big.push(encoder.encode(text));
      text = '';
      if (out.writableNeedDrain) await once(out, 'drain');
    }
  }
  big.push(encoder.encode(text + close), true);
  add(
    'xl/workbook.xml',
    `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>${SHEETS.map((name, i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
  );
  add(
    'xl/_rels/workbook.xml.rels',
    `<Relationships xmlns="${PKG_REL}">${SHEETS.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`,
  );
  zip.end();
  await finished(out);
}

function measure(path: string, sheet: number): { startRss: number; maxRss: number; ms: number } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CHILD, path, String(sheet), SHEETS[sheet - 1]!], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr.slice(-2000));
  return JSON.parse(r.stdout) as { startRss: number; maxRss: number; ms: number };
}

/** The last bytes of an entry's uncompressed content, inflated piece by piece. */
async function entryTail(path: string, name: string, length: number): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const entry = (await readZipDirectory(handle)).find((e) => e.name === name)!;
    let tail = new Uint8Array(0);
    const inflate = new Inflate((data) => {
      const joined = new Uint8Array(tail.length + data.length);
      joined.set(tail);
      joined.set(data, tail.length);
      tail = joined.slice(Math.max(0, joined.length - length));
    });
    for await (const chunk of compressedChunks(handle, entry)) inflate.push(chunk);
    inflate.push(new Uint8Array(0), true);
    return new TextDecoder().decode(tail);
  } finally {
    await handle.close();
  }
}

describe('addDrawings memory on a 1,000,000-row workbook', () => {
  const t = tempDir('xlsx-charts-memory-');
  const copied = join(t.dir, 'copied.xlsx');
  const streamed = join(t.dir, 'streamed.xlsx');

  beforeAll(async () => {
    await writeBigWorkbook(copied);
    copyFileSync(copied, streamed);
  }, 120_000);
  afterAll(() => t.cleanup());

  it('copies the big sheet as stored when the chart is on another sheet', async () => {
    const m = measure(copied, 1);
    process.stdout.write(`copied: ${m.ms} ms, RSS +${(m.maxRss - m.startRss) >> 20} MB\n`);
    expect(m.maxRss - m.startRss).toBeLessThan(LIMIT);
    expect(await entryTail(copied, 'xl/worksheets/sheet2.xml', 200)).toContain(`<c r="D${ROWS + 1}"`);
    expect(await entryTail(copied, 'xl/worksheets/sheet1.xml', 100)).toMatch(/<drawing r:id="rId1"\/><\/worksheet>$/);
  }, 60_000);

  it('streams the big sheet through when the chart is on it', async () => {
    const m = measure(streamed, 2);
    process.stdout.write(`streamed: ${m.ms} ms, RSS +${(m.maxRss - m.startRss) >> 20} MB\n`);
    expect(m.maxRss - m.startRss).toBeLessThan(LIMIT);
    const tail = await entryTail(streamed, 'xl/worksheets/sheet2.xml', 400);
    expect(tail).toContain(`<c r="D${ROWS + 1}"`);
    expect(tail).toMatch(/<pageMargins [^>]*\/><drawing r:id="rId1"\/><\/worksheet>$/);
  }, 90_000);
});
