// Model runs: every training (logistic, tree) and every CLV fit (BG/NBD, Gamma-Gamma) is a
// row with its configuration, parameters and metrics, so results stay reproducible.
import type { ModelMetrics, ModelRunSummary } from '../../../shared/contract/domains/scoring-schemas';
import type { ModelKind } from '../../../shared/contract/domains/scoring';
import { AppError } from '../../../shared/contract/errors';
import type { Db } from '../database';

export interface ModelRunRecord extends ModelRunSummary {
  config: unknown;
  model: unknown;
  trainMetrics: ModelMetrics | null;
}

export type NewModelRun = Omit<ModelRunRecord, 'runId' | 'createdAt'> & { snapshotId?: number | null };

interface Row {
  run_id: number;
  kind: ModelKind;
  created_at: string;
  label: 'implicit' | 'active' | null;
  train_as_of: string | null;
  eval_as_of: string | null;
  horizon_days: number | null;
  evaluation: 'time' | 'random' | 'none';
  seed: number | null;
  train_rows: number;
  eval_rows: number;
  features: string;
  config: string;
  params: string;
  model: string | null;
  metrics: string | null;
  train_metrics: string | null;
}

const parse = <T>(text: string | null): T | null => (text === null ? null : (JSON.parse(text) as T));

function toSummary(r: Row): ModelRunSummary {
  return {
    runId: r.run_id,
    kind: r.kind,
    createdAt: r.created_at,
    label: r.label,
    trainAsOf: r.train_as_of,
    evalAsOf: r.eval_as_of,
    horizonDays: r.horizon_days,
    evaluation: r.evaluation,
    seed: r.seed,
    trainRows: r.train_rows,
    evalRows: r.eval_rows,
    features: parse<string[]>(r.features) ?? [],
    metrics: parse<ModelMetrics>(r.metrics),
    params: parse<Record<string, number | string | null>>(r.params) ?? {},
  };
}

export function insertModelRun(db: Db, run: NewModelRun): number {
  const info = db
    .prepare(
      `INSERT INTO model_runs (kind, created_at, snapshot_id, label, train_as_of, eval_as_of, horizon_days, evaluation, seed,
         train_rows, eval_rows, features, config, params, model, metrics, train_metrics)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      run.kind,
      new Date().toISOString(),
      run.snapshotId ?? null,
      run.label,
      run.trainAsOf,
      run.evalAsOf,
      run.horizonDays,
      run.evaluation,
      run.seed,
      run.trainRows,
      run.evalRows,
      JSON.stringify(run.features),
      JSON.stringify(run.config ?? null),
      JSON.stringify(run.params),
      run.model === undefined ? null : JSON.stringify(run.model),
      run.metrics ? JSON.stringify(run.metrics) : null,
      run.trainMetrics ? JSON.stringify(run.trainMetrics) : null,
    );
  return Number(info.lastInsertRowid);
}

const columns =
  'run_id, kind, created_at, label, train_as_of, eval_as_of, horizon_days, evaluation, seed, train_rows, eval_rows, features, config, params, NULL AS model, metrics, NULL AS train_metrics';

export function listModelRuns(db: Db, options: { latestPerKind?: boolean; kind?: ModelKind } = {}): ModelRunSummary[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (options.kind) {
    where.push('kind = ?');
    params.push(options.kind);
  }
  if (options.latestPerKind) where.push('run_id IN (SELECT max(run_id) FROM model_runs GROUP BY kind)');
  const sql = `SELECT ${columns} FROM model_runs ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY run_id DESC`;
  return (db.prepare(sql).all(...params) as Row[]).map(toSummary);
}

export function getModelRun(db: Db, runId: number): ModelRunRecord {
  const row = db.prepare('SELECT * FROM model_runs WHERE run_id = ?').get(runId) as Row | undefined;
  if (!row) throw new AppError('NOT_FOUND', `model run ${runId} does not exist`, { reason: 'modelRunNotFound', params: { runId } });
  return { ...toSummary(row), config: parse<unknown>(row.config), model: parse<unknown>(row.model), trainMetrics: parse<ModelMetrics>(row.train_metrics) };
}

/** The newest run of the given kinds (and label, when given). */
export function latestModelRunId(db: Db, kinds: readonly ModelKind[], label?: 'implicit' | 'active'): number | null {
  const id = db
    .prepare(`SELECT max(run_id) FROM model_runs WHERE kind IN (SELECT value FROM json_each(?)) AND (? IS NULL OR label = ?)`)
    .pluck()
    .get(JSON.stringify(kinds), label ?? null, label ?? null) as number | null;
  return id ?? null;
}
