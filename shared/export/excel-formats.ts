// Excel number formats of exported cells, from the catalog's FieldFormat: the workbook shows the
// numbers the screen shows while the cells keep the real values a manager can sum or chart.
// Percent and probability cells hold fractions (0.052 → "5.2%"), currency is yuan. KPI values
// may be compact like the cards: 万 / 亿 in Chinese, M / B in English. Excel's thousands
// separator at the end of a format divides by 1,000 only, so 万 (10⁴) uses the digit-shift
// trick: `0\.0,` divides 12,345 by 1,000 (12), and the literal "." before the last digit shows
// "1.2"; 亿 (10⁸) likewise with `0\.00,,` (123,456,789 → 123 → "1.23"). The backslash escape,
// not Excel's equivalent "!", which LibreOffice shows as is ("12!.3万"). Pure.
import type { FieldFormat } from '../catalog/types';
import type { Locale } from '../i18n/locales';

export const TEXT_FORMAT = '@';
export const DAY_FORMAT = 'yyyy-mm-dd';

export interface ExcelFormatOptions {
  /** A date dimension's grain: months and years stay text ('YYYY-MM'), a week is its Monday. */
  readonly grain?: 'year' | 'month' | 'week';
  /** Compact like a KPI card (万 / 亿, M / B) for counts, numbers and money. */
  readonly compact?: boolean;
}

const PLAIN: Readonly<Record<FieldFormat, string>> = {
  text: TEXT_FORMAT,
  code: TEXT_FORMAT,
  number: '#,##0.00',
  count: '#,##0',
  currency: '"¥"#,##0.00',
  percent: '0.0%',
  probability: '0.0%',
  score: '0.0',
  days: '#,##0',
  date: DAY_FORMAT,
};

function compact(locale: Locale, prefix: string, below: string): string {
  if (locale === 'zh-CN') return `[>=100000000]${prefix}0\\.00,,"亿";[>=10000]${prefix}0\\.0,"万";${below}`;
  return `[>=1000000000]${prefix}0.00,,,"B";[>=1000000]${prefix}0.00,,"M";${below}`;
}

export function excelNumberFormat(format: FieldFormat, locale: Locale, options: ExcelFormatOptions = {}): string {
  if (format === 'date') return options.grain === 'month' || options.grain === 'year' ? TEXT_FORMAT : DAY_FORMAT;
  if (options.compact) {
    if (format === 'currency') return compact(locale, '"¥"', PLAIN.currency);
    if (format === 'count' || format === 'days') return compact(locale, '', PLAIN.count);
    if (format === 'number') return compact(locale, '', PLAIN.number);
  }
  return PLAIN[format];
}

/** 'YYYY-MM-DD' as a day (a real date cell); anything else (a month, a year, a bad value) is null. */
export function dayOfText(text: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // UTC midnight: ExcelJS turns a Date into a serial day from its UTC time, so no time zone shifts the day.
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}
