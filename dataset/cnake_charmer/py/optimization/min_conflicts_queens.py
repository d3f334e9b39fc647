"""Min-conflicts local search for large N-queens boards.

Queens start one per column at LCG-chosen rows. Each step picks a random conflicted
column and moves its queen to the row with the fewest conflicts (ties broken by the
LCG). Conflict counts per row and diagonal are maintained incrementally. The pair
returns the steps taken to reach zero conflicts (or the cap), the final conflict
count and a checksum of the final placement.

Keywords: optimization, min conflicts, n queens, local search, constraint satisfaction
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(700, 5000, 3), cases=[(1, 10, 1), (4, 200, 2), (8, 500, 3), (0, 10, 4)])
def min_conflicts_queens(n: int, max_steps: int, seed: int) -> Tuple[int, int, int]:
    """Return (steps used, remaining conflicting queens, placement checksum)."""
    if n <= 0:
        return 0, 0, 0
    state = seed & 0x7FFFFFFF

    def draw() -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return state >> 8

    rows = [draw() % n for _ in range(n)]
    row_count = [0] * n
    diag = [0] * (2 * n)
    anti = [0] * (2 * n)
    for c, r in enumerate(rows):
        row_count[r] += 1
        diag[r - c + n] += 1
        anti[r + c] += 1

    def conflicts(c: int, r: int) -> int:
        return row_count[r] + diag[r - c + n] + anti[r + c] - (3 if rows[c] == r else 0)

    steps = 0
    while steps < max_steps:
        bad = [c for c in range(n) if conflicts(c, rows[c]) > 0]
        if not bad:
            break
        c = bad[draw() % len(bad)]
        scores = [conflicts(c, r) for r in range(n)]
        low = min(scores)
        choices = [r for r in range(n) if scores[r] == low]
        new = choices[draw() % len(choices)]
        old = rows[c]
        row_count[old] -= 1
        diag[old - c + n] -= 1
        anti[old + c] -= 1
        rows[c] = new
        row_count[new] += 1
        diag[new - c + n] += 1
        anti[new + c] += 1
        steps += 1
    remaining = sum(1 for c in range(n) if conflicts(c, rows[c]) > 0)
    checksum = 0
    for r in rows:
        checksum = (checksum * 1000003 + r) % 2147483647
    return steps, remaining, checksum
