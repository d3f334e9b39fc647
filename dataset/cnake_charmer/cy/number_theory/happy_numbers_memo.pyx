# cython: language_level=3
"""Happy-number classification with an enum fate table and C digit loops.

Fates of small values are stored in a C array of enum values (unknown, happy, sad)
together with step counts; digit-square sums are computed with C division by 10, so
the scan over k never converts numbers to strings.

Keywords: number theory, happy numbers, digit sums, memoization, iteration
"""

import cython

from cnake_charmer.benchmarks import cython_benchmark


cdef enum Fate:
    FATE_UNKNOWN
    FATE_HAPPY
    FATE_SAD


@cython.cdivision(True)
cdef inline int digit_square_sum(long long x) noexcept nogil:
    cdef int total = 0, d
    while x > 0:
        d = <int>(x % 10)
        total += d * d
        x //= 10
    return total


@cython_benchmark(args=(100000,))
@cython.boundscheck(False)
@cython.wraparound(False)
def happy_numbers_memo(long long n):
    """Return (happy numbers <= n, checksum of them, most steps to reach 1 or 4, first k needing that)."""
    cdef Fate fate[1000]
    cdef int steps_of[1000]
    cdef int chain[1000]
    cdef int start, x, length, i, steps
    cdef Fate f
    cdef long long k, count = 0, checksum = 0, most = 0, most_at = 0
    for i in range(1000):
        fate[i] = FATE_UNKNOWN
        steps_of[i] = 0
    fate[1] = FATE_HAPPY
    fate[4] = FATE_SAD
    for start in range(1, 1000):
        length = 0
        x = start
        while fate[x] == FATE_UNKNOWN:
            chain[length] = x
            length += 1
            x = digit_square_sum(x)
        f = fate[x]
        steps = steps_of[x]
        for i in range(length - 1, -1, -1):
            steps += 1
            fate[chain[i]] = f
            steps_of[chain[i]] = steps
    with nogil:
        for k in range(1, n + 1):
            if k < 1000:
                x = <int>k
                steps = steps_of[x]
            else:
                x = digit_square_sum(k)
                steps = steps_of[x] + 1
            if fate[x] == FATE_HAPPY:
                count += 1
                checksum = (checksum + k * k) % 1000000007
            if steps > most:
                most = steps
                most_at = k
    return (count, checksum, most, most_at)
