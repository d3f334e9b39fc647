"""Unmix absorbance spectra of dye mixtures with the Beer-Lambert law and least squares.

Four dyes have Gaussian absorption bands (molar absorptivity over a grid of
wavelengths, unit path length). Each mixture's spectrum is the concentration-weighted
sum of the pure spectra plus small seeded noise. Concentrations are recovered by
ordinary least squares: the normal matrix E^T E is Cholesky-factored once and each
mixture needs E^T a followed by two triangular solves. Returns the RMS error per dye,
the largest absolute error, how many estimates came out negative and the first
recovered concentration vectors.

Keywords: chemistry, spectroscopy, beer-lambert law, absorbance, least squares, cholesky, mixture analysis
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

BANDS = [(450.0, 30.0, 1.2), (520.0, 25.0, 0.9), (580.0, 40.0, 1.5), (640.0, 20.0, 0.7)]


def cholesky(matrix: List[List[float]]) -> List[List[float]]:
    n = len(matrix)
    lower = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1):
            total = matrix[i][j]
            for k in range(j):
                total -= lower[i][k] * lower[j][k]
            lower[i][j] = math.sqrt(total) if i == j else total / lower[j][j]
    return lower


def solve(lower: List[List[float]], rhs: List[float]) -> List[float]:
    n = len(rhs)
    y = [0.0] * n
    for i in range(n):
        total = rhs[i]
        for k in range(i):
            total -= lower[i][k] * y[k]
        y[i] = total / lower[i][i]
    x = [0.0] * n
    for i in reversed(range(n)):
        total = y[i]
        for k in range(i + 1, n):
            total -= lower[k][i] * x[k]
        x[i] = total / lower[i][i]
    return x


@python_benchmark(args=(1500, 240, 37), cases=[(0, 60, 1), (1, 8, 2), (3, 30, 3), (10, 100, 4)])
def beer_lambert_mixture_unmixing(mixtures: int, wavelengths: int, seed: int) -> Tuple[List[float], float, int, List[List[float]]]:
    """Return (RMS error per dye, max abs error, negative estimates, first estimates)."""
    state = seed & 0x7FFFFFFF

    def uniform() -> float:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 8) / 8388608.0

    grid = [400.0 + 300.0 * w / max(wavelengths - 1, 1) for w in range(wavelengths)]
    spectra = [[peak * math.exp(-((lam - centre) / width) ** 2) for centre, width, peak in BANDS] for lam in grid]
    dyes = len(BANDS)
    normal = [[0.0] * dyes for _ in range(dyes)]
    for row in spectra:
        for i in range(dyes):
            for j in range(dyes):
                normal[i][j] += row[i] * row[j]
    lower = cholesky(normal)
    squared = [0.0] * dyes
    worst = 0.0
    negative = 0
    first = []
    for _ in range(mixtures):
        truth = [0.1 + 0.9 * uniform() for _ in range(dyes)]
        rhs = [0.0] * dyes
        for row in spectra:
            absorbance = 0.0
            for i in range(dyes):
                absorbance += row[i] * truth[i]
            absorbance += 0.01 * (uniform() - 0.5)
            for i in range(dyes):
                rhs[i] += row[i] * absorbance
        estimate = solve(lower, rhs)
        for i in range(dyes):
            error = estimate[i] - truth[i]
            squared[i] += error * error
            worst = max(worst, abs(error))
            if estimate[i] < 0:
                negative += 1
        if len(first) < 4:
            first.append(estimate)
    rms = [math.sqrt(s / mixtures) if mixtures else 0.0 for s in squared]
    return (rms, worst, negative, first)
