# cython: language_level=3
"""NPN equivalence classes of all Boolean functions of up to four inputs.

Truth tables are ``uint32_t`` words and the generator masks sit in small C arrays, so
each negation or adjacent swap is three or four machine operations. The orbit search
uses a malloc'd byte array of visited tables and a flat ``uint32_t`` ring queue, and
orbit sizes are tallied in a fixed C histogram (an orbit has at most 2*4!*2^4 = 768
members); ``__builtin_popcount`` tests balance.

Keywords: logic circuits, NPN classification, Boolean functions, truth table, orbit, symmetry group, canonical form
"""

import cython
from libc.stdlib cimport malloc, calloc, free
from libc.stdint cimport uint32_t

from cnake_charmer.benchmarks import cython_benchmark

cdef extern from *:
    int __builtin_popcount(unsigned int x) nogil


@cython_benchmark(args=(4,))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def npn_equivalence_classes(int nvars):
    """Return (classes, sorted (orbit size, count) pairs, balanced classes, rep checksum)."""
    if not 0 <= nvars <= 4:
        raise ValueError("nvars must be in 0..4")
    cdef int size = 1 << nvars
    cdef uint32_t full = <uint32_t>((1ULL << size) - 1)
    cdef uint32_t ntables = full + 1
    cdef uint32_t neg_mask[4]
    cdef int neg_shift[4]
    cdef uint32_t up[3]
    cdef uint32_t down[3]
    cdef uint32_t keep[3]
    cdef int x, i, g, ngen = 2 * nvars if nvars > 0 else 1
    for i in range(nvars):
        neg_mask[i] = 0
        neg_shift[i] = 1 << i
        for x in range(size):
            if not (x >> i) & 1:
                neg_mask[i] |= 1u << x
    for i in range(nvars - 1):
        up[i] = 0
        down[i] = 0
        for x in range(size):
            if (x >> i) & 1 and not (x >> (i + 1)) & 1:
                up[i] |= 1u << x
            elif not (x >> i) & 1 and (x >> (i + 1)) & 1:
                down[i] |= 1u << x
        keep[i] = full & ~(up[i] | down[i])
    cdef unsigned char *visited = <unsigned char *>calloc(ntables, 1)
    cdef uint32_t *queue = <uint32_t *>malloc(ntables * sizeof(uint32_t))
    cdef long long hist[769]
    cdef uint32_t start, t, u, smallest
    cdef int head, tail, members
    cdef long long balanced = 0, checksum = 0, classes = 0
    for i in range(769):
        hist[i] = 0
    if visited == NULL or queue == NULL:
        free(visited); free(queue)
        raise MemoryError()
    try:
        with nogil:
            for start in range(ntables):
                if visited[start]:
                    continue
                visited[start] = 1
                queue[0] = start
                head = 0
                tail = 1
                smallest = start
                while head < tail:
                    t = queue[head]
                    head += 1
                    if t < smallest:
                        smallest = t
                    for g in range(ngen):
                        if g < nvars:
                            u = ((t & neg_mask[g]) << neg_shift[g]) | ((t >> neg_shift[g]) & neg_mask[g])
                        elif g < 2 * nvars - 1:
                            i = g - nvars
                            u = (t & keep[i]) | ((t & up[i]) << (1 << i)) | ((t & down[i]) >> (1 << i))
                        else:
                            u = t ^ full
                        if not visited[u]:
                            visited[u] = 1
                            queue[tail] = u
                            tail += 1
                members = tail
                if 2 * __builtin_popcount(start) == size:
                    balanced += 1
                hist[members] += 1
                classes += 1
                checksum = (checksum * 131 + smallest) % 1000000007
    finally:
        free(visited)
        free(queue)
    return (classes, [(i, hist[i]) for i in range(769) if hist[i]], balanced, checksum)
