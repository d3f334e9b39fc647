# distutils: language = c++
# cython: language_level=3
"""Contact detection among circles of very different sizes with a loose quadtree — as a hashed hierarchical grid.

A loose quadtree node is fully named by (depth, ix, iy), and its loose bounds nest
inside its parent's, so walking the tree is the same as visiting, at every depth, the
cells whose loose bounds meet the query box. Each circle therefore becomes one packed
``uint64`` key (depth, cell, id) in a ``std::vector`` sorted with ``std::sort``; a query
computes its cell range per depth with arithmetic shifts (floor division by powers of
two) and reads each row of cells with one binary search and a linear scan. No node
objects and no recursion.

Keywords: spatial indexing, loose quadtree, collision detection, broad phase, circles, hierarchical grid
"""

import cython
from libc.stdint cimport uint64_t
from libc.stdlib cimport malloc, calloc, free
from libcpp.algorithm cimport sort, lower_bound
from libcpp.vector cimport vector

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    WORLD_BITS = 16
    MAX_DEPTH = 12


cdef inline int home_depth(int r) noexcept nogil:
    cdef int depth = 0
    while depth < MAX_DEPTH and 2 * r <= (1 << (WORLD_BITS - depth - 1)):
        depth += 1
    return depth


cdef inline uint64_t pack(int depth, int ix, int iy, int idx) noexcept nogil:
    return ((<uint64_t>depth) << 56) | ((<uint64_t>ix) << 44) | ((<uint64_t>iy) << 32) | <uint64_t>idx


@cython_benchmark(args=(6000, 9))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def loose_quadtree_circle_contacts(int n, long long seed):
    """Return (contacts, pair checksum, exact tests, most contacts, isolated, circles per depth)."""
    cdef unsigned int state = <unsigned int>(seed & 0x7FFFFFFF)
    cdef int world = 1 << WORLD_BITS, i, j, x, y, r, d, shift, s, half, last, ix, iy, ix0, ix1, iy0, iy1
    cdef long long pairs = 0, checksum = 0, tests = 0, dx, dy, rr
    cdef int most = 0, isolated = 0
    cdef int per_depth[MAX_DEPTH + 1]
    cdef vector[uint64_t] keys
    cdef vector[uint64_t].iterator it
    cdef uint64_t row_end
    cdef int* cx = <int*>malloc((n + 1) * sizeof(int))
    cdef int* cy = <int*>malloc((n + 1) * sizeof(int))
    cdef int* cr = <int*>malloc((n + 1) * sizeof(int))
    cdef int* contacts = <int*>calloc(n + 1, sizeof(int))
    for d in range(MAX_DEPTH + 1):
        per_depth[d] = 0
    try:
        if not (cx and cy and cr and contacts):
            raise MemoryError()
        for i in range(n):
            state = (state * 1103515245u + 12345u) & 0x7FFFFFFFu
            x = <int>((state >> 8) % <unsigned int>world)
            state = (state * 1103515245u + 12345u) & 0x7FFFFFFFu
            y = <int>((state >> 8) % <unsigned int>world)
            state = (state * 1103515245u + 12345u) & 0x7FFFFFFFu
            if i % 50 == 0:
                r = 500 + <int>((state >> 8) % 3000)
            elif i % 7 == 0:
                r = 100 + <int>((state >> 8) % 300)
            else:
                r = 8 + <int>((state >> 8) % 120)
            if i % 97 == 1:
                x = cx[i - 1]; y = cy[i - 1]; r = cr[i - 1]
            cx[i] = x; cy[i] = y; cr[i] = r
        keys.reserve(n)
        for i in range(n):
            d = home_depth(cr[i])
            per_depth[d] += 1
            shift = WORLD_BITS - d
            keys.push_back(pack(d, cx[i] >> shift, cy[i] >> shift, i))
        with nogil:
            sort(keys.begin(), keys.end())
            for i in range(n):
                x = cx[i]; y = cy[i]; r = cr[i]
                for d in range(MAX_DEPTH + 1):
                    if per_depth[d] == 0:
                        continue
                    shift = WORLD_BITS - d
                    s = 1 << shift
                    half = s >> 1
                    last = (1 << d) - 1
                    # cells whose loose bounds [i*s - s/2, (i+1)*s + s/2) meet [x - r, x + r]
                    ix0 = (x - r - half) >> shift
                    ix1 = (x + r + half) >> shift
                    iy0 = (y - r - half) >> shift
                    iy1 = (y + r + half) >> shift
                    if ix0 < 0: ix0 = 0
                    if iy0 < 0: iy0 = 0
                    if ix1 > last: ix1 = last
                    if iy1 > last: iy1 = last
                    for ix in range(ix0, ix1 + 1):
                        if iy0 > iy1:
                            break
                        it = lower_bound(keys.begin(), keys.end(), pack(d, ix, iy0, 0))
                        row_end = pack(d, ix, iy1, 0x7FFFFFFF)
                        while it != keys.end() and cython.operator.dereference(it) <= row_end:
                            j = <int>(cython.operator.dereference(it) & 0xFFFFFFFFu)
                            cython.operator.preincrement(it)
                            if j <= i:
                                continue
                            tests += 1
                            dx = x - cx[j]
                            dy = y - cy[j]
                            rr = r + cr[j]
                            if dx * dx + dy * dy < rr * rr:
                                pairs += 1
                                contacts[i] += 1
                                contacts[j] += 1
                                checksum = (checksum + <long long>i * 1000003 + <long long>j * 7919 + <long long>i * j) % 1000000007
            for i in range(n):
                if contacts[i] > most:
                    most = contacts[i]
                if contacts[i] == 0:
                    isolated += 1
        return (pairs, checksum, tests, most, isolated, [per_depth[d] for d in range(MAX_DEPTH + 1)])
    finally:
        free(cx); free(cy); free(cr); free(contacts)
