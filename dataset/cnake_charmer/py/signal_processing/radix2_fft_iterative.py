"""Iterative radix-2 Cooley-Tukey FFT with bit-reversal permutation.

A signal of length 2^p (two tones plus a decaying transient) is reordered by
bit-reversed indices and transformed in place with log2(N) butterfly stages, using
twiddle factors computed per stage. An inverse transform (conjugate trick) checks the
round trip. Returns the strongest bins, their magnitudes, whether the round trip is
exact to 1e-9 and the sum of the reconstructed samples.

Keywords: fft, cooley tukey, radix 2, bit reversal, butterfly, fourier transform
"""

import cmath
import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _fft(values: List[complex]) -> List[complex]:
    n = len(values)
    a = values[:]
    j = 0
    for i in range(1, n):
        bit = n >> 1
        while j & bit:
            j ^= bit
            bit >>= 1
        j |= bit
        if i < j:
            a[i], a[j] = a[j], a[i]
    size = 2
    while size <= n:
        step = cmath.exp(-2j * math.pi / size)
        half = size // 2
        twiddles = [step ** k for k in range(half)]
        for start in range(0, n, size):
            for k in range(half):
                u = a[start + k]
                v = a[start + k + half] * twiddles[k]
                a[start + k] = u + v
                a[start + k + half] = u - v
        size *= 2
    return a


@python_benchmark(args=(13,), cases=[(0,), (1,), (2,), (5,)])
def radix2_fft_iterative(p: int) -> Tuple[List[int], List[float], bool, float]:
    """FFT of a 2^p-sample signal; return top bins, magnitudes, round-trip check and sum."""
    n = 1 << p
    x = [complex(math.sin(2 * math.pi * 37 * t / n) + 0.5 * math.cos(2 * math.pi * 101 * t / n)
                 + math.exp(-t / 50.0), 0.0) for t in range(n)]
    spectrum = _fft(x)
    mags = [abs(c) for c in spectrum[: n // 2 + 1]]
    top = sorted(range(len(mags)), key=lambda k: (-mags[k], k))[:4]
    back = [c.conjugate() / n for c in _fft([c.conjugate() for c in spectrum])]
    error = max(abs(b - a) for a, b in zip(x, back))
    return top, [mags[k] for k in top], error < 1e-9, sum(c.real for c in back)
