# cython: language_level=3
"""Group-by with direct addressing: the composite key indexes flat C aggregate arrays.

Both key columns are small integers, so a group's slot is region * products + product
in calloc'd count/revenue/min/max/quantity arrays; the scan over the generated rows is
a nogil loop with no tuple keys, dictionary lookups or boxed integers, and key order is
simply slot order.

Keywords: group by, aggregation, direct addressing, perfect hashing, calloc, nogil
"""

import cython
from libc.stdlib cimport calloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(100000, 6, 30))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def groupby_multi_aggregate(int n, int regions, int products):
    """Aggregate n sales rows by (region, product); return (groups, top revenue key)."""
    if n <= 0 or regions <= 0 or products <= 0:
        return [], (-1, -1)
    cdef int slots = regions * products
    cdef long long *cnt = <long long *> calloc(slots, sizeof(long long))
    cdef long long *rev = <long long *> calloc(slots, sizeof(long long))
    cdef long long *tq = <long long *> calloc(slots, sizeof(long long))
    cdef int *lo = <int *> calloc(slots, sizeof(int))
    cdef int *hi = <int *> calloc(slots, sizeof(int))
    cdef long long state = 60606
    cdef int i, r, p, q, price, s, best = -1
    try:
        with nogil:
            for i in range(n):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                r = (state >> 7) % regions
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                p = (state >> 3) % products
                q = 1 + (state >> 13) % 40
                price = 199 + p * 50 + r * 7
                s = r * products + p
                if cnt[s] == 0:
                    lo[s] = q
                    hi[s] = q
                else:
                    if q < lo[s]:
                        lo[s] = q
                    if q > hi[s]:
                        hi[s] = q
                cnt[s] += 1
                rev[s] += q * price
                tq[s] += q
            for s in range(slots):
                if cnt[s] and (best < 0 or rev[s] > rev[best]):
                    best = s
        result = [(s // products, s % products, cnt[s], rev[s], lo[s], hi[s], tq[s] / <double> cnt[s])
                  for s in range(slots) if cnt[s]]
        return result, (best // products, best % products)
    finally:
        free(cnt); free(rev); free(tq); free(lo); free(hi)
