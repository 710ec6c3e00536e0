// Excel's real row limit: a list of 1,048,700 rows fills its first sheet to row 1,048,576 (title,
// blank and header rows included) and continues on a second sheet with the rest. Slow-ish (tens
// of seconds): the sheets are checked in the file's own XML, the big one streamed, not loaded.
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { Unzip, UnzipInflate, strFromU8 } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import type { Cell } from '../../shared/dashboards/widget-data';
import type { ExportColumn, ExportDocument } from '../../shared/export/document';
import { writeWorkbook } from '../../electron/export/workbook/write-workbook';
import { tempDir } from '../support/temp';
import { fixtureDocument } from './workbook-fixture';

const EXCEL_ROWS = 1_048_576;
const ROWS = EXCEL_ROWS + 124;
const PAGE = 5000;
const columns: ExportColumn[] = [
  { key: 'n', label: '序号', format: 'count' },
  { key: 'p', label: '流失概率', format: 'probability' },
];

function document(): ExportDocument {
  const base = fixtureDocument();
  return {
    ...base,
    kpis: [],
    texts: [],
    sections: [
      {
        widgetId: 'all',
        title: '全部客户',
        kind: 'list',
        chart: null,
        rules: [{ column: 1, style: 'bar', thresholds: { direction: 'lowerIsBetter', amber: 0.3, red: 0.6 } }],
        notes: [],
        layout: null,
        table: {
          columns,
          rowCount: ROWS,
          truncated: false,
          async *pages() {
            for (let start = 0; start < ROWS; start += PAGE) {
              const page: Cell[][] = [];
              for (let n = start; n < Math.min(ROWS, start + PAGE); n++) page.push([n + 1, (n % 1000) / 1000]);
              yield await Promise.resolve(page);
            }
          },
        },
      },
    ],
  };
}

interface SheetScan {
  rows: number;
  lastRow: number;
  firstValue: string | null;
  lastValue: string | null;
  tail: string;
}

/** Rows of each sheet part, read as the zip streams through: no sheet is held whole. */
async function scanSheets(path: string): Promise<Map<string, SheetScan>> {
  const scans = new Map<string, SheetScan>();
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  const pending: Promise<void>[] = [];
  unzip.onfile = (file) => {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(file.name)) return;
    const scan: SheetScan = { rows: 0, lastRow: 0, firstValue: null, lastValue: null, tail: '' };
    scans.set(file.name, scan);
    pending.push(
      new Promise((resolve, reject) => {
        let carry = '';
        file.ondata = (error, chunk, final) => {
          if (error) return reject(error);
          const text = carry + strFromU8(chunk);
          // Keep an unfinished row for the next chunk.
          const cut = text.lastIndexOf('</row>');
          const done = cut < 0 ? '' : text.slice(0, cut + 6);
          carry = cut < 0 ? text : text.slice(cut + 6);
          for (const m of done.matchAll(/<row r="(\d+)"[^>]*>(.*?)<\/row>/g)) {
            scan.rows += 1;
            scan.lastRow = Number(m[1]);
            const first = /<c r="A\d+"[^>]*><v>([^<]*)<\/v>/.exec(m[2]!)?.[1] ?? null;
            if (first !== null) {
              scan.firstValue ??= first;
              scan.lastValue = first;
            }
          }
          if (final) {
            scan.tail = carry;
            resolve();
          }
        };
        file.start();
      }),
    );
  };
  for await (const chunk of createReadStream(path)) unzip.push(chunk as Uint8Array);
  unzip.push(new Uint8Array(0), true);
  await Promise.all(pending);
  return scans;
}

const t = tempDir('churn-workbook-limit-');
afterAll(() => t.cleanup());

describe("Excel's row limit", () => {
  it('fills the first sheet to row 1,048,576 and continues on the next', async () => {
    const path = join(t.dir, 'all.xlsx');
    const result = await writeWorkbook(document(), { path, signal: new AbortController().signal, onProgress: () => undefined });
    // Title, blank, header: 1,048,573 data rows on the first sheet.
    const first = EXCEL_ROWS - 3;
    expect(result.sheets.map((s) => [s.name, s.rows])).toEqual([
      ['封面', expect.any(Number)],
      ['全部客户', first],
      ['全部客户（续2）', ROWS - first],
    ]);
    const scans = await scanSheets(path);
    const big = scans.get('xl/worksheets/sheet2.xml')!;
    expect(big.lastRow).toBe(EXCEL_ROWS);
    expect(big.rows).toBe(EXCEL_ROWS - 1); // row 2 is the blank row, not written
    expect(big.lastValue).toBe(String(first));
    expect(big.tail).toContain(`<autoFilter ref="A3:B${EXCEL_ROWS}"/>`);
    expect(big.tail).toContain(`sqref="B4:B${EXCEL_ROWS}"`);
    const rest = scans.get('xl/worksheets/sheet3.xml')!;
    expect(rest.lastRow).toBe(3 + ROWS - first);
    expect(rest.lastValue).toBe(String(ROWS));
    expect(rest.tail).toContain(`<autoFilter ref="A3:B${3 + ROWS - first}"/>`);
  }, 180_000);
});
