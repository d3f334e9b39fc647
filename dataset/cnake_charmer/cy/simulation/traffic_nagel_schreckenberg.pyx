# cython: language_level=3
"""Nagel-Schreckenberg cellular automaton for traffic on a circular road.

Positions and velocities are malloc'd int arrays; the gap to the next car uses a
branch instead of a Python modulo, the LCG state is a 64-bit C integer, and the two
phases of each step (rules, then movement) are nogil C loops.

Keywords: simulation, traffic flow, nagel schreckenberg, cellular automaton, ring road
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(3000, 600, 300, 5, 25, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def traffic_nagel_schreckenberg(int length, int cars, int steps, int vmax, int slow_pct, long long seed):
    """Simulate `cars` cars on a ring of `length` cells for `steps` steps."""
    if cars > length:
        cars = length
    cdef int* pos = <int*>malloc((cars + 1) * sizeof(int))
    cdef int* vel = <int*>calloc(cars + 1, sizeof(int))
    cdef long long state = seed & 0x7FFFFFFF, speed_total = 0, passes = 0
    cdef int i, s, gap, v, nxt, new, stopped = 0
    if pos == NULL or vel == NULL:
        free(pos); free(vel)
        raise MemoryError()
    try:
        for i in range(cars):
            pos[i] = <int>(<long long>i * length // cars)
        with nogil:
            for s in range(steps):
                for i in range(cars):
                    if cars > 1:
                        nxt = pos[i + 1] if i + 1 < cars else pos[0]
                        gap = nxt - pos[i] - 1
                        if gap < 0:
                            gap += length
                    else:
                        gap = length - 1
                    v = vel[i] + 1
                    if vmax < v:
                        v = vmax
                    if gap < v:
                        v = gap
                    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                    if v > 0 and (state >> 16) % 100 < slow_pct:
                        v -= 1
                    vel[i] = v
                for i in range(cars):
                    new = pos[i] + vel[i]
                    if new >= length:
                        passes += 1
                        new -= length
                    pos[i] = new
                    speed_total += vel[i]
        for i in range(cars):
            if vel[i] == 0:
                stopped += 1
        mean_speed = speed_total / (<double>cars * steps) if cars and steps else 0.0
        flow = passes / <double>steps if steps else 0.0
        return (mean_speed, flow, stopped, [pos[i] for i in range(cars if cars < 8 else 8)])
    finally:
        free(pos); free(vel)
