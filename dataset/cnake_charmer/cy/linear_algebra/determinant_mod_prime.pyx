# cython: language_level=3
"""Modular determinants with int64 elimination and an inline modular exponent.

Entries are kept reduced in [0, p) inside a malloc'd int64 block, so every product
fits in 64 bits; the modular inverse is an inline square-and-multiply loop and the row
updates run in place in nogil C code.

Keywords: determinant, finite field, modular inverse, int64, malloc, nogil
"""

import cython
from libc.stdint cimport int64_t
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef int64_t P = 1000000007


@cython.cdivision(True)
cdef inline int64_t powmod(int64_t b, int64_t e) noexcept nogil:
    cdef int64_t r = 1
    b %= P
    while e > 0:
        if e & 1:
            r = r * b % P
        b = b * b % P
        e >>= 1
    return r


@cython.cdivision(True)
cdef int64_t det_mod(int64_t *m, int k) noexcept nogil:
    cdef int64_t det = 1, inv, factor, t
    cdef int col, r, c, pivot
    for col in range(k):
        pivot = -1
        for r in range(col, k):
            if m[r * k + col] != 0:
                pivot = r
                break
        if pivot < 0:
            return 0
        if pivot != col:
            for c in range(k):
                t = m[col * k + c]
                m[col * k + c] = m[pivot * k + c]
                m[pivot * k + c] = t
            det = P - det if det else 0
        det = det * m[col * k + col] % P
        inv = powmod(m[col * k + col], P - 2)
        for r in range(col + 1, k):
            factor = m[r * k + col] * inv % P
            if factor:
                for c in range(k):
                    m[r * k + c] = (m[r * k + c] - factor * m[col * k + c] % P + P) % P
    return det % P


@cython_benchmark(args=(60, 28))
@cython.cdivision(True)
def determinant_mod_prime(int count, int k):
    """Determinants mod p of count random k x k matrices (entries in [-5, 5], some singular)."""
    if k < 0:
        k = 0
    cdef int64_t *m = <int64_t *> malloc((k * k + 1) * sizeof(int64_t))
    cdef long long state = 3
    cdef int idx, i, v
    cdef list dets = []
    if m == NULL:
        raise MemoryError()
    try:
        for idx in range(count):
            for i in range(k * k):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                v = <int> (state % 11) - 5
                m[i] = (v + P) % P
            if idx % 5 == 4 and k > 1:
                for i in range(k):
                    m[(k - 1) * k + i] = 2 * m[i] % P
            dets.append(det_mod(m, k))
        return dets
    finally:
        free(m)
