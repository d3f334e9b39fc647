# cython: language_level=3
"""Grid nearest-neighbour search with a CSR bucket layout in PyMem buffers.

Points are bucketed with a counting sort: per-cell counts become start offsets, and
point indices are laid out cell by cell in one int array (compressed sparse rows), all
allocated with PyMem_Malloc. Ring scans then read contiguous index ranges; points are
stored as a struct array for cache-friendly coordinate access.

Keywords: nearest neighbour, spatial hashing, grid buckets, ring search, geometry
"""

import cython
from cpython.mem cimport PyMem_Malloc, PyMem_Free

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Pt:
    int x
    int y


@cython_benchmark(args=(20000, 4000, 25, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
def nearest_neighbor_grid_buckets(int n_points, int n_queries, int cell, long long seed):
    """Return (sum of squared NN distances, distance evaluations, first 10 NN indices); cell >= 1."""
    if cell < 1:
        raise ValueError("cell size must be positive")
    cdef int span = (999 // cell) + 1
    cdef int np = n_points if n_points > 0 else 0
    cdef int ncells = span * span
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef int i, q, c, gx, gy, cx, cy, qx, qy, ring, k, idx, dx, dy, best_idx
    cdef long long d, best, total = 0, evaluations = 0
    cdef list answers = []
    cdef Pt *pts = <Pt *>PyMem_Malloc((np + 1) * sizeof(Pt))
    cdef int *start = <int *>PyMem_Malloc((ncells + 1) * sizeof(int))
    cdef int *order = <int *>PyMem_Malloc((np + 1) * sizeof(int))
    cdef int *cell_of = <int *>PyMem_Malloc((np + 1) * sizeof(int))
    if pts == NULL or start == NULL or order == NULL or cell_of == NULL:
        PyMem_Free(pts)
        PyMem_Free(start)
        PyMem_Free(order)
        PyMem_Free(cell_of)
        raise MemoryError()
    try:
        for c in range(ncells + 1):
            start[c] = 0
        for i in range(np):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            pts[i].x = <int>((state >> 8) % 1000)
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            pts[i].y = <int>((state >> 8) % 1000)
            cell_of[i] = (pts[i].x // cell) * span + pts[i].y // cell
            start[cell_of[i] + 1] += 1
        for c in range(ncells):
            start[c + 1] += start[c]
        # place indices in increasing order inside each cell (start[c] used as cursor)
        for i in range(np):
            order[start[cell_of[i]]] = i
            start[cell_of[i]] += 1
        for c in range(ncells - 1, 0, -1):
            start[c] = start[c - 1]
        start[0] = 0
        for q in range(n_queries):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            qx = <int>((state >> 8) % 1000)
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            qy = <int>((state >> 8) % 1000)
            cx = qx // cell
            cy = qy // cell
            best = -1
            best_idx = -1
            ring = 0
            while ring <= span:
                for gx in range(cx - ring, cx + ring + 1):
                    if gx < 0 or gx >= span:
                        continue
                    for gy in range(cy - ring, cy + ring + 1):
                        if gy < 0 or gy >= span:
                            continue
                        if gx - cx != ring and cx - gx != ring and gy - cy != ring and cy - gy != ring:
                            continue
                        c = gx * span + gy
                        for k in range(start[c], start[c + 1]):
                            idx = order[k]
                            dx = pts[idx].x - qx
                            dy = pts[idx].y - qy
                            d = <long long>dx * dx + <long long>dy * dy
                            evaluations += 1
                            if best < 0 or d < best or (d == best and idx < best_idx):
                                best = d
                                best_idx = idx
                if best >= 0 and best <= <long long>(ring * cell) * (ring * cell):
                    break
                ring += 1
            if best >= 0:
                total += best
            if q < 10:
                answers.append(best_idx)
        return total, evaluations, answers
    finally:
        PyMem_Free(pts)
        PyMem_Free(start)
        PyMem_Free(order)
        PyMem_Free(cell_of)
