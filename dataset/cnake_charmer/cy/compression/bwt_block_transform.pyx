# cython: language_level=3
"""BWT by sorting rotation offsets with ``qsort`` over a doubled C block.

Each block is copied twice into one buffer so every rotation is a contiguous window;
an ``int`` array of offsets is sorted by ``qsort`` with a ``memcmp`` comparator (ties,
i.e. equal rotations, fall back to the offset so the order is that of a stable sort).

Keywords: burrows wheeler, bwt, qsort, memcmp, function pointer, compression
"""

import cython
from libc.stdlib cimport malloc, free, qsort
from libc.string cimport memcpy, memcmp, strlen

from cnake_charmer.benchmarks import cython_benchmark

cdef const char *WORDS[5]
WORDS[:] = [b"banana ", b"bandana ", b"cabana ", b"an ", b"nab "]

cdef const unsigned char *_rot_base = NULL
cdef int _rot_size = 0


cdef int _cmp_rot(const void *a, const void *b) noexcept nogil:
    cdef int i = (<const int *> a)[0]
    cdef int j = (<const int *> b)[0]
    cdef int c = memcmp(_rot_base + i, _rot_base + j, _rot_size)
    if c:
        return c
    return i - j


@cython_benchmark(args=(150000, 128, 2))
@cython.boundscheck(False)
@cython.wraparound(False)
def bwt_block_transform(int n, int block, int seed):
    """Return (first 10 primary indexes, runs in the output, checksum, first block's BWT)."""
    global _rot_base, _rot_size
    cdef unsigned char *data = <unsigned char *> malloc(n + 16)
    cdef unsigned char *out = <unsigned char *> malloc(n + 1)
    cdef unsigned char *dbl = <unsigned char *> malloc(2 * block + 1)
    cdef int *order = <int *> malloc((block + 1) * sizeof(int))
    cdef unsigned long long state = seed
    cdef int pos = 0, wl, start, size, i, m = 0, runs = 0
    cdef long long checksum = 0
    cdef list primaries = []
    cdef const char *w
    cdef int (*cmp)(const void *, const void *) noexcept nogil
    cmp = _cmp_rot
    try:
        while pos < n:
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            w = WORDS[(state >> 9) % 5]
            wl = strlen(w)
            memcpy(data + pos, w, wl)
            pos += wl
        for start in range(0, n, block):
            size = block if start + block <= n else n - start
            memcpy(dbl, data + start, size)
            memcpy(dbl + size, data + start, size)
            for i in range(size):
                order[i] = i
            _rot_base = dbl
            _rot_size = size
            qsort(order, size, sizeof(int), cmp)
            for i in range(size):
                out[m] = dbl[order[i] + size - 1]
                m += 1
                if order[i] == 0:
                    primaries.append(i)
        for i in range(m):
            if i == 0 or out[i] != out[i - 1]:
                runs += 1
            checksum = (checksum * 257 + out[i]) % 1000000007
        return (primaries[:10], runs, checksum, out[:(block if block < n else n)].decode("ascii"))
    finally:
        free(data)
        free(out)
        free(dbl)
        free(order)
