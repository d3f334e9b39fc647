# cython: language_level=3
"""Hash join with an open-addressing table in C arrays (linear probing).

The build side is a power-of-two table of customer ids with parallel arrays for tier,
country and per-customer revenue; a probe is a multiplicative hash and a short linear
scan. The whole probe loop runs in C with no dict, tuple or int objects per order.
Duplicate ids on the build side keep the last row, as a dict assignment would.

Keywords: hash join, open addressing, linear probing, build probe, malloc, nogil
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef inline unsigned int slot_of(long long key, unsigned int mask) noexcept nogil:
    return (<unsigned int> ((<unsigned long long> key * 0x9E3779B97F4A7C15ULL) >> 32)) & mask


@cython_benchmark(args=(10000, 80000))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def hash_join_orders_customers(int n_customers, int n_orders):
    """Join orders to customers by id; return (tier x country revenue, tier counts, unmatched, best id)."""
    cdef unsigned int cap = 16, mask, h
    while cap < 2 * (n_customers if n_customers > 0 else 1):
        cap <<= 1
    mask = cap - 1
    cdef long long *keys = <long long *> malloc(cap * sizeof(long long))
    cdef int *tier = <int *> malloc(cap * sizeof(int))
    cdef int *country = <int *> malloc(cap * sizeof(int))
    cdef long long *spent = <long long *> calloc(cap, sizeof(long long))
    cdef long long *ids = <long long *> malloc((n_customers if n_customers > 0 else 1) * sizeof(long long))
    cdef long long rev[4][10]
    cdef long long tord[4]
    cdef long long state = 13579, cid, amount, bestv = -1, bestid = -1
    cdef int i, a, b, unmatched = 0
    try:
        for a in range(4):
            tord[a] = 0
            for b in range(10):
                rev[a][b] = 0
        with nogil:
            for h in range(cap):
                keys[h] = -1
            for i in range(n_customers):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                cid = state
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                ids[i] = cid
                h = slot_of(cid, mask)
                while keys[h] != -1 and keys[h] != cid:
                    h = (h + 1) & mask
                keys[h] = cid
                tier[h] = (state >> 8) % 4
                country[h] = (state >> 5) % 10
            for i in range(n_orders):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                if n_customers > 0 and state % 50:
                    cid = ids[(state >> 4) % n_customers]
                else:
                    cid = state ^ 0x5A5A5
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                amount = 100 + state % 50000
                h = slot_of(cid, mask)
                while keys[h] != -1 and keys[h] != cid:
                    h = (h + 1) & mask
                if keys[h] == -1:
                    unmatched += 1
                    continue
                rev[tier[h]][country[h]] += amount
                tord[tier[h]] += 1
                spent[h] += amount
            for h in range(cap):
                if keys[h] != -1 and spent[h] > 0:
                    if spent[h] > bestv or (spent[h] == bestv and keys[h] < bestid):
                        bestv = spent[h]
                        bestid = keys[h]
        return ([[rev[a][b] for b in range(10)] for a in range(4)],
                [tord[a] for a in range(4)], unmatched, bestid)
    finally:
        free(keys); free(tier); free(country); free(spent); free(ids)
