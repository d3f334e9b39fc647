"""Quickselect: find several order statistics without fully sorting.

For each requested rank k the function copies the data and runs Hoare-style
quickselect with a median-of-three pivot, recursing only into the side that holds k.
Returns the selected values (e.g. quartiles) and the total number of element swaps.

Keywords: quickselect, order statistics, selection, partition, median
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _select(data: List[int], k: int) -> Tuple[int, int]:
    lo, hi = 0, len(data) - 1
    swaps = 0
    while lo < hi:
        mid = (lo + hi) // 2
        pivot = sorted((data[lo], data[mid], data[hi]))[1]
        i, j = lo, hi
        while i <= j:
            while data[i] < pivot:
                i += 1
            while data[j] > pivot:
                j -= 1
            if i <= j:
                data[i], data[j] = data[j], data[i]
                swaps += 1
                i += 1
                j -= 1
        if k <= j:
            hi = j
        elif k >= i:
            lo = i
        else:
            break
    return data[k], swaps


@python_benchmark(args=(100000, 9, 6), cases=[(1, 1, 1), (5, 5, 2), (100, 3, 3), (0, 2, 1), (7, 0, 9)])
def quickselect_kth_smallest(n: int, picks: int, seed: int) -> Tuple[List[int], int]:
    """Return ([k-th smallest for `picks` evenly spaced ranks], total swaps); n >= 1 when picks > 0."""
    state = seed & 0x7FFFFFFF
    base = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        base.append((state >> 4) % 1000000)
    chosen = []
    total_swaps = 0
    for p in range(picks):
        k = (p * (n - 1)) // max(1, picks - 1)
        value, swaps = _select(list(base), k)
        chosen.append(value)
        total_swaps += swaps
    return chosen, total_swaps
