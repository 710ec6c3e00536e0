// snapshot.refresh: everything as of day T from data dated ≤ T — features, lifecycle,
// RFM, health (with its stored breakdown and change), churn probability with reasons,
// P(alive) and CLV, value × risk — written as one snapshot, with the customer mart
// (electron/store/mart/) rebuilt from it in the same transaction.
import type { SnapshotSummary } from '../../../shared/contract/domains/scoring-schemas';
import { FEATURE_COUNT, computeFeatures, featureValue } from '../../../shared/scoring/features';
import { computeHealth, tierOf } from '../../../shared/scoring/health';
import { lifecycleColumns, STATE_CODE } from '../../../shared/scoring/lifecycle';
import type { ChurnModelState } from '../../../shared/scoring/churn-model';
import { scoreClv } from '../../../shared/scoring/clv-scoring';
import { valueRisk, valueTiers } from '../../../shared/scoring/value-risk';
import { dayOf, isoOfDay } from '../../../shared/scoring/days';
import { rfmScores, rfmSegment, rfmValueClasses } from '../../../shared/models/rfm';
import type { Db } from '../../store/database';
import { loadHistory } from '../../store/scoring/history-load';
import type { EventHistory } from '../../../shared/scoring/history';
import { customersDataDay, scoringDataDay } from '../../store/scoring/data-date';
import { getChurnDefinition, getHealthConfig, getScoringSettings } from '../../store/scoring/settings';
import { getModelRun, insertModelRun, latestModelRunId } from '../../store/scoring/model-runs';
import { previousHealth } from '../../store/scoring/snapshot-read';
import { commitSnapshot, writeSnapshot, type ScoreValues } from '../../store/scoring/snapshot-write';
import { recordSnapshotSegmentSizes } from '../../store/segments/record-sizes';
import { evaluateWarnings } from '../../store/warnings/evaluate';
import { measureCampaignOutcomes } from '../../store/campaigns/measure-outcomes';
import { CENTS, TEN_THOUSANDTHS, MICROS, groupsJson, indicatorsJson, roundTo, type ReasonTable } from '../../store/scoring/score-json';
import { scoreChurn } from './churn-scoring';
import { trainAndStore } from './train';
import type { Progress } from './progress';
import { AppError } from '../../../shared/contract/errors';
import { firstModelFailed, type SnapshotWarning } from '../../../shared/contract/domains/snapshot-warnings';
import { summarizeSnapshot } from './snapshot-summary';
import { prepareMart, writeMart } from '../../store/mart/refresh-mart';
import { absentSources, noDataIndicators, sourceCoverage } from '../../../shared/scoring/source-coverage';
import { basisComparer, previousBasis } from '../../store/scoring/health-basis';

export interface RefreshInput {
  asOf?: string;
  trainIfMissing: boolean;
}

const STEPS = 10;

export function runRefresh(db: Db, input: RefreshInput, progress: Progress): SnapshotSummary {
  const started = performance.now();
  const def = getChurnDefinition(db);
  const health = getHealthConfig(db);
  const settings = getScoringSettings(db);
  const warnings: SnapshotWarning[] = [];
  // A customer table alone (a churn flag, no orders or activities) still gets a snapshot, dated
  // like training's random split by the table itself: health, tiers and a flag-trained model.
  const eventsDay = scoringDataDay(db);
  const undated = Number.isNaN(eventsDay) && !input.asOf;
  const T = input.asOf ? dayOf(input.asOf) : undated ? customersDataDay(db) : eventsDay;
  if (Number.isNaN(T)) throw new AppError('INVALID_INPUT', 'the workspace has no customers, orders or activities: import data before refreshing', { reason: 'noData' });
  if (undated) warnings.push({ code: 'noEventHistory' });
  const asOf = isoOfDay(T);

  progress('loading', 1, STEPS);
  // Dropped after the churn model: at 1 M customers its event arrays are ~0.5 GB that the
  // write phase (with its large page cache) should not have to share memory with.
  let history: EventHistory | null = loadHistory(db, T, { flagAttribute: def.active.flagAttribute, undated, onTable: (t) => progress('loadingTable', 1, STEPS, { table: t }) });
  const customerIds = history.customers.ids;
  progress('features', 2, STEPS);
  const frame = computeFeatures(history, T, { undated });
  const n = frame.rows.length;
  if (n === 0) throw new AppError('INVALID_INPUT', `no customers are known on ${asOf}`, { reason: 'noCustomersOnDate', params: { date: asOf } });

  progress('churnState', 3, STEPS);
  // The lifecycle, decided once (shared/scoring/lifecycle.ts): churned customers get no tier,
  // probability or value × risk; prospects no P(alive) or CLV. The mart's spells and facts
  // follow the same rule, computed now while the events are loaded.
  const lifecycle = lifecycleColumns(history, def, frame.rows, T);
  const churned = Uint8Array.from(lifecycle.state, (s) => (s === STATE_CODE.churned ? 1 : 0));
  const churnDay = lifecycle.churnDay;
  const mart = prepareMart(db, history, def, T, frame.rows);

  progress('rfm', 4, STEPS);
  const recency = new Float64Array(n);
  const frequency = new Float64Array(n);
  const monetary = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const v = featureValue(frame, r, 'recency_days');
    recency[r] = Number.isFinite(v) ? v : 1e9;
    frequency[r] = featureValue(frame, r, 'orders_365d');
    monetary[r] = featureValue(frame, r, 'amount_365d');
  }
  const rfm = rfmScores(recency, frequency, monetary);
  const rfmClass = rfmValueClasses(recency, frequency, monetary);

  progress('health', 5, STEPS);
  // Sources without data (orders only: no tickets, surveys, signals) leave their indicators
  // out rather than scoring every customer 100 on them (shared/scoring/source-coverage.ts).
  const sources = sourceCoverage(history, frame.rows, T, settings.sources);
  const noData = noDataIndicators(health.config, absentSources(sources));
  const noDataIds = noData.map((x) => x.indicator);
  const hs = computeHealth(
    health.config,
    frame.values,
    n,
    FEATURE_COUNT,
    Uint8Array.from(churned, (c) => 1 - c),
    new Set(noDataIds),
  );
  // "Change since last snapshot" compares like with like: after a configuration change (or a
  // source appearing or vanishing) the difference is not the customer's, so it is left null.
  const before = previousBasis(db, asOf);
  const comparable = before !== null && basisComparer(db)(before, { version: health.version, noData: noDataIds });
  const previous = comparable ? previousHealth(db, asOf, customerIds) : null;

  progress('churnModel', 6, STEPS);
  // The newest model trained for the configured churn definition; logistic before tree.
  let runId = latestModelRunId(db, ['logistic'], def.kind) ?? latestModelRunId(db, ['tree'], def.kind);
  if (runId === null && input.trainIfMissing) {
    try {
      runId = trainAndStore(db, history, def, { model: 'logistic', features: 'all', horizonDays: 90, lambda: 1, maxDepth: 4, minLeaf: 50, seed: 20240601 }, () =>
        progress('trainingFirstModel', 6, STEPS),
      ).runId;
    } catch (error) {
      warnings.push(firstModelFailed(error));
    }
  }
  let probability: Float64Array | null = null;
  let reasons: ReasonTable | null = null;
  if (runId !== null) {
    try {
      ({ probability, reasons } = scoreChurn(getModelRun(db, runId).model as ChurnModelState, frame, history));
    } catch {
      // A stored model that cannot score today's data (e.g. a feature it needs is gone) costs
      // the snapshot its churn probabilities, not the whole refresh.
      warnings.push({ code: 'churnScoringFailed' });
    }
  } else if (!input.trainIfMissing) warnings.push({ code: 'noChurnModel' });
  // eslint-disable-next-line no-useless-assignment -- the point: the GC may take the event arrays now.
  history = null;

  progress('clv', 7, STEPS);
  const clv = scoreClv(frame, settings);
  warnings.push(...clv.warnings);
  for (let r = 0; r < n; r++) {
    if (lifecycle.state[r] !== STATE_CODE.prospect) continue;
    clv.pAlive[r] = clv.clv[r] = clv.expected90d[r] = NaN;
  }
  const alive = Uint8Array.from(churned, (c) => 1 - c);
  const hasClv = clv.gammaGamma !== null;
  const tiers = valueTiers(hasClv ? clv.clv : monetary, alive, settings);

  progress('writing', 8, STEPS);
  const G = hs.groups.length;
  const I = hs.indicators.length;
  // Churn dates repeat (a few hundred distinct days): format each once.
  const dates = new Map<number, string>();
  const dateText = (day: number): string | null => {
    if (!Number.isFinite(day)) return null;
    let iso = dates.get(day);
    if (iso === undefined) dates.set(day, (iso = isoOfDay(day)));
    return iso;
  };
  const scoreRow = (r: number): ScoreValues => {
    const id = customerIds[frame.rows[r]!]!;
    const score = roundTo(hs.score[r]!, CENTS);
    const tier = churned[r] ? null : tierOf(hs.score[r]!, health.config.tiers);
    const p = probability && !churned[r] ? probability[r]! : NaN;
    const highRisk = churned[r] ? null : probability ? p >= settings.risk.probability : tier === null ? null : tier === 'atRisk';
    const prev = previous ? previous[frame.rows[r]!]! : NaN;
    return [
      id,
      score,
      tier,
      roundTo(p, MICROS),
      roundTo(clv.pAlive[r]!, MICROS),
      roundTo(clv.clv[r]!, CENTS),
      churned[r] || !reasons ? '[]' : reasons.json(r),
      score !== null && !Number.isNaN(prev) ? roundTo(score - prev, CENTS) : null,
      groupsJson(hs.groupScore, hs.groupWeight, r * G, G),
      indicatorsJson(hs.indicatorScore, r * I, I),
      rfm.r[r]!,
      rfm.f[r]!,
      rfm.m[r]!,
      rfmSegment(rfm.r[r]!, rfm.f[r]!),
      rfmClass[r]!,
      tiers[r] ?? null,
      valueRisk(tiers[r] ?? null, highRisk),
      roundTo(clv.expected90d[r]!, TEN_THOUSANDTHS),
      churned[r]!,
      dateText(churnDay[r]!),
    ];
  };
  const summary = {
    churnDefinition: def,
    bgnbd: clv.bgnbd ? { ...clv.bgnbd, timeUnit: 'week' as const } : null,
    gammaGamma: clv.gammaGamma,
    warnings,
    healthGroups: hs.groups,
    healthIndicators: hs.indicators,
    sources,
    noDataIndicators: noData,
    // Whether health_change was computed: false when the previous snapshot's basis differs.
    healthChangeComparable: comparable,
  };
  const snapshotId = commitSnapshot(db, () => {
    const id = writeSnapshot(
      db,
      { asOf, config: { churnDefinition: def, settings, healthVersion: health.version }, healthVersion: health.version, modelRunId: runId, summary },
      n,
      (r) => customerIds[frame.rows[r]!]!,
      frame.values,
      scoreRow,
      (done) => progress('writing', 8 + done / n, STEPS),
    );
    if (clv.bgnbd) {
      const { r, alpha, a, b, logLik, customers } = clv.bgnbd;
      insertModelRun(db, clvRun('bgnbd', id, asOf, customers, { r, alpha, a, b, timeUnit: 'week', logLik, customers }));
    }
    if (clv.gammaGamma) {
      const { p, q, v, customers } = clv.gammaGamma;
      insertModelRun(db, clvRun('gammaGamma', id, asOf, customers, { p, q, v, customers }));
    }
    progress('mart', 9, STEPS);
    writeMart(db, mart, { snapshotId: id, asOf, rows: n, id: (r) => customerIds[frame.rows[r]!]!, lifecycle }, (f) => progress('mart', 9 + f, STEPS));
    // Saved segments re-evaluated on the new mart: their size trend gains this snapshot's point.
    recordSnapshotSegmentSizes(db, id, asOf);
    // The loop of PRODUCT.md §6: rules fire on the new scores, and campaigns' outcomes that
    // depend on churn (retention, win-back) are measured again.
    progress('evaluatingWarnings', 9.9, STEPS);
    evaluateWarnings(db, id, asOf);
    measureCampaignOutcomes(db);
    const durationMs = Math.round(performance.now() - started);
    db.prepare(`UPDATE snapshots SET summary = json_set(summary, '$.durationMs', ?) WHERE snapshot_id = ?`).run(durationMs, id);
    return id;
  });
  progress('done', STEPS, STEPS);
  return summarizeSnapshot(db, snapshotId);
}

function clvRun(kind: 'bgnbd' | 'gammaGamma', snapshotId: number, asOf: string, customers: number, params: Record<string, number | string>) {
  return {
    kind,
    snapshotId,
    label: null,
    trainAsOf: asOf,
    evalAsOf: null,
    horizonDays: null,
    evaluation: 'none' as const,
    seed: null,
    trainRows: customers,
    evalRows: 0,
    features: kind === 'bgnbd' ? ['x (repeat purchase days)', 't_x (weeks)', 'T (weeks)'] : ['x', 'm_x (mean spend per repeat purchase day)'],
    config: { timeUnit: 'week' },
    params,
    model: null,
    metrics: null,
    trainMetrics: null,
  };
}
