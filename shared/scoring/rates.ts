// Churn rates, cohort retention and survival inputs from customers' active spells
// (PRODUCT.md §5). Churn rate of a month = customers active on the day before it starts
// who churn during it ÷ those active then; customers acquired during the month count in
// neither. Cohort cell k = share of the cohort active on the last day of month cohort + k.
import type { MonthBounds } from '../metrics/months';
import type { Spell } from './churn';
import { dayOf, endOfMonthAfter, monthOfDay } from './days';

export interface MonthCount {
  group: string;
  month: string;
  activeAtStart: number;
  churned: number;
}

export function monthlyCounts(spellsOf: readonly Spell[][], groups: readonly string[], months: readonly MonthBounds[]): MonthCount[] {
  const bounds = months.map((m) => ({ month: m.month, first: dayOf(m.first), last: dayOf(m.last) }));
  const counts = new Map<string, MonthCount>();
  const groupNames = [...new Set(groups)].sort();
  for (const g of groupNames) for (const b of bounds) counts.set(`${g}\u0000${b.month}`, { group: g, month: b.month, activeAtStart: 0, churned: 0 });
  spellsOf.forEach((spells, c) => {
    const g = groups[c]!;
    for (const s of spells) {
      for (const b of bounds) {
        if (!(s.start < b.first && s.end >= b.first)) continue;
        const cell = counts.get(`${g}\u0000${b.month}`)!;
        cell.activeAtStart++;
        if (s.end <= b.last) cell.churned++;
      }
    }
  });
  return [...counts.values()];
}

export interface CohortCounts {
  cohort: string;
  size: number;
  active: (number | null)[];
}

/** `starts[c]` = the day customer c entered its cohort (NaN = no cohort). */
export function cohortCounts(spellsOf: readonly Spell[][], starts: ArrayLike<number>, cohortMonths: readonly string[], maxAge: number, limitDay: number): CohortCounts[] {
  const index = new Map(cohortMonths.map((m, i) => [m, i]));
  const rows: CohortCounts[] = cohortMonths.map((cohort) => ({ cohort, size: 0, active: new Array<number | null>(maxAge + 1).fill(0) }));
  spellsOf.forEach((spells, c) => {
    const start = starts[c]!;
    if (!Number.isFinite(start)) return;
    const row = rows[index.get(monthOfDay(start)) ?? -1];
    if (!row) return;
    row.size++;
    for (let k = 0; k <= maxAge; k++) {
      const day = endOfMonthAfter(start, k);
      if (day > limitDay) break;
      if (spells.some((s) => s.start <= day && day < s.end)) row.active[k] = (row.active[k] ?? 0) + 1;
    }
  });
  for (const row of rows) {
    const first = dayOf(`${row.cohort}-01`);
    for (let k = 0; k <= maxAge; k++) if (endOfMonthAfter(first, k) > limitDay) row.active[k] = null;
  }
  return rows;
}
