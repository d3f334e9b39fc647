"""Two-sum with a hash set: find pairs adding up to each target in one pass.

For every target the values are scanned once while a set remembers the values seen
so far; a value v completes a pair when target - v was seen. Distinct pairs are
recorded as (smaller, larger). Returns the number of distinct pairs per target and
the lexicographically smallest pair for the first targets.

Keywords: two sum, hash set, complement lookup, pairs, classic exercise
"""

from typing import List, Optional, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(30000, 12, 5), cases=[(0, 3, 1), (1, 2, 2), (10, 0, 3), (300, 4, 4)])
def two_sum_hash_pairs(n: int, n_targets: int, seed: int) -> Tuple[List[int], List[Optional[Tuple[int, int]]]]:
    """Return (distinct pair count per target, smallest pair for the first 4 targets or None)."""
    state = seed & 0x7FFFFFFF
    values = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        values.append((state >> 6) % 200000 - 50000)
    counts = []
    smallest = []
    for t in range(n_targets):
        target = (t * 37813) % 150000
        seen = set()
        pairs = set()
        for v in values:
            if target - v in seen:
                pairs.add((min(v, target - v), max(v, target - v)))
            seen.add(v)
        counts.append(len(pairs))
        if len(smallest) < 4:
            smallest.append(min(pairs) if pairs else None)
    return counts, smallest
