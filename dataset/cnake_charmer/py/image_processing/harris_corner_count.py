"""Harris corner response on a synthetic image of rectangles.

Computes central-difference gradients, the 3x3 box-summed structure tensor
(Ixx, Iyy, Ixy), and the Harris response R = det - k * trace^2 for every pixel at
least two pixels from the border; corners are responses above a threshold that are
strict maxima of their 3x3 neighbourhood.

Keywords: image processing, harris corner, structure tensor, feature detection, gradient
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(200, 170, 0.05), cases=[(0, 0, 0.05), (4, 4, 0.05), (12, 10, 0.04), (30, 25, 0.2)])
def harris_corner_count(width: int, height: int, k: float) -> Tuple[int, List[Tuple[int, int]], float]:
    """Return (corner count, first corners, peak response) of a rectangle scene."""
    img = [[0.0] * width for _ in range(height)]
    for i in range(6):
        x0, y0 = 7 + i * 29 % max(width - 20, 1), 5 + i * 23 % max(height - 20, 1)
        for y in range(y0, min(y0 + 14 + i * 3, height)):
            for x in range(x0, min(x0 + 18 + i * 2, width)):
                img[y][x] += 60.0 + 20 * i
    gx = [[0.0] * width for _ in range(height)]
    gy = [[0.0] * width for _ in range(height)]
    for y in range(1, height - 1):
        for x in range(1, width - 1):
            gx[y][x] = (img[y][x + 1] - img[y][x - 1]) * 0.5
            gy[y][x] = (img[y + 1][x] - img[y - 1][x]) * 0.5
    resp = [[0.0] * width for _ in range(height)]
    peak = 0.0
    for y in range(2, height - 2):
        for x in range(2, width - 2):
            sxx = syy = sxy = 0.0
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    a, b = gx[y + dy][x + dx], gy[y + dy][x + dx]
                    sxx += a * a
                    syy += b * b
                    sxy += a * b
            r = sxx * syy - sxy * sxy - k * (sxx + syy) ** 2
            resp[y][x] = r
            peak = max(peak, r)
    thresh = 0.01 * peak
    corners = []
    for y in range(3, height - 3):
        for x in range(3, width - 3):
            r = resp[y][x]
            if r > thresh and all(r > resp[y + dy][x + dx]
                                  for dy in (-1, 0, 1) for dx in (-1, 0, 1) if dy or dx):
                corners.append((x, y))
    return (len(corners), corners[:6], peak)
