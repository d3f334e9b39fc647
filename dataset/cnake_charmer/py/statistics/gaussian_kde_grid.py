"""Gaussian kernel density estimate evaluated on a regular grid.

A bimodal sample (two LCG clusters) is smoothed with a Gaussian kernel whose bandwidth
follows Silverman's rule (0.9 min(sd, IQR/1.34) n^-1/5). The density is evaluated at
g grid points spanning the data range with a 3-bandwidth margin. Returns the bandwidth,
the grid location of the highest density, the Riemann-sum mass and sampled densities.

Keywords: kernel density estimation, gaussian kernel, bandwidth, silverman rule, smoothing
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(1500, 400), cases=[(0, 5), (1, 3), (2, 1), (10, 0), (30, 8)])
def gaussian_kde_grid(n: int, g: int) -> Tuple[float, float, float, List[float]]:
    """KDE of n samples on g grid points; return bandwidth, mode, mass and sampled densities."""
    if n < 2 or g < 2:
        return 0.0, 0.0, 0.0, []
    state = 314159
    data = []
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        u = state / 0x7FFFFFFF
        data.append(u * 2.0 if i % 3 else 5.0 + u * 1.5)
    data.sort()
    mean = sum(data) / n
    sd = math.sqrt(sum((x - mean) ** 2 for x in data) / (n - 1))
    iqr = data[(3 * n) // 4] - data[n // 4]
    spread = min(sd, iqr / 1.34) if iqr > 0 else sd
    bw = 0.9 * spread * n ** -0.2
    lo = data[0] - 3 * bw
    hi = data[-1] + 3 * bw
    step = (hi - lo) / (g - 1)
    norm = 1.0 / (n * bw * math.sqrt(2.0 * math.pi))
    densities = []
    for k in range(g):
        x = lo + k * step
        densities.append(norm * sum(math.exp(-0.5 * ((x - d) / bw) ** 2) for d in data))
    mode = lo + densities.index(max(densities)) * step
    mass = sum(densities) * step
    return bw, mode, mass, densities[:: max(g // 8, 1)]
