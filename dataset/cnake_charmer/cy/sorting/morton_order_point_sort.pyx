# cython: language_level=3
"""Morton-order sort with magic-number bit spreading and libc qsort.

Coordinates are spread into even/odd bit positions with the shift-and-mask trick on
uint32_t (four steps instead of a 16-iteration loop); the (code, x, y) structs are
ordered by libc qsort through a typed comparator function pointer.

Keywords: Morton order, Z-order curve, bit interleaving, spatial sort, locality
"""

import cython
from libc.stdint cimport uint32_t, uint64_t
from libc.stdlib cimport malloc, free, qsort

from cnake_charmer.benchmarks import cython_benchmark


cdef struct MortonPoint:
    uint32_t code
    int x
    int y

ctypedef int (*cmp_t)(const void *, const void *) noexcept nogil


cdef inline uint32_t spread_bits(uint32_t v) noexcept nogil:
    v &= 0xFFFFu
    v = (v | (v << 8)) & 0x00FF00FFu
    v = (v | (v << 4)) & 0x0F0F0F0Fu
    v = (v | (v << 2)) & 0x33333333u
    v = (v | (v << 1)) & 0x55555555u
    return v


cdef int cmp_morton(const void *pa, const void *pb) noexcept nogil:
    cdef const MortonPoint *a = <const MortonPoint *>pa
    cdef const MortonPoint *b = <const MortonPoint *>pb
    if a.code != b.code:
        return -1 if a.code < b.code else 1
    if a.x != b.x:
        return -1 if a.x < b.x else 1
    if a.y != b.y:
        return -1 if a.y < b.y else 1
    return 0


@cython_benchmark(args=(15000, 29))
@cython.boundscheck(False)
@cython.wraparound(False)
def morton_order_point_sort(Py_ssize_t n, long long seed):
    """Return (first 6 points, Manhattan path length, code checksum) in Morton order."""
    cdef Py_ssize_t size = n if n > 0 else 0
    cdef Py_ssize_t i
    cdef uint64_t state = <uint64_t>(seed & 0x7FFFFFFF)
    cdef uint64_t checksum = 0
    cdef long long path = 0
    cdef cmp_t comparator = cmp_morton
    cdef MortonPoint *pts = <MortonPoint *>malloc((size + 1) * sizeof(MortonPoint))
    if pts == NULL:
        raise MemoryError()
    try:
        for i in range(size):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            pts[i].x = <int>(state & 0xFFFF)
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            pts[i].y = <int>(state & 0xFFFF)
            pts[i].code = spread_bits(<uint32_t>pts[i].x) | (spread_bits(<uint32_t>pts[i].y) << 1)
        qsort(pts, size, sizeof(MortonPoint), comparator)
        for i in range(size):
            if i > 0:
                path += abs(pts[i].x - pts[i - 1].x) + abs(pts[i].y - pts[i - 1].y)
            checksum = (checksum * 1315423911ULL + pts[i].code) % 4294967291ULL
        return [(pts[i].x, pts[i].y) for i in range(min(6, size))], path, checksum
    finally:
        free(pts)
