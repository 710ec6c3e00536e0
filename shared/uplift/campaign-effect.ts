// A campaign's effect from its two groups: the rates, the uplift (treatment − control) with
// Newcombe's interval (and Wald's), the p-value, then what it is worth — saved customers =
// uplift × treated, saved value = saved customers × the treated customers' mean CLV, and
// ROI = (saved value − cost) / cost. Saved customers, value and ROI rise with the uplift, so
// their intervals are the uplift's limits carried through the same arithmetic.
import { newcombeInterval, twoProportionTest, waldInterval, type Interval, type Proportion } from './intervals';

export interface EffectInput {
  readonly treatment: Proportion;
  readonly control: Proportion;
  readonly alpha?: number;
  /** Mean CLV of the treated customers (yuan); null when unknown. */
  readonly meanClv?: number | null;
  /** What the campaign cost (yuan); null when not recorded. */
  readonly cost?: number | null;
}

export interface Estimate {
  readonly estimate: number;
  readonly interval: Interval;
}

export interface CampaignEffect {
  readonly treatmentRate: number;
  readonly controlRate: number;
  readonly uplift: number;
  readonly newcombe: Interval;
  readonly wald: Interval;
  readonly z: number;
  readonly pValue: number;
  readonly savedCustomers: Estimate;
  readonly savedValue: Estimate | null;
  readonly cost: number | null;
  /** Null without a value or without a positive cost. */
  readonly roi: Estimate | null;
}

function scaled(uplift: number, interval: Interval, factor: number): Estimate {
  return { estimate: uplift * factor, interval: { lower: interval.lower * factor, upper: interval.upper * factor } };
}

export function campaignEffect(input: EffectInput): CampaignEffect {
  const alpha = input.alpha ?? 0.05;
  const { treatment, control } = input;
  const treatmentRate = treatment.successes / treatment.n;
  const controlRate = control.successes / control.n;
  const uplift = treatmentRate - controlRate;
  const newcombe = newcombeInterval(treatment, control, alpha);
  const test = twoProportionTest(treatment, control);
  const savedCustomers = scaled(uplift, newcombe, treatment.n);
  const meanClv = input.meanClv ?? null;
  const savedValue = meanClv === null || !Number.isFinite(meanClv) ? null : scaled(uplift, newcombe, treatment.n * meanClv);
  const cost = input.cost ?? null;
  const roi =
    savedValue === null || cost === null || !(cost > 0)
      ? null
      : {
          estimate: (savedValue.estimate - cost) / cost,
          interval: { lower: (savedValue.interval.lower - cost) / cost, upper: (savedValue.interval.upper - cost) / cost },
        };
  return { treatmentRate, controlRate, uplift, newcombe, wald: waldInterval(treatment, control, alpha), z: test.z, pValue: test.pValue, savedCustomers, savedValue, cost, roi };
}
