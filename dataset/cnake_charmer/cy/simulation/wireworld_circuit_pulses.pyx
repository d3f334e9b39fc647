# cython: language_level=3
"""Wireworld cellular automaton: electron pulses circulating in wire loops.

The grid is held in two unsigned-char 2-D memoryviews with a one-cell empty border, so
the neighbour head count needs no bounds tests; generations ping-pong between the two
buffers and the head counts are C integers.

Keywords: simulation, wireworld, cellular automaton, digital logic, electrons, circuit
"""

import cython
from cython.view cimport array as cvarray

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    EMPTY = 0
    HEAD = 1
    TAIL = 2
    WIRE = 3


@cython_benchmark(args=(120, 80, 100))
@cython.boundscheck(False)
@cython.wraparound(False)
def wireworld_circuit_pulses(int width, int height, int steps):
    """Run a generated Wireworld circuit for `steps` generations."""
    cdef unsigned char[:, ::1] g = cvarray(shape=(height + 2, width + 2), itemsize=1, format="B")
    cdef unsigned char[:, ::1] h = cvarray(shape=(height + 2, width + 2), itemsize=1, format="B")
    cdef unsigned char[:, ::1] t
    cdef int x, y, top, left, s, heads, count
    cdef long long total = 0, checksum = 0
    g[:, :] = EMPTY
    for top in range(1, height - 5, 8):
        for left in range(1, width - 8, 12):
            for x in range(left, left + 9):
                g[top + 1, x + 1] = WIRE
                g[top + 5, x + 1] = WIRE
            for y in range(top, top + 5):
                g[y + 1, left + 1] = WIRE
                g[y + 1, left + 9] = WIRE
            g[top + 1, left + 2] = HEAD
            g[top + 1, left + 1] = TAIL
            if left + 12 < width - 1:
                for x in range(left + 9, left + 12):
                    g[top + 3, x + 1] = WIRE
    h[:, :] = EMPTY
    history = []
    for s in range(steps):
        count = 0
        for y in range(1, height + 1):
            for x in range(1, width + 1):
                if g[y, x] == HEAD:
                    h[y, x] = TAIL
                elif g[y, x] == TAIL:
                    h[y, x] = WIRE
                elif g[y, x] == WIRE:
                    heads = ((g[y - 1, x - 1] == HEAD) + (g[y - 1, x] == HEAD) + (g[y - 1, x + 1] == HEAD)
                             + (g[y, x - 1] == HEAD) + (g[y, x + 1] == HEAD)
                             + (g[y + 1, x - 1] == HEAD) + (g[y + 1, x] == HEAD) + (g[y + 1, x + 1] == HEAD))
                    h[y, x] = HEAD if heads == 1 or heads == 2 else WIRE
                else:
                    h[y, x] = EMPTY
                if h[y, x] == HEAD:
                    count += 1
        t = g
        g = h
        h = t
        history.append(count)
        total += count
    for y in range(height):
        for x in range(width):
            if g[y + 1, x + 1] == HEAD:
                checksum += (y * width + x) % 10007
    return (history[::max(1, steps // 10)], total, checksum)
