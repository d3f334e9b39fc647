"""Count subsets hitting target sums with a meet-in-the-middle search.

The items are split into two halves; all 2**(n/2) subset sums of each half are listed,
one list is sorted, and for every sum s of the other half the number of partners equal
to target - s is found by binary search. This replaces 2**n enumeration by about
2**(n/2) log work. Targets are sums of random subsets, so each has at least one hit.

Keywords: meet in the middle, subset sum, binary search, enumeration, combinatorial search
"""

from bisect import bisect_left, bisect_right
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(30, 3, 5), cases=[(0, 2, 1), (1, 2, 2), (5, 3, 3), (12, 0, 4), (9, 4, 6)])
def subset_sum_meet_in_middle(n_items: int, n_targets: int, seed: int) -> Tuple[List[int], List[int]]:
    """Return (targets, number of subsets summing to each); 0 <= n_items <= 40."""
    if not 0 <= n_items <= 40:
        raise ValueError("n_items must be in 0..40")
    state = seed & 0x7FFFFFFF
    items = []
    for _ in range(n_items):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        items.append(1 + (state >> 8) % 1000)
    half = n_items // 2
    left_sums = [0]
    for v in items[:half]:
        left_sums += [s + v for s in left_sums]
    right_sums = [0]
    for v in items[half:]:
        right_sums += [s + v for s in right_sums]
    right_sums.sort()
    targets = []
    counts = []
    for _ in range(n_targets):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        target = sum(v for i, v in enumerate(items) if (state >> (i % 31)) & 1)
        hits = 0
        for s in left_sums:
            need = target - s
            hits += bisect_right(right_sums, need) - bisect_left(right_sums, need)
        targets.append(target)
        counts.append(hits)
    return targets, counts
