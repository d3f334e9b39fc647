"""Bin packing with first-fit decreasing versus best-fit decreasing.

Item sizes are drawn from a seeded LCG and sorted largest first. First fit places
each item in the earliest bin with room; best fit chooses the bin left tightest. The
pair returns both bin counts, the wasted capacity of each packing and the fill of the
first few first-fit bins.

Keywords: optimization, bin packing, first fit decreasing, best fit, heuristics
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(2000, 1000, 5), cases=[(0, 100, 1), (1, 100, 2), (20, 50, 3), (10, 0, 4)])
def bin_packing_first_fit_decreasing(items: int, capacity: int, seed: int) -> Tuple[int, int, int, int, List[int]]:
    """Return (FFD bins, FFD waste, BFD bins, BFD waste, first FFD bin loads)."""
    if capacity <= 0:
        raise ValueError("capacity must be positive")
    state = seed & 0x7FFFFFFF
    sizes = []
    for _ in range(items):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        sizes.append(1 + (state >> 8) % capacity)
    sizes.sort(reverse=True)
    first_fit: List[int] = []
    for s in sizes:
        for k, load in enumerate(first_fit):
            if load + s <= capacity:
                first_fit[k] += s
                break
        else:
            first_fit.append(s)
    best_fit: List[int] = []
    for s in sizes:
        candidates = [(capacity - load - s, k) for k, load in enumerate(best_fit) if load + s <= capacity]
        if candidates:
            best_fit[min(candidates)[1]] += s
        else:
            best_fit.append(s)
    total = sum(sizes)
    return (len(first_fit), len(first_fit) * capacity - total,
            len(best_fit), len(best_fit) * capacity - total, first_fit[:5])
