// Benchmark arithmetic: medians over repeated runs, ratios against a reference measured in
// the same run on the same machine (absolute times on a shared 2-core box mean little).
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
}

/** The 95th percentile (nearest rank): the tail a query target is set on. */
export function p95(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)] ?? NaN;
}

export function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

export function sample(fn: () => unknown, runs: number): number[] {
  fn(); // warm the page cache and statement cache once
  return Array.from({ length: runs }, () => time(fn));
}
