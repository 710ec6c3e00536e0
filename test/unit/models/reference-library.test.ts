/**
 * Our engine against stored reference-library outputs on public data (scikit-learn and
 * statsmodels on the telecom churn table; R survival::survfit and statsmodels on R's lung and aml
 * data). The outputs were produced by scripts/acceptance/scoring-reference.sh; see
 * test/fixtures/reference/PROVENANCE.md for the command and library versions. CI has no
 * Python or R, so the stored numbers let it check the engine all the same.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type ComparisonRow, compareScoring, loadReferenceInputs, withinTolerance } from '../../../scripts/acceptance/scoring-reference-compare';
import { fitLogistic } from '../../../shared/models/logistic';

const DIR = fileURLToPath(new URL('../../fixtures/reference/', import.meta.url));
const inputs = loadReferenceInputs(DIR, `${DIR}cn-telecom-churn.csv`);
const rows = compareScoring(inputs);
const section = (prefix: string): ComparisonRow[] => rows.filter((r) => r.quantity.startsWith(prefix));

describe('engine vs reference libraries (stored outputs)', () => {
  it('covers every reference: 3 logistic fits, 3 fixed scores, 6 survfit curves, 2 SurvfuncRight curves', () => {
    expect(inputs.telecom.n).toBe(inputs.python.telecom.n);
    expect(section('logistic λ=1 vs sklearn').length).toBeGreaterThanOrEqual(9);
    expect(section('logistic λ=10 vs sklearn').length).toBeGreaterThanOrEqual(9);
    expect(section('logistic λ=0 vs statsmodels').length).toBeGreaterThanOrEqual(14);
    expect(section('rocAuc(')).toHaveLength(3);
    expect(inputs.r.curves.map((c) => c.label)).toEqual(['lung:all', 'lung:female', 'lung:male', 'aml:all', 'aml:Maintained', 'aml:Nonmaintained']);
    for (const c of inputs.r.curves) expect(section(`KM ${c.label} vs R survfit`).length).toBeGreaterThanOrEqual(9);
    expect(section('KM lung:all vs statsmodels')).toHaveLength(3);
    expect(section('KM aml:all vs statsmodels')).toHaveLength(3);
  });

  it.each(rows.map((r) => [r.quantity, r] as const))('%s', (_, r) => {
    expect(r.diff, `ours ${r.ours} vs reference ${r.reference}`).toBeLessThanOrEqual(r.tol);
  });

  it('λ maps to scikit-learn C = 1/λ: at C = 1 our standardised coefficients are sklearn’s', () => {
    const { X, y, n, p } = inputs.telecom;
    const ref = inputs.python.telecom.sklearn.find((s) => s.lambda === 1)!;
    const m = fitLogistic(X, n, p, y, { lambda: 1 });
    m.coefStd.forEach((b, j) => expect(b).toBeCloseTo(ref.coefStd[j]!, 8));
    // A different penalty would not pass: λ = 2 moves the largest coefficient by far more.
    const m2 = fitLogistic(X, n, p, y, { lambda: 2 });
    expect(Math.abs(m2.coefStd[2]! - ref.coefStd[2]!)).toBeGreaterThan(1e-3);
  });

  it('the comparison flags a disagreement (a reference nudged by 1e-5 fails its row)', () => {
    const nudged = structuredClone(inputs.python);
    nudged.telecom.sklearn[0]!.coefStd[2]! += 1e-5;
    const bad = compareScoring({ ...inputs, python: nudged }).filter((r) => !withinTolerance(r));
    expect(bad.map((r) => r.quantity)).toEqual(['logistic λ=1 vs sklearn: β(被叫次数) (std)']);
  });
});
