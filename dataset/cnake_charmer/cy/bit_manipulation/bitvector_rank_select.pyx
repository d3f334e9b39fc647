# cython: language_level=3
"""Rank/select bit vector as a cdef class with hardware popcount.

RankSelect owns the uint64_t words and uint64_t prefix counts (allocated in __cinit__,
freed in __dealloc__). Rank is a prefix lookup plus one masked popcount; select
binary-searches the prefixes in C and then drops the lowest set bit of the word
`remaining` times before taking count-trailing-zeros, instead of scanning bit by bit.

Keywords: rank, select, succinct data structure, bit vector, popcount
"""

import cython
from libc.stdint cimport uint64_t
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef extern from *:
    int __builtin_popcountll(unsigned long long x) nogil
    int __builtin_ctzll(unsigned long long x) nogil


cdef class RankSelect:
    cdef uint64_t *words
    cdef uint64_t *prefix
    cdef Py_ssize_t n

    def __cinit__(self, Py_ssize_t n):
        self.n = n
        self.words = <uint64_t *>malloc((n + 1) * sizeof(uint64_t))
        self.prefix = <uint64_t *>malloc((n + 1) * sizeof(uint64_t))
        if self.words == NULL or self.prefix == NULL:
            raise MemoryError()

    def __dealloc__(self):
        free(self.words)
        free(self.prefix)

    cdef void build(self) noexcept:
        cdef Py_ssize_t i
        self.prefix[0] = 0
        for i in range(self.n):
            self.prefix[i + 1] = self.prefix[i] + __builtin_popcountll(self.words[i])

    cdef inline uint64_t rank(self, uint64_t i) noexcept:
        cdef uint64_t w = i >> 6, b = i & 63
        if <Py_ssize_t>w >= self.n:
            return self.prefix[w]
        return self.prefix[w] + __builtin_popcountll(self.words[w] & (((<uint64_t>1) << b) - 1))

    cdef inline long long select(self, uint64_t k) noexcept:
        cdef Py_ssize_t lo = 0, hi = self.n, mid
        cdef uint64_t word, remaining
        while lo < hi:
            mid = (lo + hi + 1) >> 1
            if self.prefix[mid] <= k:
                lo = mid
            else:
                hi = mid - 1
        remaining = k - self.prefix[lo]
        word = self.words[lo]
        while remaining:
            word &= word - 1
            remaining -= 1
        return 64 * lo + __builtin_ctzll(word)


@cython_benchmark(args=(60000, 30000, 9))
@cython.boundscheck(False)
@cython.wraparound(False)
def bitvector_rank_select(Py_ssize_t n_words, long queries, long long seed):
    """Return (rank checksum, select checksum, first 5 ranks, first 5 selects)."""
    cdef Py_ssize_t nw = n_words if n_words > 0 else 0, i
    cdef RankSelect bv = RankSelect(nw)
    cdef uint64_t state = <uint64_t>(seed & 0x7FFFFFFF) | 1
    cdef uint64_t nbits = 64 * <uint64_t>nw, total, pos, r, k
    cdef long long s, rank_sum = 0, select_sum = 0
    cdef long q
    cdef list ranks = [], selects = []
    for i in range(nw):
        state = state * 6364136223846793005ULL + 1442695040888963407ULL
        bv.words[i] = state & (state >> 9)
    bv.build()
    total = bv.prefix[nw]
    for q in range(queries):
        state = state * 6364136223846793005ULL + 1442695040888963407ULL
        pos = (state >> 20) % (nbits + 1)
        r = bv.rank(pos)
        rank_sum = (rank_sum * 31 + <long long>r) % 1000000007
        if total:
            k = (state >> 3) % total
            s = bv.select(k)
        else:
            s = -1
        select_sum = (select_sum * 31 + s + 1) % 1000000007
        if q < 5:
            ranks.append(r)
            selects.append(s)
    return rank_sum, select_sum, ranks, selects
