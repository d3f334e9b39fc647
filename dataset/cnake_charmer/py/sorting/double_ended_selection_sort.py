"""Selection sort that places both the minimum and the maximum on every pass.

Each pass scans the unsorted middle once, tracking the smallest and largest values,
and swaps them to the two ends, halving the number of passes of plain selection sort.
Returns the number of swaps that moved something, a checksum and samples.

Keywords: selection sort, min max, double selection, in-place, quadratic
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(3000, 23), cases=[(0, 1), (1, 1), (2, 7), (3, 1), (99, 4), (-8, 2)])
def double_ended_selection_sort(n: int, seed: int) -> Tuple[int, int, List[int]]:
    """Sort n LCG values by double selection; return (swaps, checksum, samples)."""
    state = seed & 0x7FFFFFFF
    data = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        data.append((state >> 2) % 200000 - 100000)
    lo, hi = 0, len(data) - 1
    swaps = 0
    while lo < hi:
        segment = data[lo:hi + 1]
        i_min = lo + segment.index(min(segment))
        i_max = lo + segment.index(max(segment))
        if i_min != lo:
            data[lo], data[i_min] = data[i_min], data[lo]
            swaps += 1
            if i_max == lo:
                i_max = i_min
        if i_max != hi:
            data[hi], data[i_max] = data[i_max], data[hi]
            swaps += 1
        lo += 1
        hi -= 1
    checksum = sum((i + 1) * v for i, v in enumerate(data)) % 1000000007
    step = max(1, len(data) // 10)
    return swaps, checksum, data[::step]
