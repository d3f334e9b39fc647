"""Lattice points visible from the origin: gcd statistics over an n x n grid.

A point (a, b) with 1 <= a, b <= n is visible from the origin iff gcd(a, b) = 1. All
pairs are examined; the visible count (about 6/pi^2 of the grid), a histogram of
small gcd values and the largest gcd of a pair with a < b are returned.

Keywords: number theory, gcd, coprimality, visible lattice points, euclid algorithm
"""

from math import gcd
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(1000,), cases=[(0,), (1,), (2,), (12,)])
def coprime_lattice_visible(n: int) -> Tuple[int, List[int], int]:
    """Return (visible points, counts of gcd = 1..6, largest gcd with a < b)."""
    histogram = [0] * 7
    largest = 0
    for a in range(1, n + 1):
        for b in range(1, n + 1):
            g = gcd(a, b)
            if g <= 6:
                histogram[g] += 1
            if a < b and g > largest:
                largest = g
    return (histogram[1], histogram[1:], largest)
