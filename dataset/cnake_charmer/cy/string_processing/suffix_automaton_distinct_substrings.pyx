# cython: language_level=3
"""Suffix automaton with flat C transition tables.

States are rows of a malloc'd ``int`` array with four transitions each (the alphabet
is mapped to 0..3), plus ``len`` and ``link`` arrays; cloning a state is a 16-byte
``memcpy``. The automaton has at most 2n states, so everything is allocated up front.

Keywords: suffix automaton, distinct substrings, automata, memcpy, strings
"""

import cython
from libc.stdlib cimport malloc, free
from libc.string cimport memcpy, memset

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(40000, 6))
@cython.boundscheck(False)
@cython.wraparound(False)
def suffix_automaton_distinct_substrings(int n, int seed):
    """Return (distinct substrings, states, clones, suffix-link depth of the last state)."""
    cdef int cap = 2 * n + 2
    cdef int *tr = <int *> malloc(cap * 4 * sizeof(int))
    cdef int *ln = <int *> malloc(cap * sizeof(int))
    cdef int *lk = <int *> malloc(cap * sizeof(int))
    cdef unsigned long long state = seed
    cdef int size = 1, last = 0, cur, p, q, clone, c, i, clones = 0, depth = 0, v
    cdef long long distinct = 0
    try:
        memset(tr, -1, 4 * sizeof(int))
        ln[0] = 0
        lk[0] = -1
        with nogil:
            for i in range(n):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                c = (state >> 12) & 3
                cur = size
                size += 1
                ln[cur] = ln[last] + 1
                memset(tr + 4 * cur, -1, 4 * sizeof(int))
                p = last
                while p != -1 and tr[4 * p + c] == -1:
                    tr[4 * p + c] = cur
                    p = lk[p]
                if p == -1:
                    lk[cur] = 0
                else:
                    q = tr[4 * p + c]
                    if ln[p] + 1 == ln[q]:
                        lk[cur] = q
                    else:
                        clone = size
                        size += 1
                        ln[clone] = ln[p] + 1
                        lk[clone] = lk[q]
                        memcpy(tr + 4 * clone, tr + 4 * q, 4 * sizeof(int))
                        clones += 1
                        while p != -1 and tr[4 * p + c] == q:
                            tr[4 * p + c] = clone
                            p = lk[p]
                        lk[q] = clone
                        lk[cur] = clone
                last = cur
            for v in range(1, size):
                distinct += ln[v] - ln[lk[v]]
            v = last
            while v > 0:
                depth += 1
                v = lk[v]
        return (distinct, size, clones, depth)
    finally:
        free(tr)
        free(ln)
        free(lk)
