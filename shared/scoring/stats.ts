// Small order statistics over scratch buffers (no allocation per customer).

/** Median of a[0..n) (the array is reordered); NaN when n = 0. */
export function medianInPlace(a: Float64Array, n: number): number {
  if (n === 0) return NaN;
  const s = a.subarray(0, n).sort();
  const mid = n >> 1;
  return n % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Mid-rank percentile (0–1) of every finite value among the finite values; NaN stays NaN. */
export function midRankPercentiles(values: Float64Array): Float64Array {
  const out = new Float64Array(values.length).fill(NaN);
  const idx: number[] = [];
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) idx.push(i);
  const order = Uint32Array.from(idx).sort((a, b) => values[a]! - values[b]!);
  const n = order.length;
  for (let i = 0; i < n;) {
    let j = i;
    while (j + 1 < n && values[order[j + 1]!] === values[order[i]!]) j++;
    const u = (i + (j - i + 1) / 2) / n;
    for (let k = i; k <= j; k++) out[order[k]!] = u;
    i = j + 1;
  }
  return out;
}

/**
 * Mid-rank percentile (0–1) of every finite value among the finite values of the reference
 * rows only: u = (#{ref < v} + ½ #{ref = v}) / #ref. Rows outside the reference are placed
 * within its distribution without moving it. NaN for non-finite values or an empty reference.
 */
export function midRankPercentilesAmong(values: Float64Array, reference: Uint8Array): Float64Array {
  const out = new Float64Array(values.length).fill(NaN);
  let m = 0;
  for (let i = 0; i < values.length; i++) if (reference[i] && Number.isFinite(values[i])) m++;
  if (m === 0) return out;
  const sorted = new Float64Array(m);
  m = 0;
  for (let i = 0; i < values.length; i++) if (reference[i] && Number.isFinite(values[i])) sorted[m++] = values[i]!;
  sorted.sort();
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    const below = countBelow(sorted, v, false);
    const atOrBelow = countBelow(sorted, v, true);
    out[i] = (below + (atOrBelow - below) / 2) / m;
  }
  return out;
}

/** Number of entries of an ascending array that are < v (strict) or ≤ v (inclusive). */
function countBelow(sorted: Float64Array, v: number, inclusive: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const x = sorted[mid]!;
    if (x < v || (inclusive && x === v)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
