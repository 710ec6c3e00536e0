// Calendar months as consecutive integers (year × 12 + month − 1), so that the facts can count
// customers into month-indexed arrays; day numbers as in shared/scoring/days.ts.

/** Month number of a day number (Hinnant's civil_from_days, year and month only). */
export function monthOfDay(day: number): number {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return y * 12 + m - 1;
}

/** 'YYYY-MM' of a month number. */
export function monthLabel(month: number): string {
  const y = Math.floor(month / 12);
  return `${String(y).padStart(4, '0')}-${String(month - y * 12 + 1).padStart(2, '0')}`;
}
