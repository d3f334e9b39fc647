# cython: language_level=3
"""Approximate COUNT(DISTINCT user) per page with HyperLogLog sketches, plus unions — byte registers and clz.

All sketches share one ``uint8`` register block (page-major). The hash is an inline
splitmix64 finalizer on ``uint64``, the rank is ``__builtin_clzll`` of the tail bits,
and the harmonic-mean sum reads 2^-r from a precomputed table of exact powers of two
in the same register order as the Python loop. Merging sketches is a byte-wise max
into a scratch block. The event loop runs without the GIL.

Keywords: databases, hyperloglog, approximate count distinct, cardinality estimation, sketch, group by, hashing
"""

import cython
from libc.stdlib cimport malloc, calloc, free
from libc.math cimport log, ldexp

from cnake_charmer.benchmarks import cython_benchmark

ctypedef unsigned long long u64
ctypedef unsigned char u8

cdef extern from *:
    int __builtin_clzll(unsigned long long) nogil

cdef double POW2NEG[66]
cdef int _r
for _r in range(66):
    POW2NEG[_r] = ldexp(1.0, -_r)


cdef inline u64 mix64(u64 x) noexcept nogil:
    x = x + 0x9E3779B97F4A7C15ULL
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL
    return x ^ (x >> 31)


cdef double estimate(u8 *registers, Py_ssize_t m) noexcept nogil:
    cdef double alpha = 0.7213 / (1.0 + 1.079 / <double>m)
    cdef double z = 0.0, e
    cdef Py_ssize_t i, zeros = 0
    for i in range(m):
        z += POW2NEG[registers[i]]
        if registers[i] == 0:
            zeros += 1
    e = alpha * <double>m * <double>m / z
    if e <= 2.5 * <double>m and zeros > 0:
        e = <double>m * log(<double>m / <double>zeros)
    return e


cdef inline u64 draw(u64 *state, u64 k) noexcept nogil:
    state[0] = state[0] * 6364136223846793005ULL + 1442695040888963407ULL
    return (state[0] >> 33) % k


@cython_benchmark(args=(140000, 16, 10, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def hyperloglog_group_distinct(int events, int pages, int precision, long long seed):
    """Return (estimate per page, union estimate, overlap of pages 0 and 1, union register histogram)."""
    cdef u64 state = <u64>seed
    cdef Py_ssize_t m = 1 << precision, i, idx
    cdef int tail_bits = 64 - precision, p, rank
    cdef u64 a, b, user, h, rest, tail_mask = (1ULL << tail_bits) - 1
    cdef u8 *regs = <u8 *>calloc(pages * m + 1, sizeof(u8))
    cdef u8 *union_regs = <u8 *>calloc(m, sizeof(u8))
    cdef u8 *pair_regs = <u8 *>calloc(m, sizeof(u8))
    cdef u8 *row
    cdef double *per_page = <double *>malloc((pages + 1) * sizeof(double))
    cdef double union_est, pair_est, overlap
    cdef long long half = events // 2
    try:
        if not (regs and union_regs and pair_regs and per_page):
            raise MemoryError()
        with nogil:
            for i in range(events):
                a = draw(&state, <u64>pages)
                b = draw(&state, <u64>pages)
                p = <int>(a if a < b else b)
                user = draw(&state, <u64>(1 + half // (p + 1)))
                h = mix64(user)
                idx = <Py_ssize_t>(h >> tail_bits)
                rest = h & tail_mask
                if rest == 0:
                    rank = tail_bits + 1
                else:
                    rank = __builtin_clzll(rest) - precision + 1
                row = regs + p * m
                if rank > row[idx]:
                    row[idx] = <u8>rank
            for p in range(pages):
                row = regs + p * m
                per_page[p] = estimate(row, m)
                for i in range(m):
                    if row[i] > union_regs[i]:
                        union_regs[i] = row[i]
            union_est = estimate(union_regs, m)
            for i in range(m):
                a = regs[i]
                b = regs[m + i] if pages > 1 else regs[i]
                pair_regs[i] = <u8>(a if a > b else b)
            overlap = per_page[0] + (per_page[1] if pages > 1 else per_page[0]) - estimate(pair_regs, m)
        histogram = [0] * (tail_bits + 2)
        for i in range(m):
            histogram[union_regs[i]] += 1
        return [per_page[p] for p in range(pages)], union_est, overlap, histogram
    finally:
        free(regs); free(union_regs); free(pair_regs); free(per_page)
