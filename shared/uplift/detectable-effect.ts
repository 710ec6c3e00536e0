// The minimum detectable effect shown before a campaign starts: the smallest uplift over the
// control's expected rate that groups of these sizes find with the given power at level α
// (two-sided). Solved on Cohen's effect size h = 2·asin√p₁ − 2·asin√p₀, as statsmodels'
// NormalIndPower does (both tails of the test counted), then turned back into rate points.
import { normalCdf, normalQuantile } from '../stats/normal';

export interface DetectableEffectInput {
  readonly treated: number;
  readonly control: number;
  /** The control group's expected rate (e.g. last quarter's retention of this segment). */
  readonly baseline: number;
  readonly alpha?: number;
  readonly power?: number;
}

export interface DetectableEffect {
  /** Cohen's h. */
  readonly effectSize: number;
  /** p₁ − p₀ in rate points (0.05 = 5 points); null when even a rate of 1 would not be detected. */
  readonly uplift: number | null;
}

/** Power of the two-sided z test at standardized effect t = h·√(n₁n₂/(n₁+n₂)). */
function powerAt(t: number, criticalValue: number): number {
  return normalCdf(t - criticalValue) + normalCdf(-t - criticalValue);
}

export function detectableEffect(input: DetectableEffectInput): DetectableEffect {
  const alpha = input.alpha ?? 0.05;
  const power = input.power ?? 0.8;
  const { treated, control, baseline } = input;
  if (!(treated > 0 && control > 0) || !(baseline >= 0 && baseline <= 1)) return { effectSize: NaN, uplift: null };
  const criticalValue = normalQuantile(1 - alpha / 2);
  const scale = Math.sqrt((treated * control) / (treated + control));
  // Bisection on t: the power rises with t; the closed form z_{α/2} + z_β bounds it from above.
  let low = 0;
  let high = criticalValue + normalQuantile(power) + 1;
  for (let i = 0; i < 200 && high - low > 1e-15; i++) {
    const mid = (low + high) / 2;
    if (powerAt(mid, criticalValue) < power) low = mid;
    else high = mid;
  }
  const effectSize = (low + high) / 2 / scale;
  const angle = Math.asin(Math.sqrt(baseline)) + effectSize / 2;
  if (angle > Math.PI / 2) return { effectSize, uplift: null };
  return { effectSize, uplift: Math.sin(angle) ** 2 - baseline };
}
