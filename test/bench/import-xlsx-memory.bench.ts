// Spreadsheet memory (issue 10 §8): a 500,000-row × 8-column workbook imported through the CLI
// into a new workspace must peak at ≤ 1 GB RSS (GNU time's maximum resident size of the whole
// import process, parse worker included). `npm run bench -- import-xlsx-memory`;
// BENCH_XLSX_MEMORY_ROWS sizes the sheet (1000000 shows memory does not grow with rows),
// BENCH_XLSX_MEMORY_FILE reuses a workbook already written there.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../support/temp';
import { cliImport } from './measure-process';
import { writeOrdersWorkbook } from './orders-workbook';

const ROWS = Number(process.env.BENCH_XLSX_MEMORY_ROWS ?? 500_000);
const LIMIT_MB = 1024;

export async function run(): Promise<Record<string, number | string>> {
  const t = tempDir('churn-bench-xlsx-memory-');
  try {
    const reuse = process.env.BENCH_XLSX_MEMORY_FILE;
    const xlsx = reuse ?? join(t.dir, 'orders.xlsx');
    if (!reuse || !existsSync(reuse)) await writeOrdersWorkbook(xlsx, ROWS);
    const m = await cliImport(xlsx, join(t.dir, 'memory.churn'));
    const imported = (JSON.parse(m.stdout) as { rowsImported?: unknown }).rowsImported;
    if (m.rssMb > LIMIT_MB) throw new Error(`xlsx import peaked at ${m.rssMb} MB RSS, over the ${LIMIT_MB} MB budget`);
    return {
      'xlsx rows × columns': `${ROWS} × 8`,
      'xlsx MB': Math.round(statSync(xlsx).size / 1024 ** 2),
      'rows imported (CLI)': typeof imported === 'number' ? imported : 'unknown',
      'xlsx import: s': m.seconds,
      [`xlsx import: peak RSS MB (limit ${LIMIT_MB})`]: m.rssMb,
    };
  } finally {
    t.cleanup();
  }
}
