# cython: language_level=3
"""Elementary symmetric sums by in-place polynomial multiplication on a C buffer.

The coefficient vector is one ``long long`` array updated from high to low degree for
each new factor; all products stay below 2^63 before reduction, and the quadratic
loop runs without the GIL.

Keywords: combinatorics, elementary symmetric polynomials, subsets, generating functions, polynomial product
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(800, 59))
@cython.boundscheck(False)
@cython.wraparound(False)
def elementary_symmetric_sums(int n, long long seed):
    """Return (e_n, e_{n//2}, checksum of all e_k, e_0..e_5)."""
    cdef long long MOD = 998244353
    cdef long long *xs = <long long *>malloc((n + 1) * sizeof(long long))
    cdef long long *e = <long long *>calloc(n + 6, sizeof(long long))
    cdef long long state = seed & 0x7FFFFFFF, x, checksum = 0
    cdef int count, k
    try:
        for count in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            xs[count] = 1 + (state >> 6) % 1000000
        with nogil:
            e[0] = 1
            for count in range(1, n + 1):
                x = xs[count - 1]
                for k in range(count, 0, -1):
                    e[k] = (e[k] + e[k - 1] * x) % MOD
            for k in range(n + 1):
                checksum = (checksum + (k + 1) * e[k]) % MOD
        result = (e[n], e[n // 2], checksum, [e[k] for k in range(min(n + 1, 6))])
    finally:
        free(xs); free(e)
    return result
