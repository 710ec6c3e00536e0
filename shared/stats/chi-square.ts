// The chi-square distribution's upper tail, for the sample-ratio-mismatch check of a campaign's
// groups: P(χ²_k > x) = Q(k/2, x/2).
import { gammaQ } from './incomplete-gamma';

export function chiSquareSurvival(x: number, degreesOfFreedom: number): number {
  if (!(degreesOfFreedom > 0) || Number.isNaN(x)) return NaN;
  if (x <= 0) return 1;
  return gammaQ(degreesOfFreedom / 2, x / 2);
}
