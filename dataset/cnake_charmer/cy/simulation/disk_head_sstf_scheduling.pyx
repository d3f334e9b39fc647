# cython: language_level=3
"""Disk-arm scheduling: FCFS versus shortest-seek-first versus the elevator (SCAN).

Pending requests are an int array kept in arrival order (removal by memmove, like
list.remove); the policy is a C enum and the pick is a single typed scan computing
distances with C abs, so no lambdas, key tuples or filtered lists are built.

Keywords: simulation, disk scheduling, sstf, scan, elevator algorithm, operating systems
"""

import cython
from libc.stdlib cimport malloc, free, labs
from libc.string cimport memmove

from cnake_charmer.benchmarks import cython_benchmark


cdef enum Policy:
    FCFS = 0
    SSTF = 1
    SCAN = 2


cdef int pick_index(int policy, int* pending, int np, long* cyl, long head, int* direction) noexcept nogil:
    cdef int k, best = -1, r
    cdef long d, bestd = 0
    cdef bint any_ahead = False
    if policy == FCFS:
        return 0
    if policy == SCAN:
        for k in range(np):
            if (cyl[pending[k]] - head) * direction[0] >= 0:
                any_ahead = True
                break
        if not any_ahead:
            direction[0] = -direction[0]
    for k in range(np):
        r = pending[k]
        if policy == SCAN and any_ahead and (cyl[r] - head) * direction[0] < 0:
            continue
        d = labs(cyl[r] - head)
        if best < 0 or d < bestd or (d == bestd and r < pending[best]):
            best = k
            bestd = d
    return best


cdef tuple run(int policy, long* arr, long* cyl, int n, long service, int* pending):
    cdef int np = 0, nxt = 0, done = 0, direction = 1, k, pick
    cdef long head = 0, clock = 0, moved = 0, total_resp = 0, worst = 0, distance, response
    while done < n:
        while nxt < n and arr[nxt] <= clock:
            pending[np] = nxt
            np += 1
            nxt += 1
        if np == 0:
            clock = arr[nxt]
            continue
        k = pick_index(policy, pending, np, cyl, head, &direction)
        pick = pending[k]
        memmove(&pending[k], &pending[k + 1], (np - k - 1) * sizeof(int))
        np -= 1
        distance = labs(cyl[pick] - head)
        moved += distance
        head = cyl[pick]
        clock += distance + service
        response = clock - arr[pick]
        total_resp += response
        if response > worst:
            worst = response
        done += 1
    return (moved, total_resp / <double>n if n else 0.0, worst)


@cython_benchmark(args=(5000, 2000, 9))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def disk_head_sstf_scheduling(int n, int cylinders_count, long long seed):
    """Compare FCFS, SSTF and SCAN on n seeded requests."""
    cdef long long state = seed & 0x7FFFFFFF
    cdef long* arr = <long*>malloc((n + 1) * sizeof(long))
    cdef long* cyl = <long*>malloc((n + 1) * sizeof(long))
    cdef int* pending = <int*>malloc((n + 1) * sizeof(int))
    cdef long t = 0
    cdef int i
    if arr == NULL or cyl == NULL or pending == NULL:
        free(arr); free(cyl); free(pending)
        raise MemoryError()
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            t += (state >> 16) % 400
            arr[i] = t
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            cyl[i] = (state >> 16) % cylinders_count
        return [run(p, arr, cyl, n, 5, pending) for p in (FCFS, SSTF, SCAN)]
    finally:
        free(arr); free(cyl); free(pending)
