# cython: language_level=3
"""Positional counts of truncated ballots — counting sort of noise keys and typed array.array buffers.

Noise scores are small integers (bias 0-4 plus 0-7), so each voter's ranking is built
with a counting sort over 12 buckets instead of a comparison sort. Score totals live
in ``array.array`` buffers viewed through typed memoryviews, with the Dowdall
reciprocals precomputed into a table (the same double division as the Python side).

Keywords: elections, Borda count, Dowdall, Nauru, modified Borda, positional voting, truncated ballots, bullet voting
"""

import cython
from cpython cimport array
import array as pyarray

from cnake_charmer.benchmarks import cython_benchmark

DEF BUCKETS = 12


@cython_benchmark(args=(35000, 15, 17))
@cython.boundscheck(False)
@cython.wraparound(False)
def borda_dowdall_truncated_ballots(int n_voters, int n_cands, long long seed):
    """Return orders and top scores for the three counts plus the ballot-length histogram."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int n = n_cands
    cdef array.array zeros_l = pyarray.array("q", [0] * (n + 1))
    cdef long long[::1] borda = array.clone(zeros_l, n + 1, True)
    cdef long long[::1] emerson = array.clone(zeros_l, n + 1, True)
    cdef long long[::1] lengths = array.clone(zeros_l, n + 1, True)
    cdef long long[::1] bias = array.clone(zeros_l, n + 1, True)
    cdef long long[::1] noise = array.clone(zeros_l, n + 1, True)
    cdef long long[::1] ranking = array.clone(zeros_l, n + 1, True)
    cdef double[::1] dowdall = pyarray.array("d", [0.0] * (n + 1))
    cdef double[::1] recip = pyarray.array("d", [0.0] * (n + 1))
    cdef int count[BUCKETS]
    cdef int v, c, i, k, cut, filled
    for i in range(n):
        recip[i] = 1.0 / (i + 1)
    for c in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        bias[c] = <long long>((state >> 16) % 5)
    for v in range(n_voters):
        for k in range(BUCKETS):
            count[k] = 0
        for c in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            noise[c] = bias[c] + <long long>((state >> 16) % 8)
            count[noise[c]] += 1
        filled = 0
        for k in range(BUCKETS - 1, -1, -1):
            i = count[k]
            count[k] = filled
            filled += i
        for c in range(n):
            ranking[count[noise[c]]] = c
            count[noise[c]] += 1
        if n == 0:
            cut = 0
        else:
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            if (state >> 16) % 4 == 0:
                cut = 1
            else:
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                cut = 1 + <int>((state >> 16) % n)
        lengths[cut] += 1
        for i in range(cut):
            c = <int>ranking[i]
            borda[c] += n - 1 - i
            emerson[c] += cut - i
            dowdall[c] += recip[i]
    bo = sorted(range(n), key=lambda x: (-borda[x], x))
    eo = sorted(range(n), key=lambda x: (-emerson[x], x))
    do = sorted(range(n), key=lambda x: (-dowdall[x], x))
    return (
        bo,
        eo,
        do,
        [borda[c] for c in bo[:3]],
        [emerson[c] for c in eo[:3]],
        [dowdall[c] for c in do[:3]],
        [(i, lengths[i]) for i in range(n + 1) if lengths[i]],
    )
