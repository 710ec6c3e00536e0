// Monthly churn facts and cohort facts counted from every customer's spells (PRODUCT.md §5),
// grouped by profile dimensions, in one pass over the spells held in memory.
// For month m with first day F:
// - active at start: active on F − 1, i.e. a spell with start < F ≤ end, i.e. month(start) < m ≤ month(end);
// - churned: of those, the spell's end (first churned day) falls in m — customers acquired
//   during m are in neither count;
// - acquired: the customer's first spell starts in m; returned: a later spell starts in m.
// Cohort of a customer = month of its first spell's start; period p ≥ 1 counts it active when a
// spell covers the first day of month cohort + p (start ≤ F < end); period 0 is the whole
// cohort (every member was active in it). Months run from the first spell's month, at most
// 120 months back, through the month of the last day (that month partial).
import type { SpellTable } from '../../../shared/scoring/lifecycle';
import { monthLabel, monthOfDay } from './month-grid';

export const MAX_MONTHS = 120;

export interface FactDimensions {
  readonly region: readonly (string | null)[];
  readonly city: readonly (string | null)[];
  readonly owner: readonly (string | null)[];
  readonly industry: readonly (string | null)[];
  readonly segment: readonly (string | null)[];
}

export interface ChurnFactRow {
  month: string;
  region: string | null;
  city: string | null;
  owner: string | null;
  industry: string | null;
  segment: string | null;
  activeAtStart: number;
  churned: number;
  acquired: number;
  returned: number;
}

export interface CohortFactRow {
  cohortMonth: string;
  period: number;
  region: string | null;
  owner: string | null;
  industry: string | null;
  segment: string | null;
  customers: number;
  active: number;
}

export interface SpellFacts {
  churn: ChurnFactRow[];
  cohort: CohortFactRow[];
}

/** Facts of customers 0 … n−1 (the spell table's customers, the dimension arrays' rows). */
export function spellFacts(spells: SpellTable, dims: FactDimensions, lastDay: number): SpellFacts {
  if (spells.start.length === 0) return { churn: [], cohort: [] };
  let firstDay = lastDay;
  for (let k = 0; k < spells.start.length; k++) firstDay = Math.min(firstDay, spells.start[k]!);
  const lastMonth = monthOfDay(lastDay);
  const firstMonth = Math.max(monthOfDay(firstDay), lastMonth - MAX_MONTHS + 1);
  const window = { firstMonth, lastMonth, months: lastMonth - firstMonth + 1, month: new MonthOf(firstDay - 1, lastDay) };
  const n = spells.offsets.length - 1;
  const coded = {
    region: codeColumn(dims.region, n),
    city: codeColumn(dims.city, n),
    owner: codeColumn(dims.owner, n),
    industry: codeColumn(dims.industry, n),
    segment: codeColumn(dims.segment, n),
  };
  const churnGroups = groupBy([dims.region, dims.city, dims.owner, dims.industry, dims.segment], [coded.region, coded.city, coded.owner, coded.industry, coded.segment], n);
  const cohortGroups = groupBy([dims.region, dims.owner, dims.industry, dims.segment], [coded.region, coded.owner, coded.industry, coded.segment], n);
  return {
    churn: churnRows(spells, churnGroups, window),
    cohort: cohortRows(spells, cohortGroups, window),
  };
}

interface Window {
  firstMonth: number;
  lastMonth: number;
  months: number;
  month: MonthOf;
}

interface Groups {
  /** Customers ordered by group, group g's being order[from[g]] … order[from[g+1]−1]. */
  order: Uint32Array;
  from: Uint32Array;
  /** Dimension values of each group, in the order of the columns given. */
  values: (string | null)[][];
}

/** A column's values numbered 0, 1, … in first-seen order. */
interface Coded {
  code: Uint32Array;
  distinct: number;
}

function codeColumn(col: readonly (string | null)[], n: number): Coded {
  const seen = new Map<string | null, number>();
  const code = new Uint32Array(n);
  for (let c = 0; c < n; c++) {
    const v = col[c] ?? null;
    let k = seen.get(v);
    if (k === undefined) seen.set(v, (k = seen.size));
    code[c] = k;
  }
  return { code, distinct: seen.size };
}

/** Customers grouped by equal values in every given column (counting sort by group number). */
function groupBy(columns: readonly (readonly (string | null)[])[], coded: readonly Coded[], n: number): Groups {
  const group = new Uint32Array(n);
  const keys = new Map<number, number>();
  const values: (string | null)[][] = [];
  // One number per combination of codes: exact while the product of the counts stays an integer.
  const exact = coded.reduce((product, c) => product * Math.max(1, c.distinct), 1) <= Number.MAX_SAFE_INTEGER;
  const textKeys = new Map<string, number>();
  for (let c = 0; c < n; c++) {
    let g: number | undefined;
    if (exact) {
      let key = 0;
      for (const k of coded) key = key * k.distinct + k.code[c]!;
      g = keys.get(key);
      if (g === undefined) keys.set(key, (g = values.length));
    } else {
      const key = coded.map((k) => k.code[c]!).join(',');
      g = textKeys.get(key);
      if (g === undefined) textKeys.set(key, (g = values.length));
    }
    if (g === values.length) values.push(columns.map((col) => col[c] ?? null));
    group[c] = g;
  }
  const G = values.length;
  const from = new Uint32Array(G + 1);
  for (let c = 0; c < n; c++) from[group[c]! + 1]!++;
  for (let g = 0; g < G; g++) from[g + 1] = from[g + 1]! + from[g]!;
  const next = from.slice(0, G);
  const order = new Uint32Array(n);
  for (let c = 0; c < n; c++) order[next[group[c]!]!++] = c;
  return { order, from, values };
}

/** Month numbers of the days in [from, to], looked up instead of computed per spell. */
class MonthOf {
  private readonly table: Int32Array;

  constructor(
    private readonly from: number,
    to: number,
  ) {
    this.table = new Int32Array(Math.max(0, to - from + 1));
    for (let d = from; d <= to; d++) this.table[d - from] = monthOfDay(d);
  }

  of(day: number): number {
    const i = day - this.from;
    return i >= 0 && i < this.table.length ? this.table[i]! : monthOfDay(day);
  }
}

function churnRows(spells: SpellTable, groups: Groups, w: Window): ChurnFactRow[] {
  const M = w.months;
  const activeDiff = new Int32Array(M + 1);
  const churned = new Int32Array(M);
  const acquired = new Int32Array(M);
  const returned = new Int32Array(M);
  const labels = Array.from({ length: M }, (_, m) => monthLabel(w.firstMonth + m));
  const rows: ChurnFactRow[] = [];
  const { offsets, start, end } = spells;
  for (let g = 0; g + 1 < groups.from.length; g++) {
    for (let i = groups.from[g]!; i < groups.from[g + 1]!; i++) {
      const c = groups.order[i]!;
      for (let k = offsets[c]!; k < offsets[c + 1]!; k++) {
        const sm = w.month.of(start[k]!) - w.firstMonth;
        const e = end[k]!;
        const em = Number.isFinite(e) ? w.month.of(e) - w.firstMonth : M - 1;
        if (sm >= 0) (k === offsets[c] ? acquired : returned)[sm]!++;
        const lo = Math.max(sm + 1, 0);
        if (lo <= em) {
          activeDiff[lo]!++;
          activeDiff[em + 1]!--;
          if (Number.isFinite(e)) churned[em]!++;
        }
      }
    }
    const [region, city, owner, industry, segment] = groups.values[g]!;
    let active = 0;
    for (let m = 0; m < M; m++) {
      active += activeDiff[m]!;
      if (active || churned[m] || acquired[m] || returned[m]) {
        rows.push({
          month: labels[m]!,
          region: region ?? null,
          city: city ?? null,
          owner: owner ?? null,
          industry: industry ?? null,
          segment: segment ?? null,
          activeAtStart: active,
          churned: churned[m]!,
          acquired: acquired[m]!,
          returned: returned[m]!,
        });
      }
    }
    activeDiff.fill(0);
    churned.fill(0);
    acquired.fill(0);
    returned.fill(0);
  }
  return rows;
}

function cohortRows(spells: SpellTable, groups: Groups, w: Window): CohortFactRow[] {
  const M = w.months;
  // Per cohort (month index in the window): its size, and a difference array over periods.
  const size = new Int32Array(M);
  const diff = new Int32Array(M * (M + 1));
  const labels = Array.from({ length: M }, (_, m) => monthLabel(w.firstMonth + m));
  const rows: CohortFactRow[] = [];
  const { offsets, start, end } = spells;
  for (let g = 0; g + 1 < groups.from.length; g++) {
    for (let i = groups.from[g]!; i < groups.from[g + 1]!; i++) {
      const c = groups.order[i]!;
      const first = offsets[c]!;
      if (first === offsets[c + 1]) continue;
      const cohort = w.month.of(start[first]!) - w.firstMonth;
      if (cohort < 0) continue;
      size[cohort]!++;
      const periods = M - cohort;
      for (let k = first; k < offsets[c + 1]!; k++) {
        // Months whose first day F has start ≤ F < end.
        const e = end[k]!;
        const lo = Math.max(w.month.of(start[k]! - 1) + 1 - w.firstMonth - cohort, 1);
        const hi = Math.min(Number.isFinite(e) ? w.month.of(e - 1) - w.firstMonth - cohort : periods - 1, periods - 1);
        if (lo <= hi) {
          diff[cohort * (M + 1) + lo]!++;
          diff[cohort * (M + 1) + hi + 1]!--;
        }
      }
    }
    const [region, owner, industry, segment] = groups.values[g]!;
    for (let cohort = 0; cohort < M; cohort++) {
      const customers = size[cohort]!;
      if (customers === 0) continue;
      const base = cohort * (M + 1);
      let active = 0;
      for (let p = 0; p < M - cohort; p++) {
        active += diff[base + p]!;
        rows.push({
          cohortMonth: labels[cohort]!,
          period: p,
          region: region ?? null,
          owner: owner ?? null,
          industry: industry ?? null,
          segment: segment ?? null,
          customers,
          active: p === 0 ? customers : active,
        });
      }
      diff.fill(0, base, base + M + 1);
      size[cohort] = 0;
    }
  }
  return rows;
}
