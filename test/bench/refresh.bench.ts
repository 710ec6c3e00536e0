// Full refresh at laptop scale (issue 4): 1 M customers, 10 M orders, 5 M activities plus
// tickets, surveys and signals, generated with SQL (scale with BENCH_CUSTOMERS). Times the
// whole refresh — load, features, RFM, health, churn-model scoring with reasons, BG/NBD and
// Gamma-Gamma fit and scoring, writing the snapshot — with a model trained beforehand.
// Also: logistic training on 200,000 × 30 against an L-BFGS reference optimum.
import { join } from 'node:path';
import { openWorkspace } from '../../electron/store/workspace';
import { runRefresh } from '../../electron/service/scoring/refresh';
import { runTraining } from '../../electron/service/scoring/train';
import { fitLogistic, predictLogistic } from '../../shared/models/logistic';
import { rocAuc } from '../../shared/models/metrics';
import { mulberry32 } from '../../shared/scoring/rng';
import { tempDir } from '../support/temp';
import { median } from './stats';

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
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

function logisticBench(): Record<string, number | string> {
  const n = 200_000;
  const p = 30;
  const random = mulberry32(7);
  const X = new Float64Array(n * p);
  const y = new Uint8Array(n);
  const beta = Array.from({ length: p }, (_, j) => (j % 3 === 0 ? 0 : (j % 2 ? 0.4 : -0.3) / (1 + j / 10)));
  for (let i = 0; i < n; i++) {
    let eta = -1.5;
    for (let j = 0; j < p; j++) {
      // Correlated, differently scaled columns (as raw features are).
      const v = (random() - 0.5) * (1 + j) + (j > 0 ? 0.3 * X[i * p + j - 1]! : 0);
      X[i * p + j] = v;
      eta += (beta[j]! * v) / (1 + j);
    }
    y[i] = random() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
  }
  const times: number[] = [];
  let fit = fitLogistic(X, n, p, y, { lambda: 1 });
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    fit = fitLogistic(X, n, p, y, { lambda: 1 });
    times.push(performance.now() - t0);
  }
  // Reference optimum: the same objective minimised by L-BFGS (a different solver) to a tight gradient.
  const ref = fitLogistic(X, n, p, y, { lambda: 1, newtonMaxFeatures: 0, tol: 1e-8, maxIter: 20_000 });
  const auc = rocAuc(predictLogistic(fit, X, n), y);
  const refAuc = rocAuc(predictLogistic(ref, X, n), y);
  return {
    'logistic 200000 × 30: median s': Number((median(times) / 1000).toFixed(2)),
    'logistic: Newton iterations / converged': `${fit.iterations} / ${fit.converged}`,
    'logistic: AUC (Newton)': Number(auc.toFixed(6)),
    'logistic: AUC (L-BFGS reference)': Number(refAuc.toFixed(6)),
    'logistic: |ΔAUC|': Number(Math.abs(auc - refAuc).toExponential(2)),
    'logistic: max |Δβ| vs reference': Number(Math.max(...fit.coefStd.map((b, j) => Math.abs(b - ref.coefStd[j]!))).toExponential(2)),
  };
}

export async function run(): Promise<Record<string, number | string>> {
  const t = tempDir('churn-bench-');
  try {
    const out: Record<string, number | string> = { ...logisticBench() };
    const ws = await openWorkspace(join(t.dir, 'bench.churn'), { create: true });
    const t0 = performance.now();
    generate(ws.db, CUSTOMERS);
    out.customers = CUSTOMERS;
    out.orders = CUSTOMERS * 10;
    out.activities = CUSTOMERS * 5;
    out['generate (s)'] = Number(((performance.now() - t0) / 1000).toFixed(1));
    const t1 = performance.now();
    const trained = runTraining(ws.db, { model: 'logistic', features: 'all', horizonDays: 90, lambda: 1, maxDepth: 4, minLeaf: 50, seed: 1 }, quiet);
    out['train logistic once (s, not in refresh)'] = Number(((performance.now() - t1) / 1000).toFixed(1));
    out['trained model AUC'] = Number((trained.metrics?.auc ?? NaN).toFixed(4));
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 200);
    const times: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      const t2 = performance.now();
      // Synchronous work: the sampler cannot run during it, so sample at each progress step too.
      runRefresh(ws.db, { trainIfMissing: false }, () => (peak = Math.max(peak, process.memoryUsage().rss)));
      times.push(performance.now() - t2);
    }
    clearInterval(sampler);
    out['full refresh: median s'] = Number((median(times) / 1000).toFixed(1));
    out['full refresh: runs (s)'] = times.map((x) => (x / 1000).toFixed(1)).join(', ');
    out['peak RSS sampled at progress steps (GB)'] = Number((peak / 2 ** 30).toFixed(2));
    out['process maxRSS incl. generation (GB)'] = Number((process.resourceUsage().maxRSS / 2 ** 20).toFixed(2));
    ws.close();
    return out;
  } finally {
    t.cleanup();
  }
}
