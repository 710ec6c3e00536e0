/**
 * CART classification tree (Breiman, Friedman, Olshen & Stone 1984) with Gini impurity for a
 * binary label, grown depth-first to `maxDepth` with a minimum leaf size. Categorical
 * variables are expected one-hot encoded (0/1 columns), so every split is "x ≤ threshold".
 *
 * Split search is level-wise over global pre-sorted feature orders: for each feature one
 * pass over all rows in value order updates every open node's running left counts, so a
 * level costs O(n·p) instead of re-sorting per node (the SLIQ idea, Mehta et al. 1996).
 * Thresholds are the largest left value, so rules read "x ≤ 62" / "x > 62" on the data's
 * own values. Ties in gain keep the first candidate (lowest feature index, then lowest
 * threshold), so the tree is deterministic.
 */

export interface TreeOptions {
  maxDepth?: number;
  /** Minimum number of rows in each child. Default 20. */
  minSamplesLeaf?: number;
  /** Minimum decrease of weighted Gini (n·G) relative to the root's n to accept a split. Default 0. */
  minImpurityDecrease?: number;
}

export interface TreeNode {
  id: number;
  depth: number;
  n: number;
  positives: number;
  /** P(label = 1) in the node. */
  p: number;
  /** Split (absent on leaves): rows with x[feature] ≤ threshold go left. */
  feature?: number;
  threshold?: number;
  left?: number;
  right?: number;
}

export interface ClassificationTree {
  featureNames: string[];
  nodes: TreeNode[];
}

const gini = (n: number, pos: number): number => {
  if (n === 0) return 0;
  const q = pos / n;
  return 2 * q * (1 - q);
};

export function fitTree(X: Float64Array, n: number, p: number, y: ArrayLike<number>, featureNames: string[], opts: TreeOptions = {}): ClassificationTree {
  if (X.length !== n * p || y.length !== n || featureNames.length !== p) {
    throw new RangeError('tree: X must be n×p with p feature names and n labels');
  }
  for (let i = 0; i < X.length; i++) if (!Number.isFinite(X[i])) throw new RangeError('tree: X must be finite (impute first)');
  const maxDepth = opts.maxDepth ?? 4;
  const minLeaf = Math.max(1, opts.minSamplesLeaf ?? 20);
  const minDec = (opts.minImpurityDecrease ?? 0) * n;

  const order: Uint32Array[] = [];
  for (let j = 0; j < p; j++) {
    const o = new Uint32Array(n);
    for (let i = 0; i < n; i++) o[i] = i;
    o.sort((a, b) => X[a * p + j]! - X[b * p + j]! || a - b);
    order.push(o);
  }

  let rootPos = 0;
  for (let i = 0; i < n; i++) rootPos += y[i] === 1 ? 1 : 0;
  const nodes: TreeNode[] = [{ id: 0, depth: 0, n, positives: rootPos, p: n ? rootPos / n : NaN }];
  const nodeOf = new Int32Array(n); // open node of each row at the current level, −1 if closed
  let open = [0];

  for (let depth = 0; depth < maxDepth && open.length > 0; depth++) {
    // slot[k] indexes open nodes in compact arrays.
    const slot = new Map<number, number>();
    open.forEach((id, k) => slot.set(id, k));
    const m = open.length;
    const slotOf = new Int32Array(n).fill(-1);
    for (let i = 0; i < n; i++) {
      const id = nodeOf[i]!;
      if (id >= 0) slotOf[i] = slot.get(id) ?? -1;
    }
    const bestGain = new Float64Array(m).fill(-Infinity);
    const bestFeat = new Int32Array(m).fill(-1);
    const bestThr = new Float64Array(m);
    const nL = new Float64Array(m);
    const posL = new Float64Array(m);
    const lastV = new Float64Array(m);
    const totN = new Float64Array(m);
    const totP = new Float64Array(m);
    open.forEach((id, k) => {
      const nd = nodes[id]!;
      totN[k] = nd.n;
      totP[k] = nd.positives;
    });
    for (let j = 0; j < p; j++) {
      nL.fill(0);
      posL.fill(0);
      const o = order[j]!;
      for (let r = 0; r < n; r++) {
        const i = o[r]!;
        const k = slotOf[i]!;
        if (k < 0) continue;
        const v = X[i * p + j]!;
        const cnt = nL[k]!;
        // Candidate split between the previous row of this node and this one.
        if (cnt > 0 && v > lastV[k]! && cnt >= minLeaf && totN[k]! - cnt >= minLeaf) {
          const nR = totN[k]! - cnt;
          const pR = totP[k]! - posL[k]!;
          const gain = totN[k]! * gini(totN[k]!, totP[k]!) - cnt * gini(cnt, posL[k]!) - nR * gini(nR, pR);
          if (gain > bestGain[k]! + 1e-12) {
            bestGain[k] = gain;
            bestFeat[k] = j;
            bestThr[k] = lastV[k]!;
          }
        }
        nL[k] = cnt + 1;
        posL[k] = posL[k]! + (y[i] === 1 ? 1 : 0);
        lastV[k] = v;
      }
    }
    const next: number[] = [];
    const childOf = new Map<number, [number, number]>();
    open.forEach((id, k) => {
      const nd = nodes[id]!;
      if (bestFeat[k]! < 0 || !(bestGain[k]! > minDec) || !(bestGain[k]! > 0)) return;
      nd.feature = bestFeat[k]!;
      nd.threshold = bestThr[k]!;
      const l: TreeNode = { id: nodes.length, depth: depth + 1, n: 0, positives: 0, p: NaN };
      const r: TreeNode = { id: nodes.length + 1, depth: depth + 1, n: 0, positives: 0, p: NaN };
      nodes.push(l, r);
      nd.left = l.id;
      nd.right = r.id;
      childOf.set(id, [l.id, r.id]);
      next.push(l.id, r.id);
    });
    for (let i = 0; i < n; i++) {
      const id = nodeOf[i]!;
      if (id < 0) continue;
      const ch = childOf.get(id);
      if (!ch) {
        nodeOf[i] = -1;
        continue;
      }
      const nd = nodes[id]!;
      const c = X[i * p + nd.feature!]! <= nd.threshold! ? ch[0] : ch[1];
      nodeOf[i] = c;
      const cn = nodes[c]!;
      cn.n++;
      cn.positives += y[i] === 1 ? 1 : 0;
    }
    for (const id of next) {
      const nd = nodes[id]!;
      nd.p = nd.positives / nd.n;
    }
    open = next;
  }
  return { featureNames: [...featureNames], nodes };
}

function leafOf(tree: ClassificationTree, X: Float64Array, p: number, i: number): TreeNode {
  let nd = tree.nodes[0]!;
  while (nd.feature !== undefined) {
    nd = tree.nodes[X[i * p + nd.feature]! <= nd.threshold! ? nd.left! : nd.right!]!;
  }
  return nd;
}

/** P(churn) for each row = positive share of its leaf. */
export function predictTree(tree: ClassificationTree, X: Float64Array, n: number): Float64Array {
  const p = tree.featureNames.length;
  if (X.length !== n * p) throw new RangeError('tree: X must be n×p');
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = leafOf(tree, X, p, i).p;
  return out;
}

/** Leaf id per row, to show which rule applies to a customer. */
export function treeLeaves(tree: ClassificationTree, X: Float64Array, n: number): Int32Array {
  const p = tree.featureNames.length;
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = leafOf(tree, X, p, i).id;
  return out;
}

export interface TreeCondition {
  feature: string;
  /** Bounds implied by the path: lower < x ≤ upper (null = unbounded). */
  lower: number | null;
  upper: number | null;
}

export interface TreeRule {
  leaf: number;
  conditions: TreeCondition[];
  n: number;
  positives: number;
  p: number;
  /** e.g. "if days_since_last_order > 62 and complaints_90d > 1 then churn p = 0.71 (n=340)". */
  text: string;
}

const fmt = (v: number): string => (Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(6))));

function conditionText(c: TreeCondition): string {
  if (c.lower !== null && c.upper !== null) return `${fmt(c.lower)} < ${c.feature} ≤ ${fmt(c.upper)}`;
  if (c.lower !== null) return `${c.feature} > ${fmt(c.lower)}`;
  return `${c.feature} ≤ ${fmt(c.upper ?? NaN)}`;
}

/**
 * One rule per leaf, highest churn probability first (ties: larger n, then leaf id). Repeated
 * splits on a feature along a path are merged into one interval so rules stay short.
 */
export function treeRules(tree: ClassificationTree): TreeRule[] {
  const rules: TreeRule[] = [];
  const walk = (id: number, bounds: Map<number, { lower: number | null; upper: number | null }>, seq: number[]): void => {
    const nd = tree.nodes[id]!;
    if (nd.feature === undefined) {
      const conditions = seq.map((f) => {
        const b = bounds.get(f)!;
        return { feature: tree.featureNames[f] ?? `x${f}`, lower: b.lower, upper: b.upper };
      });
      const cond = conditions.length ? conditions.map(conditionText).join(' and ') : 'all customers';
      rules.push({
        leaf: id,
        conditions,
        n: nd.n,
        positives: nd.positives,
        p: nd.p,
        text: `if ${cond} then churn p = ${nd.p.toFixed(2)} (n=${nd.n})`,
      });
      return;
    }
    const f = nd.feature;
    const thr = nd.threshold!;
    const prev = bounds.get(f) ?? { lower: null, upper: null };
    const nextSeq = seq.includes(f) ? seq : [...seq, f];
    const lb = new Map(bounds);
    lb.set(f, { lower: prev.lower, upper: prev.upper === null ? thr : Math.min(prev.upper, thr) });
    walk(nd.left!, lb, nextSeq);
    const rb = new Map(bounds);
    rb.set(f, { lower: prev.lower === null ? thr : Math.max(prev.lower, thr), upper: prev.upper });
    walk(nd.right!, rb, nextSeq);
  };
  if (tree.nodes.length) walk(0, new Map(), []);
  return rules.sort((a, b) => b.p - a.p || b.n - a.n || a.leaf - b.leaf);
}
