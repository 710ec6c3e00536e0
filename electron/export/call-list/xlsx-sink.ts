// The xlsx call list through ExcelJS's streaming writer: rows are committed as they are written
// and leave memory, strings are inline (no shared-string table growing with the list). One sheet:
// a styled, frozen header row with an auto-filter, column widths from the header and the first
// page (CJK counting double), number formats for scores, probabilities and money.
import type { WriteStream } from 'node:fs';
import ExcelJS from 'exceljs';
import type { CellValue } from '../../../shared/export/neutralise';
import type { Locale } from '../../../shared/i18n/locales';
import type { CallListColumn, ColumnKind } from './columns';
import { displayWidth } from '../../../shared/export/text-width';
import type { CallListSink } from './sink';
import { drained } from '../workbook/backpressure';

const NUMBER_FORMATS: Record<ColumnKind, string | undefined> = {
  text: '@',
  score: '0.0',
  percent: '0.0%',
  currency: '"¥"#,##0.00',
};
// Not 9: ExcelJS drops a column of width 9 as its default, and Excel's own default is narrower.
const MIN_WIDTH = 10;
const MAX_WIDTH = 48;

// An xlsx font names one typeface; the charset (134 = GB2312) and family (2 = sans serif) are
// the fallback hints Excel, WPS and LibreOffice use to pick a Chinese sans font when the named
// one is missing (Microsoft YaHei on Windows, PingFang / Noto Sans CJK elsewhere).
const FONTS: Record<Locale, Partial<ExcelJS.Font>> = {
  'zh-CN': { name: 'Microsoft YaHei', family: 2, charset: 134, size: 10 },
  en: { name: 'Calibri', family: 2, size: 11 },
};

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F2' } };
const THIN = { style: 'thin', color: { argb: 'FF8EA9C1' } } as const;
const HEADER_BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function width(column: CallListColumn, index: number, firstPage: readonly CellValue[][]): number {
  let widest = displayWidth(column.header) + 2;
  for (const line of firstPage) {
    const v = line[index];
    const shown = typeof v === 'number' ? (column.kind === 'currency' ? v.toFixed(2).length + 4 : 8) : v === null || v === undefined ? 0 : displayWidth(v);
    widest = Math.max(widest, shown + 1);
  }
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest));
}

export function xlsxSink(stream: WriteStream, options: { locale: Locale; sheetName: string }): CallListSink {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Churn Cockpit';
  let sheet: ExcelJS.Worksheet | null = null;
  let cellStyles: Partial<ExcelJS.Style>[] = [];
  const font = FONTS[options.locale];

  return {
    start(columns, firstPage) {
      sheet = workbook.addWorksheet(options.sheetName, {
        views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
      });
      // Written with the sheet's closing part, after the rows: set before the first commit all the same.
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
      // Widths only: a column style is deep-copied into every new cell, and ExcelJS then looks
      // each copy up as a new style (~10× the time of the whole export). Each cell gets its
      // column's one shared style object instead, which ExcelJS finds by identity.
      sheet.columns = columns.map((c, i) => ({ width: width(c, i, firstPage) }));
      cellStyles = columns.map((c) => ({ font, numFmt: NUMBER_FORMATS[c.kind] }));
      const header = sheet.addRow(columns.map((c) => c.header));
      header.height = 22;
      header.eachCell((cell) => {
        cell.font = { ...font, bold: true };
        cell.fill = HEADER_FILL;
        cell.border = HEADER_BORDER;
        cell.numFmt = '@';
        cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
      });
      header.commit();
      return Promise.resolve();
    },
    async write(lines) {
      if (!sheet) throw new Error('call list: write before start');
      for (const line of lines) {
        const row = sheet.addRow(line);
        // Empty cells too: a phone typed in later takes the column's font and text format.
        for (let i = 0; i < cellStyles.length; i++) row.getCell(i + 1).style = cellStyles[i]!;
        row.commit();
      }
      // The zip deflates asynchronously: wait for it, and for the file, to catch up instead of buffering the list.
      await drained(sheet, stream);
    },
    async finish() {
      sheet?.commit();
      await workbook.commit();
    },
    abort() {
      stream.destroy();
    },
  };
}
