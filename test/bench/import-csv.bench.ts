// Import throughput against the sqlite3 shell's `.import` of the same CSV into the same orders
// table (same columns, keys and indexes), in the same run, medians of RUNS each, plus the
// peak RSS of each process (GNU time). BENCH_ROWS scales the 10,000,000-row default down;
// BENCH_XLSX_ROWS (default 1,000,000) sizes the workbook bench, BENCH_RUNS the repetitions.
// .ci/run does not run benchmarks: `npm run bench -- import-csv`.
import { spawnSync } from 'node:child_process';
import { rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { CLI } from '../support/cli';
import { tempDir } from '../support/temp';
import { writeOrdersCsv } from '../unit/import/import-support';
import { median } from './stats';

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000_000);
const XLSX_ROWS = Number(process.env.BENCH_XLSX_ROWS ?? 1_000_000);
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 3));

const SHELL_SCHEMA = `
CREATE TABLE orders (order_id TEXT PRIMARY KEY, customer_id TEXT NOT NULL, order_date TEXT NOT NULL, amount REAL, quantity REAL, product TEXT) STRICT;
CREATE INDEX orders_customer_date ON orders (customer_id, order_date);
CREATE INDEX orders_date ON orders (order_date);
`;

interface Measured {
  seconds: number;
  rssMb: number;
}

/** Wall time and peak RSS of a command, from GNU time's "%e %M". */
function timed(cmd: string, args: string[], input?: string): Measured {
  const r = spawnSync('/usr/bin/time', ['-f', '@@ %e %M', cmd, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 26 });
  const m = /@@ ([\d.]+) (\d+)/.exec(r.stderr);
  if (r.status !== 0 || !m) throw new Error(`${cmd} failed (${r.status}): ${r.stderr.slice(-500)}`);
  return { seconds: Number(m[1]), rssMb: Math.round(Number(m[2]) / 1024) };
}

function removeDb(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true });
}

function shellImport(csv: string, db: string): Measured {
  removeDb(db);
  return timed('sqlite3', [db], `${SHELL_SCHEMA}\n.mode csv\n.import --skip 1 ${csv} orders\n`);
}

function ourImport(file: string, ws: string): Measured {
  removeDb(ws);
  return timed(process.execPath, [CLI, 'import', ws, file, '--json']);
}

function writeXlsx(path: string, rows: number): void {
  const aoa: unknown[][] = [['order_id', 'customer_id', 'order_date', 'amount', 'quantity', 'product']];
  for (let i = 1; i <= rows; i++) aoa.push([`O${i}`, `C${1 + ((i * 7919) % Math.max(1, rows / 10))}`, `2024-${String(1 + (i % 12)).padStart(2, '0')}-01`, (i % 9973) / 10, 1 + (i % 5), `商品${i % 500}`]);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), 'orders');
  writeFileSync(path, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer);
}

export async function run(): Promise<Record<string, number | string>> {
  const t = tempDir('churn-bench-import-');
  try {
    const csv = join(t.dir, 'orders.csv');
    await writeOrdersCsv(csv, ROWS, Math.max(1, Math.floor(ROWS / 10)));
    const shell: Measured[] = [];
    const ours: Measured[] = [];
    for (let i = 0; i < RUNS; i++) {
      // Alternate, so load from other processes on the machine hits both alike.
      shell.push(shellImport(csv, join(t.dir, 'shell.db')));
      ours.push(ourImport(csv, join(t.dir, 'ours.churn')));
    }
    const shellS = median(shell.map((m) => m.seconds));
    const oursS = median(ours.map((m) => m.seconds));
    const out: Record<string, number | string> = {
      'csv rows': ROWS,
      'csv MB': Math.round(statSync(csv).size / 1024 ** 2),
      runs: RUNS,
      'sqlite3 shell .import: median s': shellS,
      'sqlite3 shell: peak RSS MB (max)': Math.max(...shell.map((m) => m.rssMb)),
      'churn-cockpit import: median s': oursS,
      'churn-cockpit import: peak RSS MB (max)': Math.max(...ours.map((m) => m.rssMb)),
      'throughput vs shell (target ≥ 70 %)': `${Math.round((shellS / oursS) * 100)} %`,
      'all runs shell s': shell.map((m) => m.seconds).join(' '),
      'all runs ours s': ours.map((m) => m.seconds).join(' '),
    };
    rmSync(csv, { force: true });
    if (XLSX_ROWS > 0) {
      const xlsx = join(t.dir, 'orders.xlsx');
      writeXlsx(xlsx, XLSX_ROWS);
      const runs: Measured[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(ourImport(xlsx, join(t.dir, 'xlsx.churn')));
      out['xlsx rows'] = XLSX_ROWS;
      out['xlsx MB'] = Math.round(statSync(xlsx).size / 1024 ** 2);
      out['xlsx import: median s (target ≤ 90)'] = median(runs.map((m) => m.seconds));
      out['xlsx import: peak RSS MB (max, target ≤ 3072)'] = Math.max(...runs.map((m) => m.rssMb));
    }
    return out;
  } finally {
    t.cleanup();
  }
}
