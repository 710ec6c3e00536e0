// Calendar helpers for monthly metrics. A month counts as complete when its last day is on
// or before the data date: churn during a month is only known once the month is over.
export interface MonthBounds {
  month: string;
  first: string;
  last: string;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function daysInMonth(year: number, month1: number): number {
  return new Date(Date.UTC(year, month1, 0)).getUTCDate();
}

export function monthBounds(year: number, month1: number): MonthBounds {
  const month = `${year}-${pad(month1)}`;
  return { month, first: `${month}-01`, last: `${month}-${pad(daysInMonth(year, month1))}` };
}

/** The `count` complete months ending with the last complete month on or before `dataDate`. */
export function lastCompleteMonths(dataDate: string, count: number): MonthBounds[] {
  const [y, m, d] = dataDate.split('-').map(Number) as [number, number, number];
  let year = y;
  let month = m;
  if (d < daysInMonth(y, m)) {
    month -= 1;
    if (month === 0) {
      month = 12;
      year -= 1;
    }
  }
  const out: MonthBounds[] = [];
  for (let i = 0; i < count; i++) {
    out.unshift(monthBounds(year, month));
    month -= 1;
    if (month === 0) {
      month = 12;
      year -= 1;
    }
  }
  return out;
}

/** Churn rate as a fraction, or null when nobody was active at the start of the period. */
export function churnRate(activeAtStart: number, churned: number): number | null {
  return activeAtStart > 0 ? churned / activeAtStart : null;
}
