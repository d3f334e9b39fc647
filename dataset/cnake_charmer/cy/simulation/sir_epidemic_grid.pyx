# cython: language_level=3
"""Spatial SIR epidemic on a grid of households.

The dict and set of the Python version become one int array of per-cell states
(-1 susceptible, 0..k days sick, -2 recovered) plus a "newly infected" stamp array; a
row-major scan visits infected cells in the same sorted order, so the LCG draws line up
exactly with the Python run.

Keywords: simulation, epidemic, sir model, spatial spread, cellular automaton, infection
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark



@cython_benchmark(args=(120, 100, 18, 6, 21))
@cython.boundscheck(False)
@cython.wraparound(False)
def sir_epidemic_grid(int size, int days, int beta_pct, int sick_days, long long seed):
    """Simulate a spatial SIR epidemic seeded at the grid centre."""
    cdef int n = size * size
    cdef int* st = <int*>malloc((n + 1) * sizeof(int))
    cdef int* stamp = <int*>malloc((n + 1) * sizeof(int))
    cdef long long state = seed & 0x7FFFFFFF
    cdef int i, x, y, dx, dy, nx, ny, c, day, infected = 0, recovered = 0, peak, peak_day = 0
    curve = []
    if st == NULL or stamp == NULL:
        free(st); free(stamp)
        raise MemoryError()
    try:
        for i in range(n):
            st[i] = -1
            stamp[i] = 0
        if size > 0:
            st[(size // 2) * size + size // 2] = 0
            infected = 1
        peak = infected
        for day in range(1, days + 1):
            for y in range(size):
                for x in range(size):
                    if st[y * size + x] < 0:
                        continue
                    for dy in range(-1, 2):
                        for dx in range(-1, 2):
                            if dy == 0 and dx == 0:
                                continue
                            ny = y + dy
                            nx = x + dx
                            if ny < 0 or ny >= size or nx < 0 or nx >= size:
                                continue
                            c = ny * size + nx
                            if st[c] != -1:
                                continue
                            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                            if (state >> 16) % 100 < beta_pct:
                                stamp[c] = day
            for i in range(n):
                if st[i] >= 0:
                    st[i] += 1
                    if st[i] >= sick_days:
                        st[i] = -2
                        infected -= 1
                        recovered += 1
            for i in range(n):
                if stamp[i] == day and st[i] == -1:
                    st[i] = 0
                    infected += 1
            curve.append(infected)
            if infected > peak:
                peak = infected
                peak_day = day
        return (curve[::max(1, days // 12)], peak, peak_day, recovered, n - infected - recovered)
    finally:
        free(st); free(stamp)
