"""Locate the peaks of many integer unimodal functions by ternary search.

Three function shapes (an inverted parabola, a tent and an inverted cubic bowl) are
instantiated with pseudo-random centres and scales; ternary search over [0, limit]
narrows to the maximiser by comparing two interior points. Returns the sum of the
peak positions, the total number of evaluations and the first peaks.

Keywords: ternary search, unimodal function, optimisation, integer search, maximum
"""

from typing import Callable, List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _parabola(x: int, c: int, s: int) -> int:
    return -s * (x - c) * (x - c)


def _tent(x: int, c: int, s: int) -> int:
    return -s * abs(x - c)


def _cubic_bowl(x: int, c: int, s: int) -> int:
    d = abs(x - c)
    return -(d * d * d) // s - d


@python_benchmark(args=(8000, 1000000, 4), cases=[(0, 100, 1), (3, 0, 2), (5, 1, 3), (40, 999, 7)])
def ternary_search_unimodal_peaks(count: int, limit: int, seed: int) -> Tuple[int, int, List[int]]:
    """Return (sum of peak positions, evaluations, first 8 peaks); limit >= 0."""
    shapes: List[Callable[[int, int, int], int]] = [_parabola, _tent, _cubic_bowl]
    state = seed & 0x7FFFFFFF
    peaks = []
    evaluations = 0
    for k in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        c = state % (limit + 1)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        s = 1 + state % 9
        f = shapes[k % 3]
        lo, hi = 0, limit
        while hi - lo > 2:
            m1 = lo + (hi - lo) // 3
            m2 = hi - (hi - lo) // 3
            evaluations += 2
            if f(m1, c, s) < f(m2, c, s):
                lo = m1 + 1
            else:
                hi = m2
        best = max(range(lo, hi + 1), key=lambda x: f(x, c, s))
        evaluations += hi - lo + 1
        peaks.append(best)
    return sum(peaks), evaluations, peaks[:8]
