"""Search in rotated sorted arrays without finding the rotation first.

A sorted array of distinct values rotated at an unknown pivot still has one sorted
half around any midpoint; binary search checks which half is sorted and whether the
key lies inside it. Many rotated arrays and keys are tested, and the rotation offset
(the index of the minimum) is also found by binary search. Returns hits, total probes,
the sum of rotation offsets and the first results.

Keywords: rotated sorted array, binary search, pivot, modified binary search, interview classic
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _search(data: List[int], key: int) -> Tuple[int, int]:
    lo, hi = 0, len(data) - 1
    probes = 0
    while lo <= hi:
        mid = (lo + hi) // 2
        probes += 1
        if data[mid] == key:
            return mid, probes
        if data[lo] <= data[mid]:
            if data[lo] <= key < data[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:
            if data[mid] < key <= data[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1, probes


def _rotation(data: List[int]) -> int:
    lo, hi = 0, len(data) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if data[mid] > data[hi]:
            lo = mid + 1
        else:
            hi = mid
    return lo


@python_benchmark(args=(20, 5000, 2000, 7), cases=[(0, 10, 5, 1), (3, 0, 4, 2), (2, 1, 3, 3), (5, 17, 30, 4)])
def rotated_sorted_array_search(arrays: int, length: int, queries: int, seed: int) -> Tuple[int, int, int, List[int]]:
    """Return (keys found, probes, sum of rotation offsets, first 8 results)."""
    state = seed & 0x7FFFFFFF
    hits = probes = offsets = 0
    first = []
    for _ in range(arrays):
        values = []
        v = 0
        for _ in range(length):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            v += 1 + (state >> 8) % 5
            values.append(v)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        shift = (state >> 4) % length if length else 0
        data = values[shift:] + values[:shift]
        if data:
            offsets += _rotation(data)
        for _ in range(queries):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            key = (state >> 3) % (v + 2)
            idx, p = _search(data, key)
            hits += idx >= 0
            probes += p
            if len(first) < 8:
                first.append(idx)
    return hits, probes, offsets, first
