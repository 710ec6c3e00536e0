#!/usr/bin/env python3
"""Independent reference fits of BG/NBD, its NBD limit and Gamma-Gamma, with numpy and scipy.

Written from the papers, not from the TypeScript engine:
  - BG/NBD: Fader, Hardie & Lee (2005), "Counting your customers the easy way", Marketing
    Science 24(2), eq. (6) and the Excel note's A1..A4 decomposition;
  - NBD (the BG/NBD limit with no dropout): L = Γ(r+x) α^r / (Γ(r) (α+T)^(r+x));
  - Gamma-Gamma: Fader & Hardie (2013), "The Gamma-Gamma model of monetary value", eq. (4).
Parameters are fitted on a log scale with scipy.optimize (Nelder-Mead, then L-BFGS-B inside
[1e-6, 1e6] as the engine's box).

stdin: {"rf": {"x": [...], "tx": [...], "T": [...], "w": [...]?}, "spend": {"x": [...], "m": [...]}?}
stdout: {"bgnbd": {r, alpha, a, b, ll}, "nbd": {r, alpha, ll}, "gg": {p, q, v, ll}?}
"""
import json
import sys

import numpy as np
from scipy.optimize import minimize
from scipy.special import gammaln

LOG_MAX = np.log(1e6)


def bgnbd_ll(params, x, tx, T, w):
    r, alpha, a, b = params
    a1 = gammaln(r + x) - gammaln(r) + r * np.log(alpha)
    a2 = gammaln(a + b) + gammaln(b + x) - gammaln(b) - gammaln(a + b + x)
    a3 = -(r + x) * np.log(alpha + T)
    with np.errstate(divide="ignore", invalid="ignore"):
        a4 = np.where(x > 0, np.log(a) - np.log(np.maximum(b + x - 1, 1e-300)) - (r + x) * np.log(alpha + tx), -np.inf)
    return float(np.sum(w * (a1 + a2 + np.logaddexp(a3, a4))))


def nbd_ll(params, x, T, w):
    r, alpha = params
    return float(np.sum(w * (gammaln(r + x) - gammaln(r) + r * np.log(alpha) - (r + x) * np.log(alpha + T))))


def gg_ll(params, x, m):
    p, q, v = params
    px = p * x
    return float(np.sum(gammaln(px + q) - gammaln(px) - gammaln(q) + q * np.log(v) + (px - 1) * np.log(m) + px * np.log(x) - (px + q) * np.log(v + m * x)))


def fit(loglik, start, scale):
    """Maximise loglik(exp(u)) over u in the box; Nelder-Mead first (no gradients), L-BFGS-B to polish."""

    def neg(u):
        u = np.clip(u, -LOG_MAX, LOG_MAX)
        value = -loglik(np.exp(u)) / scale
        return value if np.isfinite(value) else 1e300

    u0 = np.log(np.asarray(start, dtype=float))
    nm = minimize(neg, u0, method="Nelder-Mead", options={"xatol": 1e-10, "fatol": 1e-14, "maxiter": 40000, "maxfev": 80000})
    polished = minimize(neg, nm.x, method="L-BFGS-B", bounds=[(-LOG_MAX, LOG_MAX)] * len(u0), options={"ftol": 1e-15, "gtol": 1e-10, "maxiter": 5000})
    best = polished if polished.fun <= nm.fun else nm
    u = np.clip(best.x, -LOG_MAX, LOG_MAX)
    return np.exp(u), loglik(np.exp(u))


def main():
    data = json.load(sys.stdin)
    out = {}
    rf = data["rf"]
    x = np.asarray(rf["x"], dtype=float)
    tx = np.asarray(rf["tx"], dtype=float)
    T = np.asarray(rf["T"], dtype=float)
    w = np.asarray(rf.get("w", [1.0] * len(x)), dtype=float)
    n = float(np.sum(w))
    mean_rate = max(float(np.sum(w * x) / n), 0.1) / max(float(np.sum(w * T) / n), 1e-3)
    (r, alpha, a, b), ll = fit(lambda p: bgnbd_ll(p, x, tx, T, w), [1.0, 1.0 / mean_rate, 1.0, 1.0], n)
    out["bgnbd"] = {"r": r, "alpha": alpha, "a": a, "b": b, "ll": ll}
    (r, alpha), ll = fit(lambda p: nbd_ll(p, x, T, w), [1.0, 1.0 / mean_rate], n)
    out["nbd"] = {"r": r, "alpha": alpha, "ll": ll}
    if "spend" in data:
        sx = np.asarray(data["spend"]["x"], dtype=float)
        sm = np.asarray(data["spend"]["m"], dtype=float)
        (p, q, v), ll = fit(lambda g: gg_ll(g, sx, sm), [1.0, 2.0, float(np.mean(sm))], float(len(sx)))
        out["gg"] = {"p": p, "q": q, "v": v, "ll": ll}
    json.dump({k: {kk: float(vv) for kk, vv in d.items()} for k, d in out.items()}, sys.stdout)


if __name__ == "__main__":
    main()
