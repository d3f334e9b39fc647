# cython: language_level=3
"""Sum-of-two-squares tallies with C int counters and a byte prime sieve.

Representation counts are accumulated in a calloc'd int array by a double loop whose
inner bound is maintained incrementally (no square roots); the prime sieve is a byte
array, and the arg-max and the counts come from one typed pass.

Keywords: number theory, sums of two squares, fermat, representations, lattice points
"""

import cython
from libc.stdlib cimport calloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(300000,))
@cython.boundscheck(False)
@cython.wraparound(False)
def sum_two_squares_counts(long long n):
    """Return (representable k <= n, k with most representations, that count, representable primes)."""
    cdef int *ways = <int *>calloc(n + 1, sizeof(int))
    cdef unsigned char *composite = <unsigned char *>calloc(n + 1, 1)
    cdef long long a, b, k, j, representable = 0, primes = 0, best = 0
    try:
        with nogil:
            a = 0
            while a * a <= n:
                b = a
                while a * a + b * b <= n:
                    ways[a * a + b * b] += 1
                    b += 1
                a += 1
            k = 2
            while k * k <= n:
                if not composite[k]:
                    j = k * k
                    while j <= n:
                        composite[j] = 1
                        j += k
                k += 1
            for k in range(n + 1):
                if ways[k]:
                    representable += 1
                    if k >= 2 and not composite[k]:
                        primes += 1
                if ways[k] > ways[best]:
                    best = k
        result = (representable, best, ways[best], primes)
    finally:
        free(ways); free(composite)
    return result
