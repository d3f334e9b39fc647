"""Count winning play sequences of triangular peg solitaire.

The board is a triangle with `rows` rows of holes; all holes but one start filled. A
move jumps a peg over an adjacent peg (along the three triangle directions) into an
empty hole, removing the jumped peg. For each possible empty starting hole the pair
counts the move sequences that leave exactly one peg, using memoisation on the board
bitmask, and returns the counts together with the number of distinct positions seen.

Keywords: games, puzzles, peg solitaire, memoisation, bitmask search, state space
"""

from functools import lru_cache
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(5,), cases=[(0,), (1,), (2,), (3,), (7,)])
def peg_solitaire_triangle(rows: int) -> Tuple[List[int], int]:
    """Return (winning sequences per empty starting hole, distinct positions evaluated)."""
    if rows <= 0:
        return [], 0
    if rows > 6:
        raise ValueError("at most 6 rows")
    index = {}
    for r in range(rows):
        for c in range(r + 1):
            index[(r, c)] = len(index)
    jumps = []
    for (r, c), a in index.items():
        for dr, dc in ((0, 1), (1, 0), (1, 1), (0, -1), (-1, 0), (-1, -1)):
            mid, end = (r + dr, c + dc), (r + 2 * dr, c + 2 * dc)
            if mid in index and end in index:
                jumps.append((a, index[mid], index[end]))
    full = (1 << len(index)) - 1

    @lru_cache(maxsize=None)
    def ways(board: int) -> int:
        if bin(board).count("1") == 1:
            return 1
        total = 0
        for a, m, e in jumps:
            if board >> a & 1 and board >> m & 1 and not board >> e & 1:
                total += ways(board ^ (1 << a) ^ (1 << m) ^ (1 << e))
        return total

    counts = [ways(full ^ (1 << hole)) for hole in range(len(index))]
    return counts, ways.cache_info().currsize
