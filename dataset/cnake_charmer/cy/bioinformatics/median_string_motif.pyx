# cython: language_level=3
"""Median string search with 2-bit packed k-mers and XOR/popcount Hamming distances.

Every window of every sequence is packed once into an ``unsigned int`` (two bits per
base). A candidate k-mer is just an integer in 0..4**k-1, in the same alphabetical
order as ``itertools.product``; its Hamming distance to a window is the popcount of the
base-wise XOR folded onto the low bit of each pair. A candidate is abandoned as soon as
its partial total exceeds the best so far.

Keywords: bioinformatics, motif finding, median string, hamming distance, brute force, dna
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef extern from *:
    int __builtin_popcount(unsigned int x) nogil


cdef inline int _mismatches(unsigned int a, unsigned int b, unsigned int low_bits) noexcept nogil:
    cdef unsigned int x = a ^ b
    return __builtin_popcount((x | (x >> 1)) & low_bits)


cdef inline int _seq_distance(unsigned int pattern, const unsigned int *windows, int count, int k,
                              unsigned int low_bits) noexcept nogil:
    cdef int best = k, w, d
    for w in range(count):
        d = _mismatches(pattern, windows[w], low_bits)
        if d < best:
            best = d
            if d == 0:
                break
    return best


@cython_benchmark(args=(8, 42, 5, 13))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def median_string_motif(int t, int length, int k, long long seed):
    """Return (minimum total distance, all median strings, per-sequence distances of the first)."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int nwin = length - k + 1 if length >= k else 0
    cdef unsigned char *motif = <unsigned char *>malloc(k + 1)
    cdef unsigned char *seq = <unsigned char *>malloc(length + 1)
    cdef unsigned int *windows = <unsigned int *>malloc((t * nwin + 1) * sizeof(unsigned int))
    cdef unsigned int low_bits = 0, pattern, npatterns = 1u << (2 * k), code
    cdef int i, j, s, at, best = -1, total, first = -1
    cdef list medians = []
    letters = "ACGT"
    try:
        if motif == NULL or seq == NULL or windows == NULL:
            raise MemoryError()
        for i in range(k):
            low_bits = (low_bits << 2) | 1u
        for i in range(k):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            motif[i] = (state >> 16) % 4
        for s in range(t):
            for i in range(length):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                seq[i] = (state >> 16) % 4
            if length >= k:
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                at = (state >> 16) % (length - k + 1)
                for i in range(k):
                    seq[at + i] = motif[i]
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                j = (state >> 16) % k
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                seq[at + j] = (state >> 16) % 4
            for i in range(nwin):
                code = 0
                for j in range(k):
                    code = (code << 2) | seq[i + j]
                windows[s * nwin + i] = code
        for pattern in range(npatterns):
            total = 0
            with nogil:
                for s in range(t):
                    total += _seq_distance(pattern, windows + s * nwin, nwin, k, low_bits)
                    if best >= 0 and total > best:
                        break
            if best < 0 or total < best:
                best = total
                first = pattern
                medians = [pattern]
            elif total == best:
                medians.append(pattern)
        names = []
        for pattern in medians:
            names.append("".join([letters[(pattern >> (2 * (k - 1 - j))) & 3] for j in range(k)]))
        per_seq = [_seq_distance(first, windows + s * nwin, nwin, k, low_bits) for s in range(t)]
        return (best, names, per_seq)
    finally:
        free(motif)
        free(seq)
        free(windows)
