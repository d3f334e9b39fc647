# cython: language_level=3
"""Narcissistic number search with a digit-power table and an odometer of digits.

Powers d**k for every digit and length are precomputed into a 2-D C array; instead of
converting each number to a string, a C digit array is incremented like an odometer,
and the digit-power sum is a short loop of table lookups.

Keywords: Armstrong numbers, narcissistic numbers, digit powers, brute force, classic exercise
"""

import cython

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(120000,))
@cython.boundscheck(False)
@cython.wraparound(False)
def armstrong_narcissistic_numbers(long long limit):
    """Return (narcissistic numbers below limit, near misses, largest digit-power sum)."""
    cdef long long power[20][10]
    cdef int digits[20]
    cdef int k, d, i, length = 1
    cdef long long n, total, largest = 0, diff
    cdef long near = 0
    cdef list found = []
    for k in range(1, 20):
        for d in range(10):
            power[k][d] = 1
            for i in range(k):
                power[k][d] *= d
    for i in range(20):
        digits[i] = 0
    n = 0
    while n < limit:
        total = 0
        for i in range(length):
            total += power[length][digits[i]]
        if total == n:
            found.append(n)
        else:
            diff = total - n
            if diff == 1 or diff == -1:
                near += 1
        if total > largest:
            largest = total
        # odometer increment of the little-endian digit array
        i = 0
        while True:
            digits[i] += 1
            if digits[i] < 10:
                break
            digits[i] = 0
            i += 1
        if i + 1 > length:
            length = i + 1
        n += 1
    return found, near, largest
