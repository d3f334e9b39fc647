"""Magnitude spectrum of a multi-tone signal by the direct O(N^2) DFT.

A signal of three sinusoids (one off-bin) plus LCG noise is transformed with the
textbook DFT X[k] = sum x[n] e^{-2 pi i k n / N} for k up to N/2, using a precomputed
cosine/sine table indexed by (k n) mod N. Returns the three strongest bins, their
magnitudes and the total spectral energy.

Keywords: dft, discrete fourier transform, spectrum, twiddle table, spectral peaks
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(1024,), cases=[(0,), (1,), (2,), (16,), (45,)])
def naive_dft_magnitudes(n: int) -> Tuple[List[int], List[float], float]:
    """Top three spectral bins of an n-sample three-tone signal, magnitudes and energy."""
    if n <= 0:
        return [], [], 0.0
    state = 27182
    x = []
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        x.append(math.sin(2 * math.pi * 50 * i / n) + 0.5 * math.sin(2 * math.pi * 120.5 * i / n)
                 + 0.25 * math.cos(2 * math.pi * 200 * i / n) + 0.2 * (state / 0x7FFFFFFF - 0.5))
    cos_table = [math.cos(2 * math.pi * j / n) for j in range(n)]
    sin_table = [math.sin(2 * math.pi * j / n) for j in range(n)]
    mags = []
    for k in range(n // 2 + 1):
        re = 0.0
        im = 0.0
        for t, v in enumerate(x):
            idx = (k * t) % n
            re += v * cos_table[idx]
            im -= v * sin_table[idx]
        mags.append(math.hypot(re, im))
    order = sorted(range(len(mags)), key=lambda k: (-mags[k], k))[:3]
    energy = sum(m * m for m in mags)
    return order, [mags[k] for k in order], energy
