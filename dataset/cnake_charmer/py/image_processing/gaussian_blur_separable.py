"""Separable Gaussian blur of a checkerboard-and-ramp image.

Builds a normalised 1-D Gaussian kernel for the given sigma (radius 3 sigma), blurs
the rows, then the columns, clamping reads at the borders. Returns the sum of the
output, its maximum and a few sampled values from the middle row.

Keywords: image processing, gaussian blur, separable convolution, smoothing, kernel
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(160, 130, 2.0), cases=[(0, 0, 1.0), (1, 1, 1.0), (6, 5, 0.5), (12, 4, 3.0)])
def gaussian_blur_separable(width: int, height: int, sigma: float) -> Tuple[float, float, List[float]]:
    """Blur a synthetic image with a separable Gaussian kernel."""
    if width <= 0 or height <= 0:
        return (0.0, 0.0, [])
    radius = max(1, int(3 * sigma))
    weights = [math.exp(-(k * k) / (2 * sigma * sigma)) for k in range(-radius, radius + 1)]
    norm = sum(weights)
    kernel = [w / norm for w in weights]
    img = [[(255.0 if ((x // 8) + (y // 8)) % 2 else 0.0) * 0.5 + x * 0.25 for x in range(width)]
           for y in range(height)]
    tmp = []
    for row in img:
        out = []
        for x in range(width):
            acc = 0.0
            for k, w in enumerate(kernel):
                xx = min(max(x + k - radius, 0), width - 1)
                acc += w * row[xx]
            out.append(acc)
        tmp.append(out)
    result = []
    for y in range(height):
        out = []
        for x in range(width):
            acc = 0.0
            for k, w in enumerate(kernel):
                yy = min(max(y + k - radius, 0), height - 1)
                acc += w * tmp[yy][x]
            out.append(acc)
        result.append(out)
    total = 0.0
    for row in result:
        for v in row:
            total += v
    peak = max(max(row) for row in result)
    return (total, peak, result[height // 2][::max(1, width // 6)])
