/**
 * RFM scoring (Hughes 1994, "Strategic Database Marketing") and two segment schemes.
 *
 * Inputs per customer (PRODUCT.md §5): recency = days since last order, frequency = orders
 * in the window, monetary = amount in the window.
 */

/**
 * Quintile scores 1–5 by mid-rank percentile: u = (#{v' < v} + ½ #{v' = v}) / n,
 * score = 1 + ⌊5u⌋. Equal values always share a score and the result does not depend on the
 * input order (unlike pandas qcut on rank(method="first")); with distinct values the five
 * groups differ in size by at most one. `higherIsBetter = false` flips the direction, so
 * recency (fewer days = more recent) scores 5 for the most recent customers.
 */
export function quintileScores(values: ArrayLike<number>, higherIsBetter = true): Uint8Array {
  const n = values.length;
  const idx = new Uint32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  const key = (i: number): number => (higherIsBetter ? values[i]! : -values[i]!);
  idx.sort((a, b) => key(a) - key(b));
  const out = new Uint8Array(n);
  for (let i = 0; i < n;) {
    let j = i;
    while (j + 1 < n && key(idx[j + 1]!) === key(idx[i]!)) j++;
    const u = (i + (j - i + 1) / 2) / n;
    const s = Math.min(5, 1 + Math.floor(5 * u + 1e-12));
    for (let k = i; k <= j; k++) out[idx[k]!] = s;
    i = j + 1;
  }
  return out;
}

export interface RfmScores {
  r: Uint8Array;
  f: Uint8Array;
  m: Uint8Array;
}

export function rfmScores(recencyDays: ArrayLike<number>, frequency: ArrayLike<number>, monetary: ArrayLike<number>): RfmScores {
  if (frequency.length !== recencyDays.length || monetary.length !== recencyDays.length) {
    throw new RangeError('RFM: inputs differ in length');
  }
  return {
    r: quintileScores(recencyDays, false),
    f: quintileScores(frequency, true),
    m: quintileScores(monetary, true),
  };
}

export type RfmSegment =
  'champions' | 'loyal' | 'potential_loyalist' | 'new' | 'promising' | 'need_attention' | 'about_to_sleep' | 'at_risk' | 'cant_lose' | 'hibernating' | 'lost';

/** Every segment code; labels live in the i18n resources (`catalog:values.rfm_segment.<code>`). */
export const RFM_SEGMENTS: readonly RfmSegment[] = [
  'champions',
  'loyal',
  'potential_loyalist',
  'new',
  'promising',
  'need_attention',
  'about_to_sleep',
  'at_risk',
  'cant_lose',
  'hibernating',
  'lost',
];

/**
 * The widely used R × F grid of the 11 named segments (Putler/"RFM segmentation" map; the
 * F axis here is the frequency score). Rows R = 1…5, columns F = 1…5. Every cell has exactly
 * one segment, so there is no order-dependent overlap as in the range-table formulation.
 */
const GRID: readonly (readonly RfmSegment[])[] = [
  ['lost', 'hibernating', 'at_risk', 'at_risk', 'cant_lose'], // R = 1
  ['hibernating', 'hibernating', 'at_risk', 'at_risk', 'cant_lose'], // R = 2
  ['about_to_sleep', 'about_to_sleep', 'need_attention', 'loyal', 'loyal'], // R = 3
  ['promising', 'potential_loyalist', 'potential_loyalist', 'loyal', 'loyal'], // R = 4
  ['new', 'potential_loyalist', 'potential_loyalist', 'champions', 'champions'], // R = 5
];

export function rfmSegment(r: number, f: number): RfmSegment {
  const row = GRID[Math.min(5, Math.max(1, r)) - 1]!;
  return row[Math.min(5, Math.max(1, f)) - 1]!;
}

/** The Chinese 8-class scheme: R, F, M each "high" or "low" against the population mean. */
export type RfmValueClass =
  'important_value' | 'important_develop' | 'important_retain' | 'important_winback' | 'general_value' | 'general_develop' | 'general_retain' | 'general_winback';

/** Every class code; labels live in the i18n resources (`catalog:values.rfm_class.<code>`). */
export const RFM_VALUE_CLASSES: readonly RfmValueClass[] = [
  'important_value',
  'important_develop',
  'important_retain',
  'important_winback',
  'general_value',
  'general_develop',
  'general_retain',
  'general_winback',
];

/**
 * Class from high/low flags: M decides 重要 (important) vs 一般 (general); then
 * R high & F high = 价值, R high & F low = 发展, R low & F high = 保持, R low & F low = 挽留.
 */
export function rfmValueClass(rHigh: boolean, fHigh: boolean, mHigh: boolean): RfmValueClass {
  const tier = mHigh ? 'important' : 'general';
  const kind = rHigh ? (fHigh ? 'value' : 'develop') : fHigh ? 'retain' : 'winback';
  return `${tier}_${kind}`;
}

/**
 * 8-class scheme on raw values, each compared with its population mean (the usual practice:
 * "与均值比较"): R is high when days since last order < mean, F and M when ≥ mean.
 */
export function rfmValueClasses(recencyDays: ArrayLike<number>, frequency: ArrayLike<number>, monetary: ArrayLike<number>): RfmValueClass[] {
  const n = recencyDays.length;
  if (frequency.length !== n || monetary.length !== n) throw new RangeError('RFM: inputs differ in length');
  const mean = (a: ArrayLike<number>): number => {
    let s = 0;
    for (let i = 0; i < n; i++) s += a[i]!;
    return s / n;
  };
  const mr = mean(recencyDays);
  const mf = mean(frequency);
  const mm = mean(monetary);
  const out: RfmValueClass[] = [];
  for (let i = 0; i < n; i++) out.push(rfmValueClass(recencyDays[i]! < mr, frequency[i]! >= mf, monetary[i]! >= mm));
  return out;
}
