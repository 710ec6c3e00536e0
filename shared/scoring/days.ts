// Calendar days as integers (days since 1970-01-01, UTC) so that feature windows are
// integer comparisons. Parsing is by character codes: it runs once per fact row (10 M+).

/** Day number of an ISO date or date-time ('YYYY-MM-DD…'); NaN when it does not start with a date. */
export function dayOf(iso: string | null | undefined): number {
  if (!iso || iso.length < 10) return NaN;
  const y = digits(iso, 0, 4);
  const m = digits(iso, 5, 2);
  const d = digits(iso, 8, 2);
  if (!(y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return NaN;
  return civilToDays(y, m, d);
}

function digits(s: string, from: number, count: number): number {
  let v = 0;
  for (let i = from; i < from + count; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return NaN;
    v = v * 10 + c;
  }
  return v;
}

/** Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar. */
export function civilToDays(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function isoOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Hours between two ISO date-times ('YYYY-MM-DD HH:MM:SS' or date only); NaN when either is missing. */
export function hoursBetween(from: string | null, to: string | null): number {
  if (!from || !to) return NaN;
  const a = Date.parse(`${from.slice(0, 10)}T${from.length > 11 ? from.slice(11, 19) : '00:00:00'}Z`);
  const b = Date.parse(`${to.slice(0, 10)}T${to.length > 11 ? to.slice(11, 19) : '00:00:00'}Z`);
  return (b - a) / 3_600_000;
}

/** The month key 'YYYY-MM' of a day number. */
export function monthOfDay(day: number): string {
  return isoOfDay(day).slice(0, 7);
}

/** Day number of the last day of the month `months` after the month of `day`. */
export function endOfMonthAfter(day: number, months: number): number {
  const date = new Date(day * 86_400_000);
  return Math.floor(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months + 1, 0) / 86_400_000);
}
