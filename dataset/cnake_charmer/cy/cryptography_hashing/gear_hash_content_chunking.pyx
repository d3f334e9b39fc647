# cython: language_level=3
"""Gear-hash chunking with a ``uint32_t[256]`` table over C byte buffers.

The rolling hash is a ``uint32_t`` whose shift-and-add wraps natively; chunk ends are
recorded in an ``int`` array, the edited copy is assembled with ``memcpy``, and shared
boundaries are found by a merge of the two sorted end-position lists.

Keywords: content defined chunking, gear hash, rolling hash, unsigned integers, memcpy, hashing
"""

import cython
from libc.stdlib cimport malloc, free
from libc.string cimport memcpy
from libc.stdint cimport uint8_t, uint32_t

from cnake_charmer.benchmarks import cython_benchmark


cdef int _chunks(const uint8_t *data, int n, const uint32_t *gear, uint32_t mask, int lo, int hi,
                 int *ends) noexcept nogil:
    cdef int i, start = 0, k = 0, size
    cdef uint32_t h = 0
    for i in range(n):
        h = (h << 1) + gear[data[i]]
        size = i - start + 1
        if (size >= lo and (h & mask) == 0) or size >= hi:
            ends[k] = i + 1
            k += 1
            start = i + 1
            h = 0
    if start < n:
        ends[k] = n
        k += 1
    return k


@cython_benchmark(args=(200000, 9))
@cython.boundscheck(False)
@cython.wraparound(False)
def gear_hash_content_chunking(int n, int seed):
    """Return (chunks, smallest, largest, first 6 sizes, chunks shared after an edit)."""
    cdef uint32_t gear[256]
    cdef uint8_t *data = <uint8_t *> malloc(n + 16)
    cdef uint8_t *edited = <uint8_t *> malloc(n + 16)
    cdef int *ends = <int *> malloc((n + 2) * sizeof(int))
    cdef int *ends2 = <int *> malloc((n + 10) * sizeof(int))
    cdef unsigned long long state = seed
    cdef int i, k, k2, head, a = 0, b, size, small = 0, large = 0, shared = 0, pos
    cdef uint32_t mask = 0x1FFu << 20
    cdef list first = []
    try:
        for i in range(256):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            gear[i] = <uint32_t> (state * 2654435761ULL)
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            data[i] = (state >> 7) & 0xFF
        head = 10 if n > 10 else n
        memcpy(edited, data, head)
        memcpy(edited + head, b"INSERTED", 8)
        memcpy(edited + head + 8, data + head, n - head)
        k = _chunks(data, n, gear, mask, 64, 4096, ends)
        k2 = _chunks(edited, n + 8, gear, mask, 64, 4096, ends2)
        for i in range(k):
            size = ends[i] - (ends[i - 1] if i else 0)
            if i == 0 or size < small:
                small = size
            if size > large:
                large = size
            if i < 6:
                first.append(size)
        for b in range(k2):
            pos = ends2[b]
            if pos <= 18:
                continue
            while a < k and ends[a] < pos - 8:
                a += 1
            if a < k and ends[a] == pos - 8:
                shared += 1
        return (k, small, large, first, shared)
    finally:
        free(data)
        free(edited)
        free(ends)
        free(ends2)
