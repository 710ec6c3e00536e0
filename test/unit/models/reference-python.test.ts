// BG/NBD, its NBD limit and Gamma-Gamma fitted by an independent implementation (Python, numpy
// and scipy.optimize, written from the papers: test/reference/bgnbd_reference.py) and by the
// engine, on CDNOW and on a history with no dropout (the boundary a/(a+b) → 0, where a real
// retail history used to stop the refresh). Skipped with a note without python3 + scipy.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fitBgNbd, type RfData } from '../../../shared/models/bgnbd';
import { fitGammaGamma } from '../../../shared/models/gamma-gamma';
import { Rng } from './rng';

const SCRIPT = fileURLToPath(new URL('../../reference/bgnbd_reference.py', import.meta.url));
// Debian's interpreter first: that is where apt puts scipy (a pyenv python on PATH would not see it).
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const probe = spawnSync(PYTHON, ['-c', 'import numpy, scipy'], { encoding: 'utf8' });
const hasScipy = probe.status === 0;
if (!hasScipy) console.log('[reference-python] python3 with numpy and scipy is missing (apt-get install -y python3-scipy): the reference comparison is skipped');

interface Reference {
  bgnbd: { r: number; alpha: number; a: number; b: number; ll: number };
  nbd: { r: number; alpha: number; ll: number };
  gg?: { p: number; q: number; v: number; ll: number };
}

function reference(rf: RfData, spend?: { x: number[]; m: number[] }): Reference {
  const w = rf.weights ? { w: Array.from(rf.weights) } : {};
  const input = JSON.stringify({ rf: { x: Array.from(rf.x), tx: Array.from(rf.tx), T: Array.from(rf.T), ...w }, ...(spend ? { spend } : {}) });
  const r = spawnSync(PYTHON, [SCRIPT], { input, encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`reference failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Reference;
}

const rel = (ours: number, ref: number): number => Math.abs(ours / ref - 1);

describe.skipIf(!hasScipy)('BG/NBD and Gamma-Gamma against an independent scipy implementation', () => {
  it('CDNOW: the same BG/NBD and Gamma-Gamma optimum (parameters to 1e-3, log-likelihood to 1e-6)', () => {
    const rows = readFileSync(new URL('../../fixtures/public/cdnow/cdnow_customers_summary_with_transactions.csv', import.meta.url), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',').map(Number));
    const rf = { x: rows.map((r) => r[1]!), tx: rows.map((r) => r[2]!), T: rows.map((r) => r[3]!) };
    const repeat = rows.filter((r) => r[1]! > 0);
    const spend = { x: repeat.map((r) => r[1]!), m: repeat.map((r) => r[4]!) };
    const ref = reference(rf, spend);
    const fit = fitBgNbd(rf);
    expect(fit.nbdLimit).toBe(false);
    for (const k of ['r', 'alpha', 'a', 'b'] as const) expect(rel(fit.params[k], ref.bgnbd[k]), `${k}: ${fit.params[k]} vs ${ref.bgnbd[k]}`).toBeLessThan(1e-3);
    expect(rel(fit.logLik, ref.bgnbd.ll)).toBeLessThan(1e-6);
    // The NBD is worse here: CDNOW has dropout, so the engine keeps the BG/NBD.
    expect(ref.nbd.ll).toBeLessThan(ref.bgnbd.ll - 100);
    const gg = fitGammaGamma(spend.x, spend.m);
    for (const k of ['p', 'q', 'v'] as const) expect(rel(gg.params[k], ref.gg![k]), `${k}: ${gg.params[k]} vs ${ref.gg![k]}`).toBeLessThan(1e-3);
    expect(rel(gg.logLik, ref.gg!.ll)).toBeLessThan(1e-6);
  });

  it('a history at the boundary a/(a+b) → 0: the engine fits the NBD limit a = 0, equal to the reference NBD, and no boxed BG/NBD point beats it', () => {
    // Gamma(0.6, 8) purchase rates per week, Poisson counts over 26–78 weeks, and every repeat
    // buyer's last purchase on the snapshot day (t_x = T). Then B(a, b+x−1)/B(a, b) ≤ 1 is the
    // whole of BG/NBD's dropout term, so the likelihood is highest at a = 0: the NBD, exactly.
    // Rows are de-duplicated into weights (the same likelihood; a faster reference).
    const rng = new Rng(20261204);
    const at = new Map<string, number>();
    const rf = { x: [] as number[], tx: [] as number[], T: [] as number[], weights: [] as number[] };
    for (let i = 0; i < 1500; i++) {
      const T = 26 + (i % 53);
      const lambda = rng.gamma(0.6) / 8;
      let k = 0;
      for (let t = rng.exponential(lambda); t <= T; t += rng.exponential(lambda)) k++;
      const key = `${k}|${T}`;
      const j = at.get(key);
      if (j !== undefined) rf.weights[j]!++;
      else {
        at.set(key, rf.x.length);
        rf.x.push(k);
        rf.tx.push(k > 0 ? T : 0);
        rf.T.push(T);
        rf.weights.push(1);
      }
    }
    const ref = reference(rf);
    const fit = fitBgNbd(rf);
    expect(fit.nbdLimit).toBe(true);
    expect(fit.params.a).toBe(0);
    expect(rel(fit.params.r, ref.nbd.r), `r: ${fit.params.r} vs ${ref.nbd.r}`).toBeLessThan(1e-3);
    expect(rel(fit.params.alpha, ref.nbd.alpha), `α: ${fit.params.alpha} vs ${ref.nbd.alpha}`).toBeLessThan(1e-3);
    expect(Math.abs(fit.logLik - ref.nbd.ll)).toBeLessThan(1e-6 * Math.abs(ref.nbd.ll));
    // The reference's boxed BG/NBD search ends at (or a hair below) the same likelihood, at the boundary.
    expect(ref.bgnbd.ll).toBeLessThanOrEqual(fit.logLik + 1e-9 * Math.abs(fit.logLik));
    expect(ref.bgnbd.ll).toBeGreaterThan(fit.logLik - 1e-4 * Math.abs(fit.logLik));
    expect(ref.bgnbd.a / (ref.bgnbd.a + ref.bgnbd.b)).toBeLessThan(1e-3);
  });
});
