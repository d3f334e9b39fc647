# cython: language_level=3
"""Occupancy grid mapping with integer log-odds — 2-D typed memoryviews and inline Bresenham.

The true world and the log-odds map are C-contiguous 2-D memoryviews over
``cython.view.array`` buffers (bytes for the world, ints for the map). Each beam is
traced by an in-place Bresenham loop (no generator objects), and the clamped
log-odds updates, pose sampling and final statistics all run in nogil code.

Keywords: robotics, occupancy grid, mapping, log-odds, bresenham, range sensor, lidar
"""

import cython
from cython.view cimport array as cvarray
from libc.math cimport cos, sin, floor, M_PI

from cnake_charmer.benchmarks import cython_benchmark


cdef inline unsigned int step_lcg(unsigned int s) noexcept nogil:
    return (s * 1103515245u + 12345u) & 0x7FFFFFFFu


@cython.boundscheck(False)
@cython.wraparound(False)
cdef int trace_beam(unsigned char[:, ::1] world, int[:, ::1] log_odds,
                    int x0, int y0, int x1, int y1) noexcept nogil:
    """Update the map along one beam; return the number of cells visited."""
    cdef int dx = x1 - x0 if x1 > x0 else x0 - x1
    cdef int dy = -(y1 - y0 if y1 > y0 else y0 - y1)
    cdef int sx = 1 if x0 < x1 else -1
    cdef int sy = 1 if y0 < y1 else -1
    cdef int err = dx + dy, e2, visited = 0, v
    while True:
        visited += 1
        if world[y0, x0]:
            v = log_odds[y0, x0] + 9
            log_odds[y0, x0] = v if v < 50 else 50
            return visited
        v = log_odds[y0, x0] - 4
        log_odds[y0, x0] = v if v > -50 else -50
        if x0 == x1 and y0 == y1:
            return visited
        e2 = 2 * err
        if e2 >= dy:
            err += dy
            x0 += sx
        if e2 <= dx:
            err += dx
            y0 += sy


@cython_benchmark(args=(100, 40, 150, 120, 45, 17))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def occupancy_grid_logodds_mapping(int size, int blocks, int scans, int beams, int max_range, long long seed):
    """Return (occupied, free, unknown, cells agreeing with truth, cells touched, log-odds checksum)."""
    cdef unsigned char[:, ::1] world = cvarray(shape=(size, size), itemsize=1, format="B")
    cdef int[:, ::1] log_odds = cvarray(shape=(size, size), itemsize=sizeof(int), format="i")
    cdef unsigned int state = <unsigned int>(seed & 0x7FFFFFFF)
    cdef int r, c, r0, c0, h, w, b, row, col, end_row, end_col, done_scans = 0, value
    cdef int occupied = 0, free_cells = 0, agree = 0
    cdef long long touched = 0, checksum = 0
    cdef double angle
    with nogil:
        for r in range(size):
            for c in range(size):
                world[r, c] = 1 if (r == 0 or r == size - 1 or c == 0 or c == size - 1) else 0
                log_odds[r, c] = 0
        for b in range(blocks):
            state = step_lcg(state)
            r0 = 1 + (state >> 16) % (size - 2)
            state = step_lcg(state)
            c0 = 1 + (state >> 16) % (size - 2)
            state = step_lcg(state)
            h = 1 + (state >> 16) % 8
            state = step_lcg(state)
            w = 1 + (state >> 16) % 8
            for r in range(r0, min(r0 + h, size - 1)):
                for c in range(c0, min(c0 + w, size - 1)):
                    world[r, c] = 1
        while done_scans < scans:
            state = step_lcg(state)
            row = (state >> 16) % size
            state = step_lcg(state)
            col = (state >> 16) % size
            if world[row, col]:
                continue
            done_scans += 1
            for b in range(beams):
                angle = 2.0 * M_PI * b / beams
                end_col = <int>floor(col + max_range * cos(angle) + 0.5)
                end_row = <int>floor(row + max_range * sin(angle) + 0.5)
                touched += trace_beam(world, log_odds, col, row, end_col, end_row)
        for r in range(size):
            for c in range(size):
                value = log_odds[r, c]
                if value > 10:
                    occupied += 1
                    if world[r, c] == 1:
                        agree += 1
                elif value < -10:
                    free_cells += 1
                    if world[r, c] == 0:
                        agree += 1
                checksum = (checksum * 131 + value + 50) % 1000000007
    return (occupied, free_cells, size * size - occupied - free_cells, agree, touched, checksum)
