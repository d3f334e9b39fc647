"""RGB to HSV conversion of a synthetic colour image with a hue histogram.

Every pixel of a procedurally coloured image is converted to hue, saturation and value
(the standard hexcone model); sufficiently saturated and bright pixels are counted in
twelve 30-degree hue bins. Returns the hue histogram, the mean saturation and the mean
value.

Keywords: image processing, colour space, rgb, hsv, hue histogram, conversion
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _rgb_to_hsv(r: float, g: float, b: float) -> Tuple[float, float, float]:
    mx, mn = max(r, g, b), min(r, g, b)
    delta = mx - mn
    if delta == 0.0:
        h = 0.0
    elif mx == r:
        h = 60.0 * (((g - b) / delta) % 6.0)
    elif mx == g:
        h = 60.0 * ((b - r) / delta + 2.0)
    else:
        h = 60.0 * ((r - g) / delta + 4.0)
    s = 0.0 if mx == 0.0 else delta / mx
    return h, s, mx


@python_benchmark(args=(360, 300), cases=[(0, 0), (1, 1), (5, 4), (13, 2)])
def rgb_hsv_hue_histogram(width: int, height: int) -> Tuple[List[int], float, float]:
    """Convert a synthetic RGB image to HSV and histogram the hues."""
    bins = [0] * 12
    sat_sum = val_sum = 0.0
    for y in range(height):
        for x in range(width):
            r = ((x * 7 + y * 3) % 256) / 255.0
            g = ((x * x + y) % 256) / 255.0
            b = ((y * 11 + x // 3) % 256) / 255.0
            h, s, v = _rgb_to_hsv(r, g, b)
            sat_sum += s
            val_sum += v
            if s > 0.2 and v > 0.2:
                bins[int(h // 30.0) % 12] += 1
    n = width * height
    if n == 0:
        return (bins, 0.0, 0.0)
    return (bins, sat_sum / n, val_sum / n)
