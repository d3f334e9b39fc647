# cython: language_level=3
"""Ternary search dispatching through a table of C function pointers.

The three shapes are nogil cdef functions on long long, stored in a C array of
function pointers and chosen per instance; the search loop and the final scan of the
last few candidates are plain C with no Python callables or key functions.

Keywords: ternary search, unimodal function, optimisation, integer search, maximum
"""

import cython

from cnake_charmer.benchmarks import cython_benchmark


ctypedef long long (*shape_fn)(long long x, long long c, long long s) noexcept nogil


cdef long long parabola(long long x, long long c, long long s) noexcept nogil:
    return -s * (x - c) * (x - c)


cdef long long tent(long long x, long long c, long long s) noexcept nogil:
    cdef long long d = x - c if x >= c else c - x
    return -s * d


cdef long long cubic_bowl(long long x, long long c, long long s) noexcept nogil:
    cdef long long d = x - c if x >= c else c - x
    cdef long long cube = d * d * d
    # Python floors -(cube) // s; with cube, s >= 0 that is -ceil(cube / s).
    return -((cube + s - 1) // s) - d


@cython_benchmark(args=(8000, 1000000, 4))
@cython.cdivision(True)
def ternary_search_unimodal_peaks(long count, long long limit, long long seed):
    """Return (sum of peak positions, evaluations, first 8 peaks); limit >= 0."""
    cdef shape_fn shapes[3]
    shapes[0] = parabola
    shapes[1] = tent
    shapes[2] = cubic_bowl
    cdef shape_fn f
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef long long c, s, lo, hi, m1, m2, x, best, best_val, val
    cdef long long total = 0, evaluations = 0
    cdef long k
    cdef list first = []
    for k in range(count):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        c = <long long>(state % <unsigned long long>(limit + 1))
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        s = 1 + <long long>(state % 9)
        f = shapes[k % 3]
        lo = 0
        hi = limit
        while hi - lo > 2:
            m1 = lo + (hi - lo) // 3
            m2 = hi - (hi - lo) // 3
            evaluations += 2
            if f(m1, c, s) < f(m2, c, s):
                lo = m1 + 1
            else:
                hi = m2
        best = lo
        best_val = f(lo, c, s)
        for x in range(lo + 1, hi + 1):
            val = f(x, c, s)
            if val > best_val:
                best_val = val
                best = x
        evaluations += hi - lo + 1
        total += best
        if k < 8:
            first.append(best)
    return total, evaluations, first
