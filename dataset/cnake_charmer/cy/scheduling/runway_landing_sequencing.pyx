# cython: language_level=3
"""Runway landing dispatch with enum wake classes and a static C separation table.

Wake classes are a ``cdef enum`` stored one byte per aircraft, the separation minima a
``static`` 4×4 C array, and the look-ahead window a small fixed C array compacted in
place when an aircraft leaves it. Candidate (time, target, aircraft, runway) options
are compared field by field in C, so each dispatch decision costs a few dozen integer
operations instead of tuple building; both dispatchers run without the GIL.

Keywords: scheduling, runway sequencing, aircraft landing, wake separation, dispatching, look-ahead
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef enum Wake:
    LIGHT = 0
    MEDIUM = 1
    HEAVY = 2
    SUPER = 3

cdef enum:
    MAX_DELAY = 1800
    MAX_WINDOW = 8
    MAX_RUNWAYS = 16

cdef int SEPARATION[4][4]
SEPARATION[:] = [[82, 69, 60, 60], [131, 69, 60, 60], [196, 157, 96, 96], [240, 180, 120, 120]]


cdef struct Stats:
    long long total
    long long worst
    long long diverted
    long long last


cdef Stats dispatch(const long long *target, const unsigned char *wake, int n, int runways,
                    int window, long long *landed_log, int *nlog) noexcept nogil:
    cdef long long free_at[MAX_RUNWAYS]
    cdef bint used[MAX_RUNWAYS]
    cdef unsigned char last_class[MAX_RUNWAYS]
    cdef int pending[MAX_WINDOW]
    cdef int npending = 0, head = 0, i, j, r, plane, best_i, best_r
    cdef long long t, best_t, delay
    cdef Stats s
    s.total = 0; s.worst = 0; s.diverted = 0; s.last = 0
    nlog[0] = 0
    for r in range(runways):
        used[r] = False
        last_class[r] = LIGHT
        free_at[r] = 0
    while head < n or npending > 0:
        while npending < window and head < n:
            pending[npending] = head
            npending += 1
            head += 1
        best_i = -1
        best_r = -1
        best_t = 0
        for i in range(npending):
            plane = pending[i]
            for r in range(runways):
                t = target[plane]
                if used[r] and free_at[r] + SEPARATION[last_class[r]][wake[plane]] > t:
                    t = free_at[r] + SEPARATION[last_class[r]][wake[plane]]
                if best_i < 0 or t < best_t or (t == best_t and (
                        target[plane] < target[pending[best_i]] or (target[plane] == target[pending[best_i]] and (
                            plane < pending[best_i] or (plane == pending[best_i] and r < best_r))))):
                    best_i = i
                    best_r = r
                    best_t = t
        plane = pending[best_i]
        for j in range(best_i, npending - 1):
            pending[j] = pending[j + 1]
        npending -= 1
        delay = best_t - target[plane]
        if delay > MAX_DELAY:
            s.diverted += 1
            continue
        free_at[best_r] = best_t
        used[best_r] = True
        last_class[best_r] = wake[plane]
        s.total += delay
        if delay > s.worst:
            s.worst = delay
        if best_t > s.last:
            s.last = best_t
        if nlog[0] < 6:
            landed_log[3 * nlog[0]] = plane
            landed_log[3 * nlog[0] + 1] = best_r
            landed_log[3 * nlog[0] + 2] = best_t
            nlog[0] += 1
    return s


@cython_benchmark(args=(50000, 2, 13))
@cython.boundscheck(False)
@cython.wraparound(False)
def runway_landing_sequencing(int n, int runways, long long seed):
    """Return (FCFS stats, look-ahead stats, first look-ahead landings)."""
    if runways < 1 or runways > MAX_RUNWAYS:
        raise ValueError("runways must be between 1 and 16")
    cdef long long *target = <long long *>malloc((n + 1) * sizeof(long long))
    cdef unsigned char *wake = <unsigned char *>malloc((n + 1) * sizeof(unsigned char))
    cdef long long log[18]
    cdef int nlog = 0, i, roll
    cdef long long t = 0
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef Stats fcfs, ahead
    try:
        if target == NULL or wake == NULL:
            raise MemoryError()
        with nogil:
            for i in range(n):
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                t += <long long>((state >> 16) % 110)
                target[i] = t
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                roll = <int>((state >> 16) % 100)
                if roll < 15:
                    wake[i] = LIGHT
                elif roll < 70:
                    wake[i] = MEDIUM
                elif roll < 95:
                    wake[i] = HEAVY
                else:
                    wake[i] = SUPER
            fcfs = dispatch(target, wake, n, runways, 1, log, &nlog)
            ahead = dispatch(target, wake, n, runways, 5, log, &nlog)
        return ((fcfs.total, fcfs.worst, fcfs.diverted, fcfs.last),
                (ahead.total, ahead.worst, ahead.diverted, ahead.last),
                [(<int>log[3 * i], <int>log[3 * i + 1], log[3 * i + 2]) for i in range(nlog)])
    finally:
        free(target); free(wake)
