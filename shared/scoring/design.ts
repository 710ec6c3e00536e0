// The model design matrix: numeric features (missing → training median, plus a 0/1
// "missing" column when missingness is informative) and one-hot categorical columns with
// rare levels pooled into "(other)". The spec is fitted on training rows and stored with
// the model, so scoring a later snapshot encodes it identically.
import { featureIndex, featureSpec } from './feature-catalog';
import { FEATURE_COUNT, type FeatureFrame } from './features';
import type { EventHistory } from './history';
import type { ReasonType } from './reason-types';

export const OTHER_LEVEL = '(other)';
const MIN_LEVEL_SHARE = 0.01;
const MIN_LEVEL_COUNT = 30;
const MAX_LEVELS = 20;

export interface NumericSpec {
  source: string;
  median: number;
  missingColumn: boolean;
}
export interface CategoricalSpec {
  source: string;
  levels: string[];
}
export interface DesignSpec {
  numeric: NumericSpec[];
  categorical: CategoricalSpec[];
}

export interface DesignColumn {
  name: string;
  /** The feature or attribute this column encodes (reasons group by it). */
  source: string;
  reason: ReasonType | null;
}

/** Every source the data offers: catalog features, numeric attributes, categorical columns. */
export function availableSources(h: EventHistory): string[] {
  return [...featureIndex.keys(), ...h.customers.numeric.keys(), ...h.customers.categorical.keys()];
}

function numericColumn(frame: FeatureFrame, h: EventHistory, source: string): Float64Array {
  const f = featureIndex.get(source);
  const out = new Float64Array(frame.rows.length);
  if (f !== undefined) {
    for (let r = 0; r < out.length; r++) out[r] = frame.values[r * FEATURE_COUNT + f]!;
    return out;
  }
  const attr = h.customers.numeric.get(source);
  for (let r = 0; r < out.length; r++) out[r] = attr ? attr[frame.rows[r]!]! : NaN;
  return out;
}

export function fitDesign(frame: FeatureFrame, h: EventHistory, sources: readonly string[], trainRows: Int32Array): DesignSpec {
  const spec: DesignSpec = { numeric: [], categorical: [] };
  for (const source of sources) {
    const cat = h.customers.categorical.get(source);
    if (cat) {
      const counts = new Map<string, number>();
      for (const r of trainRows) {
        const v = cat[frame.rows[r]!];
        if (v !== null && v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
      }
      const min = Math.max(MIN_LEVEL_COUNT, MIN_LEVEL_SHARE * trainRows.length);
      const levels = [...counts]
        .filter(([, k]) => k >= min)
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, MAX_LEVELS)
        .map(([v]) => v);
      if (levels.length > 0) spec.categorical.push({ source, levels });
      continue;
    }
    const col = numericColumn(frame, h, source);
    const present: number[] = [];
    for (const r of trainRows) if (Number.isFinite(col[r])) present.push(col[r]!);
    if (present.length === 0) continue;
    present.sort((a, b) => a - b);
    const mid = present.length >> 1;
    const median = present.length % 2 ? present[mid]! : (present[mid - 1]! + present[mid]!) / 2;
    const missingShare = 1 - present.length / trainRows.length;
    spec.numeric.push({ source, median, missingColumn: missingShare >= 0.01 && missingShare <= 0.99 });
  }
  return spec;
}

export function designColumns(spec: DesignSpec): DesignColumn[] {
  const cols: DesignColumn[] = [];
  for (const n of spec.numeric) {
    const reason = featureSpec(n.source)?.reason ?? null;
    cols.push({ name: n.source, source: n.source, reason });
    if (n.missingColumn) cols.push({ name: `${n.source}__missing`, source: n.source, reason });
  }
  for (const c of spec.categorical) {
    for (const level of [...c.levels, OTHER_LEVEL]) cols.push({ name: `${c.source}=${level}`, source: c.source, reason: null });
  }
  return cols;
}

/** Row-major design matrix for the given frame rows (default: all). */
export function buildDesign(spec: DesignSpec, frame: FeatureFrame, h: EventHistory, rows?: Int32Array): { X: Float64Array; n: number; p: number } {
  const p = designColumns(spec).length;
  const pick = rows ?? Int32Array.from({ length: frame.rows.length }, (_, i) => i);
  const n = pick.length;
  const X = new Float64Array(n * p);
  let j = 0;
  for (const num of spec.numeric) {
    const col = numericColumn(frame, h, num.source);
    for (let i = 0; i < n; i++) {
      const v = col[pick[i]!]!;
      const missing = !Number.isFinite(v);
      X[i * p + j] = missing ? num.median : v;
      if (num.missingColumn) X[i * p + j + 1] = missing ? 1 : 0;
    }
    j += num.missingColumn ? 2 : 1;
  }
  for (const cat of spec.categorical) {
    const values = h.customers.categorical.get(cat.source);
    const index = new Map(cat.levels.map((l, k) => [l, k]));
    for (let i = 0; i < n; i++) {
      const v = values?.[frame.rows[pick[i]!]!];
      const k = v === null || v === undefined ? cat.levels.length : (index.get(v) ?? cat.levels.length);
      X[i * p + j + k] = 1;
    }
    j += cat.levels.length + 1;
  }
  return { X, n, p };
}
