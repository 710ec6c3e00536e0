"""Reference numbers from scikit-learn and statsmodels for our scoring engine.

Usage: /usr/bin/python3 scoring-reference.py TELECOM_CSV SURVIVAL_DIR OUT_JSON

- Logistic regression on the telecom churn table (features standardised with the population
  SD, as our engine does). Our objective is sum(log-loss) + (lambda/2)*||beta||^2 with the
  intercept unpenalised. scikit-learn's is C*sum(log-loss) + ||w||^2/2 with the intercept
  unpenalised (lbfgs/newton solvers), so lambda = 1/C. Unpenalised fits (lambda = 0) come from
  statsmodels' Logit maximum likelihood.
- AUC (mid-rank ties) and average precision come from sklearn.metrics, on fixed score vectors.
- Kaplan-Meier S(t) and Greenwood SE at event times come from statsmodels' SurvfuncRight,
  a second implementation next to R's survfit.
"""
import csv
import json
import sys

import numpy as np
import scipy
import sklearn
import statsmodels
import statsmodels.api as sm
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from statsmodels.duration.survfunc import SurvfuncRight

FEATURES = ["客户等级", "主叫次数", "被叫次数", "通话时长", "费用"]
LABEL = "流失"
LAMBDAS = [1.0, 10.0]


def read_telecom(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    X = np.array([[float(r[c]) for c in FEATURES] for r in rows])
    y = np.array([int(r[LABEL]) for r in rows])
    return X, y


def standardise(X):
    mean = X.mean(axis=0)
    sd = X.std(axis=0)  # ddof=0: population SD, as in shared/models/logistic.ts
    return (X - mean) / sd, mean, sd


def fit_sklearn(Z, y, lam):
    m = LogisticRegression(penalty="l2", C=1.0 / lam, solver="newton-cholesky", tol=1e-12, max_iter=1000)
    m.fit(Z, y)
    p = m.predict_proba(Z)[:, 1]
    return {
        "lambda": lam,
        "interceptStd": float(m.intercept_[0]),
        "coefStd": [float(v) for v in m.coef_[0]],
        "auc": float(roc_auc_score(y, p)),
        "averagePrecision": float(average_precision_score(y, p)),
        "logLik": float(np.sum(y * np.log(p) + (1 - y) * np.log1p(-p))),
        "iterations": int(m.n_iter_[0]),
    }


def fit_statsmodels(X, Z, y):
    std = sm.Logit(y, sm.add_constant(Z)).fit(method="newton", tol=1e-12, maxiter=100, disp=0)
    raw = sm.Logit(y, sm.add_constant(X)).fit(method="newton", tol=1e-12, maxiter=100, disp=0)
    p = raw.predict(sm.add_constant(X))
    return {
        "lambda": 0.0,
        "interceptStd": float(std.params[0]),
        "coefStd": [float(v) for v in std.params[1:]],
        "intercept": float(raw.params[0]),
        "coef": [float(v) for v in raw.params[1:]],
        "logLik": float(raw.llf),
        "auc": float(roc_auc_score(y, p)),
    }


def auc_cases(X, y):
    # Fixed scores, so only the metric is compared: a tie-heavy integer score (customer grade,
    # 4 levels), a continuous one (call duration), and its negation (AUC = 1 - AUC).
    cases = {
        "客户等级": X[:, 0],
        "通话时长": X[:, 3],
        "-通话时长": -X[:, 3],
    }
    return [
        {
            "score": name,
            "auc": float(roc_auc_score(y, s)),
            "averagePrecision": float(average_precision_score(y, s)),
        }
        for name, s in cases.items()
    ]


def km_cases(survival_dir):
    out = []
    for name in ["lung", "aml"]:
        with open(f"{survival_dir}/survival-{name}.csv", encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        t = np.array([float(r["time"]) for r in rows])
        e = np.array([int(r["event"]) for r in rows])
        sf = SurvfuncRight(t, e)
        out.append(
            {
                "label": f"{name}:all",
                "time": [float(v) for v in sf.surv_times],
                "nRisk": [float(v) for v in sf.n_risk],
                "nEvent": [float(v) for v in sf.n_events],
                "surv": [float(v) for v in sf.surv_prob],
                "seSurv": [float(v) for v in sf.surv_prob_se],
            }
        )
    return out


def main():
    telecom, survival_dir, out_path = sys.argv[1:4]
    X, y = read_telecom(telecom)
    Z, mean, sd = standardise(X)
    result = {
        "producedBy": {
            "python": sys.version.split()[0],
            "numpy": np.__version__,
            "scipy": scipy.__version__,
            "scikit-learn": sklearn.__version__,
            "statsmodels": statsmodels.__version__,
            "logistic": "LogisticRegression(penalty='l2', C=1/lambda, solver='newton-cholesky', tol=1e-12) on "
            "population-SD standardised features; statsmodels Logit(method='newton', tol=1e-12) for lambda = 0",
        },
        "telecom": {
            "features": FEATURES,
            "label": LABEL,
            "n": int(len(y)),
            "positives": int(y.sum()),
            "means": [float(v) for v in mean],
            "sds": [float(v) for v in sd],
            "sklearn": [fit_sklearn(Z, y, lam) for lam in LAMBDAS],
            "statsmodels": fit_statsmodels(X, Z, y),
            "metrics": auc_cases(X, y),
        },
        "kaplanMeier": km_cases(survival_dir),
    }
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
