// Long lists: rows continue on new sheets at the row limit (made small here; the real limit is
// workbook-row-limit.test.ts's), each with the header, formats, frozen pane, filter and rules,
// every row once and in order; a cancel or a write failure leaves no file behind.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { AppError } from '../../shared/contract/errors';
import type { ExportDocument, ExportSection } from '../../shared/export/document';
import { writeWorkbook } from '../../electron/export/workbook/write-workbook';
import { tempDir } from '../support/temp';
import { fixtureDocument, LIST_COLUMNS, listRows, pagedTable } from './workbook-fixture';

const ROWS = 2500;

function listDocument(rows: number, pageRows = 300): ExportDocument {
  const base = fixtureDocument();
  const list: ExportSection = {
    widgetId: 'risk',
    title: '高风险客户',
    kind: 'list',
    table: pagedTable(LIST_COLUMNS, listRows(rows), pageRows),
    chart: null,
    rules: [{ column: 3, style: 'color', thresholds: { direction: 'lowerIsBetter', amber: 0.3, red: 0.6 } }],
    notes: ['按流失概率从高到低'],
    layout: null,
  };
  return { ...base, kpis: [], texts: [], sections: [list] };
}

let t: ReturnType<typeof tempDir>;
beforeEach(() => {
  t = tempDir('churn-workbook-lists-');
});
afterEach(() => t.cleanup());

function formats(ws: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return Reflect.get(ws, 'conditionalFormattings') as ExcelJS.ConditionalFormattingOptions[];
}

describe('a list past the row limit', () => {
  it('continues on new sheets with the same header, formats, pane, filter and rules, every row once in order', async () => {
    const path = join(t.dir, 'list.xlsx');
    const result = await writeWorkbook(listDocument(ROWS), { path, signal: new AbortController().signal, onProgress: () => undefined, maxRowsPerSheet: 1000 });
    // Title, note, blank, header: 996 rows a sheet.
    const names = ['封面', '高风险客户', '高风险客户（续2）', '高风险客户（续3）'];
    expect(result.sheets.map((s) => [s.name, s.kind, s.rows])).toEqual([
      ['封面', 'cover', expect.any(Number)],
      ['高风险客户', 'list', 996],
      ['高风险客户（续2）', 'list', 996],
      ['高风险客户（续3）', 'list', 508],
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    expect(book.worksheets.map((s) => s.name)).toEqual(names);
    const sheetjs = XLSX.read(readFileSync(path));
    expect(sheetjs.SheetNames).toEqual(names);
    const expected = listRows(ROWS).map((r) => r[0]);
    const ids: unknown[] = [];
    for (const name of names.slice(1)) {
      const ws = book.getWorksheet(name)!;
      expect(ws.rowCount).toBeLessThanOrEqual(1000);
      expect(ws.getCell('A1').value).toBe(name);
      expect(LIST_COLUMNS.map((_, i) => ws.getRow(4).getCell(i + 1).value)).toEqual(LIST_COLUMNS.map((c) => c.label));
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
      const last = 4 + result.sheets.find((s) => s.name === name)!.rows;
      expect(ws.autoFilter).toBe(`A4:G${last}`);
      expect(sheetjs.Sheets[name]!['!autofilter']?.ref).toBe(`A4:G${last}`);
      expect(formats(ws).map((cf) => cf.ref)).toEqual([`D5:D${last}`]);
      expect(ws.getCell('D5').numFmt).toBe('0.0%');
      expect(ws.getCell('E5').numFmt).toBe('"¥"#,##0.00');
      for (let r = 5; r <= last; r++) ids.push(ws.getCell(`A${r}`).value);
      const sheetIds = XLSX.utils.sheet_to_json<unknown[]>(sheetjs.Sheets[name]!, { header: 1, range: 4 }).map((row) => row[0]);
      expect(sheetIds).toEqual(ids.slice(ids.length - (last - 4)));
    }
    expect(ids).toEqual(expected);
  });

  it('reports the rows written page by page with the sheet being written', async () => {
    const seen: [number, number, string | number | undefined][] = [];
    await writeWorkbook(listDocument(ROWS), {
      path: join(t.dir, 'p.xlsx'),
      signal: new AbortController().signal,
      onProgress: (phase, done, total, params) => {
        if (phase === 'writingSheet') seen.push([done, total, params?.sheet]);
      },
      maxRowsPerSheet: 1000,
    });
    expect(seen.map((s) => s[0])).toEqual([300, 600, 900, 1200, 1500, 1800, 2100, 2400, 2500]);
    expect(new Set(seen.map((s) => s[1]))).toEqual(new Set([ROWS]));
    expect(seen[0]![2]).toBe('高风险客户');
    expect(seen.at(-1)![2]).toBe('高风险客户（续3）');
  });

  it('stops on a cancel between pages and leaves no file', async () => {
    const controller = new AbortController();
    const path = join(t.dir, 'cancelled.xlsx');
    const run = writeWorkbook(listDocument(ROWS), {
      path,
      signal: controller.signal,
      onProgress: (phase, done) => {
        if (phase === 'writingSheet' && done >= 600) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(readdirSync(t.dir)).toEqual([]);
  });

  it('says exportWriteFailed with the file name when the file cannot be written, and leaves nothing', async () => {
    // A folder where the workbook should go: the final rename fails (EISDIR).
    const path = join(t.dir, '报告.xlsx');
    mkdirSync(path);
    const error = await writeWorkbook(listDocument(10), { path, signal: new AbortController().signal, onProgress: () => undefined }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ reason: 'exportWriteFailed', params: { file: '报告.xlsx' } });
    expect(readdirSync(t.dir)).toEqual(['报告.xlsx']);
  });

  it('says under a table that it holds fewer rows than matched', async () => {
    const doc = listDocument(20);
    const section = doc.sections[0]!;
    const truncated: ExportDocument = { ...doc, sections: [{ ...section, table: { ...section.table, truncated: true } }] };
    const path = join(t.dir, 'cut.xlsx');
    await writeWorkbook(truncated, { path, signal: new AbortController().signal, onProgress: () => undefined });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const ws = book.getWorksheet('高风险客户')!;
    // Title, note, blank, header, 20 rows, a blank, then the words.
    expect(ws.getCell('A26').value).toBe('显示前 20 行');
    expect(ws.autoFilter).toBe('A4:G24');
  });

  it('says exportWriteFailed when the disk fills midway, and leaves nothing', () => {
    // A file-size limit (ulimit -f, in 512- or 1024-byte blocks) stands in for a full disk: writes past it fail with EFBIG.
    const child = fileURLToPath(new URL('./workbook-disk-full-child.ts', import.meta.url));
    const path = join(t.dir, 'full.xlsx');
    const r = spawnSync('sh', ['-c', `ulimit -f 200; exec "${process.execPath}" --import tsx "${child}" "${path}"`], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    const outcome = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { code: string; reason: string | null; params: unknown; files: string[] };
    expect(outcome).toEqual({ code: 'INTERNAL', reason: 'exportWriteFailed', params: { file: 'full.xlsx' }, files: [] });
  });
});
