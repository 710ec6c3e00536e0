// Which months a month-source widget reads (churn_month, cohort_month), counted back from the
// data date. A month counts once it is complete (shared/metrics/months.ts), so "last month" is the
// last complete month on or before asOf. The dashboard's period filter {from, to} overrides the
// window of every month-source widget that receives filters; the customer source has no months
// (it is the newest snapshot) and reports the period filter as not applied.
import type { FilterNode } from '../query/ast';
import type { SourceId } from '../catalog/types';
import { lastCompleteMonths } from '../metrics/months';
import type { Period } from './widget';

/** Longest window a period filter may span (20 years): keeps an `in` list small. */
export const MAX_PERIOD_MONTHS = 240;

const PERIOD_MONTHS: Record<Period, number> = {
  snapshot: 1,
  lastMonth: 1,
  last3Months: 3,
  last6Months: 6,
  last12Months: 12,
  last24Months: 24,
};

/** The months of a widget period ending with the last complete month of asOf, oldest first. */
export function periodMonths(asOf: string, period: Period): string[] {
  return lastCompleteMonths(asOf, PERIOD_MONTHS[period]).map((m) => m.month);
}

/** 'YYYY-MM' shifted by `delta` months. */
export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + delta;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String(index - year * 12 + 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to` inclusive (swapped when reversed), at most MAX_PERIOD_MONTHS (the newest kept). */
export function monthRange(from: string, to: string): string[] {
  const [first, last] = from <= to ? [from, to] : [to, from];
  const out: string[] = [];
  for (let month = last; month >= first && out.length < MAX_PERIOD_MONTHS; month = shiftMonth(month, -1)) out.unshift(month);
  return out;
}

/** The same number of months just before the window. */
export function previousWindow(months: readonly string[]): string[] {
  const first = months[0];
  return first === undefined ? [] : months.map((_, i) => shiftMonth(first, i - months.length));
}

/** The window a year earlier. */
export function lastYearWindow(months: readonly string[]): string[] {
  return months.map((m) => shiftMonth(m, -12));
}

/** The field that holds a month source's month ('YYYY-MM'); the customer source has none. */
export function monthField(source: SourceId): string | undefined {
  if (source === 'churn_month') return 'month';
  if (source === 'cohort_month') return 'cohort_month';
  return undefined;
}

export function isMonthSource(source: SourceId): boolean {
  return monthField(source) !== undefined;
}

/** `month in [months]` on the source's month field (FALSE for an empty window, like `in []`). */
export function monthsFilter(source: SourceId, months: readonly string[]): FilterNode | undefined {
  const field = monthField(source);
  return field === undefined ? undefined : { kind: 'condition', field, op: 'in', values: [...months] };
}
