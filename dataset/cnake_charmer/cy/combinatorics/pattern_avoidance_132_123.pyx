# cython: language_level=3
"""Pattern-avoidance counting with an enum-dispatched C pattern test.

Permutations are advanced in place in a C array (lexicographic successor); the
pattern test is one cdef function taking a C enum that selects the 132 stack scan or
the 123 running-minimum scan, both on stack-allocated int arrays.

Keywords: combinatorics, permutation patterns, pattern avoidance, catalan numbers, enumeration
"""

import cython

from cnake_charmer.benchmarks import cython_benchmark


cdef enum Pattern:
    PATTERN_132
    PATTERN_123


@cython.boundscheck(False)
cdef bint contains(const int *p, int n, Pattern pattern) noexcept nogil:
    cdef int stack[32]
    cdef int top = 0, i, v, third = -1, low = -1, mid = -1
    if pattern == PATTERN_132:
        for i in range(n - 1, -1, -1):
            v = p[i]
            if third != -1 and v < third:
                return True
            while top > 0 and stack[top - 1] < v:
                top -= 1
                third = stack[top]
            stack[top] = v
            top += 1
        return False
    for i in range(n):
        v = p[i]
        if low == -1 or v <= low:
            low = v
        elif mid == -1 or v <= mid:
            mid = v
        else:
            return True
    return False


@cython.boundscheck(False)
cdef bint next_perm(int *p, int n) noexcept nogil:
    cdef int i = n - 2, j, t
    while i >= 0 and p[i] >= p[i + 1]:
        i -= 1
    if i < 0:
        return False
    j = n - 1
    while p[j] <= p[i]:
        j -= 1
    t = p[i]; p[i] = p[j]; p[j] = t
    i += 1
    j = n - 1
    while i < j:
        t = p[i]; p[i] = p[j]; p[j] = t
        i += 1
        j -= 1
    return True


@cython_benchmark(args=(8,))
def pattern_avoidance_132_123(int n):
    """Return (avoid 132, avoid 123, avoid both, contain both)."""
    if n > 31:
        raise ValueError("n too large")
    cdef int p[32]
    cdef int i
    cdef long long a132 = 0, a123 = 0, both = 0, neither = 0
    cdef bint h132, h123
    for i in range(n):
        p[i] = i + 1
    with nogil:
        while True:
            h132 = contains(p, n, PATTERN_132)
            h123 = contains(p, n, PATTERN_123)
            if not h132:
                a132 += 1
            if not h123:
                a123 += 1
            if not h132 and not h123:
                both += 1
            if h132 and h123:
                neither += 1
            if not next_perm(p, n):
                break
    return (a132, a123, both, neither)
