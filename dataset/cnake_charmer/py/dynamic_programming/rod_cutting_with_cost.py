"""Rod cutting with a fixed cost per cut.

Prices for every piece length come from a seeded LCG (roughly proportional to length
with noise). The best revenue for each rod length considers selling it whole or making
a first cut, paying the cut cost; the optimal piece lengths are reconstructed.

Keywords: dynamic programming, rod cutting, optimization, unbounded knapsack, reconstruction
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(1500, 7, 31), cases=[(0, 1, 1), (1, 0, 2), (10, 3, 3), (60, 0, 4)])
def rod_cutting_with_cost(length: int, cut_cost: int, seed: int) -> Tuple[int, int, List[int]]:
    """Return (best revenue, number of pieces, sorted piece lengths (at most 12))."""
    state = seed & 0x7FFFFFFF
    price = [0]
    for piece in range(1, length + 1):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        price.append(piece * 10 + (state >> 11) % (piece * 4 + 7) - piece)
    best = [0] * (length + 1)
    first = [0] * (length + 1)
    for total in range(1, length + 1):
        best[total], first[total] = price[total], total
        for cut in range(1, total):
            value = price[cut] + best[total - cut] - cut_cost
            if value > best[total]:
                best[total], first[total] = value, cut
    pieces = []
    rest = length
    while rest > 0:
        pieces.append(first[rest])
        rest -= first[rest]
    return (best[length], len(pieces), sorted(pieces)[:12])
