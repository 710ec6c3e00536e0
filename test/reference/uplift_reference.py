#!/usr/bin/python3
"""Reference values for shared/uplift from statsmodels (Debian python3-statsmodels), stored in
uplift_reference.json so the tests need no Python: rerun after changing the cases.

  /usr/bin/python3 test/reference/uplift_reference.py > test/reference/uplift_reference.json

Cases: Newcombe (1998) Table II's eight examples (Statistics in Medicine 17:873-890), then
campaign-sized ones drawn with a fixed seed. Group 1 is the treatment, group 2 the control;
the difference is p1 - p2 (the uplift).
"""
import json
import random

import numpy as np
import scipy
import statsmodels
from scipy.optimize import brentq
from scipy.stats import chisquare
from statsmodels.stats.power import NormalIndPower
from statsmodels.stats.proportion import confint_proportions_2indep, proportions_ztest

NEWCOMBE = [(56, 70, 48, 80), (9, 10, 3, 10), (6, 7, 2, 7), (5, 56, 0, 29), (0, 10, 0, 20), (0, 10, 0, 10), (10, 10, 0, 20), (10, 10, 0, 10)]

rng = random.Random(20261205)
drawn = []
for _ in range(40):
    n1 = rng.randint(20, 20000)
    n2 = rng.randint(10, 8000)
    drawn.append((rng.randint(0, n1), n1, rng.randint(0, n2), n2))

intervals = []
for alpha in (0.05, 0.1):
    for (x1, n1, x2, n2) in NEWCOMBE + drawn:
        newcombe = confint_proportions_2indep(x1, n1, x2, n2, method='newcomb', compare='diff', alpha=alpha)
        wald = confint_proportions_2indep(x1, n1, x2, n2, method='wald', compare='diff', alpha=alpha)
        case = {'x1': x1, 'n1': n1, 'x2': x2, 'n2': n2, 'alpha': alpha, 'newcombe': [float(v) for v in newcombe], 'wald': [float(v) for v in wald]}
        # The pooled two-proportion z test is undefined when both groups are all 0 or all 1.
        if 0 < x1 + x2 < n1 + n2:
            z, p = proportions_ztest([x1, x2], [n1, n2])
            case['z'] = float(z)
            case['p'] = float(p)
        intervals.append(case)

srm = []
for observed, shares in [([8000, 2000], [0.8, 0.2]), ([8120, 1880], [0.8, 0.2]), ([5010, 4990], [0.5, 0.5]), ([300, 330, 370], [1 / 3, 1 / 3, 1 / 3]), ([1000, 140], [0.9, 0.1])]:
    total = sum(observed)
    stat, p = chisquare(observed, [s * total for s in shares])
    srm.append({'observed': observed, 'shares': shares, 'chi2': float(stat), 'p': float(p)})

mde = []
for (n1, n2, p0) in [(800, 200, 0.6), (4000, 1000, 0.3), (150, 150, 0.5), (20000, 5000, 0.12), (60, 15, 0.8)]:
    # NormalIndPower's own power function, solved tighter than solve_power's default tolerance (~1e-7).
    h = brentq(lambda e: NormalIndPower().power(e, nobs1=n1, alpha=0.05, ratio=n2 / n1, alternative='two-sided') - 0.8, 1e-6, 5, xtol=1e-15, rtol=1e-15)
    p1 = float(np.sin(np.arcsin(np.sqrt(p0)) + h / 2) ** 2)
    mde.append({'n1': n1, 'n2': n2, 'p0': p0, 'h': float(h), 'mde': p1 - p0})

print(json.dumps({'versions': {'statsmodels': statsmodels.__version__, 'scipy': scipy.__version__}, 'intervals': intervals, 'srm': srm, 'mde': mde}, indent=1))
