# cython: language_level=3
"""Rectangle queries over Z-order (Morton) sorted points with BIGMIN skipping — uint32 bit tricks, radix sort.

Codes are built with the magic-number bit spreading (``x | x << 8`` ... masks) on
``uint32_t`` instead of a 16-step loop, and (code << 32 | id) keys are ordered by an
LSD radix sort on the code half (four 8-bit passes through a scratch buffer). BIGMIN works on
unsigned 32-bit masks, the scan's binary search is a hand-written lower bound, and
each query runs without the GIL.

Keywords: spatial indexing, morton code, z-order curve, bigmin, range query, bit interleaving
"""

import cython
from libc.stdint cimport uint32_t, uint64_t
from libc.stdlib cimport malloc, free
from libc.string cimport memset

from cnake_charmer.benchmarks import cython_benchmark

cdef uint32_t X_BITS = 0x55555555u
cdef uint32_t Y_BITS = 0xAAAAAAAAu


cdef inline uint32_t spread(uint32_t v) noexcept nogil:
    v &= 0xFFFFu
    v = (v | (v << 8)) & 0x00FF00FFu
    v = (v | (v << 4)) & 0x0F0F0F0Fu
    v = (v | (v << 2)) & 0x33333333u
    v = (v | (v << 1)) & 0x55555555u
    return v


cdef inline uint32_t morton(uint32_t x, uint32_t y) noexcept nogil:
    return spread(x) | (spread(y) << 1)


cdef uint32_t bigmin(uint32_t z, uint32_t zmin, uint32_t zmax) noexcept nogil:
    cdef uint32_t best = zmax, mask, same_dim, v, lo, hi
    cdef int bit
    for bit in range(31, -1, -1):
        mask = (<uint32_t>1) << bit
        same_dim = (X_BITS if bit % 2 == 0 else Y_BITS) & ((mask << 1) - 1 if bit < 31 else 0xFFFFFFFFu)
        v = z & mask
        lo = zmin & mask
        hi = zmax & mask
        if not v and not lo and hi:
            best = (zmin & ~same_dim) | mask
            zmax = (zmax & ~same_dim) | (same_dim & ~mask)
        elif not v and lo and hi:
            return zmin
        elif v and not lo and not hi:
            return best
        elif v and not lo and hi:
            zmin = (zmin & ~same_dim) | mask
    return best


cdef void radix_sort(uint64_t* keys, uint64_t* scratch, int n) noexcept nogil:
    cdef int counts[256]
    cdef int p, i, total, c
    cdef uint64_t* src = keys
    cdef uint64_t* dst = scratch
    cdef uint64_t* t
    for p in range(4):
        memset(counts, 0, sizeof(counts))
        for i in range(n):
            counts[(src[i] >> (8 * p + 32)) & 255] += 1
        total = 0
        for i in range(256):
            c = counts[i]
            counts[i] = total
            total += c
        for i in range(n):
            c = (src[i] >> (8 * p + 32)) & 255
            dst[counts[c]] = src[i]
            counts[c] += 1
        t = src; src = dst; dst = t
    # an even number of passes leaves the result back in keys


cdef inline int lower_bound(const uint32_t* codes, int lo, int hi, uint64_t z) noexcept nogil:
    cdef int mid
    while lo < hi:
        mid = (lo + hi) >> 1
        if codes[mid] < z:
            lo = mid + 1
        else:
            hi = mid
    return lo


@cython_benchmark(args=(25000, 450, 9))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def morton_bigmin_range_query(int n, int queries, long long seed):
    """Return (checksum, codes inspected, bigmin jumps, naive interval length, first 8 counts)."""
    cdef uint32_t state = <uint32_t>(seed & 0x7FFFFFFF)
    cdef int i, q, extent, x0, y0, x1, y1, count, px = 0, py = 0
    cdef uint32_t zmin, zmax, x, y
    cdef long long id_sum, checksum = 0, inspected = 0, jumps = 0, span = 0
    cdef uint64_t* keys = <uint64_t*>malloc((n + 1) * sizeof(uint64_t))
    cdef uint64_t* scratch = <uint64_t*>malloc((n + 1) * sizeof(uint64_t))
    cdef uint32_t* codes = <uint32_t*>malloc((n + 1) * sizeof(uint32_t))
    cdef int* xs = <int*>malloc((n + 1) * sizeof(int))
    cdef int* ys = <int*>malloc((n + 1) * sizeof(int))
    cdef int* ids = <int*>malloc((n + 1) * sizeof(int))
    cdef int* gen_x = <int*>malloc((n + 1) * sizeof(int))
    cdef int* gen_y = <int*>malloc((n + 1) * sizeof(int))
    first = []
    try:
        if not (keys and scratch and codes and xs and ys and ids and gen_x and gen_y):
            raise MemoryError()
        for i in range(n):
            if i % 50 == 7:
                gen_x[i] = gen_x[i - 1]
                gen_y[i] = gen_y[i - 1]
            else:
                state = (state * 1103515245u + 12345u) & 0x7FFFFFFFu
                gen_x[i] = <int>((state >> 8) % 65536)
                state = (state * 1103515245u + 12345u) & 0x7FFFFFFFu
                gen_y[i] = (gen_x[i] + <int>((state >> 8) % 12000)) % 65536
            keys[i] = ((<uint64_t>morton(gen_x[i], gen_y[i])) << 32) | <uint64_t>i
        with nogil:
            radix_sort(keys, scratch, n)
            for i in range(n):
                ids[i] = <int>(keys[i] & 0xFFFFFFFFu)
                codes[i] = <uint32_t>(keys[i] >> 32)
                xs[i] = gen_x[ids[i]]
                ys[i] = gen_y[ids[i]]
        for q in range(queries):
            extent = 12000 if q % 4 == 0 else 2500
            state = (state * 1103515245u + 12345u) & 0x7FFFFFFFu
            x0 = <int>((state >> 8) % 65536)
            state = (state * 1103515245u + 12345u) & 0x7FFFFFFFu
            y0 = (x0 + <int>((state >> 8) % 12000)) % 65536 - extent // 2
            if y0 < 0:
                y0 = 0
            state = (state * 1103515245u + 12345u) & 0x7FFFFFFFu
            x1 = x0 + <int>((state >> 8) % <uint32_t>extent)
            if x1 > 65535:
                x1 = 65535
            state = (state * 1103515245u + 12345u) & 0x7FFFFFFFu
            y1 = y0 + <int>((state >> 8) % <uint32_t>extent)
            if y1 > 65535:
                y1 = 65535
            count = 0
            id_sum = 0
            with nogil:
                zmin = morton(x0, y0)
                zmax = morton(x1, y1)
                i = lower_bound(codes, 0, n, zmin)
                span += lower_bound(codes, i, n, <uint64_t>zmax + 1) - i
                while i < n and codes[i] <= zmax:
                    inspected += 1
                    if x0 <= xs[i] <= x1 and y0 <= ys[i] <= y1:
                        count += 1
                        id_sum += ids[i]
                        i += 1
                    else:
                        jumps += 1
                        i = lower_bound(codes, i, n, bigmin(codes[i], zmin, zmax))
            checksum = (checksum * 7919 + <long long>count * 1000003 + id_sum) % 1000000007
            if q < 8:
                first.append(count)
        return (checksum, inspected, jumps, span, first)
    finally:
        free(keys); free(scratch); free(codes); free(xs); free(ys); free(ids); free(gen_x); free(gen_y)
