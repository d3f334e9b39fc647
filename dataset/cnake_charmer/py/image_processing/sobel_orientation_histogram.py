"""Sobel gradients of a synthetic image, binned into an orientation histogram.

Computes the horizontal and vertical Sobel responses on the interior pixels of a
procedurally shaded image, the gradient magnitude and its direction, and counts the
strong edges in eight direction bins - the core of HOG-style descriptors.

Keywords: image processing, sobel, gradient, edge detection, orientation histogram, hog
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(260, 220, 40.0), cases=[(0, 0, 1.0), (3, 3, 0.0), (12, 9, 10.0), (20, 2, 5.0)])
def sobel_orientation_histogram(width: int, height: int, threshold: float) -> Tuple[List[int], int, float, float]:
    """Return (8-bin orientation counts, strong-edge count, max magnitude, magnitude sum)."""
    img = [[((x * x + 3 * y * y) // 7 + (x * y) % 31 + 17 * ((x // 9 + y // 11) % 2)) % 256
            for x in range(width)] for y in range(height)]
    bins = [0] * 8
    strong = 0
    peak = 0.0
    total = 0.0
    for y in range(1, height - 1):
        up, mid, down = img[y - 1], img[y], img[y + 1]
        for x in range(1, width - 1):
            gx = (up[x + 1] + 2 * mid[x + 1] + down[x + 1]) - (up[x - 1] + 2 * mid[x - 1] + down[x - 1])
            gy = (down[x - 1] + 2 * down[x] + down[x + 1]) - (up[x - 1] + 2 * up[x] + up[x + 1])
            mag = math.sqrt(gx * gx + gy * gy)
            total += mag
            if mag > peak:
                peak = mag
            if mag > threshold:
                strong += 1
                angle = math.atan2(gy, gx)
                b = int((angle + math.pi) / (2 * math.pi) * 8)
                bins[min(b, 7)] += 1
    return (bins, strong, peak, total)
