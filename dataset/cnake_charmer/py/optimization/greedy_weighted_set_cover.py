"""Greedy weighted set cover with cost-effectiveness selection.

A universe of elements and a family of random subsets with costs are drawn from a
seeded LCG (every element is guaranteed to lie in some set). The greedy algorithm
repeatedly picks the set with the lowest cost per newly covered element until all
elements are covered. The pair returns the chosen sets in order, the total cost and
how many elements each pick newly covered.

Keywords: optimization, set cover, greedy algorithm, approximation, covering
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(1200, 700, 17), cases=[(0, 5, 1), (1, 1, 2), (10, 6, 3), (5, 0, 4)])
def greedy_weighted_set_cover(universe: int, family: int, seed: int) -> Tuple[List[int], int, List[int]]:
    """Return (chosen set indices, total cost, newly covered count per pick)."""
    if family <= 0:
        return [], 0, []
    state = seed & 0x7FFFFFFF

    def draw() -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return state >> 8

    sets = []
    costs = []
    for _ in range(family):
        size = 1 + draw() % 40
        sets.append({draw() % universe for _ in range(size)} if universe > 0 else set())
        costs.append(1 + draw() % 30)
    for e in range(universe):
        sets[e % family].add(e)
    uncovered = set(range(universe))
    chosen, gains, total = [], [], 0
    while uncovered:
        best, best_key = -1, None
        for k in range(family):
            new = len(sets[k] & uncovered)
            if new == 0:
                continue
            key = (costs[k] * 1000000 // new, k)
            if best_key is None or key < best_key:
                best, best_key = k, key
        newly = len(sets[best] & uncovered)
        uncovered -= sets[best]
        chosen.append(best)
        gains.append(newly)
        total += costs[best]
    return chosen, total, gains
