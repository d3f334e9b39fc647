"""Answer rectangle-sum queries on a grid with a 2-D prefix-sum table.

P[r][c] holds the sum of the sub-grid above and left of (r, c), built in one pass;
any rectangle sum is then four table lookups by inclusion-exclusion. Returns a
checksum of the answers, the largest answer, the best rectangle's corner and the
first answers.

Keywords: prefix sums, summed-area table, inclusion-exclusion, rectangle queries, grid
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(400, 400, 30000, 8), cases=[(1, 1, 3, 1), (0, 4, 2, 2), (5, 7, 0, 3), (30, 20, 50, 4)])
def prefix_sum_2d_rectangle_queries(rows: int, cols: int, queries: int, seed: int) -> Tuple[int, int, Tuple[int, int], List[int]]:
    """Return (answer checksum, largest answer, top-left of the best query, first 6 answers)."""
    if rows <= 0 or cols <= 0:
        return 0, 0, (-1, -1), []
    state = seed & 0x7FFFFFFF
    grid = []
    for _ in range(rows):
        row = []
        for _ in range(cols):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            row.append((state >> 9) % 201 - 100)
        grid.append(row)
    prefix = [[0] * (cols + 1) for _ in range(rows + 1)]
    for r in range(rows):
        running = 0
        for c in range(cols):
            running += grid[r][c]
            prefix[r + 1][c + 1] = prefix[r][c + 1] + running
    checksum = 0
    best, best_corner = None, (-1, -1)
    first = []
    for _ in range(queries):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        r1 = state % rows
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        c1 = state % cols
        r2 = min(rows - 1, r1 + (state >> 8) % 50)
        c2 = min(cols - 1, c1 + (state >> 16) % 50)
        s = prefix[r2 + 1][c2 + 1] - prefix[r1][c2 + 1] - prefix[r2 + 1][c1] + prefix[r1][c1]
        checksum = (checksum * 1000003 + s) % 998244353
        if best is None or s > best:
            best, best_corner = s, (r1, c1)
        if len(first) < 6:
            first.append(s)
    return checksum, best if best is not None else 0, best_corner, first
