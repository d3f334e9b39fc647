"""Multiplicative persistence: how many digit-product steps reach one digit.

The persistence of 39 is 3 (39 -> 27 -> 14 -> 4). Every number below the limit is
measured; the function records the smallest number with each persistence value, a
histogram of persistences and the count of numbers whose digit product is zero on the
first step. Also reports the additive persistence (digit sums) histogram.

Keywords: multiplicative persistence, digit product, digital root, brute force, classic exercise
"""

from math import prod
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(60000,), cases=[(0,), (1,), (10,), (100,), (-4,)])
def multiplicative_persistence_search(limit: int) -> Tuple[List[int], List[int], List[int], int]:
    """Return (multiplicative persistence histogram 0..11, smallest number per persistence (-1 if none), additive histogram 0..4, first-step zeros)."""
    mult_hist = [0] * 12
    smallest = [-1] * 12
    add_hist = [0] * 5
    zeros = 0
    for n in range(max(0, limit)):
        steps = 0
        v = n
        while v >= 10:
            v = prod(int(d) for d in str(v))
            steps += 1
            if steps == 1 and v == 0:
                zeros += 1
        mult_hist[steps] += 1
        if smallest[steps] < 0:
            smallest[steps] = n
        steps = 0
        v = n
        while v >= 10:
            v = sum(int(d) for d in str(v))
            steps += 1
        add_hist[steps] += 1
    return mult_hist, smallest, add_hist, zeros
