"""Enumerate every (mask, submask) pair of k bits: the 3**k iteration.

For each mask the loop sub = (sub - 1) & mask walks all its submasks in decreasing
order, 3**k pairs in total. It is used here for a subset-partition DP: the minimum
cost to split the item set into groups, where a group's cost is its weight span plus
a fixed overhead. Returns the optimal cost for the full set, the number of pairs
visited and the costs of a few masks.

Keywords: submask enumeration, bitmask DP, set partition, 3^n, subsets
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(13, 4), cases=[(0, 1), (1, 2), (3, 3), (6, 4), (-1, 1)])
def submask_enumeration_pairs(k: int, seed: int) -> Tuple[int, int, List[int]]:
    """Return (best partition cost of all items, (mask, submask) pairs visited, dp of 6 masks); 0 <= k <= 16."""
    if not 0 <= k <= 16:
        raise ValueError("k must be in 0..16")
    state = seed & 0x7FFFFFFF
    weights = []
    for _ in range(k):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        weights.append((state >> 9) % 1000)
    n = 1 << k
    group_cost = [0] * n
    for mask in range(1, n):
        chosen = [w for i, w in enumerate(weights) if (mask >> i) & 1]
        group_cost[mask] = (max(chosen) - min(chosen)) * len(chosen) + 150
    dp = [0] + [10 ** 18] * (n - 1)
    pairs = 0
    for mask in range(1, n):
        low = mask & -mask
        sub = mask
        best = dp[mask]
        while sub:
            pairs += 1
            if sub & low:
                cand = dp[mask ^ sub] + group_cost[sub]
                if cand < best:
                    best = cand
            sub = (sub - 1) & mask
        dp[mask] = best
    step = max(1, n // 6)
    return dp[n - 1], pairs, dp[::step][:6]
