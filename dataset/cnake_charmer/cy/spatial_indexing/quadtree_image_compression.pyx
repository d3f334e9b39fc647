# cython: language_level=3
"""Region-quadtree compression of a synthetic greyscale image — min/max/sum pyramids in C arrays.

Instead of rescanning every block at every level, one bottom-up pass builds a
pyramid of per-block minimum, maximum, sum and sum of squares (each level from the
four children below it, ``uint8`` and ``int64`` C arrays). The top-down split then
decides each block in O(1) from the pyramid on an explicit stack, and a leaf's
squared error comes from the closed form sumsq - 2*mean*sum + mean^2*area, exact in
integers.

Keywords: spatial indexing, quadtree, region quadtree, image compression, homogeneity, recursion
"""

import cython
from libc.stdint cimport uint8_t, uint64_t
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Level:
    int width            # blocks per row at this level
    uint8_t* lo
    uint8_t* hi
    long long* total
    long long* squares


@cython_benchmark(args=(512, 6, 7))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def quadtree_image_compression(int side, int threshold, unsigned long long seed):
    """Return (leaves, leaves per depth, squared error, checksum, first 5 leaves (x, y, size, mean))."""
    if side < 1 or side & (side - 1):
        raise ValueError("side must be a power of two")
    cdef uint64_t state = seed
    cdef int levels = 0, L, w, x, y, i, cx, cy, r, level, v, top, bx, by, depth, b, half
    cdef long long area, mean, s, checksum = 0, error = 0, leaves = 0
    cdef Level pyr[32]
    cdef Level* cur
    cdef Level* below
    cdef int* stack = NULL
    cdef int per_depth[32]
    first = []
    while (1 << levels) < side:
        levels += 1
    for L in range(levels + 1):
        pyr[L].lo = NULL; pyr[L].hi = NULL; pyr[L].total = NULL; pyr[L].squares = NULL
        per_depth[L] = 0
    try:
        for L in range(levels + 1):
            w = side >> L
            pyr[L].width = w
            pyr[L].lo = <uint8_t*>malloc(w * w * sizeof(uint8_t))
            pyr[L].hi = <uint8_t*>malloc(w * w * sizeof(uint8_t))
            pyr[L].total = <long long*>malloc(w * w * sizeof(long long))
            pyr[L].squares = <long long*>malloc(w * w * sizeof(long long))
            if not (pyr[L].lo and pyr[L].hi and pyr[L].total and pyr[L].squares):
                raise MemoryError()
        stack = <int*>malloc(3 * (4 * levels + 4) * sizeof(int))
        if stack == NULL:
            raise MemoryError()
        cur = &pyr[0]
        # the image itself is level 0 (its "lo" array)
        for y in range(side):
            for x in range(side):
                v = (x * 3 + y * 5) * 64 // side
                cur.lo[y * side + x] = <uint8_t>(255 if v > 255 else v)
        for i in range(6):
            state = state * 6364136223846793005ULL + 1442695040888963407ULL
            cx = <int>((state >> 33) % <uint64_t>side)
            state = state * 6364136223846793005ULL + 1442695040888963407ULL
            cy = <int>((state >> 33) % <uint64_t>side)
            state = state * 6364136223846793005ULL + 1442695040888963407ULL
            r = 4 + <int>((state >> 33) % <uint64_t>max(1, side // 4))
            state = state * 6364136223846793005ULL + 1442695040888963407ULL
            level = <int>((state >> 33) % 256)
            for y in range(max(0, cy - r), min(side, cy + r + 1)):
                for x in range(max(0, cx - r), min(side, cx + r + 1)):
                    if (x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r:
                        cur.lo[y * side + x] = <uint8_t>level
        for y in range(side // 3, side // 2):
            for x in range(side):
                state = state * 6364136223846793005ULL + 1442695040888963407ULL
                v = cur.lo[y * side + x] + <int>((state >> 33) % 24)
                cur.lo[y * side + x] = <uint8_t>(255 if v > 255 else v)
        with nogil:
            for i in range(side * side):
                v = cur.lo[i]
                cur.hi[i] = <uint8_t>v
                cur.total[i] = v
                cur.squares[i] = v * v
            for L in range(1, levels + 1):
                cur = &pyr[L]
                below = &pyr[L - 1]
                w = cur.width
                for by in range(w):
                    for bx in range(w):
                        i = by * w + bx
                        b = (2 * by) * below.width + 2 * bx
                        cur.lo[i] = below.lo[b]
                        cur.hi[i] = below.hi[b]
                        cur.total[i] = 0
                        cur.squares[i] = 0
                        for y in range(2):
                            for x in range(2):
                                v = b + y * below.width + x
                                if below.lo[v] < cur.lo[i]:
                                    cur.lo[i] = below.lo[v]
                                if below.hi[v] > cur.hi[i]:
                                    cur.hi[i] = below.hi[v]
                                cur.total[i] += below.total[v]
                                cur.squares[i] += below.squares[v]
        # top-down: stack frames are (level, block x, block y); children in NW, NE, SW, SE order
        stack[0] = levels; stack[1] = 0; stack[2] = 0
        top = 1
        while top > 0:
            top -= 1
            L = stack[3 * top]; bx = stack[3 * top + 1]; by = stack[3 * top + 2]
            cur = &pyr[L]
            i = by * cur.width + bx
            if cur.hi[i] - cur.lo[i] <= threshold or L == 0:
                area = (<long long>1) << (2 * L)
                s = cur.total[i]
                mean = s // area
                depth = levels - L
                per_depth[depth] += 1
                leaves += 1
                error += cur.squares[i] - 2 * mean * s + mean * mean * area
                checksum = (checksum * 257 + mean * 31 + (1 << L)) % 1000000007
                if leaves <= 5:
                    first.append((bx << L, by << L, 1 << L, mean))
                continue
            for b in range(3, -1, -1):
                stack[3 * top] = L - 1
                stack[3 * top + 1] = 2 * bx + (b & 1)
                stack[3 * top + 2] = 2 * by + (b >> 1)
                top += 1
        return (leaves, [per_depth[L] for L in range(levels + 1)], error, checksum, first)
    finally:
        for L in range(levels + 1):
            free(pyr[L].lo); free(pyr[L].hi); free(pyr[L].total); free(pyr[L].squares)
        free(stack)
