"""Read a rectangular matrix in clockwise spiral order.

The matrix is generated row by row; the traversal peels off the top row, right
column, bottom row and left column, shrinking the bounds until nothing remains.
Returns the number of elements visited, a position-weighted checksum of the spiral
sequence, its first elements and the element at which each full ring ends.

Keywords: spiral order, matrix traversal, boundaries, layers, classic exercise
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(400, 500, 3), cases=[(0, 5, 1), (1, 1, 2), (1, 6, 3), (6, 1, 4), (4, 5, 5)])
def spiral_matrix_traversal(rows: int, cols: int, seed: int) -> Tuple[int, int, List[int], List[int]]:
    """Return (visited, weighted checksum, first 8 spiral values, last value of the first 5 rings)."""
    state = seed & 0x7FFFFFFF
    matrix = []
    for _ in range(max(0, rows)):
        row = []
        for _ in range(max(0, cols)):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            row.append((state >> 8) % 1000)
        matrix.append(row)
    order = []
    ring_ends = []
    top, bottom, left, right = 0, rows - 1, 0, cols - 1
    while top <= bottom and left <= right:
        order.extend(matrix[top][c] for c in range(left, right + 1))
        order.extend(matrix[r][right] for r in range(top + 1, bottom + 1))
        if top < bottom:
            order.extend(matrix[bottom][c] for c in range(right - 1, left - 1, -1))
        if left < right:
            order.extend(matrix[r][left] for r in range(bottom - 1, top, -1))
        if len(ring_ends) < 5:
            ring_ends.append(order[-1])
        top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
    checksum = sum((i % 1009) * v for i, v in enumerate(order)) % 1000000007
    return len(order), checksum, order[:8], ring_ends
