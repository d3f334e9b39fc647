"""Join-order optimisation by dynamic programming over relation subsets (bushy and left-deep).

A query joins ``n`` relations along a random connected join graph; every relation has
a base cardinality and every join edge a selectivity. The estimated size of joining
a subset is the product of its cardinalities and of the selectivities of the edges
inside it (cross products keep selectivity 1). The cost of a plan is the sum of its
intermediate result sizes (C_out). Dynamic programming over all subsets, in
increasing bitmask order, finds the cheapest bushy plan by enumerating every split of
a subset into two disjoint halves, and the cheapest left-deep plan by choosing which
relation joins last. Returns the bushy cost and plan, the left-deep cost and join
order, the estimated result size and how many subset splits were examined.

Keywords: databases, query optimizer, join ordering, dynamic programming, subsets, bitmask, cost model
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(13, 29), cases=[(1, 1), (2, 2), (3, 3), (6, 4), (9, 5)])
def join_order_subset_dp(n: int, seed: int) -> Tuple[float, str, float, List[int], float, int]:
    """Return (bushy cost, bushy plan, left-deep cost, left-deep order, result size, splits examined)."""
    state = seed & 0xFFFFFFFFFFFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (state >> 33) % k

    base = [float(10 ** (1 + draw(5)) * (1 + draw(9))) for _ in range(n)]
    selectivity = [[1.0] * n for _ in range(n)]
    for j in range(1, n):
        i = draw(j)  # a random spanning tree keeps the graph connected
        selectivity[i][j] = selectivity[j][i] = (1 + draw(1000)) / 20000.0
    for _ in range(n // 2):
        i, j = draw(n), draw(n)
        if i != j and selectivity[i][j] == 1.0:
            selectivity[i][j] = selectivity[j][i] = (1 + draw(1000)) / 5000.0

    full = (1 << n) - 1
    card = [0.0] * (full + 1)
    cost = [0.0] * (full + 1)
    split = [0] * (full + 1)
    deep_cost = [0.0] * (full + 1)
    deep_last = [0] * (full + 1)
    examined = 0
    for subset in range(1, full + 1):
        low = (subset & -subset).bit_length() - 1
        rest = subset ^ (1 << low)
        if rest == 0:
            card[subset] = base[low]
            continue
        size = card[rest] * base[low]
        for j in range(low + 1, n):
            if rest >> j & 1:
                size *= selectivity[low][j]
        card[subset] = size

        best = float("inf")
        left = (subset - 1) & subset
        while left:
            right = subset ^ left
            if left < right:
                examined += 1
                candidate = cost[left] + cost[right]
                if candidate < best:
                    best, split[subset] = candidate, left
            left = (left - 1) & subset
        cost[subset] = best + size

        best = float("inf")
        for r in range(n):
            if subset >> r & 1:
                candidate = deep_cost[subset ^ (1 << r)]
                if candidate < best:
                    best, deep_last[subset] = candidate, r
        deep_cost[subset] = best + size

    def plan(subset: int) -> str:
        if subset & (subset - 1) == 0:
            return f"R{subset.bit_length() - 1}"
        left = split[subset]
        return f"({plan(left)} J {plan(subset ^ left)})"

    order: List[int] = []
    subset = full
    while subset:
        order.append(deep_last[subset] if subset & (subset - 1) else subset.bit_length() - 1)
        subset ^= 1 << order[-1]
    order.reverse()
    if n == 0:
        return 0.0, "", 0.0, [], 0.0, 0
    return cost[full], plan(full), deep_cost[full], order, card[full], examined
