"""Counting permutations that avoid the patterns 132 and 123.

Every permutation of 1..n is tested for containing 132 (some a < c < b at positions
i < j < k as a, b, c) with a right-to-left stack scan, and for containing 123 (an
increasing subsequence of length three) with a running minimum and a best "middle"
value. Both avoidance counts are Catalan numbers; the joint counts are returned too.

Keywords: combinatorics, permutation patterns, pattern avoidance, catalan numbers, enumeration
"""

from itertools import permutations
from typing import Sequence, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _has_132(p: Sequence[int]) -> bool:
    third = -1
    stack = []
    for v in reversed(p):
        if third != -1 and v < third:
            return True
        while stack and stack[-1] < v:
            third = stack.pop()
        stack.append(v)
    return False


def _has_123(p: Sequence[int]) -> bool:
    low = mid = None
    for v in p:
        if low is None or v <= low:
            low = v
        elif mid is None or v <= mid:
            mid = v
        else:
            return True
    return False


@python_benchmark(args=(8,), cases=[(0,), (1,), (3,), (5,)])
def pattern_avoidance_132_123(n: int) -> Tuple[int, int, int, int]:
    """Return (avoid 132, avoid 123, avoid both, contain both)."""
    a132 = a123 = both = neither = 0
    for p in permutations(range(1, n + 1)):
        h132 = _has_132(p)
        h123 = _has_123(p)
        a132 += not h132
        a123 += not h123
        both += not h132 and not h123
        neither += h132 and h123
    return (a132, a123, both, neither)
