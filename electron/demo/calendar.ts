// Day arithmetic for the demo simulation. Days are integers (days since 1970-01-01, UTC) so the
// inner loops never build Date objects; strings are produced only when a row is written.
const MS_PER_DAY = 86_400_000;

export interface SimMonth {
  index: number;
  year: number;
  month: number; // 1..12
  key: string; // YYYY-MM
  firstDay: number;
  /** Days of this month inside the simulated range (the last month may end early). */
  days: number;
}

export function toDay(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`not an ISO date: ${iso}`);
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) {
    throw new Error(`not a calendar date: ${iso}`);
  }
  return ms / MS_PER_DAY;
}

export function isoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 'YYYY-MM-DD HH:MM:SS' for a moment given in seconds since the epoch. */
export function isoDateTime(seconds: number): string {
  return new Date(Math.floor(seconds) * 1000).toISOString().slice(0, 19).replace('T', ' ');
}

/** The same day of month `months` later, clamped to the month's length (Jan 31 + 1 → Feb 28). */
export function addMonths(day: number, months: number): number {
  const date = new Date(day * MS_PER_DAY);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const lastOfTarget = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(date.getUTCDate(), lastOfTarget)) / MS_PER_DAY;
}

/** The `count` calendar months ending with the month of `endDate`, the last one cut at `endDate`. */
export function simulationMonths(endDate: string, count: number): SimMonth[] {
  const end = toDay(endDate);
  const endDateObj = new Date(end * MS_PER_DAY);
  const out: SimMonth[] = [];
  for (let i = 0; i < count; i++) {
    const offset = i - (count - 1);
    const first = new Date(Date.UTC(endDateObj.getUTCFullYear(), endDateObj.getUTCMonth() + offset, 1));
    const firstDay = first.getTime() / MS_PER_DAY;
    const next = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1) / MS_PER_DAY;
    const year = first.getUTCFullYear();
    const month = first.getUTCMonth() + 1;
    out.push({
      index: i,
      year,
      month,
      key: `${year}-${String(month).padStart(2, '0')}`,
      firstDay,
      days: Math.min(next, end + 1) - firstDay,
    });
  }
  return out;
}

/** Memoised day → 'YYYY-MM-DD' for the hot loops that write millions of dated rows. */
export class DayFormatter {
  private readonly cache = new Map<number, string>();

  format(day: number): string {
    let text = this.cache.get(day);
    if (text === undefined) {
      text = isoDate(day);
      this.cache.set(day, text);
    }
    return text;
  }
}
