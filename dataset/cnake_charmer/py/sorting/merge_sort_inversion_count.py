"""Count inversions of a pseudo-random sequence with a top-down merge sort.

An inversion is a pair i < j with a[i] > a[j]. Merge sort counts them while merging:
whenever an element of the right half is taken first, it is smaller than every element
still waiting in the left half. Returns the count together with sorted samples.

Keywords: merge sort, inversions, divide and conquer, recursion, counting
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _sort_count(values: List[int]) -> Tuple[List[int], int]:
    if len(values) <= 1:
        return values, 0
    mid = len(values) // 2
    left, inv_left = _sort_count(values[:mid])
    right, inv_right = _sort_count(values[mid:])
    merged = []
    inversions = inv_left + inv_right
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            inversions += len(left) - i
            j += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged, inversions


@python_benchmark(args=(30000, 77), cases=[(0, 1), (1, 3), (2, 8), (500, 42), (-4, 1)])
def merge_sort_inversion_count(n: int, seed: int) -> Tuple[int, List[int]]:
    """Return (inversion count, every n//10-th sorted value) for n LCG values."""
    state = seed & 0x7FFFFFFF
    values = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        values.append(state % 100000)
    ordered, inversions = _sort_count(values)
    step = max(1, len(ordered) // 10)
    return inversions, ordered[::step]
