// A 100,000-row list exported as a workbook (issue 13): the list sheet streamed through ExcelJS
// with its header, formats, frozen pane, filter and three conditional formats, written in a child
// process (export-list-child.ts) measured by GNU time so its peak RSS is the export's alone.
// Targets: ≤ 10 s and ≤ 300 MB peak RSS. Reference: the same cells written as CSV by a plain fs
// stream in the same run, so the ratio says what the workbook costs on this machine.
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../support/temp';
import { LIST_ROWS } from './export-list-rows';
import { timed } from './measure-process';
import { median } from './stats';

const RUNS = 3;

interface ChildResult {
  rows?: number;
  seconds?: number;
  cpuSeconds?: number;
}

export async function run(): Promise<Record<string, number | string>> {
  const out: Record<string, number | string> = {};
  const child = fileURLToPath(new URL('./export-list-child.ts', import.meta.url));
  const t = tempDir('churn-bench-export-list-');
  try {
    const measure = (format: 'xlsx' | 'csv') => {
      const seconds: number[] = [];
      const cpu: number[] = [];
      const rss: number[] = [];
      let bytes = 0;
      for (let i = 0; i < RUNS; i++) {
        const file = join(t.dir, `list-${i}.${format}`);
        const m = timed(process.execPath, ['--import', 'tsx', child, format, file]);
        const reported = JSON.parse(m.stdout.split('\n').find((l) => l.startsWith('{')) ?? '{}') as ChildResult;
        if (reported.rows !== LIST_ROWS) throw new Error(`${format}: wrote ${reported.rows} rows, expected ${LIST_ROWS}`);
        seconds.push(reported.seconds ?? NaN);
        cpu.push(reported.cpuSeconds ?? NaN);
        rss.push(m.rssMb);
        bytes = statSync(file).size;
        rmSync(file, { force: true });
      }
      return { seconds: median(seconds), cpu: median(cpu), rss: Math.max(...rss), mb: bytes / 1e6 };
    };
    const xlsx = measure('xlsx');
    const csv = measure('csv');
    out[`xlsx: ${LIST_ROWS} rows, export s, median of ${RUNS} (target ≤ 10)`] = Number(xlsx.seconds.toFixed(2));
    out['xlsx: export CPU s, all threads'] = Number(xlsx.cpu.toFixed(2));
    out['xlsx: peak RSS MB, worst run (target ≤ 300)'] = xlsx.rss;
    out['xlsx: file MB'] = Number(xlsx.mb.toFixed(1));
    out[`CSV reference: export s, median of ${RUNS}`] = Number(csv.seconds.toFixed(2));
    out['CSV reference: peak RSS MB'] = csv.rss;
    out['xlsx / CSV time ratio'] = Number((xlsx.seconds / csv.seconds).toFixed(1));
    return await Promise.resolve(out);
  } finally {
    t.cleanup();
  }
}
