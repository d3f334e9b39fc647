# cython: language_level=3
"""Broad-phase collision detection of 3-D boxes by sort and sweep.

Boxes are packed C structs carrying their original index; one qsort by (min x, index)
orders them and the sweep compares struct fields directly. Only the six smallest pairs
are kept (an insertion into a small C buffer) instead of sorting every overlap.

Keywords: geometry, collision detection, sort and sweep, aabb, broad phase, intervals
"""

import cython
from libc.stdlib cimport malloc, calloc, free, qsort

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Box:
    int lo[3]
    int hi[3]
    int index


cdef int cmp_box(const void* a, const void* b) noexcept nogil:
    cdef const Box* p = <const Box*>a
    cdef const Box* q = <const Box*>b
    if p.lo[0] != q.lo[0]:
        return -1 if p.lo[0] < q.lo[0] else 1
    return -1 if p.index < q.index else (1 if p.index > q.index else 0)


cdef inline void keep_smallest(long long* best, int* nbest, long long key) noexcept nogil:
    cdef int k
    if nbest[0] == 6 and key >= best[5]:
        return
    k = nbest[0] if nbest[0] < 6 else 5
    while k > 0 and best[k - 1] > key:
        best[k] = best[k - 1]
        k -= 1
    best[k] = key
    if nbest[0] < 6:
        nbest[0] += 1


@cython_benchmark(args=(6000, 17))
@cython.boundscheck(False)
@cython.wraparound(False)
def aabb_sort_sweep_overlaps(int n, long long seed):
    """Find overlapping pairs among n seeded axis-aligned boxes."""
    cdef long long state = seed & 0x7FFFFFFF
    cdef Box* boxes = <Box*>malloc((n + 1) * sizeof(Box))
    cdef int* partners = <int*>calloc(n + 1, sizeof(int))
    cdef int v[6]
    cdef int i, j, k, a, b, nbest = 0, most = 0
    cdef long long best[6]
    cdef long long count = 0
    if boxes == NULL or partners == NULL:
        free(boxes); free(partners)
        raise MemoryError()
    try:
        for i in range(n):
            for k in range(6):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                v[k] = <int>(state % 10000)
            for k in range(3):
                boxes[i].lo[k] = v[k]
                boxes[i].hi[k] = v[k] + v[k + 3] % 200 + 1
            boxes[i].index = i
        qsort(boxes, n, sizeof(Box), cmp_box)
        for i in range(n):
            for j in range(i + 1, n):
                if boxes[j].lo[0] > boxes[i].hi[0]:
                    break
                if (boxes[j].lo[1] <= boxes[i].hi[1] and boxes[i].lo[1] <= boxes[j].hi[1]
                        and boxes[j].lo[2] <= boxes[i].hi[2] and boxes[i].lo[2] <= boxes[j].hi[2]):
                    a = boxes[i].index
                    b = boxes[j].index
                    partners[a] += 1
                    partners[b] += 1
                    count += 1
                    if a > b:
                        a, b = b, a
                    keep_smallest(best, &nbest, <long long>a * n + b)
        for i in range(n):
            if partners[i] > most:
                most = partners[i]
        return (count, most, [(<int>(best[k] // n), <int>(best[k] % n)) for k in range(nbest)])
    finally:
        free(boxes); free(partners)
