/**
 * Our scoring maths (shared/models) against reference-library numbers on public data:
 * logistic regression and AUC against scikit-learn and statsmodels (telecom churn table),
 * and Kaplan–Meier curves with log-log 95 % bands against R survival::survfit and
 * statsmodels' SurvfuncRight (R's lung and aml data sets).
 *
 * The reference numbers come from scoring-reference.py and scoring-reference.R. The acceptance
 * script makes them fresh. test/fixtures/reference/ keeps a stored copy, so the unit test can
 * check the engine without Python or R.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type KmCurve, kaplanMeier } from '../../shared/models/kaplan-meier';
import { fitLogistic, predictLogistic } from '../../shared/models/logistic';
import { averagePrecision, rocAuc } from '../../shared/models/metrics';

export interface ComparisonRow {
  quantity: string;
  ours: number;
  reference: number;
  diff: number;
  tol: number;
}

interface LogisticReference {
  lambda: number;
  interceptStd: number;
  coefStd: number[];
  logLik: number;
  auc: number;
  averagePrecision?: number;
  intercept?: number;
  coef?: number[];
}

export interface PythonReference {
  producedBy: Record<string, string>;
  telecom: {
    features: string[];
    label: string;
    n: number;
    positives: number;
    means: number[];
    sds: number[];
    sklearn: LogisticReference[];
    statsmodels: LogisticReference;
    metrics: { score: string; auc: number; averagePrecision: number }[];
  };
  kaplanMeier: { label: string; time: number[]; nRisk: number[]; nEvent: number[]; surv: number[]; seSurv: number[] }[];
}

export interface RCurve {
  label: string;
  n: number;
  median: number | null;
  time: number[];
  nRisk: number[];
  nEvent: number[];
  nCensor: number[];
  surv: number[];
  seSurv: number[];
  lower: (number | null)[];
  upper: (number | null)[];
}

export interface RReference {
  producedBy: Record<string, string>;
  curves: RCurve[];
}

export interface SurvivalData {
  time: number[];
  event: number[];
  group: string[];
}

export interface ReferenceInputs {
  telecom: { X: Float64Array; y: Uint8Array; n: number; p: number; features: string[] };
  survival: Record<string, SurvivalData>;
  python: PythonReference;
  r: RReference;
}

/** Header-keyed rows of a plain CSV (no quoting: all our reference tables are quote-free). */
function readCsv(file: string): Record<string, string>[] {
  const lines = readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  const header = lines[0]!.split(',');
  return lines.slice(1).map((l) => {
    const cells = l.split(',');
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  });
}

/** Reads the reference JSONs and survival CSVs in `refDir` and the telecom table. */
export function loadReferenceInputs(refDir: string, telecomCsv: string): ReferenceInputs {
  const python = JSON.parse(readFileSync(path.join(refDir, 'python-reference.json'), 'utf8')) as PythonReference;
  const r = JSON.parse(readFileSync(path.join(refDir, 'r-survival-reference.json'), 'utf8')) as RReference;
  const rows = readCsv(telecomCsv);
  const features = python.telecom.features;
  const n = rows.length;
  const p = features.length;
  const X = new Float64Array(n * p);
  const y = new Uint8Array(n);
  rows.forEach((row, i) => {
    features.forEach((f, j) => (X[i * p + j] = Number(row[f])));
    y[i] = Number(row[python.telecom.label]);
  });
  const survival: Record<string, SurvivalData> = {};
  for (const name of ['lung', 'aml']) {
    const s = readCsv(path.join(refDir, `survival-${name}.csv`));
    survival[name] = { time: s.map((x) => Number(x.time)), event: s.map((x) => Number(x.event)), group: s.map((x) => x.group ?? '') };
  }
  return { telecom: { X, y, n, p, features }, survival, python, r };
}

const row = (quantity: string, ours: number, reference: number, tol: number): ComparisonRow => ({
  quantity,
  ours,
  reference,
  diff: Math.abs(ours - reference),
  tol,
});

/** The element of a vector comparison with the largest |diff| (NaN diff counts as a failure). */
function worst(quantity: string, ours: number[], reference: (number | null)[], tol: number): ComparisonRow {
  if (ours.length !== reference.length) return row(`${quantity} (length ${ours.length} vs ${reference.length})`, ours.length, reference.length, 0);
  let at = -1;
  let max = -1;
  let compared = 0;
  for (let i = 0; i < ours.length; i++) {
    const ref = reference[i];
    if (ref === null || ref === undefined) continue;
    compared++;
    const d = Math.abs(ours[i]! - ref);
    if (Number.isNaN(d)) return row(`${quantity} [i=${i}]`, ours[i]!, ref, tol);
    if (d > max) {
      max = d;
      at = i;
    }
  }
  if (at < 0) return row(`${quantity} (nothing to compare)`, NaN, NaN, tol);
  return row(`${quantity} [max of ${compared}, i=${at}]`, ours[at]!, reference[at]!, tol);
}

// Both sides run Newton to a gradient of ~1e-12: coefficients agree far below this.
const COEF_TOL = 1e-6;
// Closed forms evaluated in double precision on both sides.
const EXACT_TOL = 1e-12;

function logisticRows(inp: ReferenceInputs): ComparisonRow[] {
  const { X, y, n, p, features } = inp.telecom;
  const ref = inp.python.telecom;
  const out: ComparisonRow[] = [];
  const fits: [string, LogisticReference][] = [...ref.sklearn.map((s): [string, LogisticReference] => ['sklearn', s]), ['statsmodels', ref.statsmodels]];
  for (const [lib, r] of fits) {
    const m = fitLogistic(X, n, p, y, { lambda: r.lambda });
    const tag = `logistic λ=${r.lambda} vs ${lib}`;
    out.push(row(`${tag}: intercept (std)`, m.interceptStd, r.interceptStd, COEF_TOL));
    features.forEach((f, j) => out.push(row(`${tag}: β(${f}) (std)`, m.coefStd[j]!, r.coefStd[j]!, COEF_TOL)));
    if (r.coef && r.intercept !== undefined) {
      out.push(row(`${tag}: intercept (raw)`, m.intercept, r.intercept, COEF_TOL));
      features.forEach((f, j) => out.push(row(`${tag}: β(${f}) (raw)`, m.coef[j]!, r.coef![j]!, COEF_TOL)));
    }
    out.push(row(`${tag}: log-likelihood`, m.logLik, r.logLik, 1e-6));
    const prob = predictLogistic(m, X, n);
    // Probabilities agree to ~1e-9, far apart from the closest pair of distinct predictions,
    // so both rank the customers identically and the AUCs agree exactly.
    out.push(row(`${tag}: AUC`, rocAuc(prob, y), r.auc, 1e-9));
    if (r.averagePrecision !== undefined) out.push(row(`${tag}: average precision`, averagePrecision(prob, y), r.averagePrecision, 1e-9));
  }
  for (const c of ref.metrics) {
    const negate = c.score.startsWith('-');
    const j = features.indexOf(negate ? c.score.slice(1) : c.score);
    const s = Float64Array.from({ length: n }, (_, i) => (negate ? -1 : 1) * X[i * p + j]!);
    out.push(row(`rocAuc(${c.score}) vs sklearn roc_auc_score`, rocAuc(s, y), c.auc, EXACT_TOL));
    out.push(row(`averagePrecision(${c.score}) vs sklearn`, averagePrecision(s, y), c.averagePrecision, EXACT_TOL));
  }
  return out;
}

function curveFor(inp: ReferenceInputs, label: string): KmCurve {
  const [name, group] = label.split(':') as [string, string];
  const d = inp.survival[name];
  if (!d) throw new Error(`no survival data for ${label}`);
  const keep = d.time.map((_, i) => i).filter((i) => group === 'all' || d.group[i] === group);
  return kaplanMeier(
    keep.map((i) => d.time[i]!),
    keep.map((i) => d.event[i]!),
  );
}

function kmRows(inp: ReferenceInputs): ComparisonRow[] {
  const out: ComparisonRow[] = [];
  for (const r of inp.r.curves) {
    const km = curveFor(inp, r.label);
    const pts = km.points;
    const tag = `KM ${r.label} vs R survfit`;
    out.push(row(`${tag}: n`, km.n, r.n, 0));
    out.push(
      worst(
        `${tag}: time`,
        pts.map((q) => q.time),
        r.time,
        0,
      ),
    );
    out.push(
      worst(
        `${tag}: n at risk`,
        pts.map((q) => q.nRisk),
        r.nRisk,
        0,
      ),
    );
    out.push(
      worst(
        `${tag}: events`,
        pts.map((q) => q.nEvents),
        r.nEvent,
        0,
      ),
    );
    out.push(
      worst(
        `${tag}: censored`,
        pts.map((q) => q.nCensored),
        r.nCensor,
        0,
      ),
    );
    out.push(
      worst(
        `${tag}: S(t)`,
        pts.map((q) => q.survival),
        r.surv,
        EXACT_TOL,
      ),
    );
    out.push(
      worst(
        `${tag}: Greenwood SE of S(t)`,
        pts.map((q) => q.se),
        r.seSurv,
        EXACT_TOL,
      ),
    );
    // R leaves the band undefined (NA) where S = 0; those points are skipped.
    out.push(
      worst(
        `${tag}: 95% lower (log-log)`,
        pts.map((q) => q.lower),
        r.lower,
        1e-10,
      ),
    );
    out.push(
      worst(
        `${tag}: 95% upper (log-log)`,
        pts.map((q) => q.upper),
        r.upper,
        1e-10,
      ),
    );
    if (r.median !== null) out.push(row(`${tag}: median`, km.median ?? NaN, r.median, 0));
  }
  for (const s of inp.python.kaplanMeier) {
    const km = curveFor(inp, s.label);
    const tag = `KM ${s.label} vs statsmodels SurvfuncRight`;
    const byTime = new Map(km.points.map((q) => [q.time, q]));
    const at = s.time.map((t) => byTime.get(t));
    out.push(
      worst(
        `${tag}: S(t) at event times`,
        at.map((q) => q?.survival ?? NaN),
        s.surv,
        EXACT_TOL,
      ),
    );
    out.push(
      worst(
        `${tag}: Greenwood SE`,
        at.map((q) => q?.se ?? NaN),
        s.seSurv,
        EXACT_TOL,
      ),
    );
    out.push(
      worst(
        `${tag}: n at risk`,
        at.map((q) => q?.nRisk ?? NaN),
        s.nRisk,
        0,
      ),
    );
  }
  return out;
}

export function compareScoring(inp: ReferenceInputs): ComparisonRow[] {
  return [...logisticRows(inp), ...kmRows(inp)];
}

/** NaN never passes. */
export const withinTolerance = (r: ComparisonRow): boolean => r.diff <= r.tol;
