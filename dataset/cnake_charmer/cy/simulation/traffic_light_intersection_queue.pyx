# cython: language_level=3
"""Choosing the green split of a two-phase traffic light by simulation.

The arrival stream is packed once into a byte array (four bits per tick); each split
is simulated by a nogil cdef function whose four FIFO queues are slices of a single
int buffer with head/tail indices (a queue never holds more than `ticks` cars).

Keywords: simulation, traffic signal, queueing, signal timing, fifo queue, delay
"""

import cython
from libc.stdlib cimport malloc, free
from libc.math cimport INFINITY

from cnake_charmer.benchmarks import cython_benchmark

cdef int RATES[4]
RATES[:] = [30, 26, 14, 18]


cdef double run_split(unsigned char* arrivals, int ticks, int cycle, int g, int gap, int* qbuf, int* worst_out) noexcept nogil:
    cdef int head[4]
    cdef int tail[4]
    cdef int a, t, phase_t, q, worst = 0, lo, hi
    cdef long long waited = 0, served = 0
    for a in range(4):
        head[a] = 0
        tail[a] = 0
    for t in range(ticks):
        for a in range(4):
            if (arrivals[t] >> a) & 1:
                qbuf[a * ticks + tail[a]] = t
                tail[a] += 1
        phase_t = t % cycle
        lo = 0
        hi = 0
        if phase_t < g:
            lo = 0
            hi = 2
        elif gap <= phase_t - g < cycle - g - gap:
            lo = 2
            hi = 4
        for a in range(lo, hi):
            if head[a] < tail[a]:
                waited += t - qbuf[a * ticks + head[a]]
                head[a] += 1
                served += 1
        for a in range(4):
            q = tail[a] - head[a]
            if q > worst:
                worst = q
    worst_out[0] = worst
    return waited / <double>served if served else 0.0


@cython_benchmark(args=(40, 1200, 12))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def traffic_light_intersection_queue(int cycle, int ticks, long long seed):
    """Evaluate every green split of a `cycle`-tick signal over `ticks` ticks."""
    cdef long long state = seed & 0x7FFFFFFF
    cdef unsigned char* arrivals = <unsigned char*>malloc(ticks + 1)
    cdef int* qbuf = <int*>malloc((4 * ticks + 1) * sizeof(int))
    cdef int t, a, g, gap = 2, best_g = -1, best_queue = 0, worst
    cdef double mean, best_delay = INFINITY
    delays = []
    if arrivals == NULL or qbuf == NULL:
        free(arrivals); free(qbuf)
        raise MemoryError()
    try:
        for t in range(ticks):
            arrivals[t] = 0
            for a in range(4):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                if (state >> 16) % 100 < RATES[a]:
                    arrivals[t] |= <unsigned char>(1 << a)
        for g in range(1, cycle - 2 * gap):
            mean = run_split(arrivals, ticks, cycle, g, gap, qbuf, &worst)
            delays.append(mean)
            if mean < best_delay:
                best_g = g
                best_delay = mean
                best_queue = worst
        if best_g < 0:
            best_delay = 0.0
        return (best_g, best_delay, best_queue, delays)
    finally:
        free(arrivals); free(qbuf)
