"""Natural merge sort that exploits runs already present in the input.

The input is built from ascending stretches of random length. The sort splits it into
maximal non-decreasing runs and merges neighbouring runs pairwise, round after round,
until one run is left. Returns the initial run count, the number of rounds and samples.

Keywords: natural merge sort, runs, adaptive sort, merging, presorted input
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _merge(a: List[int], b: List[int]) -> List[int]:
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    out.extend(a[i:])
    out.extend(b[j:])
    return out


@python_benchmark(args=(100000, 40), cases=[(0, 5), (1, 1), (10, 1), (300, 7), (-5, 3)])
def natural_merge_sort_runs(n: int, seed: int) -> Tuple[int, int, int, List[int]]:
    """Return (initial runs, merge rounds, checksum, samples) for n presorted-ish values."""
    state = seed & 0x7FFFFFFF
    data = []
    value = 0
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        if state % 23 == 0:
            value = state % 5000
        else:
            value += (state >> 8) % 9
        data.append(value)
    runs = []
    start = 0
    for i in range(1, len(data) + 1):
        if i == len(data) or data[i] < data[i - 1]:
            runs.append(data[start:i])
            start = i
    initial = len(runs)
    rounds = 0
    while len(runs) > 1:
        runs = [_merge(runs[k], runs[k + 1]) if k + 1 < len(runs) else runs[k]
                for k in range(0, len(runs), 2)]
        rounds += 1
    result = runs[0] if runs else []
    checksum = sum((i ^ v) for i, v in enumerate(result)) % 1000000007
    step = max(1, len(result) // 10)
    return initial, rounds, checksum, result[::step]
