# cython: language_level=3
"""Ranked pairs (Tideman) across many small elections — reachability bitsets replace the DFS.

The locked graph is kept as its transitive closure: one ``uint64`` reachability mask
per candidate. A victory a->b closes a cycle exactly when b already reaches a (one bit
test); locking it ORs b's closure into every candidate that reaches a. Victories are
packed into a struct array and ordered with libc ``qsort``; ballots never leave C.

Keywords: elections, ranked pairs, Tideman, Condorcet, cycle detection, pairwise margins, locking
"""

import cython
from libc.stdlib cimport malloc, calloc, free, qsort
from libc.string cimport memset

from cnake_charmer.benchmarks import cython_benchmark

ctypedef unsigned long long u64


cdef struct Victory:
    int margin
    int a
    int b


cdef int by_margin(const void *x, const void *y) noexcept nogil:
    cdef const Victory *p = <const Victory *>x
    cdef const Victory *q = <const Victory *>y
    if p.margin != q.margin:
        return q.margin - p.margin
    if p.a != q.a:
        return p.a - q.a
    return p.b - q.b


@cython_benchmark(args=(480, 41, 9, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
def ranked_pairs_tideman_locking(int n_elections, int n_voters, int n_cands, long long seed):
    """Return (winner histogram, locked total, skipped total, first election's locks)."""
    if n_cands > 64:
        raise ValueError("at most 64 candidates")
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int n = n_cands, m = n if n > 0 else 1
    cdef int *prefer = <int *>malloc(m * m * sizeof(int))
    cdef int *order = <int *>malloc(m * sizeof(int))
    cdef int *where = <int *>malloc(m * sizeof(int))
    cdef Victory *vic = <Victory *>malloc(m * m * sizeof(Victory))
    cdef u64 reach[64]
    cdef long long *wins = <long long *>calloc(m, sizeof(long long))
    cdef int e, v, i, j, t, a, b, nv, x
    cdef long long locked_total = 0, skipped_total = 0
    cdef u64 incoming, add
    first_locks = []
    try:
        for e in range(n_elections):
            memset(prefer, 0, m * m * sizeof(int))
            for v in range(n_voters):
                for i in range(n):
                    order[i] = i
                for i in range(n - 1, 0, -1):
                    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                    j = <int>((state >> 16) % (i + 1))
                    t = order[i]; order[i] = order[j]; order[j] = t
                for i in range(n):
                    where[order[i]] = i
                for a in range(n):
                    for b in range(n):
                        if where[a] < where[b]:
                            prefer[a * n + b] += 1
            nv = 0
            for a in range(n):
                for b in range(n):
                    if prefer[a * n + b] > prefer[b * n + a]:
                        vic[nv].margin = prefer[a * n + b] - prefer[b * n + a]
                        vic[nv].a = a
                        vic[nv].b = b
                        nv += 1
            qsort(vic, nv, sizeof(Victory), by_margin)
            for i in range(n):
                reach[i] = 0
            incoming = 0
            for i in range(nv):
                a = vic[i].a
                b = vic[i].b
                if b == a or (reach[b] >> a) & 1:
                    skipped_total += 1
                    continue
                add = reach[b] | (<u64>1 << b)
                for x in range(n):
                    if x == a or (reach[x] >> a) & 1:
                        reach[x] |= add
                incoming |= <u64>1 << b
                locked_total += 1
                if e == 0:
                    first_locks.append((a, b, vic[i].margin))
            for x in range(n):
                if not (incoming >> x) & 1:
                    wins[x] += 1
                    break
        result = [wins[x] for x in range(n)]
    finally:
        free(prefer); free(order); free(where); free(vic); free(wins)
    return (result, locked_total, skipped_total, first_locks)
