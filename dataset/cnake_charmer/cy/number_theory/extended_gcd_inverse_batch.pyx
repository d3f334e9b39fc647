# cython: language_level=3
"""Extended Euclid as an inline cdef function returning a C tuple.

The iterative algorithm runs on ``long long`` locals and hands back (g, x, y) as a C
tuple, so no Python tuples are built per pair; the Python-style floor modulo for the
checksums is reproduced with an explicit sign fix.

Keywords: number theory, extended euclid, gcd, bezout coefficients, modular inverse
"""

import cython

from cnake_charmer.benchmarks import cython_benchmark


@cython.cdivision(True)
cdef inline (long long, long long, long long) ext_gcd(long long a, long long b) noexcept nogil:
    cdef long long old_r = a, r = b, old_x = 1, x = 0, old_y = 0, y = 1, q, t
    while r:
        q = old_r // r
        t = old_r - q * r; old_r = r; r = t
        t = old_x - q * x; old_x = x; x = t
        t = old_y - q * y; old_y = y; y = t
    return (old_r, old_x, old_y)


@cython.cdivision(True)
cdef inline long long floor_mod(long long v, long long m) noexcept nogil:
    cdef long long r = v % m
    if r < 0:
        r += m
    return r


@cython_benchmark(args=(30000, 1000000000, 5))
def extended_gcd_inverse_batch(int count, long long limit, long long seed):
    """Return (invertible pairs, gcd sum, Bezout checksum, inverse checksum)."""
    cdef long long state = seed & 0x7FFFFFFF, a, m, g, x, y
    cdef long long invertible = 0, gcd_sum = 0, bezout = 0, inverses = 0
    cdef long long MOD = 1000000007
    cdef int i
    with nogil:
        for i in range(count):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            a = 1 + state % limit
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            m = 1 + state % limit
            g, x, y = ext_gcd(a, m)
            gcd_sum += g
            bezout = floor_mod(bezout * 7 + floor_mod(x * 3 + y, MOD), MOD)
            if g == 1:
                invertible += 1
                inverses = (inverses + floor_mod(x, m)) % MOD
    return (invertible, gcd_sum, bezout, inverses)
