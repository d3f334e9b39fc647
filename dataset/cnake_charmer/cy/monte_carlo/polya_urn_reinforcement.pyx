# cython: language_level=3
"""Polya urn with a cdef-class urn backed by a growable C int array.

The urn is an extension type storing ball colours in a realloc-grown C array plus a
per-colour count table; drawing and reinforcing are cdef methods, and the class
exposes ``__len__`` (balls in the urn) and ``__getitem__`` (count of a colour), so the
Python-visible interface mirrors a list while the hot loop stays in C.

Keywords: monte carlo, polya urn, reinforcement, dirichlet, stochastic process
"""

from libc.stdlib cimport malloc, realloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef class Urn:
    cdef int *balls
    cdef long *counts
    cdef long size
    cdef long cap
    cdef int colours

    def __cinit__(self, int colours, long capacity):
        self.colours = colours
        self.cap = capacity if capacity > colours else colours
        self.balls = <int *>malloc(self.cap * sizeof(int))
        self.counts = <long *>calloc(colours, sizeof(long))
        if self.balls == NULL or self.counts == NULL:
            raise MemoryError()

    def __dealloc__(self):
        free(self.balls)
        free(self.counts)

    def __len__(self):
        return self.size

    def __getitem__(self, int colour):
        return self.counts[colour]

    cdef void reset(self) noexcept:
        cdef int c
        self.size = 0
        for c in range(self.colours):
            self.balls[self.size] = c
            self.size += 1
            self.counts[c] = 1

    cdef int add(self, int colour, int copies) except -1:
        cdef int k
        cdef int *grown
        if self.size + copies > self.cap:
            while self.size + copies > self.cap:
                self.cap *= 2
            grown = <int *>realloc(self.balls, self.cap * sizeof(int))
            if grown == NULL:
                raise MemoryError()
            self.balls = grown
        for k in range(copies):
            self.balls[self.size] = colour
            self.size += 1
        self.counts[colour] += copies
        return 0


@cython_benchmark(args=(800, 400, 3, 1, 5))
def polya_urn_reinforcement(int urns, int draws, int colours, int reinforce, long seed):
    """Return (10-bin histogram of colour 0's share, mean share per colour, dominance counts)."""
    if colours <= 0:
        raise ValueError("need at least one colour")
    cdef Urn urn = Urn(colours, colours + <long>draws * (reinforce if reinforce > 0 else 0) + 1)
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int u, d, c, picked, k
    cdef double share
    cdef long total
    cdef int hist[10]
    share_sums = [0.0] * colours
    dominant = [0] * colours
    for k in range(10):
        hist[k] = 0
    for u in range(urns):
        urn.reset()
        for d in range(draws):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            picked = urn.balls[(state >> 8) % <unsigned long long>urn.size]
            if reinforce > 0:
                urn.add(picked, reinforce)
        total = len(urn)
        for c in range(colours):
            share = urn.counts[c] / <double>total
            share_sums[c] += share
            if share > 0.5:
                dominant[c] += 1
        k = <int>(urn[0] / <double>total * 10)
        hist[k if k < 9 else 9] += 1
    means = [s / urns for s in share_sums] if urns > 0 else [0.0] * colours
    return [hist[k] for k in range(10)], means, dominant
