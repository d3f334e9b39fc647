"""Fibonacci search: probe a sorted array at Fibonacci-number offsets.

Like binary search but the interval is split into parts whose sizes are consecutive
Fibonacci numbers, so only additions and subtractions are needed to move the probe.
Returns found counts, the total number of probes and the first found indices.

Keywords: Fibonacci search, sorted array, divide and conquer, probes, searching
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _fib_search(data: List[int], key: int) -> Tuple[int, int]:
    n = len(data)
    f2, f1 = 0, 1
    f = f1 + f2
    while f < n:
        f2, f1 = f1, f
        f = f1 + f2
    offset = -1
    probes = 0
    while f > 1:
        i = min(offset + f2, n - 1)
        probes += 1
        if data[i] < key:
            f, f1 = f1, f2
            f2 = f - f1
            offset = i
        elif data[i] > key:
            f, f1 = f2, f1 - f2
            f2 = f - f1
        else:
            return i, probes
    if f1 and offset + 1 < n and data[offset + 1] == key:
        return offset + 1, probes + 1
    return -1, probes


@python_benchmark(args=(60000, 25000, 6), cases=[(0, 4, 1), (1, 3, 2), (2, 5, 3), (77, 40, 4), (1000, 0, 5)])
def fibonacci_search_sorted_array(n: int, queries: int, seed: int) -> Tuple[int, int, List[int]]:
    """Return (keys found, total probes, first 8 results (index or -1))."""
    state = seed & 0x7FFFFFFF
    data = []
    v = 0
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        v += 1 + state % 4
        data.append(v)
    found = probes = 0
    first = []
    for _ in range(queries):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        key = state % (v + 3)
        idx, p = _fib_search(data, key)
        found += idx >= 0
        probes += p
        if len(first) < 8:
            first.append(idx)
    return found, probes, first
