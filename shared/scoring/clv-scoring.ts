// P(alive), expected purchases and CLV for every customer of a snapshot (PRODUCT.md §5):
// BG/NBD on (x = repeat purchase days, t_x, T) in weeks, Gamma-Gamma on repeat buyers'
// mean spend per repeat purchase day, CLV = margin × E[spend] × discounted expected
// purchases per month over the horizon. Both models are fitted on at most `sampleSize`
// customers (every k-th buyer in id order, deterministic); all buyers are scored.
import { fitBgNbd, probabilityAlive, conditionalExpectedPurchases, type BgNbdFit, type BgNbdParams } from '../models/bgnbd';
import { conditionalExpectedSpend, fitGammaGamma, populationMeanSpend, type GammaGammaParams } from '../models/gamma-gamma';
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
  const fit = fitBgNbdOrSkip(frame, sample, warnings);
  if (!fit) return { bgnbd: null, gammaGamma: null, pAlive, expected90d, clv, warnings };
  const bg = fit.params;
  const gg = fitSpend(frame, sample, warnings);
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
  let unscored = 0;
  for (const r of buyers) {
    const x = frame.x[r]!;
    const tx = frame.tx[r]! / WEEK;
    const T = frame.age[r]! / WEEK;
    const key = `${x}|${frame.tx[r]}|${frame.age[r]}`;
    let hit = cache.get(key);
    if (!hit) {
      try {
        hit = [
          probabilityAlive(bg, x, tx, T),
          conditionalExpectedPurchases(bg, 90 / WEEK, x, tx, T),
          discountedPurchases(bg, x, tx, T, options.periods, options.periodLength, options.discountRate, scratch),
        ];
      } catch {
        // A series that cannot converge for this (x, t_x, T): this customer stays without values.
        hit = [NaN, NaN, NaN];
      }
      if (!hit.every(Number.isFinite)) hit = [NaN, NaN, NaN];
      cache.set(key, hit);
    }
    if (Number.isNaN(hit[0])) unscored++;
    pAlive[r] = hit[0];
    expected90d[r] = hit[1];
    if (gg) {
      const own = x >= 1 && frame.repeatSpend[r]! > 0 ? frame.repeatSpend[r]! : 0;
      const spend = conditionalExpectedSpend(gg.params, x, own);
      // q ≤ 1 leaves the population mean (and a light customer's posterior mean) infinite:
      // value those customers at their own mean spend, or the fitted buyers' mean without one.
      clv[r] = options.margin * (Number.isFinite(spend) ? spend : own > 0 ? own : gg.sampleMean) * hit[2];
    }
  }
  if (unscored > 0) warnings.push({ code: 'bgnbdPredictionFailed', params: { count: unscored } });
  return {
    bgnbd: { ...bg, logLik: fit.logLik, customers: sample.length },
    gammaGamma: gg ? { ...gg.params, customers: gg.customers } : null,
    pAlive,
    expected90d,
    clv,
    warnings,
  };
}

function fitBgNbdOrSkip(frame: FeatureFrame, sample: number[], warnings: SnapshotWarning[]): BgNbdFit | null {
  let repeatBuyers = 0;
  for (const r of sample) if (frame.x[r]! > 0) repeatBuyers++;
  let fit: BgNbdFit;
  try {
    fit = fitBgNbd(dedupe(frame, sample));
  } catch {
    // The refresh goes on without P(alive) and CLV rather than failing as a whole.
    warnings.push({ code: 'modelSkipped', params: { model: 'BG/NBD', customers: sample.length } });
    return null;
  }
  if (repeatBuyers === 0) warnings.push({ code: 'bgnbdNoRepeatBuyers', params: { customers: sample.length } });
  else if (fit.nbdLimit) warnings.push({ code: 'bgnbdFittedAsNbd' });
  if (!fit.converged) warnings.push({ code: 'bgnbdNotConverged' });
  if (fit.atBound && repeatBuyers > 0) warnings.push({ code: 'bgnbdAtBound' });
  return fit;
}

interface SpendFit {
  params: GammaGammaParams;
  customers: number;
  /** Mean m_x of the buyers fitted: the value per purchase when the model's own mean is infinite. */
  sampleMean: number;
}

function fitSpend(frame: FeatureFrame, sample: number[], warnings: SnapshotWarning[]): SpendFit | null {
  const repeat = sample.filter((r) => frame.x[r]! >= 1);
  const positive = repeat.filter((r) => frame.repeatSpend[r]! > 0 && Number.isFinite(frame.repeatSpend[r]!));
  if (positive.length < repeat.length) warnings.push({ code: 'gammaGammaExcluded', params: { count: repeat.length - positive.length } });
  if (positive.length < MIN_REPEAT_BUYERS) {
    warnings.push({ code: 'gammaGammaNotFitted', params: { min: MIN_REPEAT_BUYERS } });
    return null;
  }
  const x = Float64Array.from(positive, (r) => frame.x[r]!);
  const m = Float64Array.from(positive, (r) => frame.repeatSpend[r]!);
  try {
    const fit = fitGammaGamma(x, m);
    if (!fit.converged) warnings.push({ code: 'gammaGammaNotConverged' });
    if (fit.atBound) warnings.push({ code: 'gammaGammaAtBound' });
    if (!Number.isFinite(populationMeanSpend(fit.params))) warnings.push({ code: 'gammaGammaNoMeanSpend' });
    return { params: fit.params, customers: positive.length, sampleMean: m.reduce((acc, v) => acc + v, 0) / m.length };
  } catch {
    warnings.push({ code: 'modelSkipped', params: { model: 'Gamma-Gamma', customers: positive.length } });
    return null;
  }
}
