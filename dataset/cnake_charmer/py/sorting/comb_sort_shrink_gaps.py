"""Comb sort with the 10/13 shrink factor and the "comb 11" rule.

Compares elements a gap apart and swaps them if out of order; the gap shrinks by a
factor 1.3 each pass (with 9 and 10 replaced by 11) until it reaches 1, then bubble
passes finish the job. Returns passes, swaps and samples of the sorted data.

Keywords: comb sort, shrink factor, gap, bubble sort, swaps
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(60000, 12), cases=[(0, 1), (1, 1), (2, 3), (111, 4), (-9, 2)])
def comb_sort_shrink_gaps(n: int, seed: int) -> Tuple[int, int, List[int]]:
    """Comb-sort n LCG values; return (passes, swaps, samples)."""
    state = seed & 0x7FFFFFFF
    data = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        data.append(state % 1000000)
    gap = len(data)
    passes = swaps = 0
    done = False
    while not done:
        gap = gap * 10 // 13
        if gap in (9, 10):
            gap = 11
        if gap <= 1:
            gap = 1
            done = True
        passes += 1
        for i in range(len(data) - gap):
            if data[i] > data[i + gap]:
                data[i], data[i + gap] = data[i + gap], data[i]
                swaps += 1
                done = False
    step = max(1, len(data) // 10)
    return passes, swaps, data[::step]
