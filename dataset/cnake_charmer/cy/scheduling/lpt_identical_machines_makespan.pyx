# cython: language_level=3
"""LPT and list scheduling with libc qsort and an in-place C heap of machine loads.

Jobs are C structs sorted by ``qsort`` through a ``cdef`` comparison function
(decreasing length, then index — Python's sort key). Machine availability is a binary
min-heap of (load, machine) structs over a C array; each assignment rewrites the root
and sifts it down once, the equivalent of ``heapq.heapreplace``.

Keywords: scheduling, list scheduling, lpt, makespan, identical parallel machines, heap, greedy
"""

import cython
from libc.stdlib cimport malloc, free, qsort

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Job:
    int length
    int index


cdef struct Slot:
    long long load
    int machine


cdef int by_length_desc(const void *a, const void *b) noexcept nogil:
    cdef const Job *x = <const Job *>a
    cdef const Job *y = <const Job *>b
    if x.length != y.length:
        return -1 if x.length > y.length else 1
    return -1 if x.index < y.index else (1 if x.index > y.index else 0)


cdef inline bint slot_less(Slot a, Slot b) noexcept nogil:
    return a.load < b.load or (a.load == b.load and a.machine < b.machine)


cdef inline void replace_root(Slot *heap, int m, Slot s) noexcept nogil:
    cdef int i = 0, child
    while True:
        child = 2 * i + 1
        if child >= m:
            break
        if child + 1 < m and slot_less(heap[child + 1], heap[child]):
            child += 1
        if not slot_less(heap[child], s):
            break
        heap[i] = heap[child]
        i = child
    heap[i] = s


cdef long long schedule(const Job *jobs, int n, int m, Slot *heap, long long *loads,
                        int *assignment) noexcept nogil:
    cdef int i, k, machine
    cdef long long best = 0
    cdef Slot s
    for k in range(m):
        heap[k].load = 0
        heap[k].machine = k
        loads[k] = 0
    for i in range(n):
        machine = heap[0].machine
        assignment[jobs[i].index] = machine
        loads[machine] = heap[0].load + jobs[i].length
        s.load = loads[machine]
        s.machine = machine
        replace_root(heap, m, s)
    for k in range(m):
        if loads[k] > best:
            best = loads[k]
    return best


@cython_benchmark(args=(100000, 37, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
def lpt_identical_machines_makespan(int n, int m, long long seed):
    """Return (LPT makespan, list makespan, lower bound, assignment checksum, load spread, machine 0's first jobs)."""
    cdef Job *jobs = <Job *>malloc((n + 1) * sizeof(Job))
    cdef Slot *heap = <Slot *>malloc((m + 1) * sizeof(Slot))
    cdef long long *loads = <long long *>malloc((m + 1) * sizeof(long long))
    cdef int *assignment = <int *>malloc((n + 1) * sizeof(int))
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef long long total = 0, longest = 0, lpt, plain, lower, checksum = 0, lightest
    cdef int i, k
    try:
        if jobs == NULL or heap == NULL or loads == NULL or assignment == NULL:
            raise MemoryError()
        with nogil:
            for i in range(n):
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                jobs[i].length = 1 + <int>((state >> 16) % 1000)
                jobs[i].index = i
                total += jobs[i].length
                if jobs[i].length > longest:
                    longest = jobs[i].length
            plain = schedule(jobs, n, m, heap, loads, assignment)
            qsort(jobs, n, sizeof(Job), by_length_desc)
            lpt = schedule(jobs, n, m, heap, loads, assignment)
            lower = (total + m - 1) // m
            if longest > lower:
                lower = longest
            for i in range(n):
                checksum = (checksum * 1000003 + assignment[i] * 7 + i) % 2147483647
            lightest = loads[0]
            for k in range(m):
                if loads[k] < lightest:
                    lightest = loads[k]
        first_jobs = []
        for i in range(n):
            if assignment[jobs[i].index] == 0:
                first_jobs.append(jobs[i].index)
                if len(first_jobs) == 6:
                    break
        return (lpt, plain, lower, checksum, lpt - lightest, first_jobs)
    finally:
        free(jobs); free(heap); free(loads); free(assignment)
