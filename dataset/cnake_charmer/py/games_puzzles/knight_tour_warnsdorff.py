"""Knight's tours by Warnsdorff's rule from every starting square.

From each square of an n x n board the knight repeatedly jumps to the unvisited
square with the fewest onward moves (ties broken by move order). The pair reports how
many starts produce a complete tour, the total squares visited, and the final square
reached from the first few starts.

Keywords: games, puzzles, knights tour, warnsdorff, heuristic, chess
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

JUMPS = [(2, 1), (1, 2), (-1, 2), (-2, 1), (-2, -1), (-1, -2), (1, -2), (2, -1)]


@python_benchmark(args=(11,), cases=[(1,), (0,), (3,), (5,)])
def knight_tour_warnsdorff(n: int) -> Tuple[int, int, List[int]]:
    """Return (complete tours, squares visited in total, end squares of first starts)."""
    if n <= 0:
        return 0, 0, []

    def moves(r: int, c: int, seen: List[List[bool]]) -> List[Tuple[int, int]]:
        return [(r + dr, c + dc) for dr, dc in JUMPS
                if 0 <= r + dr < n and 0 <= c + dc < n and not seen[r + dr][c + dc]]

    complete = total = 0
    ends = []
    for start in range(n * n):
        seen = [[False] * n for _ in range(n)]
        r, c = divmod(start, n)
        seen[r][c] = True
        visited = 1
        while True:
            options = moves(r, c, seen)
            if not options:
                break
            r, c = min(options, key=lambda rc: len(moves(rc[0], rc[1], seen)))
            seen[r][c] = True
            visited += 1
        complete += visited == n * n
        total += visited
        if start < 6:
            ends.append(r * n + c)
    return complete, total, ends
