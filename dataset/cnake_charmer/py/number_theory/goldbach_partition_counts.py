"""Goldbach partitions of the even numbers in a window below n.

A sieve marks primes up to n. For each even e in the last `window` even numbers up to
n, the number of ways to write e = p + q with primes p <= q is counted. The minimum
and maximum counts, the even number achieving the minimum and the total are returned.

Keywords: number theory, goldbach conjecture, primes, sieve, partitions, additive number theory
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(200000, 250), cases=[(4, 1), (10, 3), (3, 2), (100, 10)])
def goldbach_partition_counts(n: int, window: int) -> Tuple[int, int, int, int]:
    """Return (fewest partitions, even number with the fewest, most partitions, total)."""
    prime = [True] * (n + 1)
    prime[0:2] = [False, False][: n + 1]
    p = 2
    while p * p <= n:
        if prime[p]:
            for j in range(p * p, n + 1, p):
                prime[j] = False
        p += 1
    primes = [k for k in range(n + 1) if prime[k]]
    top = n - (n % 2)
    fewest, fewest_at, most, total = -1, -1, 0, 0
    for e in range(top, max(top - 2 * window, 2), -2):
        count = 0
        for q in primes:
            if 2 * q > e:
                break
            if prime[e - q]:
                count += 1
        total += count
        most = max(most, count)
        if fewest < 0 or count <= fewest:
            fewest, fewest_at = count, e
    return (fewest, fewest_at, most, total)
