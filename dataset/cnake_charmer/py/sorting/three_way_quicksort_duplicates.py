"""Three-way (Dijkstra) quicksort on data with many duplicate keys.

Partitions around the middle element into <, == and > bands so runs of equal keys are
finished in one pass. Returns how many partition steps ran, the deepest recursion
level reached and samples of the sorted data.

Keywords: quicksort, three-way partition, Dutch national flag, duplicates, recursion
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _quicksort(data: List[int], lo: int, hi: int, depth: int, stats: List[int]) -> None:
    if lo >= hi:
        return
    stats[0] += 1
    stats[1] = max(stats[1], depth)
    pivot = data[(lo + hi) // 2]
    lt, i, gt = lo, lo, hi
    while i <= gt:
        if data[i] < pivot:
            data[lt], data[i] = data[i], data[lt]
            lt += 1
            i += 1
        elif data[i] > pivot:
            data[i], data[gt] = data[gt], data[i]
            gt -= 1
        else:
            i += 1
    _quicksort(data, lo, lt - 1, depth + 1, stats)
    _quicksort(data, gt + 1, hi, depth + 1, stats)


@python_benchmark(args=(60000, 300, 2), cases=[(0, 5, 1), (1, 5, 1), (50, 1, 3), (400, 7, 4), (30, 0, 2)])
def three_way_quicksort_duplicates(n: int, distinct: int, seed: int) -> Tuple[int, int, List[int]]:
    """Sort n values in [0, distinct) (distinct >= 1); return (partitions, max depth, samples)."""
    if distinct < 1:
        raise ValueError("distinct must be positive")
    state = seed & 0x7FFFFFFF
    data = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        data.append((state >> 3) % distinct)
    stats = [0, 0]
    _quicksort(data, 0, len(data) - 1, 0, stats)
    step = max(1, len(data) // 10)
    return stats[0], stats[1], data[::step]
