# cython: language_level=3
"""GF(2) 64 x 64 matrix power with uint64_t rows in fixed C arrays.

Matrices are uint64_t[64] C arrays passed by pointer; multiplication walks only the
set bits of each row using count-trailing-zeros, matrix-vector products use the
popcount builtin for the parities, and Gaussian elimination for the rank works in
place on a copied row array.

Keywords: GF(2), bit matrix, matrix exponentiation, xorshift, jump ahead
"""

import cython
from libc.stdint cimport uint64_t
from libc.string cimport memcpy

from cnake_charmer.benchmarks import cython_benchmark


cdef extern from *:
    int __builtin_ctzll(unsigned long long x) nogil
    int __builtin_popcountll(unsigned long long x) nogil


cdef inline uint64_t step(uint64_t x) noexcept nogil:
    x ^= x << 13
    x ^= x >> 7
    x ^= x << 17
    return x


cdef void mat_mul(const uint64_t *a, const uint64_t *b, uint64_t *out) noexcept nogil:
    cdef uint64_t tmp[64]
    cdef uint64_t row, acc
    cdef int i
    for i in range(64):
        row = a[i]
        acc = 0
        while row:
            acc ^= b[__builtin_ctzll(row)]
            row &= row - 1
        tmp[i] = acc
    memcpy(out, tmp, sizeof(tmp))


cdef inline uint64_t mat_apply(const uint64_t *m, uint64_t v) noexcept nogil:
    cdef uint64_t out = 0
    cdef int i
    for i in range(64):
        out |= (<uint64_t>(__builtin_popcountll(m[i] & v) & 1)) << i
    return out


@cython_benchmark(args=(60, 10000, 88172645463325252))
@cython.boundscheck(False)
@cython.wraparound(False)
def gf2_matrix_power(int rounds, long exponent, unsigned long long seed):
    """Return (states after each round of `exponent` steps, matrix and stepping agree, rank of M**exponent)."""
    cdef uint64_t cols[64]
    cdef uint64_t m[64]
    cdef uint64_t power[64]
    cdef uint64_t rows[64]
    cdef uint64_t state, direct, t
    cdef int i, j, r, bit, rank = 0, pivot
    cdef long e = exponent if exponent > 0 else 0, k
    cdef bint agree = True
    cdef list states = []
    for j in range(64):
        cols[j] = step((<uint64_t>1) << j)
    for i in range(64):
        m[i] = 0
        for j in range(64):
            m[i] |= ((cols[j] >> i) & 1) << j
        power[i] = (<uint64_t>1) << i
    while e:
        if e & 1:
            mat_mul(power, m, power)
        mat_mul(m, m, m)
        e >>= 1
    state = seed if seed else 1
    direct = state
    for r in range(rounds):
        state = mat_apply(power, state)
        for k in range(exponent if exponent > 0 else 0):
            direct = step(direct)
        agree = agree and state == direct
        states.append(state)
    memcpy(rows, power, sizeof(rows))
    for bit in range(64):
        pivot = -1
        for r in range(rank, 64):
            if (rows[r] >> bit) & 1:
                pivot = r
                break
        if pivot < 0:
            continue
        t = rows[rank]
        rows[rank] = rows[pivot]
        rows[pivot] = t
        for r in range(64):
            if r != rank and (rows[r] >> bit) & 1:
                rows[r] ^= rows[rank]
        rank += 1
    return states, agree, rank
