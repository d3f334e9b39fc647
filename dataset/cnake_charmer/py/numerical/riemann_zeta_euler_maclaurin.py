"""Riemann zeta at real arguments via Euler-Maclaurin summation.

zeta(s) for s > 1 is the partial sum of n^-s up to N - 1 plus the Euler-Maclaurin
tail: N^(1-s)/(s-1) + N^-s/2 + Bernoulli-number corrections with rising factorials of
s. The direct partial sum up to N is also kept, so the result contrasts the slow raw
series with the corrected value for each s on a grid.

Keywords: riemann zeta, euler maclaurin, series acceleration, bernoulli numbers, special functions
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

# B2, B4, ..., B12 divided by (2k)!
BERNOULLI_OVER_FACT = [1 / 12, -1 / 720, 1 / 30240, -1 / 1209600, 1 / 47900160, -691 / 1307674368000]


def _zeta(s: float, n_terms: int) -> Tuple[float, float]:
    partial = sum(k ** -s for k in range(1, n_terms))
    raw = partial + n_terms ** -s
    tail = n_terms ** (1.0 - s) / (s - 1.0) + 0.5 * n_terms ** -s
    rising = s
    power = n_terms ** (-s - 1.0)
    for j, coef in enumerate(BERNOULLI_OVER_FACT):
        tail += coef * rising * power
        rising *= (s + 2 * j + 1) * (s + 2 * j + 2)
        power /= n_terms * n_terms
    return partial + tail, raw


@python_benchmark(args=(400, 600), cases=[(0, 10), (1, 5), (3, 1), (4, 30)])
def riemann_zeta_euler_maclaurin(n_s: int, n_terms: int) -> List[Tuple[float, float]]:
    """(corrected, raw partial sum) of zeta(s) for n_s values of s in (1.1, 6]."""
    if n_terms < 1:
        return []
    return [_zeta(1.1 + 4.9 * (i + 1) / n_s, n_terms) for i in range(n_s)]
