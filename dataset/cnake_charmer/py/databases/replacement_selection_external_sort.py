"""External merge sort: replacement-selection run generation and multi-pass merging.

The input is far larger than the ``memory`` records the sort may hold. Run generation
uses replacement selection: a heap of (run number, key) emits the smallest key of the
current run and replaces it with the next input record, which joins the current run if
it is not smaller than the key just written and is otherwise deferred to the next run
(on random input this produces runs about twice the memory size). The merge phase
combines up to ``fan_in`` consecutive runs at a time, pass after pass, until one run
remains. Returns the number of initial runs, the shortest and longest run, the merge
passes, the records moved by merging, a checksum of the sorted output and samples.

Keywords: databases, external sort, replacement selection, sorted runs, multiway merge, merge passes, heap
"""

import heapq
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

MOD = 1_000_000_007


@python_benchmark(args=(150000, 500, 4, 31), cases=[(0, 10, 2, 1), (1, 1, 2, 2), (50, 1, 2, 3), (1000, 7, 3, 4), (300, 1000, 2, 5)])
def replacement_selection_external_sort(n: int, memory: int, fan_in: int, seed: int) -> Tuple[int, int, int, int, int, int, List[int]]:
    """Return (initial runs, shortest run, longest run, merge passes, records merged, checksum, samples)."""
    state = seed & 0xFFFFFFFFFFFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (state >> 33) % k

    records = [draw(1 << 30) for _ in range(n)]
    heap = [(0, key) for key in records[:memory]]
    heapq.heapify(heap)
    next_input = len(heap)
    runs: List[List[int]] = []
    current: List[int] = []
    current_run = 0
    while heap:
        run, key = heap[0]
        if run != current_run:
            runs.append(current)
            current = []
            current_run = run
        current.append(key)
        if next_input < n:
            incoming = records[next_input]
            next_input += 1
            heapq.heapreplace(heap, (run if incoming >= key else run + 1, incoming))
        else:
            heapq.heappop(heap)
    if current:
        runs.append(current)

    initial = len(runs)
    lengths = [len(run) for run in runs]
    passes = moved = 0
    while len(runs) > 1:
        passes += 1
        merged = []
        for start in range(0, len(runs), fan_in):
            output = list(heapq.merge(*runs[start:start + fan_in]))
            moved += len(output)
            merged.append(output)
        runs = merged

    result = runs[0] if runs else []
    checksum = 0
    for position, key in enumerate(result):
        checksum = (checksum * 31 + key * (position % 7 + 1)) % MOD
    step = max(1, len(result) // 6)
    return initial, min(lengths, default=0), max(lengths, default=0), passes, moved, checksum, result[::step]
