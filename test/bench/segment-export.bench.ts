// Call-list export at its issue's scale (issue 11): a 100,000-member list of a workspace with
// 120,000 scored customers (the refresh bench's generator, plus names and contact attributes,
// one trained model, one refresh), exported to xlsx and to CSV (UTF-8 and GB18030). Each export
// runs in a child process (segment-export-child.ts) measured by GNU time (measure-process.ts),
// so its peak RSS is the export's alone; the child also reports the export's own seconds (without Node's start-up).
// Targets: ≤ 10 s and ≤ 300 MB peak RSS. The workspace is built once and cached under
// BENCH_CACHE_DIR (default: the OS temp folder's churn-cockpit-bench-cache).
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openWorkspace } from '../../electron/store/workspace';
import { runRefresh } from '../../electron/service/scoring/refresh';
import { runTraining } from '../../electron/service/scoring/train';
import type { FilterNode } from '../../shared/query';
import { generate } from './refresh.bench';
import { removeDb, timed } from './measure-process';
import { tempDir } from '../support/temp';

const CUSTOMERS = 120_000;
const MEMBERS = 100_000;
const AS_OF = '2024-06-30';
const quiet = () => undefined;
const CACHE_DIR = process.env.BENCH_CACHE_DIR ?? join(tmpdir(), 'churn-cockpit-bench-cache');
const WORKSPACE = join(CACHE_DIR, `segment-export-${CUSTOMERS}.churn`);

/** customer ids C0000001 … C0099999 and C0100000: exactly the first 100,000 customers. */
const MEMBER_FILTER: FilterNode = {
  kind: 'group',
  op: 'or',
  children: [
    { kind: 'condition', field: 'customer_id', op: 'starts_with', value: 'C00' },
    { kind: 'condition', field: 'customer_id', op: '=', value: 'C0100000' },
  ],
};

async function buildWorkspace(): Promise<void> {
  mkdirSync(CACHE_DIR, { recursive: true });
  const building = `${WORKSPACE}.building`;
  removeDb(building);
  const ws = await openWorkspace(building, { create: true });
  generate(ws.db, CUSTOMERS);
  // Names and contact fields a call list shows; a tenth of the phones carry a +86 that must be neutralised.
  ws.db.exec(`UPDATE customers SET name = '客户' || substr(customer_id, 2),
    attributes = json_set(attributes, '$.手机', CASE WHEN rowid % 10 = 0 THEN '+86 ' ELSE '' END || '138' || printf('%08d', rowid),
                          '$.邮箱', lower(customer_id) || '@example.cn', '$.微信', 'wx_' || rowid)`);
  runTraining(ws.db, { model: 'logistic', features: 'all', horizonDays: 90, lambda: 1, maxDepth: 4, minLeaf: 50, seed: 1 }, quiet);
  runRefresh(ws.db, { trainIfMissing: false, asOf: AS_OF }, quiet);
  ws.db.pragma('wal_checkpoint(TRUNCATE)');
  ws.close();
  removeDb(WORKSPACE);
  renameSync(building, WORKSPACE);
}

export async function run(): Promise<Record<string, number | string>> {
  const out: Record<string, number | string> = {};
  if (!existsSync(WORKSPACE)) {
    const t0 = performance.now();
    await buildWorkspace();
    out['build cached workspace (s, once)'] = Number(((performance.now() - t0) / 1000).toFixed(1));
  }
  out.workspace = WORKSPACE;
  const t = tempDir('churn-bench-export-');
  try {
    const child = fileURLToPath(new URL('./segment-export-child.ts', import.meta.url));
    for (const [label, format, encoding] of [
      ['xlsx', 'xlsx', 'utf8'],
      ['CSV UTF-8', 'csv', 'utf8'],
      ['CSV GB18030', 'csv', 'gb18030'],
    ] as const) {
      const file = join(t.dir, `list-${format}-${encoding}.${format}`);
      const m = timed(process.execPath, ['--import', 'tsx', child, WORKSPACE, JSON.stringify(MEMBER_FILTER), AS_OF, format, encoding, file]);
      const reported = JSON.parse(m.stdout.split('\n').find((l) => l.startsWith('{')) ?? '{}') as { rows?: number; seconds?: number; cpuSeconds?: number };
      if (reported.rows !== MEMBERS) throw new Error(`${label}: exported ${reported.rows} rows, expected ${MEMBERS}`);
      out[`${label}: ${MEMBERS} rows, export s (target ≤ 10)`] = Number((reported.seconds ?? NaN).toFixed(2));
      out[`${label}: export CPU s, all threads`] = Number((reported.cpuSeconds ?? NaN).toFixed(2));
      out[`${label}: whole process s (with Node start-up)`] = m.seconds;
      out[`${label}: peak RSS MB (target ≤ 300)`] = m.rssMb;
      rmSync(file, { force: true });
    }
    return out;
  } finally {
    t.cleanup();
  }
}
