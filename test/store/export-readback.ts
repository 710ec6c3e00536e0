// Reading an exported workbook back with ExcelJS for the store tests: every sheet's cells, and a
// section's table found by its header row (the labels of its columns), so a test compares what a
// manager sees in Excel, not what our writer meant to write.
import ExcelJS from 'exceljs';

export type ReadCell = string | number | null;

function plain(value: ExcelJS.CellValue): ReadCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  if (typeof value === 'object' && 'result' in value) return plain(value.result);
  // A hyperlink or an error value: what the cell shows as JSON, never a silent '[object Object]'.
  return JSON.stringify(value);
}

export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

export function sheetRows(sheet: ExcelJS.Worksheet): ReadCell[][] {
  const rows: ReadCell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: ReadCell[] = [];
    for (let c = 1; c <= sheet.columnCount; c += 1) cells.push(plain(row.getCell(c).value));
    rows[n - 1] = cells;
  });
  return Array.from(rows, (r) => r ?? []);
}

/** The rows under the header row that reads `labels`, up to the first empty row. */
export function tableUnder(sheet: ExcelJS.Worksheet, labels: readonly string[]): ReadCell[][] {
  const rows = sheetRows(sheet);
  const header = rows.findIndex((r) => labels.every((l, i) => r[i] === l));
  if (header < 0) throw new Error(`${sheet.name}: no header ${labels.join(' | ')}`);
  const out: ReadCell[][] = [];
  for (const row of rows.slice(header + 1)) {
    const cells = row.slice(0, labels.length);
    if (cells.every((c) => c === null || c === '')) break;
    out.push(cells);
  }
  return out;
}

export function numbersOf(sheet: ExcelJS.Worksheet): number[] {
  return sheetRows(sheet)
    .flat()
    .filter((c): c is number => typeof c === 'number');
}
