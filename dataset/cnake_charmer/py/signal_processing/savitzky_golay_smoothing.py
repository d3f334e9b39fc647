"""Savitzky-Golay smoothing: least-squares polynomial convolution coefficients.

For a window of 2m+1 points and polynomial order k, the smoothing coefficients are the
first row of the pseudo-inverse of the Vandermonde design matrix, found by solving the
(k+1)x(k+1) normal equations with Gaussian elimination. They are applied to a noisy
signal (interior points only). Returns the coefficients, the RMS error before and
after smoothing and samples.

Keywords: savitzky golay, smoothing filter, least squares, polynomial fit, normal equations
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _coefficients(m: int, k: int) -> List[float]:
    offsets = list(range(-m, m + 1))
    size = k + 1
    gram = [[float(sum(t ** (i + j) for t in offsets)) for j in range(size)] for i in range(size)]
    # Solve gram * c = e0 (first unit vector); then coefficient for offset t is sum_j c_j t^j.
    aug = [row[:] + [1.0 if i == 0 else 0.0] for i, row in enumerate(gram)]
    for col in range(size):
        pivot = max(range(col, size), key=lambda r: abs(aug[r][col]))
        aug[col], aug[pivot] = aug[pivot], aug[col]
        for r in range(size):
            if r != col:
                f = aug[r][col] / aug[col][col]
                aug[r] = [a - f * b for a, b in zip(aug[r], aug[col])]
    c = [aug[i][size] / aug[i][i] for i in range(size)]
    return [sum(c[j] * t ** j for j in range(size)) for t in offsets]


@python_benchmark(args=(50000, 6, 3), cases=[(0, 2, 2), (5, 3, 2), (30, 2, 0), (40, 4, 4)])
def savitzky_golay_smoothing(n: int, m: int, k: int) -> Tuple[List[float], float, float, List[float]]:
    """Smooth n noisy samples with a (2m+1)-point, order-k Savitzky-Golay filter."""
    if m < 0 or k < 0 or k > 2 * m:
        return [], 0.0, 0.0, []
    coeffs = _coefficients(m, k)
    state = 9999
    clean = [math.sin(0.004 * i) + 0.3 * math.cos(0.011 * i) for i in range(n)]
    noisy = []
    for v in clean:
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        noisy.append(v + 0.2 * (state / 0x7FFFFFFF - 0.5))
    smooth = noisy[:]
    for i in range(m, n - m):
        smooth[i] = sum(c * noisy[i + t] for c, t in zip(coeffs, range(-m, m + 1)))
    before = math.sqrt(sum((a - b) ** 2 for a, b in zip(noisy, clean)) / n) if n else 0.0
    after = math.sqrt(sum((a - b) ** 2 for a, b in zip(smooth, clean)) / n) if n else 0.0
    return coeffs, before, after, smooth[:: max(n // 6, 1)]
