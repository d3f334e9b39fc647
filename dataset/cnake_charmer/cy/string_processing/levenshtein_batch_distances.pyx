# cython: language_level=3
"""Edit distances between many word pairs with C buffers and a typed DP row.

The words are generated straight into ``unsigned char`` buffers and the two DP rows are
fixed-size C arrays, so the inner loop is pure integer C with no Python objects; the
minimum of three candidates is an inline helper.

Keywords: levenshtein, edit distance, dynamic programming, strings
"""

import cython
from libc.string cimport memcpy

from cnake_charmer.benchmarks import cython_benchmark


cdef inline int _min3(int a, int b, int c) noexcept nogil:
    if b < a:
        a = b
    if c < a:
        a = c
    return a


cdef int _distance(const unsigned char *a, int la, const unsigned char *b, int lb) noexcept nogil:
    cdef int prev[32]
    cdef int cur[32]
    cdef int i, j
    for j in range(lb + 1):
        prev[j] = j
    for i in range(1, la + 1):
        cur[0] = i
        for j in range(1, lb + 1):
            cur[j] = _min3(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
        memcpy(prev, cur, (lb + 1) * sizeof(int))
    return prev[lb]


@cython_benchmark(args=(2000, 7))
@cython.boundscheck(False)
@cython.wraparound(False)
def levenshtein_batch_distances(int n, int seed):
    """Return (sum of distances, max distance, first 20 distances)."""
    cdef unsigned char wa[32]
    cdef unsigned char wb[32]
    cdef unsigned char *w
    cdef int lens[2]
    cdef unsigned long long state = seed
    cdef int k, t, i, d, total = 0, best = 0
    cdef list first = []
    for k in range(n):
        for t in range(2):
            w = &wa[0] if t == 0 else &wb[0]
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            lens[t] = 4 + state % 21
            for i in range(lens[t]):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                w[i] = b"abcdef"[(state >> 8) % 6]
        d = _distance(wa, lens[0], wb, lens[1])
        total += d
        if d > best:
            best = d
        if k < 20:
            first.append(d)
    return (total, best, first)
