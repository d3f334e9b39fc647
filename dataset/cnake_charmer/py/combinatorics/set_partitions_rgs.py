"""Enumerating all set partitions of an n-set as restricted growth strings.

A restricted growth string a[0..n-1] has a[0] = 0 and a[i] <= 1 + max(a[0..i-1]);
these strings are in bijection with set partitions. All of them are generated, and
the block-count histogram (Stirling numbers of the second kind), the number of
partitions without singleton blocks and a checksum are returned.

Keywords: combinatorics, set partitions, restricted growth strings, bell numbers, enumeration
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(9,), cases=[(0,), (1,), (2,), (5,)])
def set_partitions_rgs(n: int) -> Tuple[int, List[int], int, int]:
    """Return (partitions, block-count histogram, partitions without singletons, checksum)."""
    if n <= 0:
        return (1, [1], 1, 0)
    histogram = [0] * (n + 1)
    no_singletons = 0
    checksum = 0
    count = 0

    def extend(prefix: List[int], blocks: int) -> None:
        nonlocal no_singletons, checksum, count
        if len(prefix) == n:
            count += 1
            histogram[blocks] += 1
            sizes = [0] * blocks
            for b in prefix:
                sizes[b] += 1
            if 1 not in sizes:
                no_singletons += 1
            checksum = (checksum * 7 + sum((i + 1) * b for i, b in enumerate(prefix))) % 1000000007
            return
        for b in range(blocks + 1):
            prefix.append(b)
            extend(prefix, max(blocks, b + 1))
            prefix.pop()

    extend([0], 1)
    return (count, histogram, no_singletons, checksum)
