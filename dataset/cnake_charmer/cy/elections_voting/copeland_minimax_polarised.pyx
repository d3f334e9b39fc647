# cython: language_level=3
"""Copeland and Minimax winners of a polarised electorate — a cdef class owns the pairwise table.

``PairTable`` allocates its C matrix in ``__cinit__`` and frees it in ``__dealloc__``;
its cdef methods record a ballot (through a position array, so no pair list is built)
and score candidates. Each voter's perturbed ballot lives in a reused C buffer.

Keywords: elections, Copeland method, Minimax, Simpson-Kramer, Condorcet winner, pairwise table, polarisation
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef class PairTable:
    cdef int n
    cdef int *beats
    cdef int *pos

    def __cinit__(self, int n):
        self.n = n
        self.beats = <int *>calloc(n * n + 1, sizeof(int))
        self.pos = <int *>malloc((n + 1) * sizeof(int))
        if self.beats == NULL or self.pos == NULL:
            raise MemoryError()

    def __dealloc__(self):
        free(self.beats)
        free(self.pos)

    @cython.boundscheck(False)
    cdef void record(self, int *ballot) noexcept:
        cdef int i, a, b, n = self.n
        for i in range(n):
            self.pos[ballot[i]] = i
        for a in range(n):
            for b in range(n):
                if self.pos[a] < self.pos[b]:
                    self.beats[a * n + b] += 1

    cdef inline int at(self, int a, int b) noexcept:
        return self.beats[a * self.n + b]

    cdef int worst_wv(self, int c) noexcept:
        cdef int o, w = 0
        for o in range(self.n):
            if self.at(o, c) > self.at(c, o) and self.at(o, c) > w:
                w = self.at(o, c)
        return w

    cdef int worst_margin(self, int c) noexcept:
        cdef int o, w = 0, first = 1
        for o in range(self.n):
            if o != c and (first or self.at(o, c) - self.at(c, o) > w):
                w = self.at(o, c) - self.at(c, o)
                first = 0
        return w


@cython_benchmark(args=(14000, 13, 23))
@cython.boundscheck(False)
@cython.wraparound(False)
def copeland_minimax_polarised(int n_voters, int n_cands, long long seed):
    """Return (copeland scores, copeland winners, minimax wv, minimax margins, condorcet)."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int n = n_cands
    cdef PairTable table = PairTable(n)
    cdef int *ballot = <int *>malloc((n + 1) * sizeof(int))
    cdef int *cope = <int *>calloc(n + 1, sizeof(int))
    cdef int v, r, i, t, a, b, top = 0, best_wv = -1, best_m = -1, s, swv = 0, sm = 0, condorcet = -1
    try:
        for v in range(n_voters):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            r = <int>((state >> 16) % 2)
            for i in range(n):
                ballot[i] = i if r == 0 else n - 1 - i
            for t in range(n):
                if n > 1:
                    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                    i = <int>((state >> 16) % (n - 1))
                    a = ballot[i]; ballot[i] = ballot[i + 1]; ballot[i + 1] = a
            table.record(ballot)
        for a in range(n):
            for b in range(a + 1, n):
                if table.at(a, b) > table.at(b, a):
                    cope[a] += 2
                elif table.at(a, b) < table.at(b, a):
                    cope[b] += 2
                else:
                    cope[a] += 1
                    cope[b] += 1
        for a in range(n):
            if cope[a] > top:
                top = cope[a]
            s = table.worst_wv(a)
            if best_wv < 0 or s < swv:
                best_wv = a
                swv = s
            s = table.worst_margin(a)
            if best_m < 0 or s < sm:
                best_m = a
                sm = s
            if condorcet < 0 and cope[a] == 2 * (n - 1):
                condorcet = a
        scores = [cope[a] for a in range(n)]
        winners = [a for a in range(n) if cope[a] == top]
    finally:
        free(ballot); free(cope)
    return (scores, winners, best_wv, best_m, condorcet)
