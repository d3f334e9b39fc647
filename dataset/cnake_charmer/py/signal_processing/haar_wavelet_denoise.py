"""Multi-level Haar wavelet denoising with soft thresholding.

A piecewise-smooth signal (steps plus a slow sine) of length 2^p is corrupted by LCG
noise, decomposed with `levels` levels of the orthonormal Haar transform, detail
coefficients are soft-thresholded with the universal threshold sigma sqrt(2 ln N)
(sigma estimated from the finest details' median absolute value), and the signal is
reconstructed. Returns the noisy and denoised errors, the threshold and samples.

Keywords: wavelet transform, haar wavelet, denoising, soft thresholding, multiresolution
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

SQRT_HALF = math.sqrt(0.5)


@python_benchmark(args=(16, 6), cases=[(0, 1), (1, 1), (3, 0), (4, 9), (6, 3)])
def haar_wavelet_denoise(p: int, levels: int) -> Tuple[float, float, float, List[float]]:
    """Denoise a 2^p-sample signal with `levels` Haar levels; return errors, threshold, samples."""
    n = 1 << p
    levels = max(0, min(levels, p))
    clean = [(1.0 if (i * 8 // n) % 2 else -0.5) + 0.5 * math.sin(6.0 * math.pi * i / n) for i in range(n)]
    state = 6060
    noisy = []
    for v in clean:
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        noisy.append(v + 0.4 * (state / 0x7FFFFFFF - 0.5))
    coeffs = noisy[:]
    length = n
    for _ in range(levels):
        half = length // 2
        approx = [(coeffs[2 * i] + coeffs[2 * i + 1]) * SQRT_HALF for i in range(half)]
        detail = [(coeffs[2 * i] - coeffs[2 * i + 1]) * SQRT_HALF for i in range(half)]
        coeffs[:length] = approx + detail
        length = half
    threshold = 0.0
    if levels > 0:
        finest = sorted(abs(c) for c in coeffs[n // 2:])
        sigma = finest[len(finest) // 2] / 0.6745
        threshold = sigma * math.sqrt(2.0 * math.log(n))
        coeffs[length:] = [math.copysign(max(abs(c) - threshold, 0.0), c) for c in coeffs[length:]]
    for _ in range(levels):
        half = length
        length *= 2
        rebuilt = [0.0] * length
        for i in range(half):
            a, d = coeffs[i], coeffs[half + i]
            rebuilt[2 * i] = (a + d) * SQRT_HALF
            rebuilt[2 * i + 1] = (a - d) * SQRT_HALF
        coeffs[:length] = rebuilt
    err_noisy = math.sqrt(sum((a - b) ** 2 for a, b in zip(noisy, clean)) / n)
    err_clean = math.sqrt(sum((a - b) ** 2 for a, b in zip(coeffs, clean)) / n)
    return err_noisy, err_clean, threshold, coeffs[:: max(n // 8, 1)]
