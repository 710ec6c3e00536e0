// Positive model parameters are fitted on a log scale inside the box [1/max, max]: without it a
// flat likelihood (one price for everyone, no repeat buyers) lets the optimiser walk off to
// 1e9 and report nonsense. Outside the box the objective is evaluated at the clamped point plus
// a quadratic penalty on the distance, which keeps it smooth for the quasi-Newton steps.

export const BOUND_PENALTY = 1;

export interface LogBox {
  /** log(max): each log-parameter lies in [−bound, bound]. */
  readonly bound: number;
  /** Writes v clamped into the box into out; returns the squared distance moved. */
  clamp(v: Float64Array, out: Float64Array): number;
}

export function logBox(max: number): LogBox {
  const bound = Math.log(max);
  return {
    bound,
    clamp(v, out) {
      let excess = 0;
      for (let k = 0; k < v.length; k++) {
        const x = v[k]!;
        const c = x > bound ? bound : x < -bound ? -bound : x;
        out[k] = c;
        excess += (x - c) * (x - c);
      }
      return excess;
    },
  };
}
