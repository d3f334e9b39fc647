"""Dense rank transform: replace every value by its rank among the distinct values.

Equal values share a rank and ranks have no gaps (1, 2, 2, 3 ...), as used for
coordinate compression. Returns the number of distinct values, a checksum of the rank
sequence and the first ranks.

Keywords: rank transform, dense rank, coordinate compression, sorting, distinct values
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(150000, 11), cases=[(0, 1), (1, 1), (12, 4), (500, -3)])
def rank_transform_dense(n: int, seed: int) -> Tuple[int, int, List[int]]:
    """Return (distinct count, rank checksum, first 12 ranks) for n LCG values."""
    state = seed & 0x7FFFFFFF
    values = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        values.append((state >> 5) % (n + 7) - 1000)
    rank_of = {v: r for r, v in enumerate(sorted(set(values)), start=1)}
    ranks = [rank_of[v] for v in values]
    checksum = 0
    for r in ranks:
        checksum = (checksum * 1000003 + r) % 1000000007
    return len(rank_of), checksum, ranks[:12]
