# cython: language_level=3
"""Hook length formula over C-array partitions with a checked modular inverse.

Partitions are generated iteratively in reverse lexicographic order in a C int array;
the conjugate and hook product are C loops, and the modular inverse is a cdef function
declared ``except -1`` that raises ZeroDivisionError for a non-invertible value.

Keywords: combinatorics, young tableaux, hook length formula, integer partitions, rsk
"""

import cython

from cnake_charmer.benchmarks import cython_benchmark

cdef long long MOD = 1000000007


cdef long long mod_inverse(long long a) except -1:
    cdef long long result = 1, base = a % MOD, exp = MOD - 2
    if base == 0:
        raise ZeroDivisionError("value not invertible")
    while exp > 0:
        if exp & 1:
            result = result * base % MOD
        base = base * base % MOD
        exp >>= 1
    return result


@cython.boundscheck(False)
@cython.wraparound(False)
cdef long long hook_product(const int *shape, int parts, int *conj) noexcept:
    cdef int i, j
    cdef long long hooks = 1
    for j in range(shape[0] if parts > 0 else 0):
        conj[j] = 0
    for i in range(parts):
        for j in range(shape[i]):
            conj[j] += 1
    for i in range(parts):
        for j in range(shape[i]):
            hooks = hooks * (shape[i] - j + conj[j] - i - 1) % MOD
    return hooks


@cython_benchmark(args=(30,))
@cython.boundscheck(False)
@cython.wraparound(False)
def hook_length_tableaux(int n):
    """Return (partitions, sum of f mod p, sum of f^2 mod p, self-conjugate shapes, f of first 5 shapes)."""
    if n > 120:
        raise ValueError("n too large")
    cdef int shape[128]
    cdef int conj[128]
    cdef int parts, i, rem, ones, k, cap
    cdef long long fact = 1, f, total = 0, squares = 0, count = 0, self_conj = 0
    cdef bint same
    first = []
    for i in range(2, n + 1):
        fact = fact * i % MOD
    if n == 0:
        return (1, 1, 1, 1, [1])
    shape[0] = n
    parts = 1
    while True:
        f = fact * mod_inverse(hook_product(shape, parts, conj)) % MOD
        count += 1
        total = (total + f) % MOD
        squares = (squares + f * f) % MOD
        same = shape[0] == parts
        if same:
            for i in range(parts):
                if shape[i] != conj[i]:
                    same = False
                    break
        if same:
            self_conj += 1
        if len(first) < 5:
            first.append(f)
        ones = 0
        while parts > 0 and shape[parts - 1] == 1:
            ones += 1
            parts -= 1
        if parts == 0:
            break
        shape[parts - 1] -= 1
        cap = shape[parts - 1]
        rem = ones + 1
        while rem > 0:
            k = cap if cap < rem else rem
            shape[parts] = k
            parts += 1
            rem -= k
    return (count, total, squares, self_conj, first)
