"""Adaptive Simpson quadrature with recursive interval splitting.

Three awkward integrands (a narrow peak, an oscillation with growing frequency and a
square-root cusp) are integrated to a tolerance of 10^-tol_exp. Each interval is split
until the two half-interval Simpson estimates agree with the whole, with Richardson's
correction added. Returns the integrals and how many intervals were accepted.

Keywords: numerical integration, adaptive quadrature, simpson, recursion, error control
"""

import math
from typing import Callable, List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _adaptive(f: Callable[[float], float], a: float, b: float, fa: float, fm: float,
              fb: float, whole: float, tol: float, depth: int, counter: List[int]) -> float:
    m = 0.5 * (a + b)
    lm = 0.5 * (a + m)
    rm = 0.5 * (m + b)
    flm = f(lm)
    frm = f(rm)
    left = (m - a) / 6.0 * (fa + 4.0 * flm + fm)
    right = (b - m) / 6.0 * (fm + 4.0 * frm + fb)
    delta = left + right - whole
    if depth <= 0 or abs(delta) <= 15.0 * tol:
        counter[0] += 1
        return left + right + delta / 15.0
    return (_adaptive(f, a, m, fa, flm, fm, left, tol / 2.0, depth - 1, counter)
            + _adaptive(f, m, b, fm, frm, fb, right, tol / 2.0, depth - 1, counter))


@python_benchmark(args=(11,), cases=[(0,), (1,), (3,), (-2,)])
def adaptive_simpson_recursive(tol_exp: int) -> Tuple[List[float], int]:
    """Integrate three test functions to tolerance 10**-tol_exp."""
    tol = 10.0 ** (-tol_exp)
    suite = [
        (lambda x: 1.0 / (1e-4 + (x - 0.3) * (x - 0.3)), 0.0, 1.0),
        (lambda x: math.sin(x * x * x), 0.0, 6.0),
        (lambda x: math.sqrt(abs(x - 1.0)), 0.0, 3.0),
    ]
    counter = [0]
    results = []
    for f, a, b in suite:
        fa, fm, fb = f(a), f(0.5 * (a + b)), f(b)
        whole = (b - a) / 6.0 * (fa + 4.0 * fm + fb)
        results.append(_adaptive(f, a, b, fa, fm, fb, whole, tol, 50, counter))
    return results, counter[0]
