"""Cocktail shaker sort: bubble sort that alternates direction each pass.

A forward pass bubbles the largest remaining value to the end, a backward pass sinks
the smallest to the front, and the bounds shrink to the last swap positions. Returns
the number of passes, the number of swaps and samples of the result.

Keywords: cocktail shaker sort, bidirectional bubble sort, swaps, passes, quadratic
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(1500, 17), cases=[(0, 1), (1, 1), (2, 4), (70, 3), (-1, 3)])
def cocktail_shaker_sort_passes(n: int, seed: int) -> Tuple[int, int, List[int]]:
    """Shaker-sort n LCG values; return (passes, swaps, samples)."""
    state = seed & 0x7FFFFFFF
    data = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        data.append(state % 10000)
    lo, hi = 0, len(data) - 1
    passes = swaps = 0
    while lo < hi:
        last = lo
        for i in range(lo, hi):
            if data[i] > data[i + 1]:
                data[i], data[i + 1] = data[i + 1], data[i]
                swaps += 1
                last = i
        hi = last
        passes += 1
        if lo >= hi:
            break
        last = hi
        for i in range(hi, lo, -1):
            if data[i - 1] > data[i]:
                data[i - 1], data[i] = data[i], data[i - 1]
                swaps += 1
                last = i
        lo = last
        passes += 1
    step = max(1, len(data) // 10)
    return passes, swaps, data[::step]
