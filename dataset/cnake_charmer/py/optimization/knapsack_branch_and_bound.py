"""Exact 0/1 knapsack by depth-first branch and bound with a fractional bound.

Items (LCG weights and values) are sorted by value density. The search branches on
taking or skipping each item in that order and prunes a node when the greedy
fractional (LP relaxation) bound cannot beat the incumbent. The pair returns the
optimal value of each of several instances, the total number of nodes explored and
the items chosen in the last instance (strongly correlated instances, hard for B&B).

Keywords: optimization, knapsack, branch and bound, lp relaxation, exact search
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(60, 45, 9), cases=[(0, 2, 1), (1, 1, 2), (8, 3, 3), (15, 2, 4)])
def knapsack_branch_and_bound(items: int, instances: int, seed: int) -> Tuple[List[int], int, List[int]]:
    """Return (optimal value per instance, total nodes explored, chosen items of the last)."""
    state = seed & 0x7FFFFFFF

    def draw(mod: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 8) % mod

    optima: List[int] = []
    nodes = 0
    last: List[int] = []
    for _ in range(instances):
        weights = [10 + draw(90) for _ in range(items)]
        values = [w + 10 + draw(3) for w in weights]
        capacity = sum(weights) // 2
        order = sorted(range(items), key=lambda i: (-values[i] / weights[i], i))
        w = [weights[i] for i in order]
        v = [values[i] for i in order]
        best = [0, []]
        taken: List[int] = []

        def bound(k: int, room: int, value: int) -> float:
            total = float(value)
            while k < items and w[k] <= room:
                room -= w[k]
                total += v[k]
                k += 1
            if k < items:
                total += v[k] * room / w[k]
            return total

        def search(k: int, room: int, value: int) -> None:
            nonlocal nodes
            nodes += 1
            if value > best[0]:
                best[0], best[1] = value, taken[:]
            if k == items or bound(k, room, value) <= best[0]:
                return
            if w[k] <= room:
                taken.append(order[k])
                search(k + 1, room - w[k], value + v[k])
                taken.pop()
            search(k + 1, room, value)

        search(0, capacity, 0)
        optima.append(best[0])
        last = sorted(best[1])
    return optima, nodes, last
