"""Otsu's threshold on the histogram of a two-blob noisy image.

Renders two bright discs on a darker background with pseudo-random noise, builds the
256-bin histogram and picks the threshold that maximises the between-class variance
(Otsu's method). Returns the threshold, the foreground size, the best variance and the
histogram mode.

Keywords: image processing, otsu, threshold, histogram, segmentation, binarisation
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(420, 380, 99), cases=[(0, 0, 1), (1, 1, 2), (16, 12, 3), (40, 30, -8)])
def otsu_threshold_segmentation(width: int, height: int, seed: int) -> Tuple[int, int, float, int]:
    """Segment a synthetic image with Otsu's threshold."""
    state = seed & 0x7FFFFFFF
    cx1, cy1, r1 = width / 3, height / 2, min(width, height) / 4
    cx2, cy2, r2 = 2 * width / 3, height / 3, min(width, height) / 5
    hist = [0] * 256
    for y in range(height):
        for x in range(width):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            noise = (state >> 16) % 41 - 20
            inside = (x - cx1) ** 2 + (y - cy1) ** 2 < r1 * r1 or (x - cx2) ** 2 + (y - cy2) ** 2 < r2 * r2
            v = (180 if inside else 70) + noise
            hist[max(0, min(255, v))] += 1
    n = width * height
    if n == 0:
        return (0, 0, 0.0, 0)
    sum_all = sum(i * c for i, c in enumerate(hist))
    w_back = 0
    sum_back = 0
    best_t, best_var = 0, -1.0
    for t in range(256):
        w_back += hist[t]
        if w_back == 0:
            continue
        w_fore = n - w_back
        if w_fore == 0:
            break
        sum_back += t * hist[t]
        mean_b = sum_back / w_back
        mean_f = (sum_all - sum_back) / w_fore
        var = w_back * w_fore * (mean_b - mean_f) ** 2
        if var > best_var:
            best_var, best_t = var, t
    foreground = sum(hist[best_t + 1:])
    mode = max(range(256), key=lambda i: hist[i])
    return (best_t, foreground, max(best_var, 0.0), mode)
