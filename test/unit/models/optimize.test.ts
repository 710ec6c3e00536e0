import { describe, expect, it } from 'vitest';
import { invertMatrix, minimize, numericHessian } from '../../../shared/models/optimize';

const rosen = (x: Float64Array): number => 100 * (x[1]! - x[0]! ** 2) ** 2 + (1 - x[0]!) ** 2;

describe('minimize (L-BFGS)', () => {
  it('solves Rosenbrock from the classic start (−1.2, 1) with numerical gradients', () => {
    const r = minimize(rosen, [-1.2, 1], { gtol: 1e-7 });
    expect(r.converged).toBe(true);
    expect(r.x[0]).toBeCloseTo(1, 5);
    expect(r.x[1]).toBeCloseTo(1, 5);
  });
  it('uses an analytic gradient when given', () => {
    const r = minimize(rosen, [-1.2, 1], {
      gtol: 1e-10,
      grad: (x, g) => {
        g[0] = -400 * x[0]! * (x[1]! - x[0]! ** 2) - 2 * (1 - x[0]!);
        g[1] = 200 * (x[1]! - x[0]! ** 2);
      },
    });
    expect(r.gradNorm).toBeLessThan(1e-10);
    expect(r.x[0]).toBeCloseTo(1, 9);
  });
  it('survives objectives that are infinite away from the optimum (log-scale overflow)', () => {
    // f(u) = e^{e^u} − 3 e^u: overflows for u > ~6.5; minimum at e^u = ln 3.
    const f = (x: Float64Array): number => Math.exp(Math.exp(x[0]!)) - 3 * Math.exp(x[0]!);
    const r = minimize(f, [4], { gtol: 1e-9 });
    expect(Math.exp(r.x[0]!)).toBeCloseTo(Math.log(3), 7);
  });
  it('numericHessian and invertMatrix recover a quadratic form', () => {
    const f = (x: Float64Array): number => 2 * x[0]! ** 2 + x[0]! * x[1]! + 3 * x[1]! ** 2;
    const H = numericHessian(f, Float64Array.from([0.3, -0.2]));
    expect(Array.from(H).map((v) => Math.round(v * 1e6) / 1e6)).toEqual([4, 1, 1, 6]);
    const inv = invertMatrix(H, 2)!;
    expect(inv[0]).toBeCloseTo(6 / 23, 6);
    expect(inv[1]).toBeCloseTo(-1 / 23, 6);
  });
});
