# cython: language_level=3
"""Goldbach partition counts over a byte sieve and a C array of primes.

The sieve is a byte buffer and the primes are copied into an int array once; each
even number's count is a tight C loop of flag lookups, run without the GIL.

Keywords: number theory, goldbach conjecture, primes, sieve, partitions, additive number theory
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(200000, 250))
@cython.boundscheck(False)
@cython.wraparound(False)
def goldbach_partition_counts(int n, int window):
    """Return (fewest partitions, even number with the fewest, most partitions, total)."""
    cdef unsigned char *composite = <unsigned char *>calloc(n + 2, 1)
    cdef int *primes = <int *>malloc((n + 2) * sizeof(int))
    cdef int p, j, np = 0, e, top, lowest, i, q
    cdef long long count, fewest = -1, most = 0, total = 0
    cdef int fewest_at = -1
    try:
        with nogil:
            composite[0] = 1
            if n >= 1:
                composite[1] = 1
            p = 2
            while p * p <= n:
                if not composite[p]:
                    j = p * p
                    while j <= n:
                        composite[j] = 1
                        j += p
                p += 1
            for p in range(2, n + 1):
                if not composite[p]:
                    primes[np] = p
                    np += 1
            top = n - (n % 2)
            lowest = top - 2 * window
            if lowest < 2:
                lowest = 2
            e = top
            while e > lowest:
                count = 0
                for i in range(np):
                    q = primes[i]
                    if 2 * q > e:
                        break
                    if not composite[e - q]:
                        count += 1
                total += count
                if count > most:
                    most = count
                if fewest < 0 or count <= fewest:
                    fewest = count
                    fewest_at = e
                e -= 2
    finally:
        free(composite); free(primes)
    return (fewest, fewest_at, most, total)
