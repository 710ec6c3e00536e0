// Where an import's time goes, on the generated orders CSV (BENCH_ROWS, default 2,000,000):
// the parse worker's work alone (reading, then reading plus type conversion, in this thread),
// and the import itself in this process, split by its progress phases — rows streaming (and how
// long the writer sat waiting for the parser), index rebuild with the referenced customers,
// commit — once into the raw table only (`--mapping raw`) and once into raw table and orders.
// `npm run bench -- import-phases`. Single runs: read it next to import-csv's medians.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { planTable } from '../../electron/import/plan';
import type { ImportProgress } from '../../electron/import/progress';
import { openSource } from '../../electron/import/readers';
import { RowMapper } from '../../electron/import/row-mapper';
import { runImport } from '../../electron/import/run-import';
import { openWorkspace } from '../../electron/store/workspace';
import { tempDir } from '../support/temp';
import { writeOrdersCsv } from '../unit/import/import-support';

const ROWS = Number(process.env.BENCH_ROWS ?? 2_000_000);

function seconds(ms: number): number {
  return Math.round(ms / 10) / 100;
}

/** The parse worker's loop without the worker: read every row, and convert it when asked. */
async function parseOnly(csv: string, convert: boolean): Promise<number> {
  const t0 = performance.now();
  const src = openSource(csv, {});
  for await (const table of src.tables()) {
    const plan = planTable({ file: src.file, name: table.name, columns: table.columns, samples: [] }, { mapping: 'auto', saved: [], settings: {} });
    const mapper = convert && plan.target !== 'raw' ? new RowMapper(plan, table.columns, {}, new Map()) : null;
    for await (const batch of table.rows()) mapper?.map(batch);
  }
  return seconds(performance.now() - t0);
}

async function phasedImport(csv: string, workspace: string, mapping: 'raw' | 'auto'): Promise<Record<string, number>> {
  for (const suffix of ['', '-wal', '-shm']) rmSync(workspace + suffix, { force: true });
  (await openWorkspace(workspace, { create: true })).close();
  const at: Partial<Record<ImportProgress['phase'], number>> = {};
  const elu0 = performance.eventLoopUtilization();
  let waiting = 0;
  const t0 = performance.now();
  await runImport(
    workspace,
    { files: [{ path: csv, options: {} }], mapping, mode: 'append', settings: { dayFirst: false, decimalComma: false } },
    {
      onProgress: (p) => {
        if (p.phase === 'reading' || at[p.phase] !== undefined) return;
        at[p.phase] = performance.now();
        if (p.phase === 'finishing') waiting = performance.eventLoopUtilization(elu0).idle;
      },
    },
  );
  const end = performance.now();
  const finishing = at.finishing ?? end;
  const committing = at.committing ?? end;
  return {
    total: seconds(end - t0),
    streaming: seconds(finishing - t0),
    waiting: seconds(waiting),
    indexing: seconds(committing - finishing),
    commit: seconds(end - committing),
  };
}

export async function run(): Promise<Record<string, number | string>> {
  const t = tempDir('churn-bench-phases-');
  try {
    const csv = join(t.dir, 'orders.csv');
    await writeOrdersCsv(csv, ROWS, Math.max(1, Math.floor(ROWS / 10)));
    const read = await parseOnly(csv, false);
    const converted = await parseOnly(csv, true);
    const raw = await phasedImport(csv, join(t.dir, 'raw.churn'), 'raw');
    const full = await phasedImport(csv, join(t.dir, 'full.churn'), 'auto');
    return {
      'csv rows': ROWS,
      'parser alone: read s': read,
      'parser alone: read + type conversion s': converted,
      'import, raw table only: total s': raw.total ?? NaN,
      'import, raw table only: rows streaming s (writer waiting on parser s)': `${raw.streaming} (${raw.waiting})`,
      'import, raw table only: commit s': raw.commit ?? NaN,
      'import, raw + orders: total s': full.total ?? NaN,
      'import, raw + orders: rows streaming s (writer waiting on parser s)': `${full.streaming} (${full.waiting})`,
      'import, raw + orders: index rebuild + customers s': full.indexing ?? NaN,
      'import, raw + orders: commit s': full.commit ?? NaN,
    };
  } finally {
    t.cleanup();
  }
}
