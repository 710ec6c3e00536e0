// Which month the monthly report offers: the last complete month before the data date (the
// snapshot's day). A snapshot taken on a month's last day completes that month; any other day
// leaves its month partial, so the month before is the newest a report can cover in full.
const MONTH = /^(\d{4})-(\d{2})/;

function parts(date: string): { year: number; month: number } | null {
  const m = MONTH.exec(date);
  if (!m) return null;
  return { year: Number(m[1]), month: Number(m[2]) };
}

function monthText(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** Days in a month (month 1–12), by the calendar (UTC: no local daylight-saving edge). */
function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 'YYYY-MM' minus `n` months. */
export function monthsBefore(month: string, n: number): string {
  const p = parts(month);
  if (!p) return month;
  const index = p.year * 12 + (p.month - 1) - n;
  return monthText(Math.floor(index / 12), (index % 12) + 1);
}

/** The newest complete month at `dataDate` ('YYYY-MM-DD'); null without a data date. */
export function lastCompleteMonth(dataDate: string | null): string | null {
  if (!dataDate) return null;
  const p = parts(dataDate);
  const day = Number(dataDate.slice(8, 10));
  if (!p || !Number.isFinite(day)) return null;
  const current = monthText(p.year, p.month);
  return day >= daysIn(p.year, p.month) ? current : monthsBefore(current, 1);
}

/** The month offered first: the last complete one at the data date, else the calendar's last month. */
export function defaultReportMonth(dataDate: string | null, today: Date): string {
  return lastCompleteMonth(dataDate) ?? monthsBefore(monthText(today.getFullYear(), today.getMonth() + 1), 1);
}

/** Whether `month` is later than the newest complete month (so the picker disables it). */
export function isAfterLastComplete(month: string, dataDate: string | null): boolean {
  const last = lastCompleteMonth(dataDate);
  return last !== null && month > last;
}
