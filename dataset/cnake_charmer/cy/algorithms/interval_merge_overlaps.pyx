# cython: language_level=3
"""Interval merging with libc qsort on packed structs and an in-place sweep.

Intervals are C structs sorted by libc qsort through a comparator handed over as a
typed function pointer; the sweep then compacts merged blocks in place at the front
of the same array, so no Python lists or tuples exist until the five samples.

Keywords: interval merging, sweep, sorting, overlap, classic exercise
"""

import cython
from libc.stdlib cimport malloc, free, qsort

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Span:
    long start
    long end

ctypedef int (*span_cmp)(const void *, const void *) noexcept nogil


cdef int by_start_end(const void *pa, const void *pb) noexcept nogil:
    cdef const Span *a = <const Span *>pa
    cdef const Span *b = <const Span *>pb
    if a.start != b.start:
        return -1 if a.start < b.start else 1
    if a.end != b.end:
        return -1 if a.end < b.end else 1
    return 0


@cython_benchmark(args=(40000, 10000000, 9))
@cython.boundscheck(False)
@cython.wraparound(False)
def interval_merge_overlaps(Py_ssize_t n, long span, long long seed):
    """Return (merged blocks, covered length, longest block, first 5 blocks); span >= 1."""
    if span < 1:
        raise ValueError("span must be positive")
    cdef Py_ssize_t size = n if n > 0 else 0, i, blocks = 0
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef long covered = 0, longest = 0, length
    cdef span_cmp cmp = by_start_end
    cdef Span *iv = <Span *>malloc((size + 1) * sizeof(Span))
    if iv == NULL:
        raise MemoryError()
    try:
        for i in range(size):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            iv[i].start = <long>((state >> 3) % <unsigned long long>span)
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            iv[i].end = iv[i].start + <long>((state >> 5) % 150)
        qsort(iv, size, sizeof(Span), cmp)
        for i in range(size):
            if blocks > 0 and iv[i].start <= iv[blocks - 1].end:
                if iv[i].end > iv[blocks - 1].end:
                    iv[blocks - 1].end = iv[i].end
            else:
                iv[blocks] = iv[i]
                blocks += 1
        for i in range(blocks):
            length = iv[i].end - iv[i].start + 1
            covered += length
            if length > longest:
                longest = length
        return blocks, covered, longest, [(iv[i].start, iv[i].end) for i in range(min(5, blocks))]
    finally:
        free(iv)
