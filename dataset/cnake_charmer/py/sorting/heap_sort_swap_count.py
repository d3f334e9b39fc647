"""In-place heapsort that also reports how many swaps it performed.

Builds a max-heap bottom-up, then repeatedly moves the root behind the heap and sifts
the new root down. The swap count depends on the exact sift-down rule, so it pins the
algorithm as well as the sorted result does.

Keywords: heapsort, binary heap, sift down, in-place sort, swaps
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _sift_down(heap: List[int], start: int, end: int) -> int:
    swaps = 0
    root = start
    while 2 * root + 1 < end:
        child = 2 * root + 1
        if child + 1 < end and heap[child + 1] > heap[child]:
            child += 1
        if heap[root] >= heap[child]:
            break
        heap[root], heap[child] = heap[child], heap[root]
        swaps += 1
        root = child
    return swaps


@python_benchmark(args=(25000, 9), cases=[(0, 1), (1, 1), (2, 5), (333, 11), (-1, 4)])
def heap_sort_swap_count(n: int, seed: int) -> Tuple[int, int, List[int]]:
    """Heapsort n LCG values; return (swaps, weighted checksum, 8 samples)."""
    state = seed & 0x7FFFFFFF
    data = []
    for _ in range(n):
        state = (state * 22695477 + 1) & 0xFFFFFFFF
        data.append((state >> 8) % 1000003)
    swaps = 0
    for start in range(len(data) // 2 - 1, -1, -1):
        swaps += _sift_down(data, start, len(data))
    for end in range(len(data) - 1, 0, -1):
        data[0], data[end] = data[end], data[0]
        swaps += 1 + _sift_down(data, 0, end)
    checksum = sum((i + 1) * v for i, v in enumerate(data)) % 998244353
    step = max(1, len(data) // 8)
    return swaps, checksum, data[::step]
