// Locale-aware number, percentage, currency and date formatting shared by the renderer and
// (later) the Excel export, so a figure reads the same on screen and in the workbook.
// Pure and deterministic: only grouping comes from Intl; units and words are spelled here
// so the output does not depend on the ICU data a host happens to ship.
import type { Locale } from './locales';

/** Shown for a value that does not exist (e.g. a churn rate with nobody active). */
export const MISSING = '—';

const grouping = new Map<string, Intl.NumberFormat>();

function grouped(value: number, fractionDigits: number, minFractionDigits = fractionDigits): string {
  const key = `${minFractionDigits}:${fractionDigits}`;
  let nf = grouping.get(key);
  if (!nf) {
    // Both UI locales group by thousands with a comma; one formatter keeps them identical.
    nf = new Intl.NumberFormat('en-US', {
      minimumFractionDigits: minFractionDigits,
      maximumFractionDigits: fractionDigits,
      useGrouping: true,
    });
    grouping.set(key, nf);
  }
  return nf.format(value);
}

function isMissing(value: number | null | undefined): value is null | undefined {
  return value === null || value === undefined || !Number.isFinite(value);
}

/** Whole numbers with thousands separators: 12345 → "12,345" (both locales; used in tables). */
export function formatInteger(value: number | null | undefined, _locale?: Locale): string {
  if (isMissing(value)) return MISSING;
  return grouped(Math.round(value), 0);
}

/** Plain number with up to `fractionDigits` decimals and thousands separators. */
export function formatNumber(value: number | null | undefined, _locale?: Locale, fractionDigits = 2): string {
  if (isMissing(value)) return MISSING;
  return grouped(value, fractionDigits, 0);
}

/** Exactly `fractionDigits` decimals with thousands separators: (88, 1) → "88.0", (0.8214, 3) → "0.821". */
export function formatFixed(value: number | null | undefined, fractionDigits: number): string {
  if (isMissing(value)) return MISSING;
  const text = grouped(value, fractionDigits);
  // A value that rounds to zero is zero, not "-0.0".
  return /^-[0.,]+$/.test(text) ? text.slice(1) : text;
}

interface Unit {
  size: number;
  suffix: string;
}

// Chinese readers count in 万 (10⁴) and 亿 (10⁸); English readers in thousands, M and B. Below
// the first unit the full figure is short enough to read as is.
const compactUnits: Record<Locale, { threshold: number; units: Unit[] }> = {
  'zh-CN': {
    threshold: 1e4,
    units: [
      { size: 1e8, suffix: '亿' },
      { size: 1e4, suffix: '万' },
    ],
  },
  en: {
    threshold: 1e6,
    units: [
      { size: 1e9, suffix: 'B' },
      { size: 1e6, suffix: 'M' },
    ],
  },
};

/** Three significant digits for small mantissas, never fewer than the integer part. */
function mantissaDigits(value: number): number {
  return value < 10 ? 2 : value < 100 ? 1 : 0;
}

function roundTo(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/**
 * Compact form for KPI cards and chart axes: zh-CN 12,345 → "1.23万", 123,456,789 → "1.23亿";
 * en 1,234,567 → "1.23M". Values under the first unit are shown in full.
 */
export function formatCompact(value: number | null | undefined, locale: Locale): string {
  if (isMissing(value)) return MISSING;
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  const { threshold, units } = compactUnits[locale];
  if (abs < threshold) return sign + grouped(abs, Number.isInteger(abs) ? 0 : 2, 0);
  // Units run largest first; rounding may carry 9,999.6万 up to 10,000万, which the larger
  // unit must then express instead.
  for (let i = units.length - 1; i >= 0; i--) {
    const unit = units[i];
    if (!unit) continue;
    const larger = units[i - 1];
    const m = abs / unit.size;
    const digits = mantissaDigits(m);
    const rounded = roundTo(m, digits);
    if (larger && rounded * unit.size >= larger.size) continue;
    return sign + grouped(rounded, digits, 0) + unit.suffix;
  }
  return sign + grouped(abs, 0);
}

/** A fraction as a percentage with one decimal: 0.0431 → "4.3%". */
export function formatPercent(fraction: number | null | undefined, _locale?: Locale, fractionDigits = 1): string {
  if (isMissing(fraction)) return MISSING;
  return `${grouped(fraction * 100, fractionDigits)}%`;
}

/** A percentage-point change as displayed: one decimal, halves away from zero. */
export function roundPointChange(points: number): number {
  const rounded = (Math.sign(points) * Math.round(Math.abs(points) * 10)) / 10;
  return rounded === 0 ? 0 : rounded;
}

function signedOneDecimal(value: number): string {
  const rounded = roundPointChange(value);
  // "-0.0" reads like a fall that did not happen.
  if (rounded === 0) return grouped(0, 1);
  return (rounded > 0 ? '+' : '-') + grouped(Math.abs(rounded), 1);
}

/** A change already in percentage points: 0.5 → "+0.5 pp" / "+0.5 个百分点". */
export function formatPercentPointChange(points: number | null | undefined, locale: Locale): string {
  if (isMissing(points)) return MISSING;
  return `${signedOneDecimal(points)} ${locale === 'zh-CN' ? '个百分点' : 'pp'}`;
}

/** Renminbi: "¥12,345.00", or compact "¥1.23万" for cards. */
export function formatCurrency(value: number | null | undefined, locale: Locale, options: { compact?: boolean } = {}): string {
  if (isMissing(value)) return MISSING;
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  const body = options.compact ? formatCompact(abs, locale) : grouped(abs, 2);
  return `${sign}¥${body}`;
}

const monthNamesEn = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface YearMonthDay {
  year: number;
  month: number;
  day: number | null;
}

function parseIsoDate(text: string): YearMonthDay | null {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(text);
  if (!match) return null;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  return { year: Number(match[1]), month, day: match[3] === undefined ? null : Number(match[3]) };
}

/** A stored date (YYYY-MM-DD…) for display: zh-CN "2024-03-05", en "Mar 5, 2024". */
export function formatDate(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return MISSING;
  const parsed = parseIsoDate(iso);
  if (!parsed || parsed.day === null) return iso;
  if (locale === 'zh-CN') return iso.slice(0, 10);
  return `${monthNamesEn[parsed.month - 1] ?? ''} ${parsed.day}, ${parsed.year}`;
}

/** A calendar month (YYYY-MM): zh-CN "2024年3月", en "Mar 2024". */
export function formatMonth(month: string | null | undefined, locale: Locale): string {
  if (!month) return MISSING;
  const parsed = parseIsoDate(month);
  if (!parsed) return month;
  if (locale === 'zh-CN') return `${parsed.year}年${parsed.month}月`;
  return `${monthNamesEn[parsed.month - 1] ?? ''} ${parsed.year}`;
}
