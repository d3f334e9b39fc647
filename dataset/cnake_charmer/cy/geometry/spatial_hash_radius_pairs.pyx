# cython: language_level=3
"""Fixed-radius neighbour pairs with a uniform spatial hash grid.

Instead of a dict of lists, points are counting-sorted by cell into one C array (cell
start offsets plus a packed member list), so scanning a neighbour cell is a contiguous
slice. Distances, degrees and the checksum are C doubles and integers.

Keywords: geometry, spatial hashing, fixed radius neighbours, uniform grid, buckets
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(10000, 0.012, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def spatial_hash_radius_pairs(int n, double r, long long seed):
    """Count point pairs closer than r among n seeded points."""
    cdef long long state = seed & 0x7FFFFFFF, pairs = 0, checksum = 0
    cdef int g = <int>(1.0 / r) + 1
    cdef double* xs = <double*>malloc((n + 1) * sizeof(double))
    cdef double* ys = <double*>malloc((n + 1) * sizeof(double))
    cdef int* cell = <int*>malloc((n + 1) * sizeof(int))
    cdef int* start = <int*>calloc(g * g + 1, sizeof(int))
    cdef int* members = <int*>malloc((n + 1) * sizeof(int))
    cdef int* fill = <int*>malloc((g * g + 1) * sizeof(int))
    cdef int* degree = <int*>calloc(n + 1, sizeof(int))
    cdef int i, j, c, cx, cy, nx, ny, a, b, ia, jb, most = 0, isolated = 0
    cdef double r2 = r * r, ddx, ddy
    if not (xs and ys and cell and start and members and fill and degree):
        free(xs); free(ys); free(cell); free(start); free(members); free(fill); free(degree)
        raise MemoryError()
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            xs[i] = state / 2147483648.0
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            ys[i] = state / 2147483648.0
            cell[i] = <int>(xs[i] / r) * g + <int>(ys[i] / r)
            start[cell[i] + 1] += 1
        for c in range(g * g):
            start[c + 1] += start[c]
            fill[c] = start[c]
        for i in range(n):
            members[fill[cell[i]]] = i
            fill[cell[i]] += 1
        with nogil:
            for c in range(g * g):
                cx = c // g
                cy = c % g
                for nx in range(cx - 1, cx + 2):
                    if nx < 0 or nx >= g:
                        continue
                    for ny in range(cy - 1, cy + 2):
                        if ny < 0 or ny >= g:
                            continue
                        for a in range(start[c], start[c + 1]):
                            ia = members[a]
                            for b in range(start[nx * g + ny], start[nx * g + ny + 1]):
                                jb = members[b]
                                if jb <= ia:
                                    continue
                                ddx = xs[ia] - xs[jb]
                                ddy = ys[ia] - ys[jb]
                                if ddx * ddx + ddy * ddy < r2:
                                    pairs += 1
                                    degree[ia] += 1
                                    degree[jb] += 1
                                    checksum = (checksum + <long long>ia * 7919 + jb) % 1000000007
            for i in range(n):
                if degree[i] > most:
                    most = degree[i]
                if degree[i] == 0:
                    isolated += 1
        return (pairs, most, isolated, checksum)
    finally:
        free(xs); free(ys); free(cell); free(start); free(members); free(fill); free(degree)
