"""Which orders can a permutation of n elements have? (Landau's function)

The order of a permutation is the lcm of its cycle lengths, i.e. of the parts of its
cycle-type partition. A dynamic programme over parts 1..n keeps, for every total s, a
dictionary from lcm value to the number of partitions of s with that lcm. The number
of distinct orders, Landau's g(n) (the largest order) and the commonest orders follow.

Keywords: combinatorics, permutation order, landau function, integer partitions, lcm, cycle type
"""

from collections import defaultdict
from math import lcm
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(80,), cases=[(0,), (1,), (4,), (12,)])
def permutation_order_spectrum(n: int) -> Tuple[int, int, int, int, List[Tuple[int, int]]]:
    """Return (distinct orders, Landau g(n), partitions reaching it, partitions in total, 5 commonest (order, count))."""
    if n < 0:
        raise ValueError("n must be non-negative")
    table = [defaultdict(int) for _ in range(n + 1)]
    table[0][1] = 1
    for part in range(1, n + 1):
        for total in range(part, n + 1):
            target = table[total]
            for order, count in list(table[total - part].items()):
                target[lcm(order, part)] += count
    spectrum = table[n]
    landau = max(spectrum)
    common = sorted(spectrum.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    return (len(spectrum), landau, spectrum[landau], sum(spectrum.values()), common)
