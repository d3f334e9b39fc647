"""Find the two values that occur an odd number of times, using XOR partitioning.

In each generated multiset every value appears an even number of times except two.
XOR of everything equals a ^ b; its lowest set bit separates a from b, so XOR-ing
the two groups split by that bit yields each one. Many independent trials are run.
Returns the recovered pairs for the first trials and a checksum over all trials.

Keywords: XOR trick, lowest set bit, partition, odd occurrences, parity
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(800, 500, 4), cases=[(0, 10, 1), (1, 0, 2), (3, 5, 3), (20, 40, 4)])
def xor_partition_unique_pair(trials: int, pairs: int, seed: int) -> Tuple[List[Tuple[int, int]], int]:
    """Return (first 5 recovered (smaller, larger) pairs, checksum over all trials)."""
    state = seed & 0x7FFFFFFF
    found = []
    checksum = 0
    for _ in range(trials):
        values = []
        for _ in range(pairs):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            v = state >> 3
            values += [v, v]
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        a = state >> 2
        b = a ^ (1 + ((state >> 5) & 0xFFFF))
        values += [a, b]
        k = len(values)
        values = [values[(i * 7919) % k] for i in range(k)] if k % 7919 else values
        total = 0
        for v in values:
            total ^= v
        low = total & -total
        x = y = 0
        for v in values:
            if v & low:
                x ^= v
            else:
                y ^= v
        pair = (min(x, y), max(x, y))
        checksum = (checksum * 1000003 + pair[0] * 31 + pair[1]) % 998244353
        if len(found) < 5:
            found.append(pair)
    return found, checksum
