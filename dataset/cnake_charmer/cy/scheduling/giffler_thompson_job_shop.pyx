# cython: language_level=3
"""Giffler-Thompson job-shop scheduling over flat C arrays with an enum-selected rule.

Routes, durations and start times are flat ``n × m`` C arrays. Each step makes one
pass over the jobs to find (C*, machine, job) lexicographically, and a second pass
over the conflict set on that machine keyed by the dispatching rule, chosen through a
``cdef enum`` — no per-step lists, tuples or lambdas. Both rules run without the GIL.

Keywords: scheduling, job shop, giffler thompson, active schedule, dispatching rules, makespan
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef enum Rule:
    SPT = 0
    MWKR = 1


cdef struct Outcome:
    long makespan
    long flow
    long checksum


cdef Outcome active_schedule(const int *route, const int *proc, int n, int m, Rule rule,
                             int *step, long *job_ready, long *machine_ready, long *work_left,
                             long *starts, int *log, int *nlog) noexcept nogil:
    cdef int job, machine, k, op, m_star, pick, total = n * m
    cdef long start, c, c_star, key, best_key, duration
    cdef Outcome out
    for job in range(n):
        step[job] = 0
        job_ready[job] = 0
        work_left[job] = 0
        for k in range(m):
            work_left[job] += proc[job * m + k]
    for k in range(m):
        machine_ready[k] = 0
    nlog[0] = 0
    for op in range(total):
        c_star = -1
        m_star = -1
        for job in range(n):
            if step[job] < m:
                machine = route[job * m + step[job]]
                start = job_ready[job] if job_ready[job] > machine_ready[machine] else machine_ready[machine]
                c = start + proc[job * m + step[job]]
                if c_star < 0 or c < c_star or (c == c_star and machine < m_star):
                    c_star = c
                    m_star = machine
        pick = -1
        best_key = 0
        for job in range(n):
            if step[job] < m and route[job * m + step[job]] == m_star:
                start = job_ready[job] if job_ready[job] > machine_ready[m_star] else machine_ready[m_star]
                if start < c_star:
                    if rule == SPT:
                        key = proc[job * m + step[job]]
                    else:
                        key = -work_left[job]
                    if pick < 0 or key < best_key:
                        pick = job
                        best_key = key
        job = pick
        start = job_ready[job] if job_ready[job] > machine_ready[m_star] else machine_ready[m_star]
        duration = proc[job * m + step[job]]
        starts[job * m + m_star] = start
        if nlog[0] < 8:
            log[3 * nlog[0]] = job
            log[3 * nlog[0] + 1] = m_star
            log[3 * nlog[0] + 2] = <int>start
            nlog[0] += 1
        job_ready[job] = start + duration
        machine_ready[m_star] = start + duration
        work_left[job] -= duration
        step[job] += 1
    out.makespan = 0
    out.flow = 0
    out.checksum = 0
    for job in range(n):
        out.flow += job_ready[job]
        if job_ready[job] > out.makespan:
            out.makespan = job_ready[job]
    for k in range(total):
        out.checksum = (out.checksum * 131 + starts[k] + 7 * (k // m) + k % m) % 1000000007
    return out


@cython_benchmark(args=(100, 15, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def giffler_thompson_job_shop(int n, int m, long long seed):
    """Return ((makespan, flow, checksum) for SPT, the same for MWKR, first MWKR operations)."""
    cdef Py_ssize_t cells = <Py_ssize_t>n * m + 1
    cdef int *route = <int *>malloc(cells * sizeof(int))
    cdef int *proc = <int *>malloc(cells * sizeof(int))
    cdef long *starts = <long *>malloc(cells * sizeof(long))
    cdef int *step = <int *>malloc((n + 1) * sizeof(int))
    cdef long *job_ready = <long *>malloc((n + 1) * sizeof(long))
    cdef long *work_left = <long *>malloc((n + 1) * sizeof(long))
    cdef long *machine_ready = <long *>malloc((m + 1) * sizeof(long))
    cdef int log[24]
    cdef int nlog = 0, job, i, j, tmp
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef Outcome spt, mwkr
    try:
        if (route == NULL or proc == NULL or starts == NULL or step == NULL or job_ready == NULL
                or work_left == NULL or machine_ready == NULL):
            raise MemoryError()
        with nogil:
            for job in range(n):
                for i in range(m):
                    route[job * m + i] = i
                for i in range(m - 1, 0, -1):
                    state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                    j = <int>((state >> 16) % <unsigned long long>(i + 1))
                    tmp = route[job * m + i]
                    route[job * m + i] = route[job * m + j]
                    route[job * m + j] = tmp
                for i in range(m):
                    state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                    proc[job * m + i] = 1 + <int>((state >> 16) % 99)
            spt = active_schedule(route, proc, n, m, SPT, step, job_ready, machine_ready, work_left,
                                  starts, log, &nlog)
            mwkr = active_schedule(route, proc, n, m, MWKR, step, job_ready, machine_ready, work_left,
                                   starts, log, &nlog)
        return ((spt.makespan, spt.flow, spt.checksum), (mwkr.makespan, mwkr.flow, mwkr.checksum),
                [(log[3 * i], log[3 * i + 1], log[3 * i + 2]) for i in range(nlog)])
    finally:
        free(route); free(proc); free(starts); free(step); free(job_ready); free(work_left); free(machine_ready)
