# cython: language_level=3
"""Dyck path enumeration with a recursive nogil cdef function over a C step array.

Steps are written into a fixed C array; when a path is complete an inline function
returns its statistics as a C tuple (peaks, returns, max height), which are tallied in
a struct of counters, so no Python objects are created per path.

Keywords: combinatorics, dyck paths, catalan numbers, narayana numbers, enumeration, backtracking
"""

import cython

from cnake_charmer.benchmarks import cython_benchmark


cdef struct DyckState:
    int n
    signed char word[64]
    long long peaks_hist[33]
    long long paths
    long long returns
    long long heights


@cython.boundscheck(False)
cdef inline (int, int, int) path_stats(const signed char *word, int length) noexcept nogil:
    cdef int i, height = 0, best = 0, returns = 0, peaks = 0
    for i in range(length):
        height += word[i]
        if height > best:
            best = height
        if height == 0:
            returns += 1
        if i + 1 < length and word[i] == 1 and word[i + 1] == -1:
            peaks += 1
    return (peaks, returns, best)


cdef void grow(DyckState *s, int opened, int closed) noexcept nogil:
    cdef int peaks, returns, best
    if closed == s.n:
        peaks, returns, best = path_stats(s.word, 2 * s.n)
        s.peaks_hist[peaks] += 1
        s.paths += 1
        s.returns += returns
        s.heights += best
        return
    if opened < s.n:
        s.word[opened + closed] = 1
        grow(s, opened + 1, closed)
    if closed < opened:
        s.word[opened + closed] = -1
        grow(s, opened, closed + 1)


@cython_benchmark(args=(10,))
def dyck_words_peak_histogram(int n):
    """Return (paths, peak-count histogram, total returns to zero, total max height)."""
    if n > 31 or n < 0:
        raise ValueError("n out of range")
    cdef DyckState s
    cdef int i
    s.n = n
    s.paths = 0
    s.returns = 0
    s.heights = 0
    for i in range(33):
        s.peaks_hist[i] = 0
    with nogil:
        grow(&s, 0, 0)
    return (s.paths, [s.peaks_hist[i] for i in range(n + 1)], s.returns, s.heights)
