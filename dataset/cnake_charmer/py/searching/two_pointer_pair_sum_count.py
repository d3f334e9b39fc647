"""Count pairs with a given sum in a sorted array using two pointers.

For each target the left pointer starts at the smallest value and the right pointer at
the largest; the pointers move inward depending on whether the pair sum is too small
or too large, and runs of equal values are counted as blocks so duplicates are
handled exactly. Returns the pair count for each target.

Keywords: two pointers, pair sum, sorted array, duplicates, counting
"""

from typing import List

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(30000, 36, 4), cases=[(0, 3, 1), (1, 2, 2), (6, 4, 3), (200, 5, 4), (50, 0, 1)])
def two_pointer_pair_sum_count(n: int, n_targets: int, seed: int) -> List[int]:
    """Return, for each generated target, the number of index pairs i < j with a[i] + a[j] == target."""
    state = seed & 0x7FFFFFFF
    values = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        values.append((state >> 5) % 5000)
    values.sort()
    counts = []
    for t in range(n_targets):
        target = 2500 + t * 577 % 5000
        lo, hi = 0, len(values) - 1
        pairs = 0
        while lo < hi:
            s = values[lo] + values[hi]
            if s < target:
                lo += 1
            elif s > target:
                hi -= 1
            elif values[lo] == values[hi]:
                k = hi - lo + 1
                pairs += k * (k - 1) // 2
                break
            else:
                a, b = values[lo], values[hi]
                left = right = 0
                while lo <= hi and values[lo] == a:
                    left += 1
                    lo += 1
                while hi >= lo and values[hi] == b:
                    right += 1
                    hi -= 1
                pairs += left * right
        counts.append(pairs)
    return counts
