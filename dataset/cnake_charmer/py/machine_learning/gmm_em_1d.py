"""Expectation-maximisation for a one-dimensional Gaussian mixture.

Samples come from three Gaussians (Box-Muller on LCG uniforms). The mixture starts from
components spread over the data range with equal weights and the overall variance; each
EM iteration computes responsibilities with a log-sum-exp guard, then re-estimates the
weights, means and variances. Returns the weights, means, standard deviations and the
log-likelihood trace.

Keywords: gaussian mixture, em algorithm, expectation maximisation, responsibilities, clustering
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(2000, 3, 25), cases=[(0, 2, 5), (1, 1, 3), (10, 2, 0), (50, 2, 10), (300, 4, 8)],
                  tolerance=1e-6)
def gmm_em_1d(n: int, k: int, iters: int) -> Tuple[List[float], List[float], List[float], List[float]]:
    """Fit a k-component 1-D GMM by EM; return (weights, means, stds, loglik trace)."""
    if n <= 0 or k <= 0:
        return [], [], [], []
    state = 1357
    centres = (-4.0, 1.0, 5.0)
    spreads = (1.0, 0.6, 1.5)
    data = []
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        u1 = (state + 1) / 0x80000000
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        u2 = state / 0x80000000
        z = math.sqrt(-2.0 * math.log(u1)) * math.cos(2.0 * math.pi * u2)
        data.append(centres[i % 3] + spreads[i % 3] * z)
    lo, hi = min(data), max(data)
    mean_all = sum(data) / n
    var_all = sum((x - mean_all) ** 2 for x in data) / n + 1e-6
    weights = [1.0 / k] * k
    means = [lo + (hi - lo) * (c + 0.5) / k for c in range(k)]
    variances = [var_all] * k
    trace = []
    for _ in range(iters):
        resp = []
        loglik = 0.0
        for x in data:
            logs = [math.log(w) - 0.5 * math.log(2.0 * math.pi * v) - (x - m) ** 2 / (2.0 * v)
                    for w, m, v in zip(weights, means, variances)]
            top = max(logs)
            total = 0.0
            for value in logs:
                total += math.exp(value - top)
            norm = top + math.log(total)
            loglik += norm
            resp.append([math.exp(value - norm) for value in logs])
        trace.append(loglik)
        for c in range(k):
            nk = 0.0
            sx = 0.0
            for r, x in zip(resp, data):
                nk += r[c]
                sx += r[c] * x
            nk = max(nk, 1e-12)
            mu = sx / nk
            sv = 0.0
            for r, x in zip(resp, data):
                sv += r[c] * (x - mu) * (x - mu)
            weights[c] = max(nk / n, 1e-12)
            means[c] = mu
            variances[c] = sv / nk + 1e-6
    return weights, means, [math.sqrt(v) for v in variances], trace
