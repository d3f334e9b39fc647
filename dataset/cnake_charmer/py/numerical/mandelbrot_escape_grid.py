"""Escape-time iteration counts of the Mandelbrot set over a rectangular grid.

Each grid point c of [-2.2, 0.8] x [-1.2, 1.2] is iterated z -> z^2 + c until |z| > 2
or max_iter is reached. The per-row totals of iteration counts (plus the number of
points that never escaped) form the result, which pins down the whole picture.

Keywords: mandelbrot, escape time, fractal, complex dynamics, iteration
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(160, 100, 80), cases=[(0, 5, 10), (1, 1, 5), (4, 3, 0), (7, 5, 20)])
def mandelbrot_escape_grid(width: int, height: int, max_iter: int) -> Tuple[List[int], int]:
    """Per-row iteration totals and the count of points still bounded."""
    row_totals = []
    inside = 0
    for r in range(height):
        ci = -1.2 + 2.4 * r / max(height - 1, 1)
        total = 0
        for col in range(width):
            c = complex(-2.2 + 3.0 * col / max(width - 1, 1), ci)
            z = 0j
            count = 0
            while count < max_iter and abs(z) <= 2.0:
                z = z * z + c
                count += 1
            if count == max_iter:
                inside += 1
            total += count
        row_totals.append(total)
    return row_totals, inside
