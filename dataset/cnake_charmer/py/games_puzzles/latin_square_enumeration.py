"""Enumerate reduced Latin squares by backtracking.

A reduced Latin square of order n has its first row and first column equal to
0, 1, ..., n-1; every row and column is a permutation. The search fills cells row by
row, keeping the used symbols of each row and column in sets. The pair returns the
number of reduced squares (1, 1, 1, 4, 56, 9408 for n = 1..6), how many are
symmetric and a checksum over the diagonals of all squares.

Keywords: games, puzzles, latin squares, backtracking, combinatorial enumeration
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(6,), cases=[(0,), (1,), (3,), (5,)])
def latin_square_enumeration(n: int) -> Tuple[int, int, int]:
    """Return (reduced squares, symmetric squares, diagonal checksum)."""
    if n <= 0:
        return 0, 0, 0
    grid = [[0] * n for _ in range(n)]
    rows = [set() for _ in range(n)]
    cols = [set() for _ in range(n)]
    for i in range(n):
        grid[0][i] = i
        grid[i][0] = i
        rows[0].add(i)
        cols[i].add(i)
        if i:
            rows[i].add(i)
            cols[0].add(i)
    count = symmetric = checksum = 0

    def fill(cell: int) -> None:
        nonlocal count, symmetric, checksum
        if cell == n * n:
            count += 1
            if all(grid[r][c] == grid[c][r] for r in range(n) for c in range(r)):
                symmetric += 1
            diag = 0
            for i in range(n):
                diag = diag * n + grid[i][i]
            checksum = (checksum * 1000003 + diag) % 2147483647
            return
        r, c = divmod(cell, n)
        if r == 0 or c == 0:
            fill(cell + 1)
            return
        for s in range(n):
            if s in rows[r] or s in cols[c]:
                continue
            grid[r][c] = s
            rows[r].add(s)
            cols[c].add(s)
            fill(cell + 1)
            rows[r].discard(s)
            cols[c].discard(s)

    fill(0)
    return count, symmetric, checksum
