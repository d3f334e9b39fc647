# cython: language_level=3
"""LRU cache as a cdef class: direct-mapped key table plus an intrusive list.

Keys are bounded (< 20000), so the hash map becomes a plain int array from key to
slot; recency order is a doubly linked list threaded through prev/next int arrays of
the slots. Everything is allocated in __cinit__ and released in __dealloc__, and a
hit is an O(1) unlink/relink of array indices.

Keywords: LRU cache, eviction policy, OrderedDict, hash map, linked list
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef enum:
    MAX_KEY = 20000


cdef class LruCache:
    cdef int *slot_of
    cdef int *key_of
    cdef int *prev
    cdef int *next
    cdef int capacity, size, head, tail

    def __cinit__(self, int capacity):
        self.capacity = capacity
        self.size = 0
        self.head = -1
        self.tail = -1
        self.slot_of = <int *>malloc(MAX_KEY * sizeof(int))
        self.key_of = <int *>malloc((capacity + 1) * sizeof(int))
        self.prev = <int *>malloc((capacity + 1) * sizeof(int))
        self.next = <int *>malloc((capacity + 1) * sizeof(int))
        if self.slot_of == NULL or self.key_of == NULL or self.prev == NULL or self.next == NULL:
            raise MemoryError()
        for i in range(MAX_KEY):
            self.slot_of[i] = -1

    def __dealloc__(self):
        free(self.slot_of)
        free(self.key_of)
        free(self.prev)
        free(self.next)

    cdef inline void unlink(self, int s) noexcept:
        if self.prev[s] >= 0:
            self.next[self.prev[s]] = self.next[s]
        else:
            self.head = self.next[s]
        if self.next[s] >= 0:
            self.prev[self.next[s]] = self.prev[s]
        else:
            self.tail = self.prev[s]

    cdef inline void append(self, int s) noexcept:
        self.prev[s] = self.tail
        self.next[s] = -1
        if self.tail >= 0:
            self.next[self.tail] = s
        else:
            self.head = s
        self.tail = s


@cython_benchmark(args=(600000, 512, 6))
@cython.boundscheck(False)
@cython.wraparound(False)
def lru_cache_simulation(Py_ssize_t requests, int capacity, long long seed):
    """Return (hits, misses, eviction checksum, final keys oldest first); capacity >= 0."""
    cdef int cap = capacity if capacity > 0 else 0
    cdef LruCache c = LruCache(cap)
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF), r
    cdef Py_ssize_t q
    cdef int key, s, old
    cdef long long hits = 0, misses = 0, evict_sum = 0
    cdef list final = []
    for q in range(requests):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        r = state >> 8
        key = <int>(r % 64) if r % 4 else <int>(r % 20000)
        s = c.slot_of[key]
        if s >= 0:
            hits += 1
            c.unlink(s)
            c.append(s)
        else:
            misses += 1
            if cap == 0:
                continue
            if c.size >= cap:
                s = c.head
                old = c.key_of[s]
                evict_sum = (evict_sum * 131 + old) % 1000000007
                c.unlink(s)
                c.slot_of[old] = -1
            else:
                s = c.size
                c.size += 1
            c.key_of[s] = key
            c.slot_of[key] = s
            c.append(s)
    s = c.tail
    while s >= 0 and len(final) < 20:
        final.append(c.key_of[s])
        s = c.prev[s]
    final.reverse()
    return hits, misses, evict_sum, final
