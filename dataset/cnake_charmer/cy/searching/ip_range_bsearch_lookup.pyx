# cython: language_level=3
"""IP range lookup with libc bsearch and an interval comparator.

Ranges are packed uint32_t structs; libc bsearch is handed a comparator (through a
typed function pointer) that reports "equal" when the key lies inside a range, so one
library call both finds and validates the containing interval. Queries come from a
uint32_t xorshift generator.

Keywords: binary search, IP lookup, interval table, uint32, geolocation
"""

import cython
from libc.stdint cimport uint32_t, uint64_t
from libc.stdlib cimport malloc, free, bsearch

from cnake_charmer.benchmarks import cython_benchmark


cdef struct IpRange:
    uint32_t start
    uint32_t end
    int code

ctypedef int (*range_cmp_t)(const void *, const void *) noexcept nogil


cdef int key_in_range(const void *pkey, const void *prange) noexcept nogil:
    cdef uint32_t key = (<const uint32_t *>pkey)[0]
    cdef const IpRange *r = <const IpRange *>prange
    if key < r.start:
        return -1
    if key > r.end:
        return 1
    return 0


@cython_benchmark(args=(30000, 60000, 12))
@cython.boundscheck(False)
@cython.wraparound(False)
def ip_range_bsearch_lookup(Py_ssize_t n_ranges, Py_ssize_t n_queries, long long seed):
    """Return (hits, top-3 region codes by hits, checksum of matched indices)."""
    cdef Py_ssize_t nr = n_ranges if n_ranges > 0 else 0
    cdef Py_ssize_t i, idx
    cdef uint64_t gap = (<uint64_t>1 << 32) // <uint64_t>(nr if nr > 0 else 1)
    cdef uint64_t base = 0, start, length
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef uint32_t x = <uint32_t>(<uint64_t>seed * 2654435761ULL)
    cdef long long hits = 0
    cdef uint32_t checksum = 0
    cdef long per_code[200]
    cdef range_cmp_t cmp = key_in_range
    cdef IpRange *found
    cdef IpRange *table = <IpRange *>malloc((nr + 1) * sizeof(IpRange))
    if table == NULL:
        raise MemoryError()
    try:
        if x == 0:
            x = 1
        for i in range(200):
            per_code[i] = 0
        for i in range(nr):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            start = base + state % (gap // 4 + 1)
            length = 1 + (state >> 3) % (gap // 2 + 1)
            table[i].start = <uint32_t>start
            table[i].end = <uint32_t>(start + length - 1)
            table[i].code = <int>((state >> 7) % 200)
            base += gap
        for i in range(n_queries):
            x ^= x << 13
            x ^= x >> 17
            x ^= x << 5
            found = <IpRange *>bsearch(&x, table, nr, sizeof(IpRange), cmp)
            if found != NULL:
                idx = found - table
                hits += 1
                per_code[found.code] += 1
                checksum = checksum * 31u + <uint32_t>idx
        top = sorted(range(200), key=lambda c: (-per_code[c], c))[:3]
        return hits, top, checksum
    finally:
        free(table)
