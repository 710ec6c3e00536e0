// The child process of export-list.bench.ts, so that its peak RSS is the export's alone: the
// 100,000-row list written as a workbook (writeWorkbook: cover + the list sheet with its rules)
// or, as the reference, the same cells as CSV through a plain fs stream. Prints {rows, seconds, cpuSeconds}.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { ExportDocument } from '../../shared/export/document';
import { WORDS_ZH } from '../export/workbook-fixture';
import { LIST_COLUMNS, LIST_ROWS, rowPages } from './export-list-rows';

const [format, out] = process.argv.slice(2) as ['xlsx' | 'csv', string];

function document(): ExportDocument {
  return {
    kind: 'dashboard',
    locale: 'zh-CN',
    title: '高风险客户名单',
    subtitle: null,
    workspace: '基准',
    dataDate: '2024-06-30',
    generatedAt: '2024-07-01 09:30',
    filters: [],
    logo: null,
    kpis: [],
    texts: [],
    words: WORDS_ZH,
    sections: [
      {
        widgetId: 'risk',
        title: '高风险客户',
        kind: 'list',
        table: { columns: LIST_COLUMNS, rowCount: LIST_ROWS, truncated: false, pages: rowPages },
        chart: null,
        rules: [
          { column: 5, style: 'icon', thresholds: { direction: 'higherIsBetter', amber: 70, red: 40 } },
          { column: 6, style: 'color', thresholds: { direction: 'lowerIsBetter', amber: 0.3, red: 0.6 } },
          { column: 7, style: 'bar', thresholds: { direction: 'higherIsBetter', amber: 5000, red: 2000 } },
        ],
        notes: ['按流失概率从高到低'],
        layout: null,
      },
    ],
  };
}

function csvField(cell: string | number | null | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return String(cell);
  return /[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

async function writeCsv(path: string): Promise<number> {
  const stream = createWriteStream(path);
  let rows = 0;
  stream.write(`${LIST_COLUMNS.map((c) => csvField(c.label)).join(',')}\n`);
  for await (const page of rowPages()) {
    for (const row of page) if (!stream.write(`${row.map(csvField).join(',')}\n`)) await once(stream, 'drain');
    rows += page.length;
  }
  stream.end();
  await once(stream, 'close');
  return rows;
}

const t0 = performance.now();
const cpu0 = process.cpuUsage();
let rows: number;
if (format === 'csv') rows = await writeCsv(out);
else {
  const { writeWorkbook } = await import('../../electron/export/workbook/write-workbook');
  const written = await writeWorkbook(document(), { path: out, signal: new AbortController().signal, onProgress: () => undefined });
  rows = written.sheets.reduce((n, s) => n + (s.kind === 'list' ? s.rows : 0), 0);
}
const seconds = (performance.now() - t0) / 1000;
// CPU of every thread (zlib deflates on the pool): the figure a busy shared machine does not inflate.
const cpu = process.cpuUsage(cpu0);
process.stdout.write(`${JSON.stringify({ rows, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 })}\n`);
