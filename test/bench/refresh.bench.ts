// Full refresh at laptop scale (issue 4): 1 M customers, 10 M orders, 5 M activities plus
// tickets, surveys and signals, generated with SQL (scale with BENCH_CUSTOMERS). Times the
// whole refresh — load, features, RFM, health, churn-model scoring with reasons, BG/NBD and
// Gamma-Gamma fit and scoring, writing the snapshot — with a model trained beforehand.
// Each run is its own process, so its peak RSS (getrusage, every thread) is the refresh's
// alone, not the generator's page cache; the child reports the time of every phase.
// BENCH_RUNS repetitions (default 3); each later run also reads the previous snapshot.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openWorkspace } from '../../electron/store/workspace';
import { runRefresh } from '../../electron/service/scoring/refresh';
import { runTraining } from '../../electron/service/scoring/train';
import type { JobPhase } from '../../shared/contract/job-phases';
import type { MessageParams } from '../../shared/contract/message-params';
import { tempDir } from '../support/temp';
import { median } from './stats';

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 1_000_000);
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const CHILD_FLAG = '--refresh-once';
const quiet = () => undefined;

export function generate(db: import('../../electron/store/database').Db, n: number): void {
  db.exec(`
    PRAGMA journal_mode = OFF;
    WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < ${n})
    INSERT INTO customers (customer_id, region, industry, segment, owner, signup_date, contract_end, status, cancel_date, attributes)
    SELECT printf('C%07d', i),
           CASE i % 5 WHEN 0 THEN '华东' WHEN 1 THEN '华北' WHEN 2 THEN '华南' WHEN 3 THEN '西南' ELSE '华中' END,
           CASE i % 4 WHEN 0 THEN '零售' WHEN 1 THEN '制造业' WHEN 2 THEN '互联网' ELSE '餐饮' END,
           CASE WHEN i % 10 = 0 THEN '大客户' ELSE '普通会员' END, printf('经理%02d', i % 20),
           date('2023-01-01', '+' || (i % 600) || ' days'),
           CASE WHEN i % 3 = 0 THEN date('2025-06-30', '+' || (i % 400) || ' days') END,
           CASE WHEN i % 17 = 0 THEN 'cancelled' ELSE 'active' END,
           CASE WHEN i % 17 = 0 THEN date('2024-09-01', '+' || (i % 300) || ' days') END,
           json_object('customer_type', CASE i % 2 WHEN 0 THEN '企业' ELSE '个人' END, 'employees', i % 500)
    FROM s;
    -- Order k (= i / n) of customer c (= i % n): a third of the customers buy ten times within
    -- a few weeks and stop (BG/NBD dropout); the rest keep buying every 20–80 days.
    WITH RECURSIVE s(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM s WHERE i < ${n * 10 - 1})
    INSERT INTO orders (order_id, customer_id, order_date, amount, discount, status)
    SELECT printf('O%09d', i), printf('C%07d', 1 + (i % ${n})),
           date('2023-01-01', '+' || ((i % ${n}) % 300 + (i / ${n}) * (CASE WHEN (i % ${n}) % 3 = 0 THEN 4 + (i % ${n}) % 5 ELSE 20 + ((i % ${n}) % 7) * 10 END)) || ' days'),
           20 + ((i * 7919) % 1000) / 3.0, ((i % 5) * 0.02), CASE WHEN i % 41 = 0 THEN 'refunded' ELSE 'completed' END
    FROM s;
    WITH RECURSIVE s(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM s WHERE i < ${n * 5 - 1})
    INSERT INTO activities (customer_id, activity_date, kind, count)
    SELECT printf('C%07d', 1 + (i % ${n})), date('2024-01-01', '+' || ((i * 48271) % 640) || ' days'),
           CASE i % 4 WHEN 0 THEN 'login' WHEN 1 THEN 'page_view' WHEN 2 THEN 'app_open' ELSE 'email_open' END, 1 + i % 5
    FROM s;
    WITH RECURSIVE s(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM s WHERE i < ${Math.round(n * 0.5) - 1})
    INSERT INTO tickets (ticket_id, customer_id, opened_at, first_response_at, resolved_at, kind, severity, satisfaction)
    SELECT printf('T%08d', i), printf('C%07d', 1 + ((i * 7) % ${n})), date('2024-01-01', '+' || ((i * 31) % 640) || ' days') || ' 09:00:00',
           datetime(date('2024-01-01', '+' || ((i * 31) % 640) || ' days'), '+' || (1 + i % 40) || ' hours', '+9 hours'),
           datetime(date('2024-01-01', '+' || ((i * 31) % 640) || ' days'), '+2 days'),
           CASE i % 3 WHEN 0 THEN 'complaint' ELSE 'inquiry' END, CASE i % 4 WHEN 0 THEN 'high' ELSE 'low' END, 1 + i % 5
    FROM s;
    WITH RECURSIVE s(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM s WHERE i < ${Math.round(n * 0.3) - 1})
    INSERT INTO surveys (customer_id, survey_date, kind, score)
    SELECT printf('C%07d', 1 + ((i * 13) % ${n})), date('2024-01-01', '+' || ((i * 17) % 640) || ' days'),
           CASE i % 2 WHEN 0 THEN 'nps' ELSE 'csat' END, CASE i % 2 WHEN 0 THEN i % 11 ELSE 1 + i % 5 END
    FROM s;
    WITH RECURSIVE s(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM s WHERE i < ${Math.round(n * 0.1) - 1})
    INSERT INTO market_signals (customer_id, signal_date, competitor, kind)
    SELECT printf('C%07d', 1 + ((i * 11) % ${n})), date('2024-01-01', '+' || ((i * 23) % 640) || ' days'), '竞品A',
           CASE i % 2 WHEN 0 THEN 'price_comparison' ELSE 'quote_request' END
    FROM s;
    PRAGMA journal_mode = WAL;`);
}

interface RunResult {
  seconds: number;
  /** The WAL checkpoint the job runs after posting its result (service/jobs/tasks.ts), not in `seconds`. */
  checkpointSeconds: number;
  rssMb: number;
  phases: Record<string, number>;
}

/** Step names of the refresh's progress reports: each table loaded on its own, a first model's training with the churn model. */
const stepOf = (phase: JobPhase, params?: MessageParams): string =>
  phase === 'loadingTable' ? `loading ${String(params?.table)}` : phase === 'trainingFirstModel' ? 'churnModel' : phase;

/** In the child: one refresh of the workspace, timed phase by phase. */
async function refreshOnce(path: string): Promise<RunResult> {
  const ws = await openWorkspace(path);
  const phases: Record<string, number> = {};
  let current = 'start';
  const t0 = performance.now();
  let mark = t0;
  const close = (next: string) => {
    const now = performance.now();
    phases[current] = (phases[current] ?? 0) + (now - mark) / 1000;
    current = next;
    mark = now;
  };
  runRefresh(ws.db, { trainIfMissing: false }, (phase, _done, _total, params) => {
    const step = stepOf(phase, params);
    if (step !== current) close(step);
  });
  close('end');
  const seconds = (performance.now() - t0) / 1000;
  // 'done' ends the write; what follows is reading the snapshot's summary back.
  phases.summary = phases.done ?? 0;
  delete phases.done;
  // As the job's worker does once the result is posted.
  const t1 = performance.now();
  ws.db.pragma('wal_checkpoint(PASSIVE)');
  const checkpointSeconds = (performance.now() - t1) / 1000;
  ws.close();
  return { seconds, checkpointSeconds, rssMb: Math.round(process.resourceUsage().maxRSS / 1024), phases };
}

function spawnRefresh(path: string): RunResult {
  const me = fileURLToPath(import.meta.url);
  const r = spawnSync(process.execPath, ['--import', 'tsx', me, CHILD_FLAG, path], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const line = r.stdout.split('\n').find((l) => l.startsWith('{'));
  if (r.status !== 0 || !line) throw new Error(`refresh run failed (${r.status}): ${r.stderr.slice(-2000)}`);
  return JSON.parse(line) as RunResult;
}

const s1 = (v: number) => Number(v.toFixed(1));

export async function run(): Promise<Record<string, number | string>> {
  const t = tempDir('churn-bench-');
  try {
    const path = join(t.dir, 'bench.churn');
    const out: Record<string, number | string> = {};
    const ws = await openWorkspace(path, { create: true });
    const t0 = performance.now();
    generate(ws.db, CUSTOMERS);
    out.customers = CUSTOMERS;
    out.orders = CUSTOMERS * 10;
    out.activities = CUSTOMERS * 5;
    out['generate (s)'] = s1((performance.now() - t0) / 1000);
    const t1 = performance.now();
    const trained = runTraining(ws.db, { model: 'logistic', features: 'all', horizonDays: 90, lambda: 1, maxDepth: 4, minLeaf: 50, seed: 1 }, quiet);
    out['train logistic once (s, not in refresh)'] = s1((performance.now() - t1) / 1000);
    out['trained model AUC'] = Number((trained.metrics?.auc ?? NaN).toFixed(4));
    ws.close();
    const runs: RunResult[] = [];
    for (let r = 0; r < RUNS; r++) {
      runs.push(spawnRefresh(path));
      process.stderr.write(`refresh run ${r + 1}/${RUNS}: ${runs[r]!.seconds.toFixed(1)} s, ${runs[r]!.rssMb} MB\n`);
    }
    out['full refresh incl. mart and facts: median s (target ≤ 60)'] = s1(median(runs.map((x) => x.seconds)));
    out['full refresh: runs (s)'] = runs.map((x) => x.seconds.toFixed(1)).join(', ');
    out['WAL checkpoint after the result (not in the refresh): median s'] = s1(median(runs.map((x) => x.checkpointSeconds)));
    out['full refresh: peak RSS MB (max over runs, target ≤ 3072)'] = Math.max(...runs.map((x) => x.rssMb));
    const names = [...new Set(runs.flatMap((x) => Object.keys(x.phases)))];
    for (const name of names) out[`  phase ${name}: median s`] = s1(median(runs.map((x) => x.phases[name] ?? 0)));
    return out;
  } finally {
    t.cleanup();
  }
}

if (process.argv[2] === CHILD_FLAG && process.argv[3]) {
  const result = await refreshOnce(process.argv[3]);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
