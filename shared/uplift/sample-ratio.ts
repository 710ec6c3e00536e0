// Sample-ratio mismatch: are a campaign's groups the sizes the random draw should give? A χ²
// goodness-of-fit test of the observed sizes against the drawn shares (scipy's chisquare). A tiny
// p-value means the assignment or the outcome recording lost customers unevenly, and the effect
// cannot be trusted as it stands; p < 0.001 is the usual alarm (Kohavi, Tang & Xu, "Trustworthy
// Online Controlled Experiments", ch. 21), strict because the check runs on every campaign.
import { chiSquareSurvival } from '../stats/chi-square';

export const SRM_ALARM_P = 0.001;

export interface SampleRatioCheck {
  readonly chiSquare: number;
  readonly degreesOfFreedom: number;
  readonly pValue: number;
  readonly mismatch: boolean;
}

export function sampleRatioCheck(observed: readonly number[], expectedShares: readonly number[]): SampleRatioCheck {
  if (observed.length !== expectedShares.length || observed.length < 2) throw new RangeError('sampleRatioCheck: one expected share per group, at least two groups');
  const total = observed.reduce((sum, n) => sum + n, 0);
  const shareTotal = expectedShares.reduce((sum, s) => sum + s, 0);
  let chiSquare = 0;
  observed.forEach((n, i) => {
    const expected = (total * (expectedShares[i] ?? 0)) / shareTotal;
    chiSquare += expected > 0 ? (n - expected) ** 2 / expected : 0;
  });
  const degreesOfFreedom = observed.length - 1;
  const pValue = total > 0 ? chiSquareSurvival(chiSquare, degreesOfFreedom) : NaN;
  return { chiSquare, degreesOfFreedom, pValue, mismatch: pValue < SRM_ALARM_P };
}
