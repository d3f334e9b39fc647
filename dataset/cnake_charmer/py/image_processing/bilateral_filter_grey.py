"""Edge-preserving bilateral filter on a noisy step image.

Each output pixel is a weighted mean of its (2r+1)^2 window where the weight is the
product of a spatial Gaussian and a range Gaussian on the intensity difference, so
noise is smoothed while the step edges survive. Returns the output sum, the mean
absolute change and a sampled row.

Keywords: image processing, bilateral filter, edge preserving, denoising, gaussian
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(90, 70, 3, 20.0, 3), cases=[(0, 0, 1, 10.0, 1), (1, 1, 2, 10.0, 2), (8, 6, 1, 5.0, 3), (10, 4, 0, 1.0, 4)])
def bilateral_filter_grey(width: int, height: int, radius: int, sigma_r: float, seed: int) -> Tuple[float, float, List[float]]:
    """Bilateral-filter a noisy synthetic step image."""
    if width <= 0 or height <= 0:
        return (0.0, 0.0, [])
    state = seed & 0x7FFFFFFF
    img = []
    for y in range(height):
        row = []
        for x in range(width):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            base = 50.0 if x < width // 2 else 170.0
            if y > height * 2 // 3:
                base += 40.0
            row.append(base + ((state >> 16) % 31 - 15))
        img.append(row)
    sigma_s = max(radius, 1) / 2.0
    spatial = {(dx, dy): math.exp(-(dx * dx + dy * dy) / (2 * sigma_s * sigma_s))
               for dy in range(-radius, radius + 1) for dx in range(-radius, radius + 1)}
    out = []
    total = 0.0
    change = 0.0
    for y in range(height):
        row = []
        for x in range(width):
            c = img[y][x]
            num = den = 0.0
            for dy in range(-radius, radius + 1):
                yy = y + dy
                if yy < 0 or yy >= height:
                    continue
                for dx in range(-radius, radius + 1):
                    xx = x + dx
                    if xx < 0 or xx >= width:
                        continue
                    v = img[yy][xx]
                    w = spatial[(dx, dy)] * math.exp(-((v - c) ** 2) / (2 * sigma_r * sigma_r))
                    num += w * v
                    den += w
            val = num / den
            row.append(val)
            total += val
            change += abs(val - c)
        out.append(row)
    return (total, change / (width * height), out[height // 2][::max(1, width // 8)])
