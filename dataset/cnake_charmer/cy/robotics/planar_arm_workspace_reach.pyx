# cython: language_level=3
"""Reachable workspace of a planar n-link arm — forward kinematics in a nogil C loop.

Link lengths live in a malloc'd C array and the occupancy histogram in a flat C int
buffer; the sampling loop (LCG, libc cos/sin, floor test, binning) runs without the
GIL on typed doubles, and the grid is summarised in a single pass afterwards.

Keywords: robotics, forward kinematics, planar arm, workspace, joint limits, sampling
"""

import cython
from libc.math cimport cos, sin, sqrt, M_PI
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef inline unsigned int lcg(unsigned int s) noexcept nogil:
    return (s * 1103515245u + 12345u) & 0x7FFFFFFFu


@cython_benchmark(args=(6, 30000, 48, 7))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def planar_arm_workspace_reach(int links, int samples, int grid, long long seed):
    """Return (accepted, rejected, cells reached, busiest cell count, farthest reach, checksum)."""
    cdef unsigned int state = <unsigned int>(seed & 0x7FFFFFFF)
    cdef double *lengths = <double *>malloc((links + 1) * sizeof(double))
    cdef int *hits = <int *>calloc(grid * grid + 1, sizeof(int))
    cdef double reach = 0.0, limit = 0.9 * M_PI, x, y, heading, d, farthest = 0.0
    cdef int i, s, row, col, accepted = 0, rejected = 0, reached = 0, busiest = 0, count
    cdef bint below
    cdef long long checksum = 0
    if lengths == NULL or hits == NULL:
        free(lengths); free(hits)
        raise MemoryError()
    try:
        with nogil:
            for i in range(links):
                state = lcg(state)
                lengths[i] = 0.5 + (state >> 8) / 8388608.0
            for i in range(links):
                reach += lengths[i]
            if reach == 0.0:
                reach = 1.0
            for s in range(samples):
                x = 0.0
                y = 0.0
                heading = 0.0
                below = False
                for i in range(links):
                    state = lcg(state)
                    if i == 0:
                        heading = ((state >> 8) / 8388608.0) * M_PI
                    else:
                        heading += (2.0 * ((state >> 8) / 8388608.0) - 1.0) * limit
                    x += lengths[i] * cos(heading)
                    y += lengths[i] * sin(heading)
                    if y < -0.25:
                        below = True
                if below:
                    rejected += 1
                    continue
                accepted += 1
                d = sqrt(x * x + y * y)
                if d > farthest:
                    farthest = d
                col = <int>((x + reach) / (2.0 * reach) * grid)
                row = <int>((y + reach) / (2.0 * reach) * grid)
                if col > grid - 1:
                    col = grid - 1
                if row > grid - 1:
                    row = grid - 1
                hits[row * grid + col] += 1
            for row in range(grid):
                for col in range(grid):
                    count = hits[row * grid + col]
                    if count:
                        reached += 1
                    if count > busiest:
                        busiest = count
                    checksum = (checksum * 31 + count * (row + 1) + col) % 1000000007
    finally:
        free(lengths)
        free(hits)
    return (accepted, rejected, reached, busiest, farthest, checksum)
