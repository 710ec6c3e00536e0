// health.suggestWeights: fit the health indicators to past churn. Features as of
// (data date − horizon), labels = churned within the horizon after it. Evidence per
// indicator: the AUC of its score alone (low score = churn) and its coefficient in an L2
// logistic regression on all indicator scores (per SD; negative = protective). Suggested
// weights are proportional to the protective coefficients (within each group for the
// indicators, summed per group for the groups), scaled to 100.
import { fitLogistic } from '../../../shared/models/logistic';
import { rocAuc } from '../../../shared/models/metrics';
import { isoOfDay } from '../../../shared/scoring/days';
import { computeFeatures, FEATURE_COUNT } from '../../../shared/scoring/features';
import { computeHealth } from '../../../shared/scoring/health';
import type { HealthConfig } from '../../../shared/scoring/health-config';
import { labelAt } from '../../../shared/scoring/labels';
import type { Db } from '../../store/database';
import { loadHistory } from '../../store/scoring/history-load';
import { scoringDataDay } from '../../store/scoring/data-date';
import { getChurnDefinition, getHealthConfig, getScoringSettings } from '../../store/scoring/settings';
import { absentSources, noDataIndicators, sourceCoverage } from '../../../shared/scoring/source-coverage';
import type { Progress } from './progress';
import { AppError } from '../../../shared/contract/errors';

export interface SuggestInput {
  config?: HealthConfig;
  horizonDays: number;
}

const finite = (v: number): number | null => (Number.isFinite(v) ? v : null);
/** Churned and retained customers each needed for indicator AUCs and a regression worth reading. */
const MIN_CLASS = 10;

export function runSuggestWeights(db: Db, input: SuggestInput, progress: Progress) {
  const config = input.config ?? getHealthConfig(db).config;
  const def = getChurnDefinition(db);
  const limit = scoringDataDay(db);
  if (Number.isNaN(limit)) throw new AppError('INVALID_INPUT', 'the workspace has no data to learn weights from', { reason: 'noData' });
  progress('loading', 0, 3);
  const history = loadHistory(db, limit, { flagAttribute: def.active.flagAttribute });
  const T = limit - input.horizonDays;
  progress('features', 1, 3);
  const frame = computeFeatures(history, T);
  const set = labelAt(history, def, def.kind, frame, input.horizonDays);
  const n = set.rows.length;
  let churned = 0;
  for (const y of set.labels) churned += y;
  if (churned < MIN_CLASS || n - churned < MIN_CLASS) {
    throw new AppError('INVALID_INPUT', `too little churn history to suggest weights (need ≥ ${MIN_CLASS} churned and retained customers)`, {
      reason: 'tooFewChurned',
      params: { min: MIN_CLASS },
    });
  }
  const values = new Float64Array(n * FEATURE_COUNT);
  set.rows.forEach((r, i) => values.set(frame.values.subarray(r * FEATURE_COUNT, (r + 1) * FEATURE_COUNT), i * FEATURE_COUNT));
  progress('fitting', 2, 3);
  // Indicators of sources without data on T are left out as the refresh leaves them out: their
  // constant "100" would otherwise enter the fit as evidence.
  const noData = new Set(noDataIndicators(config, absentSources(sourceCoverage(history, frame.rows, T, getScoringSettings(db).sources))).map((x) => x.indicator));
  const health = computeHealth(config, values, n, FEATURE_COUNT, undefined, noData);
  const I = config.indicators.length;
  const X = new Float64Array(n * I);
  const aucs: (number | null)[] = [];
  for (let k = 0; k < I; k++) {
    const present: number[] = [];
    for (let i = 0; i < n; i++) if (Number.isFinite(health.indicatorScore[i * I + k])) present.push(i);
    const risk = Float64Array.from(present, (i) => 100 - health.indicatorScore[i * I + k]!);
    aucs.push(
      finite(
        rocAuc(
          risk,
          Uint8Array.from(present, (i) => set.labels[i]!),
        ),
      ),
    );
    const mean = present.reduce((s, i) => s + health.indicatorScore[i * I + k]!, 0) / Math.max(1, present.length);
    for (let i = 0; i < n; i++) {
      const v = health.indicatorScore[i * I + k]!;
      X[i * I + k] = Number.isFinite(v) ? v : mean;
    }
  }
  const fit = fitLogistic(X, n, I, set.labels, { lambda: 1 });
  const strength = config.indicators.map((_, k) => Math.max(0, -(fit.coefStd[k] ?? 0)));
  const suggested = structuredClone(config);
  for (const g of config.groups) {
    const members = config.indicators.map((ind, k) => (ind.group === g.id ? k : -1)).filter((k) => k >= 0);
    const total = members.reduce((s, k) => s + strength[k]!, 0);
    for (const k of members) suggested.indicators[k]!.weight = round1(total > 0 ? (100 * strength[k]!) / total : 100 / members.length);
  }
  const groupStrength = config.groups.map((g) => config.indicators.reduce((s, ind, k) => s + (ind.group === g.id ? strength[k]! : 0), 0));
  const groupTotal = groupStrength.reduce((a, b) => a + b, 0);
  suggested.groups.forEach((g, j) => {
    g.weight = round1(groupTotal > 0 ? (100 * groupStrength[j]!) / groupTotal : g.weight);
  });
  const combinedAuc = (c: HealthConfig): number | null => {
    const s = computeHealth(c, values, n, FEATURE_COUNT, undefined, noData).score;
    return finite(
      rocAuc(
        Float64Array.from(s, (v) => (Number.isFinite(v) ? 100 - v : 50)),
        set.labels,
      ),
    );
  };
  const groupAuc = (j: number): number | null => {
    const G = health.groups.length;
    const risk = Float64Array.from({ length: n }, (_, i) => {
      const v = health.groupScore[i * G + j]!;
      return Number.isFinite(v) ? 100 - v : 50;
    });
    return finite(rocAuc(risk, set.labels));
  };
  progress('done', 3, 3);
  return {
    trainAsOf: isoOfDay(T),
    horizonDays: input.horizonDays,
    customers: n,
    churned,
    indicators: config.indicators.map((ind, k) => ({
      indicator: ind.id,
      group: ind.group,
      auc: aucs[k] ?? null,
      coefficient: finite(fit.coefStd[k] ?? NaN),
      currentWeight: ind.weight,
      suggestedWeight: suggested.indicators[k]!.weight,
    })),
    groups: config.groups.map((g, j) => ({ group: g.id, auc: groupAuc(j), currentWeight: g.weight, suggestedWeight: suggested.groups[j]!.weight })),
    currentAuc: combinedAuc(config),
    suggestedAuc: combinedAuc(suggested),
    config: suggested,
  };
}

function round1(v: number): number {
  return Math.round(v * 10) / 10;
}
