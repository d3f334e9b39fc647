"""Enumerating integer partitions to check Euler's distinct-parts = odd-parts theorem.

All partitions of n are generated as ascending compositions (Kelleher's accelerated
algorithm). Partitions into distinct parts and partitions into odd parts are counted
separately (Euler proved the counts agree), along with the total and a checksum of
part counts.

Keywords: combinatorics, integer partitions, euler theorem, distinct parts, odd parts, enumeration
"""

from typing import Iterator, List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _ascending(n: int) -> Iterator[List[int]]:
    a = [0] * (n + 1)
    k = 1
    y = n - 1
    while k != 0:
        x = a[k - 1] + 1
        k -= 1
        while 2 * x <= y:
            a[k] = x
            y -= x
            k += 1
        last = k + 1
        while x <= y:
            a[k] = x
            a[last] = y
            yield a[:k + 2]
            x += 1
            y -= 1
        a[k] = x + y
        y = x + y - 1
        yield a[:k + 1]


@python_benchmark(args=(42,), cases=[(1,), (2,), (5,), (12,)])
def partition_enumeration_distinct_odd(n: int) -> Tuple[int, int, int, int]:
    """Return (partitions, with distinct parts, with odd parts, total number of parts)."""
    if n <= 0:
        return (1, 1, 1, 0)
    total = distinct = odd = parts = 0
    for p in _ascending(n):
        total += 1
        parts += len(p)
        if all(p[i] < p[i + 1] for i in range(len(p) - 1)):
            distinct += 1
        if all(x % 2 for x in p):
            odd += 1
    return (total, distinct, odd, parts)
