# cython: language_level=3
"""Warnsdorff knight's tours with a cpdef degree function over a byte board.

The visited board is a flat C byte array; ``onward_moves`` is a ``cpdef`` returning
the number of free jumps from a square (callable from Python, a C call here), and the
jump offsets are C arrays, so choosing the next square never builds a list.

Keywords: games, puzzles, knights tour, warnsdorff, heuristic, chess
"""

cimport cython
from libc.stdlib cimport malloc, free
from libc.string cimport memset

from cnake_charmer.benchmarks import cython_benchmark

cdef int JR[8]
cdef int JC[8]
JR[:] = [2, 1, -1, -2, -2, -1, 1, 2]
JC[:] = [1, 2, 2, 1, -1, -2, -2, -1]


@cython.boundscheck(False)
cpdef int onward_moves(const unsigned char[::1] seen, int n, int r, int c):
    """Number of unvisited squares a knight on (r, c) can jump to."""
    cdef int k, nr, nc, count = 0
    for k in range(8):
        nr = r + JR[k]
        nc = c + JC[k]
        if 0 <= nr < n and 0 <= nc < n and not seen[nr * n + nc]:
            count += 1
    return count


@cython_benchmark(args=(11,))
@cython.boundscheck(False)
def knight_tour_warnsdorff(int n):
    """Return (complete tours, squares visited in total, end squares of first starts)."""
    if n <= 0:
        return 0, 0, []
    cdef unsigned char *buf = <unsigned char *>malloc(n * n)
    if buf == NULL:
        raise MemoryError()
    cdef unsigned char[::1] seen = <unsigned char[:n * n]>buf
    cdef int start, r, c, k, nr, nc, best_r, best_c, best_deg, deg, visited
    cdef long complete = 0, total = 0
    ends = []
    try:
        for start in range(n * n):
            memset(buf, 0, n * n)
            r = start // n
            c = start % n
            seen[r * n + c] = 1
            visited = 1
            while True:
                best_deg = 9
                best_r = -1
                best_c = -1
                for k in range(8):
                    nr = r + JR[k]
                    nc = c + JC[k]
                    if 0 <= nr < n and 0 <= nc < n and not seen[nr * n + nc]:
                        deg = onward_moves(seen, n, nr, nc)
                        if deg < best_deg:
                            best_deg = deg
                            best_r = nr
                            best_c = nc
                if best_r < 0:
                    break
                r = best_r
                c = best_c
                seen[r * n + c] = 1
                visited += 1
            if visited == n * n:
                complete += 1
            total += visited
            if start < 6:
                ends.append(r * n + c)
    finally:
        free(buf)
    return complete, total, ends
