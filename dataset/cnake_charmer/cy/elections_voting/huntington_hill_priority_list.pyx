# cython: language_level=3
"""Huntington-Hill apportionment from the priority-value list — a C binary heap of structs with replace-top.

Entries (priority, state) live in a malloc'd struct array ordered as a max-heap by
priority then lower state. Awarding a seat updates the top entry in place and sifts
it down once (pop and push fused), all inside ``nogil`` with ``libc.math.sqrt``.

Keywords: elections, apportionment, Huntington-Hill, equal proportions, priority values, geometric mean, heap
"""

import cython
from libc.math cimport sqrt
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Entry:
    double prio
    int state


cdef inline bint above(Entry *a, Entry *b) noexcept nogil:
    return a.prio > b.prio or (a.prio == b.prio and a.state < b.state)


cdef void sift_down(Entry *h, int n, int i) noexcept nogil:
    cdef Entry item = h[i]
    cdef int child
    while True:
        child = 2 * i + 1
        if child >= n:
            break
        if child + 1 < n and above(&h[child + 1], &h[child]):
            child += 1
        if not above(&h[child], &item):
            break
        h[i] = h[child]
        i = child
    h[i] = item


@cython_benchmark(args=(300, 250000, 12))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def huntington_hill_priority_list(int n_states, int house, long long seed):
    """Return (seats, sampled priority values, last awarded (state, value), next in line)."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int n = n_states, s, number, i
    cdef long long a, b
    if n == 0:
        return ([], [], (-1, 0.0), -1)
    cdef double *pops = <double *>malloc(n * sizeof(double))
    cdef long long *seats = <long long *>malloc(n * sizeof(long long))
    cdef Entry *heap = <Entry *>malloc(n * sizeof(Entry))
    cdef int *sample_state = <int *>malloc((house // 500 + 1) * sizeof(int))
    cdef int *sample_no = <int *>malloc((house // 500 + 1) * sizeof(int))
    cdef double *sample_val = <double *>malloc((house // 500 + 1) * sizeof(double))
    cdef int n_samples = 0, last_state = -1
    cdef double last_val = 0.0, k
    try:
        for s in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            a = <long long>((state >> 16) % 30000)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            b = <long long>((state >> 16) % 400)
            pops[s] = <double>(50000 + a * b)
            seats[s] = 1
            heap[s].prio = pops[s] / sqrt(2.0)
            heap[s].state = s
        with nogil:
            for i in range(n // 2 - 1, -1, -1):
                sift_down(heap, n, i)
            for number in range(n + 1, house + 1):
                s = heap[0].state
                seats[s] += 1
                last_state = s
                last_val = heap[0].prio
                if number % 500 == 0:
                    sample_no[n_samples] = number
                    sample_state[n_samples] = s
                    sample_val[n_samples] = last_val
                    n_samples += 1
                k = <double>seats[s]
                heap[0].prio = pops[s] / sqrt(k * (k + 1.0))
                sift_down(heap, n, 0)
        result = ([seats[s] for s in range(n)],
                  [(sample_no[i], sample_state[i], sample_val[i]) for i in range(n_samples)],
                  (last_state, last_val), heap[0].state)
    finally:
        free(pops); free(seats); free(heap); free(sample_state); free(sample_no); free(sample_val)
    return result
