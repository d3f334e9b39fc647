"""Prime counting pi(n) in about n^(3/4) steps with the Lucy_Hedgehog algorithm.

S(v) starts as the count of 2..v for every distinct value v = n // i. Sieving by each
prime p <= sqrt(n) removes the numbers whose smallest prime factor is p:
S(v) -= S(v // p) - S(p - 1) for v >= p^2. Afterwards S(v) = pi(v) for all those v.

Keywords: number theory, prime counting, lucy hedgehog, legendre, sublinear algorithms
"""

from math import isqrt
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(200000000,), cases=[(1,), (2,), (3,), (10,), (1000,)])
def lucy_hedgehog_prime_count(n: int) -> Tuple[int, int, int, int]:
    """Return (pi(n), pi(n // 2), pi(n // 3), pi(isqrt(n)))."""
    if n < 2:
        return (0, 0, 0, 0)
    r = isqrt(n)
    values = [n // i for i in range(1, r + 1)]
    values += list(range(values[-1] - 1, 0, -1))
    count = {v: v - 1 for v in values}
    for p in range(2, r + 1):
        if count[p] > count[p - 1]:
            below = count[p - 1]
            square = p * p
            for v in values:
                if v < square:
                    break
                count[v] -= count[v // p] - below
    return (count[n], count.get(n // 2, 0), count.get(n // 3, 0), count[r])
