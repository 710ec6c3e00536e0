// The real thing: the default cockpit and the monthly template of a demo workspace, built by the
// service's document builder, written as workbooks and read back by ExcelJS and SheetJS. Every
// cell of every section sheet equals the document's (numbers as numbers, days as dates, texts
// neutralised), sheet names are valid and unique, each section's rules are conditional formats,
// and each chart is in the file: native where the widget has one, a picture otherwise.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { createDemoWorkspace } from '../../electron/demo/generate';
import { writeWorkbook } from '../../electron/export/workbook/write-workbook';
import { buildDashboardDocument } from '../../electron/service/exports/build-document';
import { runRefresh } from '../../electron/service/scoring/refresh';
import { openWorkspace, type Workspace } from '../../electron/store/workspace';
import type { ExportedSheet } from '../../shared/contract/domains/exports';
import { DashboardFiltersSchema } from '../../shared/dashboards/dashboard';
import { templateSpec } from '../../shared/dashboards/templates';
import type { Cell } from '../../shared/dashboards/widget-data';
import type { ExportDocument, ExportSection } from '../../shared/export/document';
import { neutraliseText } from '../../shared/export/neutralise';
import type { Locale } from '../../shared/i18n/locales';
import { tempDir } from '../support/temp';

const t = tempDir('churn-workbook-cockpit-');
let ws: Workspace;

beforeAll(async () => {
  const path = join(t.dir, 'demo.churn');
  await createDemoWorkspace(path, { customers: 600 });
  ws = await openWorkspace(path);
  runRefresh(ws.db, { trainIfMissing: true }, () => undefined);
}, 180_000);
afterAll(() => {
  ws.close();
  t.cleanup();
});

async function rowsOf(section: ExportSection): Promise<Cell[][]> {
  const rows: Cell[][] = [];
  for await (const page of section.table.pages()) for (const row of page) rows.push([...row]);
  return rows;
}

/** What a reader should find in a cell written from a document cell. */
function expected(cell: Cell, format: string, grain: string | undefined): unknown {
  if (cell === null) return null;
  if (typeof cell === 'number') return cell;
  if (format === 'date' && grain !== 'month' && grain !== 'year' && /^\d{4}-\d{2}-\d{2}$/.test(cell)) return new Date(`${cell}T00:00:00Z`);
  return neutraliseText(cell);
}

function formats(sheet: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (Reflect.get(sheet, 'conditionalFormattings') as ExcelJS.ConditionalFormattingOptions[] | undefined) ?? [];
}

async function exported(template: 'cockpit' | 'monthly', language: Locale): Promise<{ doc: ExportDocument; sheets: ExportedSheet[]; path: string }> {
  const doc = buildDashboardDocument(
    ws.db,
    {
      name: template === 'cockpit' ? '流失驾驶舱' : 'Monthly',
      spec: templateSpec(template),
      filters: DashboardFiltersSchema.parse({}),
      language,
      fullLists: true,
      workspacePath: '/x/demo.churn',
    },
    new Date(2026, 11, 5, 9, 30),
  );
  const path = join(t.dir, `${template}-${language}.xlsx`);
  const { sheets } = await writeWorkbook(doc, { path, signal: new AbortController().signal, onProgress: () => undefined });
  return { doc, sheets, path };
}

describe.each([
  ['cockpit', 'zh-CN'],
  ['monthly', 'en'],
] as const)('the %s template (%s) as a workbook', (template, language) => {
  let doc: ExportDocument;
  let sheets: ExportedSheet[];
  let book: ExcelJS.Workbook;
  let sheetjs: XLSX.WorkBook;
  let files: Record<string, Uint8Array>;

  beforeAll(async () => {
    ({ doc, sheets } = await exported(template, language));
    const path = join(t.dir, `${template}-${language}.xlsx`);
    book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    sheetjs = XLSX.read(readFileSync(path));
    files = unzipSync(readFileSync(path));
  }, 120_000);

  it('has a cover and a valid, unique sheet per section', () => {
    expect(doc.sections.length).toBeGreaterThan(0);
    expect(sheets[0]?.kind).toBe('cover');
    expect(book.worksheets.map((s) => s.name)).toEqual(sheets.map((s) => s.name));
    expect(sheetjs.SheetNames).toEqual(sheets.map((s) => s.name));
    const lower = sheets.map((s) => s.name.toLowerCase());
    expect(new Set(lower).size).toBe(lower.length);
    for (const { name } of sheets) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]|^'|'$/);
    }
    expect(sheets.filter((s) => s.kind !== 'cover').map((s) => s.widgetId)).toEqual(doc.sections.map((s) => s.widgetId));
  });

  it('holds every cell of every section as the document has it', async () => {
    let cells = 0;
    for (const [i, section] of doc.sections.entries()) {
      const sheet = book.worksheets[i + 1]!;
      const headerRow = section.notes.length + 3;
      const rows = await rowsOf(section);
      expect(sheets[i + 1]!.rows).toBe(rows.length);
      if (section.table.columns.length === 0) continue;
      expect(section.table.columns.map((_, c) => sheet.getRow(headerRow).getCell(c + 1).value)).toEqual(section.table.columns.map((c) => neutraliseText(c.label)));
      rows.forEach((row, r) =>
        section.table.columns.forEach((column, c) => {
          const value = sheet.getRow(headerRow + 1 + r).getCell(c + 1).value;
          const want = expected(row[c] ?? null, column.format, column.grain);
          if (typeof want === 'number') expect(value, `${section.title} ${r}:${c}`).toBeCloseTo(want, 9);
          else expect(value, `${section.title} ${r}:${c}`).toEqual(want);
          cells += 1;
        }),
      );
      if (rows.length > 0) expect(sheetjs.Sheets[sheet.name]!['!autofilter']?.ref).toBe(sheet.autoFilter);
      const rules = section.rules.filter((rule) => rule.column < section.table.columns.length);
      if (rows.length > 0) expect(formats(sheet).length, section.title).toBe(rules.length);
    }
    expect(cells).toBeGreaterThan(0);
  });

  it('draws each chart natively where the widget has one, as a picture otherwise', () => {
    const chartParts = Object.keys(files).filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name));
    const natives = doc.sections.filter((s) => s.chart?.native && s.table.rowCount > 0);
    const pictures = doc.sections.filter((s) => s.chart && !(s.chart.native && s.table.rowCount > 0));
    // Each native chart on the cover and on its sheet.
    expect(chartParts.length).toBe(natives.length * 2);
    for (const section of natives) {
      const sheet = sheets.find((s) => s.widgetId === section.widgetId)!;
      expect(sheet.chart).toBe('native');
      const quoted = `&apos;${sheet.name.replace(/'/g, '&apos;&apos;')}&apos;!$`;
      expect(chartParts.filter((name) => strFromU8(files[name]!).includes(quoted)).length, section.title).toBe(2);
    }
    for (const section of pictures) expect(sheets.find((s) => s.widgetId === section.widgetId)!.chart).toBe('image');
    const media = Object.keys(files).filter((name) => name.startsWith('xl/media/'));
    expect(media.length).toBeGreaterThanOrEqual(pictures.length > 0 ? 1 : 0);
  });
});
