# cython: language_level=3
"""Serial SGS for RCPSP over a time-major C resource profile with skip-ahead search.

The resource profile is one C array indexed [time][resource], so testing a start time
touches contiguous memory; when the window starting at t collides at t+k, no start in
(t, t+k] can fit either, so the search jumps straight to t+k+1. Demands sit in a 2-D
``cython.view`` array read through an ``int[:, ::1]`` memoryview, the eligible set is
a swap-remove C list scanned by precomputed (key, index) priorities, and successors
are compressed into CSR arrays.

Keywords: scheduling, rcpsp, serial schedule generation, resource constrained, project scheduling, priority rules
"""

import cython
from cython.view cimport array as cvarray
from libc.stdlib cimport malloc, calloc, free
from libc.string cimport memset

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    CAPACITY = 10
    RESOURCES = 4


cdef inline int draw(unsigned long long *state, int k) noexcept nogil:
    state[0] = (state[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <int>((state[0] >> 16) % <unsigned long long>k)


cdef long serial_sgs(int n, const int *duration, int[:, ::1] demand, const int *pred_start,
                     const int *pred, const int *succ_start, const int *succ, const long *key,
                     int horizon, int *usage, int *missing, int *eligible, long *start) noexcept nogil:
    cdef int a, i, k, r, e, best_i, count = 0, fits
    cdef long t, f, span = 0
    memset(usage, 0, (<size_t>horizon + 1) * RESOURCES * sizeof(int))
    for a in range(n):
        missing[a] = pred_start[a + 1] - pred_start[a]
        if missing[a] == 0:
            eligible[count] = a
            count += 1
    while count > 0:
        best_i = 0
        for i in range(1, count):
            if key[eligible[i]] < key[eligible[best_i]] or (
                    key[eligible[i]] == key[eligible[best_i]] and eligible[i] < eligible[best_i]):
                best_i = i
        a = eligible[best_i]
        count -= 1
        eligible[best_i] = eligible[count]
        t = 0
        for e in range(pred_start[a], pred_start[a + 1]):
            f = start[pred[e]] + duration[pred[e]]
            if f > t:
                t = f
        k = 0
        while k < duration[a]:
            fits = 1
            for r in range(RESOURCES):
                if usage[(t + k) * RESOURCES + r] + demand[a, r] > CAPACITY:
                    fits = 0
                    break
            if fits:
                k += 1
            else:
                t = t + k + 1
                k = 0
        start[a] = t
        for k in range(duration[a]):
            for r in range(RESOURCES):
                usage[(t + k) * RESOURCES + r] += demand[a, r]
        if t + duration[a] > span:
            span = t + duration[a]
        for e in range(succ_start[a], succ_start[a + 1]):
            missing[succ[e]] -= 1
            if missing[succ[e]] == 0:
                eligible[count] = succ[e]
                count += 1
    return span


@cython_benchmark(args=(500, 29))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def rcpsp_serial_schedule_generation(int n, long long seed):
    """Return (LFT makespan, LFT checksum, GRPW makespan, GRPW checksum, LFT utilisation, first LFT starts)."""
    if n <= 0:
        return (0, 0, 0, 0, 0.0, [])
    cdef cvarray demand_store = cvarray(shape=(n, RESOURCES), itemsize=sizeof(int), format="i")
    cdef int[:, ::1] demand = demand_store
    cdef int *duration = <int *>malloc(n * sizeof(int))
    cdef int *pred_start = <int *>calloc(n + 1, sizeof(int))
    cdef int *pred = <int *>malloc((2 * n + 1) * sizeof(int))
    cdef int *succ_start = <int *>calloc(n + 1, sizeof(int))
    cdef int *succ = <int *>malloc((2 * n + 1) * sizeof(int))
    cdef int *fill = <int *>malloc((n + 1) * sizeof(int))
    cdef long *lft = <long *>malloc(n * sizeof(long))
    cdef long *grpw = <long *>malloc(n * sizeof(long))
    cdef int *missing = <int *>malloc(n * sizeof(int))
    cdef int *eligible = <int *>malloc(n * sizeof(int))
    cdef long *start = <long *>malloc(n * sizeof(long))
    cdef int *usage = NULL
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int a, r, e, cnt, p0, p1, s, horizon = 0, nedges = 0
    cdef long lft_span, grpw_span, lft_sum = 0, grpw_sum = 0, work = 0, v, demand_sum
    first = []
    try:
        if (duration == NULL or pred_start == NULL or pred == NULL or succ_start == NULL or succ == NULL
                or fill == NULL or lft == NULL or grpw == NULL or missing == NULL or eligible == NULL
                or start == NULL):
            raise MemoryError()
        for a in range(n):
            duration[a] = 1 + draw(&state, 10)
            horizon += duration[a]
            for r in range(RESOURCES):
                demand[a, r] = draw(&state, 6)
            pred_start[a] = nedges
            if a > 0:
                cnt = draw(&state, 3)
                if cnt == 1:
                    pred[nedges] = draw(&state, a)
                    nedges += 1
                elif cnt == 2:
                    p0 = draw(&state, a)
                    p1 = draw(&state, a)
                    if p0 == p1:
                        pred[nedges] = p0
                        nedges += 1
                    else:
                        pred[nedges] = p0 if p0 < p1 else p1
                        pred[nedges + 1] = p1 if p0 < p1 else p0
                        nedges += 2
        pred_start[n] = nedges
        usage = <int *>malloc((<size_t>horizon + 1) * RESOURCES * sizeof(int))
        if usage == NULL:
            raise MemoryError()
        with nogil:
            for e in range(nedges):
                succ_start[pred[e] + 1] += 1
            for a in range(n):
                succ_start[a + 1] += succ_start[a]
                fill[a] = succ_start[a]
            for a in range(n):
                for e in range(pred_start[a], pred_start[a + 1]):
                    succ[fill[pred[e]]] = a
                    fill[pred[e]] += 1
            for a in range(n - 1, -1, -1):
                v = horizon
                for e in range(succ_start[a], succ_start[a + 1]):
                    s = succ[e]
                    if lft[s] - duration[s] < v:
                        v = lft[s] - duration[s]
                lft[a] = v
                v = duration[a]
                for e in range(succ_start[a], succ_start[a + 1]):
                    v += duration[succ[e]]
                grpw[a] = -v
            grpw_span = serial_sgs(n, duration, demand, pred_start, pred, succ_start, succ, grpw,
                                   horizon, usage, missing, eligible, start)
            for a in range(n):
                grpw_sum = (grpw_sum * 257 + start[a]) % 1000000007
            lft_span = serial_sgs(n, duration, demand, pred_start, pred, succ_start, succ, lft,
                                  horizon, usage, missing, eligible, start)
            for a in range(n):
                lft_sum = (lft_sum * 257 + start[a]) % 1000000007
                demand_sum = 0
                for r in range(RESOURCES):
                    demand_sum += demand[a, r]
                work += duration[a] * demand_sum
        for a in range(n if n < 8 else 8):
            first.append(start[a])
        return (lft_span, lft_sum, grpw_span, grpw_sum, work / <double>(lft_span * CAPACITY * RESOURCES), first)
    finally:
        free(duration); free(pred_start); free(pred); free(succ_start); free(succ); free(fill)
        free(lft); free(grpw); free(missing); free(eligible); free(start); free(usage)
