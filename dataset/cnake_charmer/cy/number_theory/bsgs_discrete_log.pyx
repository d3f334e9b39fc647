# distutils: language = c++
# cython: language_level=3
"""Baby-step giant-step with a C++ unordered_map table and 64-bit arithmetic.

The baby-step table is a ``std::unordered_map`` from residue to exponent (first
exponent kept, like ``dict.setdefault``); giant steps multiply in ``long long`` and
probe the map with ``find`` inside a nogil loop.

Keywords: number theory, discrete logarithm, baby-step giant-step, hash table, modular arithmetic
"""

import cython
from libcpp.unordered_map cimport unordered_map
from cython.operator cimport dereference as deref

from cnake_charmer.benchmarks import cython_benchmark


cdef inline long long pow_mod(long long base, long long exp, long long mod) noexcept nogil:
    cdef long long result = 1 % mod
    base %= mod
    while exp > 0:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result


@cython_benchmark(args=(1000003, 2, 2000, 7))
def bsgs_discrete_log(long long p, long long g, int queries, long long seed):
    """Return (solved queries, checksum of logarithms, first 5 logarithms)."""
    cdef long long m = 0
    while m * m <= p - 1:
        m += 1
    cdef unordered_map[long long, long long] table
    cdef unordered_map[long long, long long].iterator it
    cdef long long value = 1, factor, state = seed & 0x7FFFFFFF, h, gamma, answer
    cdef long long solved = 0, checksum = 0, j, i
    cdef int q
    first = []
    table.reserve(m * 2)
    for j in range(m):
        if table.find(value) == table.end():
            table[value] = j
        value = value * g % p
    factor = pow_mod(pow_mod(g, m, p), p - 2, p)
    for q in range(queries):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        h = 1 + state % (p - 1)
        answer = -1
        gamma = h
        with nogil:
            for i in range(m):
                it = table.find(gamma)
                if it != table.end():
                    answer = i * m + deref(it).second
                    break
                gamma = gamma * factor % p
        if answer >= 0:
            solved += 1
            checksum = (checksum * 1000003 + answer) % 1000000007
        if q < 5:
            first.append(answer)
    return (solved, checksum, first)
