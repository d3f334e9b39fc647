"""Counting compositions with bounded parts: s = x1 + ... + xm with 0 <= xi <= b.

The count for every total s is built part by part; each new part adds a window sum of
the previous counts over totals s-b..s, maintained with prefix sums. Counts are kept
modulo a prime; the central coefficient, a checksum and the count of totals with an
even residue are returned.

Keywords: combinatorics, compositions, bounded parts, prefix sums, generating functions, counting
"""

from itertools import accumulate
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark

MOD = 998_244_353


@python_benchmark(args=(90, 60), cases=[(0, 5), (1, 0), (3, 2), (10, 4)])
def bounded_compositions_prefix(parts: int, bound: int) -> Tuple[int, int, int]:
    """Return (count for the central total, checksum over all totals, totals with even residue)."""
    counts = [1]
    for m in range(1, parts + 1):
        prefix = [0] + list(accumulate(counts))
        size = m * bound + 1
        new = []
        for s in range(size):
            hi = min(s, len(counts) - 1)
            lo = max(0, s - bound)
            new.append((prefix[hi + 1] - prefix[lo]) % MOD if lo <= hi else 0)
        counts = new
    checksum = sum((s + 1) * c for s, c in enumerate(counts)) % MOD
    return (counts[len(counts) // 2], checksum, sum(1 for c in counts if c % 2 == 0))
