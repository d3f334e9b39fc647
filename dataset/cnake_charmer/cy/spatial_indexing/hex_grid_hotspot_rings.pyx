# cython: language_level=3
"""Hexagonal binning of points and k-ring hotspot search — a dense padded axial grid.

Cube rounding runs on C doubles with ``libc.math.floor``/``fabs`` (the same operation
order as Python, and each random draw sequenced explicitly since C leaves operand
order unspecified). The cell counts live in one dense ``int`` array over the occupied
axial range, padded by k on every side, so a k-ring sum is a pair of nested loops of
unchecked array reads instead of dictionary look-ups, and scanning the array in row
order visits cells already sorted by (q, r).

Keywords: spatial indexing, hexagonal grid, axial coordinates, cube rounding, k-ring, hotspot
"""

import cython
from libc.math cimport floor, fabs, sqrt
from libc.stdint cimport uint64_t
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef inline double uniform(uint64_t* state) noexcept nogil:
    state[0] = state[0] * 6364136223846793005ULL + 1442695040888963407ULL
    return <double>(state[0] >> 11) / 9007199254740992.0


cdef inline void to_hex(double x, double y, double size, double root3_over_3, int* out_q, int* out_r) noexcept nogil:
    cdef double fq = (root3_over_3 * x - y / 3.0) / size
    cdef double fr = (2.0 / 3.0 * y) / size
    cdef double fs = -fq - fr
    cdef double q = floor(fq + 0.5), r = floor(fr + 0.5), s = floor(fs + 0.5)
    cdef double dq = fabs(q - fq), dr = fabs(r - fr), ds = fabs(s - fs)
    if dq > dr and dq > ds:
        q = -r - s
    elif dr > ds:
        r = -q - s
    out_q[0] = <int>q
    out_r[0] = <int>r


@cython_benchmark(args=(60000, 2.5, 3, 29))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def hex_grid_hotspot_rings(int n, double size, int k, unsigned long long seed):
    """Return (occupied cells, fullest cell, checksum, hotspot (q, r, ring sum), first 6 ring sums)."""
    if size < 0.5 or k < 0:
        raise ValueError("size must be at least 0.5 and k non-negative")
    cdef uint64_t state = seed
    cdef double root3_over_3 = sqrt(3.0) / 3.0
    cdef double hot[5][2]
    cdef double x, y, a, b
    cdef int i, h, q, r, dq, dr, lo_r, hi_r, qmin = 0, qmax = 0, rmin = 0, rmax = 0, width, height, c, total
    cdef int occupied = 0, fullest = 0, best_q = 0, best_r = 0, best_total = 0
    cdef long long checksum = 0
    cdef int* hq = <int*>malloc((n + 1) * sizeof(int))
    cdef int* hr = <int*>malloc((n + 1) * sizeof(int))
    cdef int* grid = NULL
    ring_sums = []
    try:
        if hq == NULL or hr == NULL:
            raise MemoryError()
        for h in range(5):
            hot[h][0] = uniform(&state) * 1000.0
            hot[h][1] = uniform(&state) * 1000.0
        with nogil:
            for i in range(n):
                if i % 3 == 0:
                    x = uniform(&state) * 1000.0
                    y = uniform(&state) * 1000.0
                else:
                    a = uniform(&state)
                    b = uniform(&state)
                    x = hot[i % 5][0] + (a + b - 1.0) * 60.0
                    a = uniform(&state)
                    b = uniform(&state)
                    y = hot[i % 5][1] + (a + b - 1.0) * 60.0
                to_hex(x, y, size, root3_over_3, &hq[i], &hr[i])
                if i == 0 or hq[i] < qmin: qmin = hq[i]
                if i == 0 or hq[i] > qmax: qmax = hq[i]
                if i == 0 or hr[i] < rmin: rmin = hr[i]
                if i == 0 or hr[i] > rmax: rmax = hr[i]
        width = qmax - qmin + 1 + 2 * k
        height = rmax - rmin + 1 + 2 * k
        grid = <int*>calloc(<size_t>width * height + 1, sizeof(int))
        if grid == NULL:
            raise MemoryError()
        if n == 0:
            return (0, 0, 0, (0, 0, 0), [])
        with nogil:
            for i in range(n):
                grid[(hq[i] - qmin + k) * height + (hr[i] - rmin + k)] += 1
        for q in range(qmin, qmax + 1):
            for r in range(rmin, rmax + 1):
                c = grid[(q - qmin + k) * height + (r - rmin + k)]
                if c == 0:
                    continue
                occupied += 1
                if c > fullest:
                    fullest = c
                checksum = (checksum * 1000003 + <long long>(q + 5000) * 10007 + (r + 5000) * 101 + c) % 1000000007
                total = 0
                for dq in range(-k, k + 1):
                    lo_r = -k if -k > -dq - k else -dq - k
                    hi_r = k if k < -dq + k else -dq + k
                    for dr in range(lo_r, hi_r + 1):
                        total += grid[(q + dq - qmin + k) * height + (r + dr - rmin + k)]
                if len(ring_sums) < 6:
                    ring_sums.append(total)
                if occupied == 1 or total > best_total or (total == best_total and (q < best_q or (q == best_q and r < best_r))):
                    best_q = q
                    best_r = r
                    best_total = total
        return (occupied, fullest, checksum, (best_q, best_r, best_total), ring_sums)
    finally:
        free(hq); free(hr); free(grid)
