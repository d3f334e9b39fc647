"""Bessel function J0 and J1 from their power series, checked by a Wronskian-type identity.

J0(x) = sum (-1)^k (x/2)^(2k) / (k!)^2 and J1(x) = sum (-1)^k (x/2)^(2k+1) / (k! (k+1)!)
are summed term by term (each term from the previous) until terms fall below 1e-17 of
the partial sum. For m points in [0, 12] the sums, the largest residual of the identity
J0'(x) = -J1(x) (checked by a central difference) and samples are returned.

Keywords: special functions, bessel function, power series, term recurrence, numerical check
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _bessel_pair(x: float) -> Tuple[float, float]:
    q = -(x * x) / 4.0
    t0 = 1.0
    t1 = x / 2.0
    j0 = t0
    j1 = t1
    k = 0
    while True:
        k += 1
        t0 *= q / (k * k)
        t1 *= q / (k * (k + 1))
        j0 += t0
        j1 += t1
        if abs(t0) < 1e-17 * (1.0 + abs(j0)) and abs(t1) < 1e-17 * (1.0 + abs(j1)):
            break
    return j0, j1


@python_benchmark(args=(6000,), cases=[(0,), (1,), (2,), (17,)])
def bessel_j0_series_table(m: int) -> Tuple[float, float, float, List[Tuple[float, float]]]:
    """Series values of J0, J1 at m points; return sums, identity residual and samples."""
    h = 1e-5
    sum0 = 0.0
    sum1 = 0.0
    residual = 0.0
    samples = []
    for i in range(m):
        x = 12.0 * i / max(m - 1, 1)
        j0, j1 = _bessel_pair(x)
        sum0 += j0
        sum1 += j1
        plus, _ = _bessel_pair(x + h)
        minus, _ = _bessel_pair(x - h)
        residual = max(residual, abs((plus - minus) / (2.0 * h) + j1))
        if i % 1500 == 0:
            samples.append((j0, j1))
    return sum0, sum1, residual, samples
