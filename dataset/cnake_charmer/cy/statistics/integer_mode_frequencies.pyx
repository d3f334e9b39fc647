# cython: language_level=3
"""Integer frequency table in a flat C count array instead of a Counter.

The values are bounded (below 3100), so counting is an array increment in nogil C;
the top-five selection is a small partial selection over the array and the entropy
sum runs in value order, matching the Counter's insertion-order sum only up to
rounding, which the tolerance covers.

Keywords: mode, frequency table, count array, calloc, entropy, nogil
"""

import cython
from libc.math cimport log2
from libc.stdlib cimport calloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    LIMIT = 3137


@cython_benchmark(args=(100000,))
@cython.cdivision(True)
def integer_mode_frequencies(int n):
    """Top five (value, count) pairs, distinct count, entropy and singleton count."""
    cdef long *counts = <long *> calloc(LIMIT, sizeof(long))
    cdef char *taken = <char *> calloc(LIMIT, sizeof(char))
    cdef long long state = 1001
    cdef long r, c
    cdef int i, v, k, best
    cdef long distinct = 0, singletons = 0
    cdef double entropy = 0.0, p
    cdef list top = []
    if counts == NULL or taken == NULL:
        free(counts); free(taken)
        raise MemoryError()
    try:
        with nogil:
            for i in range(n):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                r = state >> 8
                v = 0
                while r & 1 and v < 30:
                    v += 1
                    r >>= 1
                counts[v * 100 + state % 37] += 1
            for v in range(LIMIT):
                c = counts[v]
                if c:
                    distinct += 1
                    if c == 1:
                        singletons += 1
                    p = c / <double> n
                    entropy -= p * log2(p)
        for k in range(5):
            best = -1
            for v in range(LIMIT):
                if counts[v] and not taken[v] and (best < 0 or counts[v] > counts[best]):
                    best = v
            if best < 0:
                break
            taken[best] = 1
            top.append((best, counts[best]))
        return top, distinct, (entropy if n else 0.0), singletons
    finally:
        free(counts); free(taken)
