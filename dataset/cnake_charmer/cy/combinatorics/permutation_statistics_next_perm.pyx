# cython: language_level=3
"""Permutation statistics with an in-place next-permutation walker class hierarchy.

``PermutationWalker`` holds the permutation in a C int array and advances it in
lexicographic order in place (no tuples); ``StatisticsWalker`` inherits it and adds
cycle counting with a reusable C "seen" buffer, so each permutation costs only a few
C loops.

Keywords: combinatorics, permutations, derangements, cycles, eulerian numbers, enumeration
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef class PermutationWalker:
    cdef int n
    cdef int *perm

    def __cinit__(self, int n):
        self.n = n
        self.perm = <int *>malloc((n + 1) * sizeof(int))
        if self.perm == NULL:
            raise MemoryError()
        cdef int i
        for i in range(n):
            self.perm[i] = i

    def __dealloc__(self):
        free(self.perm)

    @cython.boundscheck(False)
    cdef bint advance(self) noexcept:
        cdef int *p = self.perm
        cdef int i = self.n - 2, j, t
        while i >= 0 and p[i] >= p[i + 1]:
            i -= 1
        if i < 0:
            return False
        j = self.n - 1
        while p[j] <= p[i]:
            j -= 1
        t = p[i]; p[i] = p[j]; p[j] = t
        i += 1
        j = self.n - 1
        while i < j:
            t = p[i]; p[i] = p[j]; p[j] = t
            i += 1
            j -= 1
        return True


cdef class StatisticsWalker(PermutationWalker):
    cdef char *seen

    def __cinit__(self, int n):
        self.seen = <char *>calloc(n + 1, 1)
        if self.seen == NULL:
            raise MemoryError()

    def __dealloc__(self):
        free(self.seen)

    @cython.boundscheck(False)
    cdef int cycles(self) noexcept:
        cdef int i, j, count = 0
        for i in range(self.n):
            self.seen[i] = 0
        for i in range(self.n):
            if not self.seen[i]:
                count += 1
                j = i
                while not self.seen[j]:
                    self.seen[j] = 1
                    j = self.perm[j]
        return count


@cython_benchmark(args=(8,))
@cython.boundscheck(False)
@cython.wraparound(False)
def permutation_statistics_next_perm(int n):
    """Return (derangements, single-cycle permutations, total fixed points, ascent histogram)."""
    cdef StatisticsWalker walker = StatisticsWalker(n)
    cdef long long derangements = 0, cyclic = 0, fixed_total = 0
    cdef long long *ascents = <long long *>calloc(n + 1, sizeof(long long))
    cdef int i, fixed, up
    cdef int *p = walker.perm
    try:
        while True:
            fixed = 0
            up = 0
            for i in range(n):
                if p[i] == i:
                    fixed += 1
                if i + 1 < n and p[i] < p[i + 1]:
                    up += 1
            fixed_total += fixed
            if fixed == 0:
                derangements += 1
            if walker.cycles() == 1:
                cyclic += 1
            ascents[up] += 1
            if not walker.advance():
                break
        hist = [ascents[i] for i in range(max(n, 1))]
    finally:
        free(ascents)
    return (derangements, cyclic, fixed_total, hist)
