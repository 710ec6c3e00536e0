// Reads one xlsx both ways — the streaming reader and SheetJS's whole-workbook read it replaced —
// into comparable snapshots: every table's header facts and every row's values and lineage,
// the warnings (an Excel error's message now names the error, #N/A, where SheetJS gave its
// internal code, so those compare without the parenthesis) and the per-sheet facts.
import { readAllTables, readSpreadsheet } from '../../../electron/import/readers';
import { readSpreadsheetWithSheetJs } from '../../../electron/import/readers/spreadsheet';
import type { SourceFile } from '../../../electron/import/readers/source';

export interface Snapshot {
  tables: Awaited<ReturnType<typeof readAllTables>>;
  warnings: { code: string; sheet?: string; row?: number; column?: string; message: string }[];
  counts: Record<string, number>;
  sheets: unknown;
  date1904: unknown;
}

async function snapshot(src: SourceFile): Promise<Snapshot> {
  const tables = await readAllTables(src);
  return {
    tables,
    warnings: src.warnings.items.map((w) => ({
      code: w.code,
      sheet: w.sheet,
      row: w.row,
      column: w.column,
      message: w.code === 'excel-error-value' ? w.message.replace(/ \([^)]*\); read as empty$/, '') : w.message,
    })),
    counts: Object.fromEntries(src.warnings.counts),
    sheets: src.details.get('sheets'),
    date1904: src.details.get('date1904'),
  };
}

export async function bothWays(path: string): Promise<{ streamed: Snapshot; sheetJs: Snapshot }> {
  return { streamed: await snapshot(readSpreadsheet(path)), sheetJs: await snapshot(readSpreadsheetWithSheetJs(path)) };
}

/** The first cell where two snapshots' rows differ, for a readable failure. */
export function firstDifference(a: Snapshot, b: Snapshot): string | null {
  for (let t = 0; t < Math.max(a.tables.length, b.tables.length); t++) {
    const x = a.tables[t];
    const y = b.tables[t];
    if (!x || !y) return `table ${t} only on one side`;
    if (JSON.stringify(x.info) !== JSON.stringify(y.info)) return `table ${t} info ${JSON.stringify(x.info)} vs ${JSON.stringify(y.info)}`;
    for (let r = 0; r < Math.max(x.rows.length, y.rows.length); r++) {
      const p = x.rows[r];
      const q = y.rows[r];
      if (JSON.stringify(p) !== JSON.stringify(q)) return `table ${x.info.name} row ${r}: ${JSON.stringify(p)} vs ${JSON.stringify(q)}`;
    }
  }
  return null;
}
