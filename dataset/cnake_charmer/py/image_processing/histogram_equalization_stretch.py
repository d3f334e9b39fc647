"""Histogram equalisation of a low-contrast image.

A dim, low-contrast image (values squeezed into a narrow band) is equalised by mapping
every grey level through the normalised cumulative histogram. Returns the number of
distinct output levels, the output mean (as a float), the lookup table's first entries
and a sampled row.

Keywords: image processing, histogram equalisation, contrast, cdf, lookup table
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(480, 400, 31), cases=[(0, 0, 1), (1, 1, 1), (5, 3, 2), (33, 17, 8)])
def histogram_equalization_stretch(width: int, height: int, seed: int) -> Tuple[int, float, List[int], List[int]]:
    """Equalise a synthetic low-contrast image."""
    state = seed & 0x7FFFFFFF
    img = []
    for y in range(height):
        row = []
        for x in range(width):
            state = (state * 1664525 + 1013904223) & 0xFFFFFFFF
            row.append(90 + ((x * 7 + y * 3) % 40 + (state >> 27)) // 2)
        img.append(row)
    n = width * height
    if n == 0:
        return (0, 0.0, [], [])
    hist = [0] * 256
    for row in img:
        for v in row:
            hist[v] += 1
    cdf = []
    run = 0
    for c in hist:
        run += c
        cdf.append(run)
    cdf_min = next(c for c in cdf if c > 0)
    denom = max(n - cdf_min, 1)
    lut = [max(0, (c - cdf_min) * 255 // denom) for c in cdf]
    out = [[lut[v] for v in row] for row in img]
    levels = len({v for row in out for v in row})
    mean = sum(map(sum, out)) / n
    return (levels, mean, lut[88:104], out[height // 2][:10])
