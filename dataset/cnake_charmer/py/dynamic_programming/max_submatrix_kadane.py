"""Maximum-sum sub-rectangle of an integer matrix (2-D Kadane).

For every pair of top and bottom rows the column sums between them are accumulated
and Kadane's algorithm finds the best contiguous column range. The best sum and the
first rectangle achieving it (in scan order) are returned.

Keywords: dynamic programming, kadane, maximum subarray, submatrix, 2d prefix sums
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(110, 110, 59), cases=[(1, 1, 1), (1, 7, 2), (6, 1, 3), (9, 12, 4)])
def max_submatrix_kadane(rows: int, cols: int, seed: int) -> Tuple[int, int, int, int, int]:
    """Return (best sum, top, left, bottom, right) of the best rectangle."""
    if rows <= 0 or cols <= 0:
        raise ValueError("matrix must be non-empty")
    state = seed & 0x7FFFFFFF
    matrix = []
    for _ in range(rows):
        line = []
        for _ in range(cols):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            line.append((state >> 9) % 101 - 52)
        matrix.append(line)
    best = None
    box = (0, 0, 0, 0)
    for top in range(rows):
        sums = [0] * cols
        for bottom in range(top, rows):
            sums = [s + x for s, x in zip(sums, matrix[bottom])]
            run, start = 0, 0
            for c, x in enumerate(sums):
                if run <= 0:
                    run, start = x, c
                else:
                    run += x
                if best is None or run > best:
                    best = run
                    box = (top, start, bottom, c)
    return (best,) + box
