// k-anonymity of a dashboard file's cubes (cube.ts): no packaged cell may describe fewer than
// k customers. A cell under k is generalised one dimension at a time, from the finest — owner,
// then city, then each other field (by id), then top_reason, rfm_segment, segment, industry,
// value_risk, value_tier, tier, lifecycle and region last — by setting the value to OTHER_GROUP
// and merging it with the cells that now have the same dimensions (sums added, min / max
// combined), until every cell has ≥ k customers or all its generalisable dimensions are Other
// (or missing: NULL names no one and stays NULL, so "is empty" filters keep their meaning).
// Time (months, cohorts, periods, dates) is never generalised: a trend keeps its months.
// Pure, and idempotent: a second pass finds nothing to merge.
import type { Cell } from './widget-data';
import { OTHER_GROUP, type Combine } from './cube';

/** Coarsest last; a field not listed is generalised right after city. */
const COARSE_ORDER = ['top_reason', 'rfm_segment', 'segment', 'industry', 'value_risk', 'value_tier', 'tier', 'lifecycle', 'region'];
const FINEST = ['owner', 'city'];

/** The order dimensions are generalised in (indexes into `ids`), time dimensions left out. */
export function generalisationOrder(ids: readonly string[], time: readonly boolean[]): number[] {
  const rank = (id: string): [number, string] => {
    const fine = FINEST.indexOf(id);
    if (fine >= 0) return [fine, id];
    const coarse = COARSE_ORDER.indexOf(id);
    return coarse >= 0 ? [100 + coarse, id] : [10, id];
  };
  return ids
    .map((id, index) => ({ index, rank: rank(id) }))
    .filter(({ index }) => !time[index])
    .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1].localeCompare(b.rank[1]))
    .map(({ index }) => index);
}

export interface CubeLayout {
  /** Leading columns of a row. */
  readonly dimensions: number;
  /** How each following component column combines; the last column of a row is the group size. */
  readonly combines: readonly Combine[];
  /** Dimension indexes, finest first (generalisationOrder). */
  readonly order: readonly number[];
}

function combine(a: Cell, b: Cell, how: Combine): Cell {
  if (a === null || typeof a !== 'number') return b;
  if (b === null || typeof b !== 'number') return a;
  if (how === 'sum') return a + b;
  return how === 'min' ? Math.min(a, b) : Math.max(a, b);
}

/** Merges rows with equal dimensions, in order of first appearance. */
export function mergeCells(rows: readonly Cell[][], layout: CubeLayout): Cell[][] {
  const byKey = new Map<string, Cell[]>();
  const size = layout.dimensions + layout.combines.length;
  for (const row of rows) {
    const key = JSON.stringify(row.slice(0, layout.dimensions));
    const hit = byKey.get(key);
    if (!hit) {
      byKey.set(key, [...row]);
      continue;
    }
    for (let c = 0; c < layout.combines.length; c++) {
      const at = layout.dimensions + c;
      hit[at] = combine(hit[at] ?? null, row[at] ?? null, layout.combines[c] ?? 'sum');
    }
    hit[size] = combine(hit[size] ?? null, row[size] ?? null, 'sum');
  }
  return [...byKey.values()];
}

/** The cube with every cell under k customers merged into Other (k ≤ 1: unchanged). */
export function anonymise(rows: readonly Cell[][], layout: CubeLayout, k: number): Cell[][] {
  if (k <= 1) return rows.map((r) => [...r]);
  const sizeAt = layout.dimensions + layout.combines.length;
  const small = (row: Cell[]) => Number(row[sizeAt] ?? 0) < k;
  let cells = mergeCells(rows, layout);
  for (const dimension of layout.order) {
    if (!cells.some(small)) break;
    cells = mergeCells(
      cells.map((row) => {
        if (!small(row)) return row;
        const next = [...row];
        // A missing value stays missing: it names no one, and "is empty" filters keep their meaning.
        if (next[dimension] !== null) next[dimension] = OTHER_GROUP;
        return next;
      }),
      layout,
    );
  }
  return cells;
}
