# cython: language_level=3
"""Majority and n/3-heavy-hitter votes over a reusable C int buffer.

Each stream is generated into the same malloc'd int array; both voting passes and the
verification counts are typed C loops (one fused verification pass counts both
candidates), with "no candidate" encoded as -1 since stream values are non-negative.

Keywords: majority vote, Boyer-Moore, Misra-Gries, streaming, heavy hitters
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(200, 2000, 4))
@cython.boundscheck(False)
@cython.wraparound(False)
def boyer_moore_majority_vote(int streams, int length, long long seed):
    """Return (streams with a majority, streams with a third-heavy value, first 5 majorities or -1, first 3 heavy lists)."""
    cdef int n = length if length > 0 else 0
    cdef int s, i, v, bias, r, candidate, count, majority, c1, c2, n1, n2, k1, k2, kc
    cdef long with_majority = 0, with_heavy = 0
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef list majorities = [], heavies = [], heavy
    cdef int *values = <int *>malloc((n + 1) * sizeof(int))
    if values == NULL:
        raise MemoryError()
    try:
        for s in range(streams):
            bias = s % 3
            for i in range(n):
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                r = <int>((state >> 8) % 100)
                values[i] = 7 if r < 30 + 15 * bias else (11 if r < 60 else r % 13)
            candidate = -1
            count = 0
            for i in range(n):
                v = values[i]
                if count == 0:
                    candidate = v
                    count = 1
                elif v == candidate:
                    count += 1
                else:
                    count -= 1
            c1 = -1
            c2 = -1
            n1 = 0
            n2 = 0
            for i in range(n):
                v = values[i]
                if v == c1:
                    n1 += 1
                elif v == c2:
                    n2 += 1
                elif n1 == 0:
                    c1 = v
                    n1 = 1
                elif n2 == 0:
                    c2 = v
                    n2 = 1
                else:
                    n1 -= 1
                    n2 -= 1
            kc = 0
            k1 = 0
            k2 = 0
            for i in range(n):
                v = values[i]
                if v == candidate:
                    kc += 1
                if v == c1:
                    k1 += 1
                if v == c2:
                    k2 += 1
            majority = candidate if kc * 2 > n else -1
            heavy = []
            if c1 >= 0 and k1 * 3 > n:
                heavy.append(c1)
            if c2 >= 0 and c2 != c1 and k2 * 3 > n:
                heavy.append(c2)
            heavy.sort()
            if majority >= 0:
                with_majority += 1
            if heavy:
                with_heavy += 1
            if s < 5:
                majorities.append(majority)
            if s < 3:
                heavies.append(heavy)
        return with_majority, with_heavy, majorities, heavies
    finally:
        free(values)
