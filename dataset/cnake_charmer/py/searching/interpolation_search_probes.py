"""Interpolation search over a nearly uniform sorted array, counting probes.

Instead of halving, the next probe is placed where the key would sit if values grew
linearly between the current bounds. On uniform data this takes O(log log n) probes.
Returns how many keys were found, the total and worst probe counts and the first
positions.

Keywords: interpolation search, probes, sorted array, uniform distribution, searching
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(200000, 60000, 8), cases=[(0, 5, 1), (1, 4, 2), (10, 20, 3), (1000, 300, 4)])
def interpolation_search_probes(n: int, queries: int, seed: int) -> Tuple[int, int, int, List[int]]:
    """Return (found, total probes, worst probes, first 8 positions or -1)."""
    state = seed & 0x7FFFFFFF
    data = []
    value = 0
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        value += 1 + state % 20
        data.append(value)
    found = total = worst = 0
    positions = []
    for _ in range(queries):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        key = state % (value + 2)
        lo, hi = 0, len(data) - 1
        probes = 0
        pos = -1
        while lo <= hi and data[lo] <= key <= data[hi]:
            probes += 1
            if data[hi] == data[lo]:
                mid = lo
            else:
                mid = lo + (key - data[lo]) * (hi - lo) // (data[hi] - data[lo])
            if data[mid] == key:
                pos = mid
                break
            if data[mid] < key:
                lo = mid + 1
            else:
                hi = mid - 1
        found += pos >= 0
        total += probes
        worst = max(worst, probes)
        if len(positions) < 8:
            positions.append(pos)
    return found, total, worst, positions
