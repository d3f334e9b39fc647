"""Egg dropping: the fewest drops that always find the critical floor.

With e eggs and f floors, a drop from floor x either breaks (e-1 eggs, x-1 floors
below) or not (e eggs, f-x floors above); the worst case is minimised over x. The full
quadratic-per-entry table is filled, and the answer, a row sample and the best first
floor for the whole building are returned. Negative inputs are rejected.

Keywords: dynamic programming, egg drop, minimax, worst case, puzzle
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(4, 600), cases=[(1, 0), (1, 10), (2, 36), (3, -1), (0, 5)])
def egg_drop_min_trials(eggs: int, floors: int) -> Tuple[int, List[int], int]:
    """Return (worst-case drops, drops for every 25th floor count, best first floor)."""
    if eggs < 0 or floors < 0:
        raise ValueError("eggs and floors must be non-negative")
    if eggs == 0:
        return (0 if floors == 0 else -1, [], 0)
    table = [[0] * (floors + 1) for _ in range(eggs + 1)]
    for f in range(floors + 1):
        table[1][f] = f
    for e in range(2, eggs + 1):
        below, here = table[e - 1], table[e]
        for f in range(1, floors + 1):
            here[f] = 1 + min(max(below[x - 1], here[f - x]) for x in range(1, f + 1))
    top = table[eggs]
    first = 0
    if floors > 0:
        first = min(range(1, floors + 1), key=lambda x: max(table[eggs - 1][x - 1], top[floors - x]))
    return (top[floors], top[::25], first)
