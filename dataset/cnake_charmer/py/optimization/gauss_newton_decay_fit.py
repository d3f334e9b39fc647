"""Fit exponential decay curves by Gauss-Newton least squares.

For a batch of noisy series y_t = a exp(-b t) + c + noise (parameters and noise from
a seeded LCG) the model parameters are estimated by Gauss-Newton: build the 3x3
normal equations J^T J delta = J^T r each iteration and solve them with Cramer's
rule, keeping the rate b inside [0.001, 5] for safety. The pair returns the mean absolute parameter errors, the total iterations and
the fitted parameters of the last series.

Keywords: optimization, gauss newton, nonlinear least squares, curve fitting, exponential decay
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def det3(m: List[List[float]]) -> float:
    return (m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
            - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
            + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]))


@python_benchmark(args=(80, 120, 15, 4), cases=[(0, 10, 5, 1), (1, 5, 0, 2), (3, 30, 10, 3), (2, 2, 5, 4)], tolerance=1e-7)
def gauss_newton_decay_fit(series: int, points: int, iterations: int, seed: int) -> Tuple[List[float], int, List[float]]:
    """Return (mean |error| of a, b, c, iterations performed, last fitted params)."""
    state = seed & 0x7FFFFFFF

    def uniform() -> float:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return state / 2147483648.0

    errors = [0.0, 0.0, 0.0]
    done = 0
    params = [0.0, 0.0, 0.0]
    for _ in range(series):
        true = [1.0 + 4.0 * uniform(), 0.05 + 0.3 * uniform(), uniform() - 0.5]
        ts = [0.25 * t for t in range(points)]
        ys = [true[0] * math.exp(-true[1] * t) + true[2] + 0.01 * (uniform() - 0.5) for t in ts]
        params = [ys[0] - ys[-1], 0.1, ys[-1]] if ys else [1.0, 0.1, 0.0]
        for _ in range(iterations):
            jtj = [[0.0] * 3 for _ in range(3)]
            jtr = [0.0] * 3
            for t, y in zip(ts, ys):
                e = math.exp(-params[1] * t)
                resid = y - (params[0] * e + params[2])
                grad = [e, -params[0] * t * e, 1.0]
                for i in range(3):
                    jtr[i] += grad[i] * resid
                    for j in range(3):
                        jtj[i][j] += grad[i] * grad[j]
            d = det3(jtj)
            if abs(d) < 1e-300:
                break
            step = []
            for k in range(3):
                mk = [[jtr[i] if j == k else jtj[i][j] for j in range(3)] for i in range(3)]
                step.append(det3(mk) / d)
            params = [p + s for p, s in zip(params, step)]
            params[1] = min(max(params[1], 0.001), 5.0)
            done += 1
        for k in range(3):
            errors[k] += abs(params[k] - true[k])
    if series > 0:
        errors = [e / series for e in errors]
    return errors, done, params
