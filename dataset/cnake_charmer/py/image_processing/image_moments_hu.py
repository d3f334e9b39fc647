"""Image moments and the first Hu invariants of a synthetic grey blob.

Accumulates raw moments m00..m03 of an elliptical intensity blob over the whole image,
derives the centroid and central moments, normalises them and returns the centroid,
the orientation angle and the first three Hu moment invariants.

Keywords: image processing, image moments, hu invariants, centroid, shape descriptor
"""

import math
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(360, 300, 0.6), tolerance=1e-7, cases=[(0, 0, 0.5), (1, 1, 0.0), (8, 6, 1.0), (20, 11, -0.4)])
def image_moments_hu(width: int, height: int, tilt: float) -> Tuple[float, float, float, float, float, float]:
    """Return (cx, cy, orientation, hu1, hu2, hu3) of a tilted elliptical blob."""
    cx0, cy0 = width * 0.45, height * 0.55
    a, b = width * 0.3 + 1.0, height * 0.15 + 1.0
    ct, st = math.cos(tilt), math.sin(tilt)
    m = {(p, q): 0.0 for p in range(4) for q in range(4) if p + q <= 3}
    for y in range(height):
        for x in range(width):
            u = (x - cx0) * ct + (y - cy0) * st
            v = -(x - cx0) * st + (y - cy0) * ct
            r = (u / a) ** 2 + (v / b) ** 2
            if r >= 1.0:
                continue
            w = 255.0 * (1.0 - r)
            for (p, q) in m:
                m[(p, q)] += w * x ** p * y ** q
    if m[(0, 0)] == 0.0:
        return (0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
    xc, yc = m[(1, 0)] / m[(0, 0)], m[(0, 1)] / m[(0, 0)]
    mu20 = m[(2, 0)] / m[(0, 0)] - xc * xc
    mu02 = m[(0, 2)] / m[(0, 0)] - yc * yc
    mu11 = m[(1, 1)] / m[(0, 0)] - xc * yc
    mu30 = m[(3, 0)] - 3 * xc * m[(2, 0)] + 2 * xc ** 3 * m[(0, 0)]
    mu03 = m[(0, 3)] - 3 * yc * m[(0, 2)] + 2 * yc ** 3 * m[(0, 0)]
    mu21 = m[(2, 1)] - 2 * xc * m[(1, 1)] - yc * m[(2, 0)] + 2 * xc * xc * yc * m[(0, 0)]
    mu12 = m[(1, 2)] - 2 * yc * m[(1, 1)] - xc * m[(0, 2)] + 2 * yc * yc * xc * m[(0, 0)]
    theta = 0.5 * math.atan2(2 * mu11, mu20 - mu02)
    s = m[(0, 0)]
    n20, n02, n11 = mu20 / s, mu02 / s, mu11 / s
    n30, n03, n21, n12 = (mu / s ** 2.5 for mu in (mu30, mu03, mu21, mu12))
    hu1 = n20 + n02
    hu2 = (n20 - n02) ** 2 + 4 * n11 ** 2
    hu3 = (n30 - 3 * n12) ** 2 + (3 * n21 - n03) ** 2
    return (xc, yc, theta, hu1, hu2, hu3)
