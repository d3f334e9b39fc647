"""Cycle sort, the in-place sort that writes each element at most once.

For every position the algorithm counts how many later elements are smaller to find
where the current item belongs, skips duplicates and rotates the cycle. The number of
memory writes is returned with the sorted samples.

Keywords: cycle sort, minimal writes, in-place sort, permutation cycles, quadratic
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(1800, 21), cases=[(0, 1), (1, 1), (2, 2), (60, 5), (-2, 0)])
def cycle_sort_min_writes(n: int, seed: int) -> Tuple[int, List[int], int]:
    """Cycle-sort n LCG values in 0..499; return (writes, samples, sum of i*v mod p)."""
    state = seed & 0x7FFFFFFF
    data = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        data.append(state % 500)
    writes = 0
    for start in range(len(data) - 1):
        item = data[start]
        pos = start + sum(1 for v in data[start + 1:] if v < item)
        if pos == start:
            continue
        while item == data[pos]:
            pos += 1
        data[pos], item = item, data[pos]
        writes += 1
        while pos != start:
            pos = start + sum(1 for v in data[start + 1:] if v < item)
            while item == data[pos]:
                pos += 1
            data[pos], item = item, data[pos]
            writes += 1
    step = max(1, len(data) // 10)
    weighted = sum(i * v for i, v in enumerate(data)) % 1000003
    return writes, data[::step], weighted
