# cython: language_level=3
"""LFU cache with per-frequency intrusive lists in C arrays.

Keys are bounded, so each key's count and its prev/next links live in calloc'd
int arrays, and every frequency has head/tail slots in two more arrays; a C struct
bundles the pointers and small inline functions unlink and append keys, giving O(1)
hits and evictions without dicts or OrderedDicts.

Keywords: LFU cache, eviction policy, frequency buckets, OrderedDict, O(1) cache
"""

import cython
from libc.stdlib cimport calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef enum:
    KEYS = 5000


cdef struct Lfu:
    int *count
    int *prev
    int *next
    int *head
    int *tail


cdef inline void unlink(Lfu *s, int key) noexcept nogil:
    cdef int c = s.count[key]
    if s.prev[key] >= 0:
        s.next[s.prev[key]] = s.next[key]
    else:
        s.head[c] = s.next[key]
    if s.next[key] >= 0:
        s.prev[s.next[key]] = s.prev[key]
    else:
        s.tail[c] = s.prev[key]


cdef inline void append(Lfu *s, int key, int c) noexcept nogil:
    s.count[key] = c
    s.next[key] = -1
    s.prev[key] = s.tail[c]
    if s.tail[c] >= 0:
        s.next[s.tail[c]] = key
    else:
        s.head[c] = key
    s.tail[c] = key


@cython_benchmark(args=(200000, 256, 8))
@cython.boundscheck(False)
@cython.wraparound(False)
def lfu_cache_simulation(long requests, int capacity, long long seed):
    """Return (hits, misses, eviction checksum, top 5 (count, key) pairs)."""
    cdef long nreq = requests if requests > 0 else 0
    cdef Lfu s
    cdef long q
    cdef int key, c, victim, size = 0, min_count = 0, i
    cdef long long hits = 0, misses = 0, evict_sum = 0
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF), r
    s.count = <int *>calloc(KEYS, sizeof(int))
    s.prev = <int *>calloc(KEYS, sizeof(int))
    s.next = <int *>calloc(KEYS, sizeof(int))
    s.head = <int *>calloc(nreq + 2, sizeof(int))
    s.tail = <int *>calloc(nreq + 2, sizeof(int))
    try:
        if s.count == NULL or s.prev == NULL or s.next == NULL or s.head == NULL or s.tail == NULL:
            raise MemoryError()
        for i in range(nreq + 2):
            s.head[i] = -1
            s.tail[i] = -1
        with nogil:
            for q in range(nreq):
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                r = state >> 7
                key = <int>(r % 100) if r % 3 else <int>(r % 5000)
                c = s.count[key]
                if c > 0:
                    hits += 1
                    unlink(&s, key)
                    if s.head[c] < 0 and min_count == c:
                        min_count = c + 1
                    append(&s, key, c + 1)
                    continue
                misses += 1
                if capacity <= 0:
                    continue
                if size >= capacity:
                    victim = s.head[min_count]
                    unlink(&s, victim)
                    s.count[victim] = 0
                    size -= 1
                    evict_sum = (evict_sum * 131 + victim) % 1000000007
                append(&s, key, 1)
                size += 1
                min_count = 1
        pairs = [(s.count[i], i) for i in range(KEYS) if s.count[i] > 0]
        pairs.sort(key=lambda p: (-p[0], p[1]))
        return hits, misses, evict_sum, pairs[:5]
    finally:
        free(s.count)
        free(s.prev)
        free(s.next)
        free(s.head)
        free(s.tail)
