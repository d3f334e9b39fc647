# cython: language_level=3
"""Kekulé structure counting on brick-wall grids with a recursive cdef matcher over C arrays.

Hexagons, bonds and atoms are marked in flat ``unsigned char`` grids (horizontal and
vertical bond flags replace the Python edge set), atoms are numbered by scanning the
grid in the same lexicographic order as sorting the coordinates, and each atom's
neighbours (at most three) sit in a fixed flat ``int`` table with three slots per atom. The backtracking count
is a recursive ``cdef ... noexcept nogil`` function over a C ``matched`` array.

Keywords: chemistry, kekule structures, benzenoid, perfect matching, honeycomb, polycyclic aromatic hydrocarbon, backtracking
"""

import cython
from libc.stdlib cimport malloc, calloc, free
from libc.string cimport memset

from cnake_charmer.benchmarks import cython_benchmark

cdef int DI[6]
cdef int DJ[6]
DI[:] = [2, -2, 1, -1, 1, -1]
DJ[:] = [0, 0, 1, 1, -1, -1]


cdef long long _extend(int start, int n, const int *adj, const int *degree,
                       unsigned char *matched) noexcept nogil:
    cdef int v = start, k, w
    cdef long long total = 0
    while v < n and matched[v]:
        v += 1
    if v == n:
        return 1
    matched[v] = 1
    for k in range(degree[v]):
        w = adj[3 * v + k]
        if not matched[w]:
            matched[w] = 1
            total += _extend(v + 1, n, adj, degree, matched)
            matched[w] = 0
    matched[v] = 0
    return total


cdef inline int _draw(unsigned long long *state, int k) noexcept nogil:
    state[0] = (state[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <int>((state[0] >> 16) % <unsigned long long>k)


@cython_benchmark(args=(400, 22, 41))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def kekule_structure_count(int molecules, int max_hexagons, long long seed):
    """Return (total count, non-Kekulean molecules, (largest count, its hexagons), first molecules)."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int H = max_hexagons if max_hexagons > 0 else 1
    cdef int ox = 2 * H, oy = H, gx = 4 * H + 4, gy = 2 * H + 3
    cdef int cells_size = gx * gy
    cdef unsigned char *cell = <unsigned char *>malloc(cells_size)
    cdef unsigned char *hbond = <unsigned char *>malloc(cells_size)
    cdef unsigned char *vbond = <unsigned char *>malloc(cells_size)
    cdef int *vid = <int *>malloc(cells_size * sizeof(int))
    cdef int *ci = <int *>malloc(H * sizeof(int))
    cdef int *cj = <int *>malloc(H * sizeof(int))
    cdef int *adj = <int *>malloc(3 * cells_size * sizeof(int))
    cdef int *degree = <int *>malloc(cells_size * sizeof(int))
    cdef unsigned char *matched = <unsigned char *>calloc(cells_size, 1)
    cdef int m, hexagons, ncells, c, i, j, d, x, y, p, n, bonds, k, w, a, b, tmp
    cdef long long count, total = 0, non_kekulean = 0, best = 0, best_hex = 0
    cdef list first = []
    try:
        for m in range(molecules):
            with nogil:
                hexagons = 1 + _draw(&state, max_hexagons)
                memset(cell, 0, cells_size)
                memset(hbond, 0, cells_size)
                memset(vbond, 0, cells_size)
                ci[0] = 0
                cj[0] = 0
                cell[ox * gy + oy] = 1
                ncells = 1
                while ncells < hexagons:
                    c = _draw(&state, ncells)
                    d = _draw(&state, 6)
                    i = ci[c] + DI[d]
                    j = cj[c] + DJ[d]
                    if not cell[(i + ox) * gy + j + oy]:
                        cell[(i + ox) * gy + j + oy] = 1
                        ci[ncells] = i
                        cj[ncells] = j
                        ncells += 1
                for c in range(ncells):
                    x = ci[c] + ox
                    y = cj[c] + oy
                    hbond[x * gy + y] = 1
                    hbond[(x + 1) * gy + y] = 1
                    hbond[x * gy + y + 1] = 1
                    hbond[(x + 1) * gy + y + 1] = 1
                    vbond[x * gy + y] = 1
                    vbond[(x + 2) * gy + y] = 1
                n = 0
                bonds = 0
                for x in range(gx):
                    for y in range(gy):
                        p = x * gy + y
                        bonds += hbond[p] + vbond[p]
                        if hbond[p] or vbond[p] or (x > 0 and hbond[p - gy]) or (y > 0 and vbond[p - 1]):
                            vid[p] = n
                            n += 1
                        else:
                            vid[p] = -1
                for x in range(gx):
                    for y in range(gy):
                        p = x * gy + y
                        a = vid[p]
                        if a < 0:
                            continue
                        k = 0
                        if x > 0 and hbond[p - gy]:
                            adj[3 * a + k] = vid[p - gy]
                            k += 1
                        if hbond[p]:
                            adj[3 * a + k] = vid[p + gy]
                            k += 1
                        if y > 0 and vbond[p - 1]:
                            adj[3 * a + k] = vid[p - 1]
                            k += 1
                        if vbond[p]:
                            adj[3 * a + k] = vid[p + 1]
                            k += 1
                        degree[a] = k
                        for b in range(1, k):
                            w = b
                            while w > 0 and adj[3 * a + w - 1] > adj[3 * a + w]:
                                tmp = adj[3 * a + w]
                                adj[3 * a + w] = adj[3 * a + w - 1]
                                adj[3 * a + w - 1] = tmp
                                w -= 1
                if n % 2:
                    count = 0
                else:
                    count = _extend(0, n, adj, degree, matched)
                total += count
                if count == 0:
                    non_kekulean += 1
                if count > best:
                    best = count
                    best_hex = hexagons
            if len(first) < 8:
                first.append((hexagons, n, bonds, count))
    finally:
        free(cell); free(hbond); free(vbond); free(vid); free(ci); free(cj)
        free(adj); free(degree); free(matched)
    return (total, non_kekulean, (best, best_hex), first)
