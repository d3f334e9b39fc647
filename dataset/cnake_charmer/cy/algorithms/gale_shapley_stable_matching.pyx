# cython: language_level=3
"""Gale-Shapley on flat n x n C int tables with a circular free queue.

Preference lists and the acceptor rank table are single PyMem_Malloc'd int blocks
indexed row * n + column; the free proposers form a ring buffer of n ints, so each
proposal is a few array reads and writes with no Python objects.

Keywords: stable matching, Gale-Shapley, deferred acceptance, preferences, classic algorithm
"""

import cython
from cpython.mem cimport PyMem_Malloc, PyMem_Free

from cnake_charmer.benchmarks import cython_benchmark


cdef unsigned long long shuffle_row(int *row, int n, unsigned long long state) noexcept nogil:
    cdef int i, j, t
    for i in range(n):
        row[i] = i
    for i in range(n - 1, 0, -1):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        j = <int>(state % <unsigned long long>(i + 1))
        t = row[i]
        row[i] = row[j]
        row[j] = t
    return state


@cython_benchmark(args=(500, 14))
@cython.boundscheck(False)
@cython.wraparound(False)
def gale_shapley_stable_matching(int n, long long seed):
    """Return (proposals, proposers matched to first choice, sum of acceptor-side ranks, partners of first 8 proposers)."""
    if n <= 0:
        return 0, 0, 0, []
    cdef Py_ssize_t nn = <Py_ssize_t>n * n
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef int i, p, a, current, head = 0, count = n
    cdef long long proposals = 0, first_choice = 0, acceptor_side = 0
    cdef int *prefs = <int *>PyMem_Malloc(nn * sizeof(int))
    cdef int *rank = <int *>PyMem_Malloc(nn * sizeof(int))
    cdef int *scratch = <int *>PyMem_Malloc(n * sizeof(int))
    cdef int *next_choice = <int *>PyMem_Malloc(n * sizeof(int))
    cdef int *partner_a = <int *>PyMem_Malloc(n * sizeof(int))
    cdef int *partner_p = <int *>PyMem_Malloc(n * sizeof(int))
    cdef int *ring = <int *>PyMem_Malloc(n * sizeof(int))
    try:
        if (prefs == NULL or rank == NULL or scratch == NULL or next_choice == NULL
                or partner_a == NULL or partner_p == NULL or ring == NULL):
            raise MemoryError()
        with nogil:
            for p in range(n):
                state = shuffle_row(prefs + <Py_ssize_t>p * n, n, state)
            for a in range(n):
                state = shuffle_row(scratch, n, state)
                for i in range(n):
                    rank[<Py_ssize_t>a * n + scratch[i]] = i
            for i in range(n):
                next_choice[i] = 0
                partner_a[i] = -1
                ring[i] = i
            while count > 0:
                p = ring[head]
                head += 1
                if head == n:
                    head = 0
                count -= 1
                a = prefs[<Py_ssize_t>p * n + next_choice[p]]
                next_choice[p] += 1
                proposals += 1
                current = partner_a[a]
                if current < 0:
                    partner_a[a] = p
                    continue
                if rank[<Py_ssize_t>a * n + p] < rank[<Py_ssize_t>a * n + current]:
                    partner_a[a] = p
                    p = current
                ring[(head + count) % n] = p
                count += 1
            for a in range(n):
                partner_p[partner_a[a]] = a
                acceptor_side += rank[<Py_ssize_t>a * n + partner_a[a]]
            for p in range(n):
                if prefs[<Py_ssize_t>p * n] == partner_p[p]:
                    first_choice += 1
        return proposals, first_choice, acceptor_side, [partner_p[i] for i in range(min(8, n))]
    finally:
        PyMem_Free(prefs)
        PyMem_Free(rank)
        PyMem_Free(scratch)
        PyMem_Free(next_choice)
        PyMem_Free(partner_a)
        PyMem_Free(partner_p)
        PyMem_Free(ring)
