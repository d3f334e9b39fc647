# cython: language_level=3
"""Triangular arbitrage scan over a C-contiguous 2D memoryview of rates.

The rate table is a 2D typed memoryview over a ``cython.view.array``; the triple
loop hoists the row pointers, multiplies C doubles and tracks the best cycle in C
ints, so the O(n^3) scan runs without any Python indexing.

Keywords: finance, arbitrage, currency, cross rates, foreign exchange, triangular
"""

cimport cython
from cython.view cimport array as cvarray

from cnake_charmer.benchmarks import cython_benchmark


cdef inline double uniform(unsigned long long *s) noexcept nogil:
    s[0] = (s[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <double>s[0] / 2147483648.0


@cython_benchmark(args=(80, 0.002, 37))
@cython.boundscheck(False)
@cython.wraparound(False)
def triangular_arbitrage_scan(int currencies, double spread, long seed):
    """Return (profitable ordered cycles, best round-trip product, best cycle)."""
    cdef int n = currencies if currencies > 0 else 0
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int i, j, k, bi = -1, bj = -1, bk = -1
    cdef long count = 0
    cdef double best = 0.0, first, product
    if n == 0:
        return 0, 0.0, (-1, -1, -1)
    cdef double[::1] value = cvarray(shape=(n,), itemsize=sizeof(double), format="d")
    cdef double[:, ::1] rate = cvarray(shape=(n, n), itemsize=sizeof(double), format="d")
    for i in range(n):
        value[i] = 0.5 + 2.0 * uniform(&state)
    for i in range(n):
        for j in range(n):
            if i != j:
                rate[i, j] = value[i] / value[j] * (1.0 + 0.01 * (uniform(&state) - 0.5)) * (1.0 - spread)
            else:
                rate[i, j] = 1.0
    with nogil:
        for i in range(n):
            for j in range(n):
                if j == i:
                    continue
                first = rate[i, j]
                for k in range(n):
                    if k == i or k == j:
                        continue
                    product = first * rate[j, k] * rate[k, i]
                    if product > 1.0:
                        count += 1
                    if product > best:
                        best = product
                        bi = i; bj = j; bk = k
    return count, best, (bi, bj, bk)
