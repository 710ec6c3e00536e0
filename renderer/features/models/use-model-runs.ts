// The churn-model runs (logistic and tree) and the fitted value models, from model.list.
import { useMemo } from 'react';
import type { ModelRunSummary } from '../../../shared/contract/domains/scoring';
import { useOperation } from '../../api/use-operation';

export function isChurnModel(run: ModelRunSummary): boolean {
  return run.kind === 'logistic' || run.kind === 'tree';
}

export function useModelRuns() {
  const list = useOperation('model.list', {});
  const runs = list.data?.runs;
  const churnRuns = useMemo(() => (runs ?? []).filter(isChurnModel), [runs]);
  const valueRuns = useMemo(() => {
    const latest = (kind: ModelRunSummary['kind']) => (runs ?? []).find((r) => r.kind === kind) ?? null;
    return { bgnbd: latest('bgnbd'), gammaGamma: latest('gammaGamma') };
  }, [runs]);
  return { list, churnRuns, valueRuns };
}
