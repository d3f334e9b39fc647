# distutils: language = c++
# cython: language_level=3
"""Pollard-Brent factorisation in 64-bit C arithmetic with a std::map tally.

Inputs are below 2^31 + 2, so every modular product fits in ``unsigned long long``; the
rho iteration, the batched gcd and the Miller-Rabin check are nogil cdef functions, and
prime multiplicities are accumulated in a C++ ``std::map`` keyed by prime.

Keywords: number theory, integer factorization, pollard rho, brent, miller-rabin, gcd
"""

import cython
from libcpp.map cimport map as cmap

from cnake_charmer.benchmarks import cython_benchmark

ctypedef unsigned long long u64


cdef inline u64 gcd_u64(u64 a, u64 b) noexcept nogil:
    cdef u64 t
    while b:
        t = a % b
        a = b
        b = t
    return a


cdef inline u64 pow_mod(u64 base, u64 exp, u64 mod) noexcept nogil:
    cdef u64 result = 1
    base %= mod
    while exp:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result


cdef bint is_prime(u64 n) noexcept nogil:
    cdef u64 small[6]
    cdef u64 d, x
    cdef int s = 0, i, r
    cdef bint ok
    small[0] = 2; small[1] = 3; small[2] = 5; small[3] = 7; small[4] = 11; small[5] = 13
    if n < 2:
        return False
    for i in range(6):
        if n % small[i] == 0:
            return n == small[i]
    d = n - 1
    while d % 2 == 0:
        d //= 2
        s += 1
    for i in range(5):
        x = pow_mod(small[i], d, n)
        if x == 1 or x == n - 1:
            continue
        ok = False
        for r in range(s - 1):
            x = x * x % n
            if x == n - 1:
                ok = True
                break
        if not ok:
            return False
    return True


cdef u64 rho(u64 n) noexcept nogil:
    cdef u64 c = 1, y, r, q, g, x, k, j, lim, diff
    while True:
        y = 2; r = 1; q = 1; g = 1
        while g == 1:
            x = y
            for j in range(r):
                y = (y * y + c) % n
            k = 0
            while k < r and g == 1:
                lim = r - k if r - k < 32 else 32
                for j in range(lim):
                    y = (y * y + c) % n
                    diff = x - y if x > y else y - x
                    q = q * diff % n
                g = gcd_u64(q, n)
                k += 32
            r *= 2
        if g != n:
            return g
        c += 1


cdef void factor(u64 n, cmap[u64, long long] &tally) noexcept nogil:
    cdef u64 d
    if n == 1:
        return
    if is_prime(n):
        tally[n] += 1
        return
    d = rho(n)
    factor(d, tally)
    factor(n // d, tally)


@cython_benchmark(args=(4000, 11))
def pollard_rho_factor_map(int count, long long seed):
    """Return (distinct primes, prime factors with multiplicity, largest prime, 5 most common (p, count))."""
    cdef cmap[u64, long long] tally
    cdef long long state = seed & 0x7FFFFFFF, total = 0
    cdef u64 n, p
    cdef int i
    with nogil:
        for i in range(count):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            n = 2 + <u64>state
            for p in range(2, 50):
                while n % p == 0:
                    tally[p] += 1
                    n //= p
            factor(n, tally)
    items = [(kv.first, kv.second) for kv in tally]
    for kv in tally:
        total += kv.second
    common = sorted(items, key=lambda t: (-t[1], t[0]))[:5]
    return (len(items), total, items[-1][0] if items else 0, common)
