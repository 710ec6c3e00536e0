// Slider steps and a starting threshold for number conditions, from the field's histogram: a
// dropped "Health score ≥ …" starts at the median, so the count moves at once and the slider
// shows half the customers kept.
import type { Bin } from './Histogram';

/** About a hundredth of the range, rounded to 1, 2 or 5 × a power of ten. */
export function niceStep(min: number, max: number): number {
  const raw = (max - min) / 100;
  if (!(raw > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? power * 10;
}

/** `value` on the step's grid, without binary-fraction noise (0.30000000000000004 → 0.3). */
export function roundToStep(value: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  return Number((Math.round(value / step) * step).toFixed(decimals));
}

/** The middle of the bin holding the median customer; null without customers. */
export function medianOf(bins: readonly Bin[]): number | null {
  const total = bins.reduce((sum, bin) => sum + bin.count, 0);
  if (total === 0) return null;
  let seen = 0;
  for (const bin of bins) {
    seen += bin.count;
    if (seen * 2 >= total) return (bin.low + bin.high) / 2;
  }
  return null;
}
