"""Full linear convolution of integer and real signals by the direct sum.

An integer pulse train and a real-valued noisy chirp are each convolved with a kernel
(an integer triangle and a real damped cosine respectively) using the textbook
y[n] = sum_k x[k] h[n - k] over the full output length. Returns integer checksums,
the real output's energy and samples of both outputs.

Keywords: convolution, fir filtering, direct form, integer signal, linear filter
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _convolve(x: list, h: list) -> list:
    if not x or not h:
        return []
    out = [0 * x[0]] * (len(x) + len(h) - 1)
    for i, xv in enumerate(x):
        for j, hv in enumerate(h):
            out[i + j] += xv * hv
    return out


@python_benchmark(args=(6000, 48), cases=[(0, 5), (5, 0), (1, 1), (10, 3), (7, 9)])
def direct_convolution_1d(n: int, taps: int) -> Tuple[int, int, List[int], float, List[float]]:
    """Convolve length-n integer and real signals with taps-long kernels; summarise."""
    xi = [((i * 7919) % 13 - 6) * (1 if i % 5 else 3) for i in range(n)]
    hi = [min(j + 1, taps - j) for j in range(taps)]
    xr = [math.sin(0.001 * i * i) + 0.1 * ((i * 31) % 7 - 3) for i in range(n)]
    hr = [math.exp(-0.1 * j) * math.cos(0.3 * j) for j in range(taps)]
    yi = _convolve(xi, hi)
    yr = _convolve(xr, hr)
    checksum = sum((k % 97 + 1) * v for k, v in enumerate(yi))
    energy = sum(v * v for v in yr)
    stride = max(len(yr) // 6, 1)
    return sum(yi), checksum, yi[::stride], float(energy), yr[::stride]
