"""Streaming mean, variance, skewness and kurtosis with Welford/Terriberry updates.

A stream of LCG samples (a mixture of two uniform clusters, so skewed) is consumed one
value at a time; the first four central moment sums are updated with the numerically
stable one-pass recurrences. Snapshots of (mean, variance) are taken every 1/4 of the
stream, and the final sample skewness and excess kurtosis are returned.

Keywords: online statistics, welford algorithm, moments, skewness, kurtosis
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(120000,), cases=[(0,), (1,), (2,), (3,), (50,)])
def welford_running_moments(n: int) -> Tuple[List[Tuple[float, float]], float, float, float, float]:
    """One-pass moments of n samples; return snapshots, mean, variance, skew, kurtosis."""
    state = 555
    count = 0
    mean = m2 = m3 = m4 = 0.0
    snapshots = []
    step = max(n // 4, 1)
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        u = state / 0x7FFFFFFF
        x = u * 2.0 if state % 5 else 10.0 + u * 4.0
        n1 = count
        count += 1
        delta = x - mean
        delta_n = delta / count
        delta_n2 = delta_n * delta_n
        term1 = delta * delta_n * n1
        mean += delta_n
        m4 += term1 * delta_n2 * (count * count - 3 * count + 3) + 6 * delta_n2 * m2 - 4 * delta_n * m3
        m3 += term1 * delta_n * (count - 2) - 3 * delta_n * m2
        m2 += term1
        if (i + 1) % step == 0:
            snapshots.append((mean, m2 / count))
    variance = m2 / (count - 1) if count > 1 else 0.0
    skew = (count ** 0.5) * m3 / m2 ** 1.5 if m2 > 0 else 0.0
    kurt = count * m4 / (m2 * m2) - 3.0 if m2 > 0 else 0.0
    return snapshots, mean, variance, skew, kurt
