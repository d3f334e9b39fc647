"""Bitwise AND (and OR) of every integer in a range, via the common prefix.

The AND of all integers in [m, n] keeps exactly the common high-order prefix of m and
n: any lower bit flips somewhere inside the range. Shifting both ends right until they
meet finds the prefix. The OR fills every bit below the highest differing bit. Many
random ranges are answered, and short ranges are cross-checked by folding the range
directly. Returns checksums of both answers, the checks passed and the first answers.

Keywords: bitwise AND, range query, common prefix, bit shifting, brute-force check
"""

from functools import reduce
from operator import and_, or_
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(60000, 16), cases=[(0, 1), (1, 2), (5, 3), (300, 4)])
def range_bitwise_and_prefix(queries: int, seed: int) -> Tuple[int, int, int, List[Tuple[int, int]]]:
    """Return (AND checksum, OR checksum, brute-force checks passed, first 5 (and, or) answers)."""
    state = seed & 0x7FFFFFFF
    and_sum = or_sum = passed = 0
    first = []
    for q in range(queries):
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        m = state >> 34
        width = (state >> (q % 30)) & ((1 << (q % 24)) - 1)
        n = m + width
        shift = 0
        a, b = m, n
        while a != b:
            a >>= 1
            b >>= 1
            shift += 1
        range_and = a << shift
        range_or = n | ((1 << shift) - 1) if shift else n
        if width < 64:
            passed += range_and == reduce(and_, range(m, n + 1)) and range_or == reduce(or_, range(m, n + 1))
        and_sum = (and_sum * 1000003 + range_and) % 998244353
        or_sum = (or_sum * 1000003 + range_or) % 998244353
        if len(first) < 5:
            first.append((range_and, range_or))
    return and_sum, or_sum, passed, first
