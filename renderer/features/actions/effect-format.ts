// How an effect reads on screen: uplifts in percentage points with one decimal (the contract
// carries fractions), intervals as [lower, upper], p-values with enough digits to tell 0.049 from
// 0.05, ROI as a percentage. One place, so the list, the review and the test read the same text.
import { formatFixed, formatPercent, formatPercentPointChange, roundPointChange } from '../../../shared/i18n/format';
import type { Locale } from '../../../shared/i18n/locales';

/** 0.032 → "+3.2 pp" / "+3.2 个百分点". */
export function formatUplift(fraction: number | null | undefined, locale: Locale): string {
  return formatPercentPointChange(fraction === null || fraction === undefined ? null : fraction * 100, locale);
}

function signedPoints(fraction: number): string {
  const rounded = roundPointChange(fraction * 100);
  if (rounded === 0) return '0.0';
  return `${rounded > 0 ? '+' : '-'}${Math.abs(rounded).toFixed(1)}`;
}

/** An interval of fractions in points: "[+0.4, +6.1]". */
export function formatPointInterval(interval: { lower: number; upper: number } | null | undefined): string {
  if (!interval) return '—';
  return `[${signedPoints(interval.lower)}, ${signedPoints(interval.upper)}]`;
}

/** p < 0.001 reads as such; near the 0.05 line four decimals (0.0496 must not read "0.050"), else three. */
export function formatPValue(p: number | null | undefined): string {
  if (p === null || p === undefined || !Number.isFinite(p)) return '—';
  if (p < 0.001) return '< 0.001';
  return p < 0.1 ? p.toFixed(4) : p.toFixed(3);
}

/** ROI 1.25 → "125.0%". */
export function formatRoi(roi: number | null | undefined, locale: Locale): string {
  return formatPercent(roi, locale);
}

export function formatRate(rate: number | null | undefined, locale: Locale): string {
  return formatPercent(rate, locale);
}

/** Saved customers are an estimate: always one decimal, so an interval's ends read alike ("[28.1, 95.0]"). */
export function formatEstimateCount(value: number | null | undefined): string {
  return formatFixed(value, 1);
}
