#!/usr/bin/python3
"""statsmodels' answers for the ResumeNames fixture (test/fixtures/experiments/resume-names/),
stored in its reference.json so the reproduction test needs no Python. Run once by hand:

  /usr/bin/python3 test/reference/experiments/resume_names_reference.py > test/fixtures/experiments/resume-names/reference.json

Counts come from the committed outcomes.csv itself (treatment = 实验组 = White-sounding names,
control = 对照组 = African-American-sounding names; success = 是 = called back), overall and per
owner (= city); difference = treatment − control.
"""
import csv
import json
import os

import statsmodels
from statsmodels.stats.proportion import confint_proportions_2indep, proportions_ztest

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'fixtures', 'experiments', 'resume-names')


def counts(rows):
    t = [r for r in rows if r['group'] == '实验组']
    c = [r for r in rows if r['group'] == '对照组']
    return sum(r['outcome'] == '是' for r in t), len(t), sum(r['outcome'] == '是' for r in c), len(c)


def case(key, rows):
    x1, n1, x2, n2 = counts(rows)
    newcombe = confint_proportions_2indep(x1, n1, x2, n2, method='newcomb', compare='diff', alpha=0.05)
    wald = confint_proportions_2indep(x1, n1, x2, n2, method='wald', compare='diff', alpha=0.05)
    z, p = proportions_ztest([x1, x2], [n1, n2])
    return {
        'key': key,
        'treatment': {'n': n1, 'successes': x1},
        'control': {'n': n2, 'successes': x2},
        'uplift': x1 / n1 - x2 / n2,
        'newcombe': [float(v) for v in newcombe],
        'wald': [float(v) for v in wald],
        'z': float(z),
        'p': float(p),
    }


with open(os.path.join(HERE, 'outcomes.csv'), encoding='utf-8') as f:
    rows = list(csv.DictReader(f))

out = {
    'versions': {'statsmodels': statsmodels.__version__},
    'overall': case(None, rows),
    'byOwner': [case(city, [r for r in rows if r['owner'] == city]) for city in ('Boston', 'Chicago')],
    'byGender': [case(g, [r for r in rows if r['gender'] == g]) for g in ('female', 'male')],
}
print(json.dumps(out, indent=1, ensure_ascii=False))
