# cython: language_level=3
"""Generalised CRT merging in ``long long`` with a checked modular inverse.

The merge step uses C gcd and an extended-Euclid inverse declared ``except -1`` (it
raises ValueError if called on non-coprime values, which the gcd test rules out);
residues use floor-modulo helpers so negative intermediate values match Python.

Keywords: number theory, chinese remainder theorem, congruences, gcd, lcm, modular inverse
"""

import cython

from cnake_charmer.benchmarks import cython_benchmark


cdef inline long long gcd_ll(long long a, long long b) noexcept nogil:
    cdef long long t
    while b:
        t = a % b
        a = b
        b = t
    return a


@cython.cdivision(True)
cdef inline long long floor_mod(long long v, long long m) noexcept nogil:
    cdef long long r = v % m
    return r + m if r < 0 else r


@cython.cdivision(True)
cdef long long inverse_mod(long long a, long long m) except -1:
    cdef long long old_r = floor_mod(a, m), r = m, old_x = 1, x = 0, q, t
    while r:
        q = old_r // r
        t = old_r - q * r; old_r = r; r = t
        t = old_x - q * x; old_x = x; x = t
    if old_r != 1:
        raise ValueError("not invertible")
    return floor_mod(old_x, m)


@cython_benchmark(args=(15000, 19))
@cython.cdivision(True)
def crt_incremental_batch(int systems, long long seed):
    """Return (consistent systems, solution checksum, modulus checksum, first 5 solutions or -1)."""
    cdef long long state = seed & 0x7FFFFFFF, hidden, x, m, modulus, residue, g, step, sub, t, diff
    cdef long long consistent = 0, sol_sum = 0, mod_sum = 0
    cdef int s, c
    cdef bint ok
    first = []
    for s in range(systems):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        hidden = state
        x = 0
        m = 1
        ok = True
        for c in range(4):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            modulus = 2 + (state >> 8) % 999
            residue = hidden % modulus
            if (state >> 4) % 16 == 0:
                residue = (residue + 1) % modulus
            g = gcd_ll(m, modulus)
            diff = residue - x
            if floor_mod(diff, g):
                ok = False
                break
            step = m // g
            sub = modulus // g
            if sub > 1:
                t = floor_mod((diff // g) % sub * inverse_mod(step, sub), sub)
            else:
                t = 0
            x = x + m * t
            m = m * sub
            x = floor_mod(x, m)
        if ok:
            consistent += 1
            sol_sum = (sol_sum * 31 + x) % 1000000007
            mod_sum = (mod_sum + m) % 1000000007
        if len(first) < 5:
            first.append(x if ok else -1)
    return (consistent, sol_sum, mod_sum, first)
