# cython: language_level=3
"""Digit DP with fixed-size C residue arrays and 64-bit counters.

Each query's bound is split into digits in a C array; the residue counts are two small
``long long`` arrays swapped per digit (counts stay below 10^16, so no overflow), and
the ten-way spread per residue is a tight C loop with the GIL released.

Keywords: dynamic programming, digit dp, counting, digit sum, modular residues
"""

import cython
from libc.string cimport memset

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
cdef long long count_bound(long long bound, int k, long long *free_a, long long *free_b) noexcept nogil:
    cdef int digits[20]
    cdef int nd = 0, i, r, digit, tight = 0, d
    cdef long long *cur = free_a
    cdef long long *nxt = free_b
    cdef long long *tmp
    if bound == 0:
        digits[0] = 0
        nd = 1
    while bound > 0:
        digits[nd] = <int>(bound % 10)
        bound //= 10
        nd += 1
    memset(cur, 0, k * sizeof(long long))
    for i in range(nd - 1, -1, -1):
        d = digits[i]
        memset(nxt, 0, k * sizeof(long long))
        for r in range(k):
            if cur[r]:
                for digit in range(10):
                    nxt[(r + digit) % k] += cur[r]
        for digit in range(d):
            nxt[(tight + digit) % k] += 1
        tight = (tight + d) % k
        tmp = cur; cur = nxt; nxt = tmp
    return cur[0] + (1 if tight == 0 else 0)


@cython_benchmark(args=(400, 11, 83))
@cython.boundscheck(False)
def digit_sum_divisible_count(int queries, int k, long long seed):
    """Return (checksum of all answers, first 5 answers)."""
    cdef long long state = seed & 0x7FFFFFFF, high, bound, answer
    cdef long long free_a[256]
    cdef long long free_b[256]
    cdef int q
    if k > 256 or k <= 0:
        raise ValueError("k out of supported range")
    answers = []
    checksum = 0
    for q in range(queries):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        high = state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        bound = (high * 2147483648 + state) % 1000000000000000
        answer = count_bound(bound, k, free_a, free_b)
        checksum = (checksum + (q + 1) * answer) % (2 ** 61 - 1)
        if q < 5:
            answers.append(answer)
    return (checksum, answers)
