// model.get: a run with its coefficients by design column (logistic) or readable rules (tree).
import type { ModelRunDetail } from '../../../shared/contract/domains/scoring-schemas';
import { treeRules } from '../../../shared/models/tree';
import type { ChurnModelState } from '../../../shared/scoring/churn-model';
import { designColumns } from '../../../shared/scoring/design';
import type { Db } from '../../store/database';
import { getModelRun } from '../../store/scoring/model-runs';

export function modelDetail(db: Db, runId: number): ModelRunDetail {
  const run = getModelRun(db, runId);
  const { model, ...summary } = run;
  const state = model as ChurnModelState | null;
  const detail: ModelRunDetail = { ...summary, coefficients: [], rules: [] };
  if (state?.kind === 'logistic') {
    detail.coefficients = designColumns(state.spec)
      .map((c, j) => ({
        feature: c.name,
        reasonType: c.reason ?? 'engagement',
        coefStd: state.coefStd[j] ?? 0,
        coef: state.coef[j] ?? 0,
      }))
      .sort((a, b) => Math.abs(b.coefStd) - Math.abs(a.coefStd));
  } else if (state?.kind === 'tree') {
    detail.rules = treeRules(state.tree).map((r) => ({ leaf: r.leaf, text: r.text, n: r.n, positives: r.positives, p: r.p }));
  }
  return detail;
}
