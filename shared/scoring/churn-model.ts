// Churn-risk models on the design matrix: L2 logistic regression (Newton on standardised
// features, lib shared/models/logistic) and a depth-limited CART tree. A trained model is
// plain JSON (spec + parameters) so a later refresh scores with exactly what was evaluated.
import { fitLogistic, predictLogistic, type LogisticModel } from '../models/logistic';
import { fitTree, predictTree, treeLeaves, type ClassificationTree } from '../models/tree';
import { designColumns, type DesignSpec } from './design';
import type { ReasonType } from './reason-types';

export interface LogisticState {
  kind: 'logistic';
  spec: DesignSpec;
  lambda: number;
  intercept: number;
  coef: number[];
  coefStd: number[];
  means: number[];
  sds: number[];
}
export interface TreeState {
  kind: 'tree';
  spec: DesignSpec;
  tree: ClassificationTree;
}
export type ChurnModelState = LogisticState | TreeState;

export function trainLogistic(spec: DesignSpec, X: Float64Array, n: number, p: number, y: Uint8Array, lambda: number): { state: LogisticState; fit: LogisticModel } {
  // Newton (exact optimum) up to a few hundred one-hot columns; L-BFGS beyond.
  const fit = fitLogistic(X, n, p, y, { lambda, newtonMaxFeatures: 400 });
  return {
    fit,
    state: {
      kind: 'logistic',
      spec,
      lambda,
      intercept: fit.intercept,
      coef: [...fit.coef],
      coefStd: [...fit.coefStd],
      means: [...fit.means],
      sds: [...fit.sds],
    },
  };
}

export function trainTree(spec: DesignSpec, X: Float64Array, n: number, p: number, y: Uint8Array, maxDepth: number, minLeaf: number): TreeState {
  const names = designColumns(spec).map((c) => c.name);
  return { kind: 'tree', spec, tree: fitTree(X, n, p, y, names, { maxDepth, minSamplesLeaf: minLeaf }) };
}

function asLogistic(s: LogisticState): LogisticModel {
  return {
    nFeatures: s.coef.length,
    lambda: s.lambda,
    means: Float64Array.from(s.means),
    sds: Float64Array.from(s.sds),
    interceptStd: 0,
    coefStd: Float64Array.from(s.coefStd),
    intercept: s.intercept,
    coef: Float64Array.from(s.coef),
    logLik: NaN,
    deviance: NaN,
    gradNorm: NaN,
    iterations: 0,
    converged: true,
    solver: 'newton',
  };
}

export function predict(state: ChurnModelState, X: Float64Array, n: number): Float64Array {
  return state.kind === 'logistic' ? predictLogistic(asLogistic(state), X, n) : predictTree(state.tree, X, n);
}

export interface RowReason {
  source: string;
  reason: ReasonType;
  contribution: number;
}

/**
 * Top `k` factors pushing each row towards churn, by source feature. Logistic: the sum of
 * βⱼ zᵢⱼ over the source's columns (log-odds relative to the average customer). Tree: the
 * rise in churn probability at each split on the row's path, summed per feature. Profile
 * columns (region, attributes) carry no reason type and are left out.
 */
export function topReasons(state: ChurnModelState, X: Float64Array, n: number, k = 3): RowReason[][] {
  const cols = designColumns(state.spec);
  const p = cols.length;
  // Sources numbered once, so the per-row sums live in a typed array rather than a Map:
  // this runs for every customer of a snapshot (1 M rows).
  const sourceIds = new Map<string, number>();
  const sources: { source: string; reason: ReasonType | null }[] = [];
  const sourceOf = new Int32Array(p).fill(-1);
  cols.forEach((c, j) => {
    let s = sourceIds.get(c.source);
    if (s === undefined) {
      s = sources.length;
      sourceIds.set(c.source, s);
      // The first column of a source gives its reason type (as before: cols.find).
      sources.push({ source: c.source, reason: c.reason });
    }
    if (c.reason !== null) sourceOf[j] = s;
  });
  const sum = new Float64Array(sources.length);
  const touched = new Uint8Array(sources.length);
  const out: RowReason[][] = [];
  const topSource = new Int32Array(k);
  const topValue = new Float64Array(k);
  const add = (s: number, v: number): void => {
    sum[s] = sum[s]! + v;
    touched[s] = 1;
  };
  // The k largest positive totals, ties by source name: what a full sort then slice gave.
  const settle = (): RowReason[] => {
    let m = 0;
    for (let s = 0; s < sources.length; s++) {
      if (!touched[s]) continue;
      const v = sum[s]!;
      touched[s] = 0;
      sum[s] = 0;
      if (!(v > 1e-9) || sources[s]!.reason === null) continue;
      let at = m < k ? m++ : k;
      while (at > 0 && (v > topValue[at - 1]! || (v === topValue[at - 1]! && sources[s]!.source < sources[topSource[at - 1]!]!.source))) {
        if (at < k) {
          topSource[at] = topSource[at - 1]!;
          topValue[at] = topValue[at - 1]!;
        }
        at--;
      }
      if (at < k) {
        topSource[at] = s;
        topValue[at] = v;
      }
    }
    const list: RowReason[] = [];
    for (let i = 0; i < m; i++) {
      const src = sources[topSource[i]!]!;
      list.push({ source: src.source, reason: src.reason!, contribution: topValue[i]! });
    }
    return list;
  };
  if (state.kind === 'logistic') {
    // Row by row (the same βⱼ zᵢⱼ as logisticContributions) so 1 M rows need no n × p buffer.
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < p; j++) {
        const s = sourceOf[j]!;
        if (s < 0) continue;
        const z = (X[i * p + j]! - state.means[j]!) / state.sds[j]!;
        add(s, state.coefStd[j]! * z);
      }
      out.push(settle());
    }
    return out;
  }
  const { nodes } = state.tree;
  const leaves = treeLeaves(state.tree, X, n);
  const parent = new Int32Array(nodes.length).fill(-1);
  for (const nd of nodes) {
    if (nd.left !== undefined) parent[nd.left] = nd.id;
    if (nd.right !== undefined) parent[nd.right] = nd.id;
  }
  for (let i = 0; i < n; i++) {
    for (let id = leaves[i]!; parent[id]! >= 0; id = parent[id]!) {
      const up = nodes[parent[id]!]!;
      const s = sourceOf[up.feature!]!;
      if (s < 0) continue;
      add(s, nodes[id]!.p - up.p);
    }
    out.push(settle());
  }
  return out;
}
