// P(alive), expected purchases and CLV for every customer of a snapshot (PRODUCT.md §5):
// BG/NBD on (x = repeat purchase days, t_x, T) in weeks, Gamma-Gamma on repeat buyers'
// mean spend per repeat purchase day, CLV = margin × E[spend] × discounted expected
// purchases per month over the horizon. Both models are fitted on at most `sampleSize`
// customers (every k-th buyer in id order, deterministic); all buyers are scored.
import { fitBgNbd, probabilityAlive, conditionalExpectedPurchases, type BgNbdParams } from '../models/bgnbd';
import { conditionalExpectedSpend, fitGammaGamma, type GammaGammaParams } from '../models/gamma-gamma';
import { periodRateFromAnnual } from '../models/clv';
import { discountedPurchases } from './clv-fast';
import type { FeatureFrame } from './features';
import type { ScoringSettings } from './scoring-settings';
import type { SnapshotWarning } from '../contract/domains/snapshot-warnings';

export const WEEK = 7;
const MONTH_DAYS = 365.25 / 12;
/** Fewer buyers (BG/NBD) or repeat buyers with spend (Gamma-Gamma) cannot pin the models' parameters. */
const MIN_BUYERS = 50;
const MIN_REPEAT_BUYERS = 20;

export interface ClvResult {
  bgnbd: (BgNbdParams & { logLik: number; customers: number }) | null;
  gammaGamma: (GammaGammaParams & { customers: number }) | null;
  pAlive: Float64Array;
  expected90d: Float64Array;
  clv: Float64Array;
  warnings: SnapshotWarning[];
}

/** Identical (x, t_x, T) rows collapse into one weighted row: the likelihood is the same, the fit faster. */
function dedupe(frame: FeatureFrame, sample: number[]): { x: Float64Array; tx: Float64Array; T: Float64Array; weights: Float64Array } {
  const at = new Map<string, number>();
  const x: number[] = [];
  const tx: number[] = [];
  const T: number[] = [];
  const w: number[] = [];
  for (const r of sample) {
    const key = `${frame.x[r]}|${frame.tx[r]}|${frame.age[r]}`;
    const k = at.get(key);
    if (k !== undefined) {
      w[k]!++;
      continue;
    }
    at.set(key, x.length);
    x.push(frame.x[r]!);
    tx.push(frame.tx[r]! / WEEK);
    T.push(frame.age[r]! / WEEK);
    w.push(1);
  }
  return { x: Float64Array.from(x), tx: Float64Array.from(tx), T: Float64Array.from(T), weights: Float64Array.from(w) };
}

export function scoreClv(frame: FeatureFrame, settings: ScoringSettings): ClvResult {
  const m = frame.rows.length;
  const pAlive = new Float64Array(m).fill(NaN);
  const expected90d = new Float64Array(m).fill(NaN);
  const clv = new Float64Array(m).fill(NaN);
  const warnings: SnapshotWarning[] = [];
  const buyers: number[] = [];
  for (let r = 0; r < m; r++) if (frame.age[r]! > 0 || frame.x[r]! > 0) buyers.push(r);
  if (buyers.length < MIN_BUYERS) {
    warnings.push({ code: 'bgnbdNotFitted', params: { min: MIN_BUYERS } });
    return { bgnbd: null, gammaGamma: null, pAlive, expected90d, clv, warnings };
  }
  const stride = Math.max(1, Math.ceil(buyers.length / settings.fitSampleSize));
  const sample = buyers.filter((_, i) => i % stride === 0);
  const fit = fitBgNbd(dedupe(frame, sample));
  if (!fit.converged) warnings.push({ code: 'bgnbdNotConverged' });
  if (fit.atBound) warnings.push({ code: 'bgnbdAtBound' });
  const bg = fit.params;
  let gg: GammaGammaParams | null = null;
  const repeat = sample.filter((r) => frame.x[r]! >= 1 && frame.repeatSpend[r]! > 0);
  if (repeat.length >= MIN_REPEAT_BUYERS) {
    const ggFit = fitGammaGamma(
      Float64Array.from(repeat, (r) => frame.x[r]!),
      Float64Array.from(repeat, (r) => frame.repeatSpend[r]!),
    );
    if (!ggFit.converged) warnings.push({ code: 'gammaGammaNotConverged' });
    if (ggFit.atBound) warnings.push({ code: 'gammaGammaAtBound' });
    gg = ggFit.params;
  } else warnings.push({ code: 'gammaGammaNotFitted', params: { min: MIN_REPEAT_BUYERS } });
  const options = {
    periods: settings.clv.months,
    periodLength: MONTH_DAYS / WEEK,
    discountRate: periodRateFromAnnual(settings.clv.annualDiscountRate, 12),
    margin: settings.clv.margin,
  };
  // Customers share (x, t_x, T) often enough (same first and last order day) that caching
  // the per-customer BG/NBD quantities saves most of the hypergeometric evaluations.
  const cache = new Map<string, [number, number, number]>();
  const scratch = new Float64Array(options.periods + 1);
  for (const r of buyers) {
    const x = frame.x[r]!;
    const tx = frame.tx[r]! / WEEK;
    const T = frame.age[r]! / WEEK;
    const key = `${x}|${frame.tx[r]}|${frame.age[r]}`;
    let hit = cache.get(key);
    if (!hit) {
      hit = [
        probabilityAlive(bg, x, tx, T),
        conditionalExpectedPurchases(bg, 90 / WEEK, x, tx, T),
        discountedPurchases(bg, x, tx, T, options.periods, options.periodLength, options.discountRate, scratch),
      ];
      cache.set(key, hit);
    }
    pAlive[r] = hit[0];
    expected90d[r] = hit[1];
    if (gg) {
      const spend = conditionalExpectedSpend(gg, x, x >= 1 && frame.repeatSpend[r]! > 0 ? frame.repeatSpend[r]! : 0);
      clv[r] = options.margin * spend * hit[2];
    }
  }
  return {
    bgnbd: { ...bg, logLik: fit.logLik, customers: sample.length },
    gammaGamma: gg ? { ...gg, customers: repeat.length } : null,
    pAlive,
    expected90d,
    clv,
    warnings,
  };
}
